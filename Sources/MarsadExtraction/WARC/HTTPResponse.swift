import CZlib
import Foundation

/// An HTTP response as a WARC `response` record holds it: status, headers (names lower-cased), body.
///
/// ```swift
/// let http = HTTPResponse(parsing: record.block)
/// http?.status  // 200
/// ```
public struct HTTPResponse: Sendable {
    public var status: Int
    public var headers: [String: String]
    public var body: [UInt8]

    public var contentType: String? { headers["content-type"] }

    /// Nil when the bytes do not start with an HTTP status line.
    public init?(parsing bytes: [UInt8]) {
        guard bytes.starts(with: Array("HTTP/".utf8)) else { return nil }
        var i = 0
        var lines: [String] = []
        var lineStart = 0
        while i < bytes.count {
            if bytes[i] == 0x0A {
                var end = i
                if end > lineStart && bytes[end - 1] == 0x0D { end -= 1 }
                if end == lineStart {
                    i += 1
                    break
                }
                lines.append(String(decoding: bytes[lineStart..<end], as: UTF8.self))
                lineStart = i + 1
            }
            i += 1
            if i - lineStart > 65_536 { return nil }
        }
        guard let statusLine = lines.first else { return nil }
        let parts = statusLine.split(separator: " ")
        guard parts.count >= 2, let code = Int(parts[1]) else { return nil }
        status = code
        headers = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let name = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            if headers[name] == nil { headers[name] = value }
        }
        var body = Array(bytes[min(i, bytes.count)...])
        if headers["transfer-encoding"]?.lowercased().contains("chunked") == true, let plain = Self.dechunk(body) {
            body = plain
        }
        if let encoding = headers["content-encoding"]?.lowercased(),
            encoding.contains("gzip") || encoding.contains("deflate"),
            let plain = Self.inflate(body)
        {
            body = plain
        }
        self.body = body
    }

    /// Removes HTTP/1.1 chunked transfer coding; nil when the body is not chunked after all.
    static func dechunk(_ bytes: [UInt8]) -> [UInt8]? {
        var out: [UInt8] = []
        var i = 0
        while i < bytes.count {
            var size = 0
            var digits = 0
            while i < bytes.count, let v = hexValue(bytes[i]) {
                size = size * 16 + v
                digits += 1
                i += 1
                if digits > 8 { return nil }
            }
            guard digits > 0 else { return nil }
            while i < bytes.count && bytes[i] != 0x0A { i += 1 }
            i += 1
            if size == 0 { return out }
            guard i + size <= bytes.count else {
                out.append(contentsOf: bytes[min(i, bytes.count)...])
                return out
            }
            out.append(contentsOf: bytes[i..<i + size])
            i += size
            if i < bytes.count && bytes[i] == 0x0D { i += 1 }
            if i < bytes.count && bytes[i] == 0x0A { i += 1 }
        }
        return out
    }

    static func hexValue(_ b: UInt8) -> Int? {
        switch b {
        case 0x30...0x39: return Int(b - 0x30)
        case 0x41...0x46: return Int(b - 0x41 + 10)
        case 0x61...0x66: return Int(b - 0x61 + 10)
        default: return nil
        }
    }

    /// Inflates a gzip or zlib body (up to 64 MB); nil when it is not compressed.
    static func inflate(_ bytes: [UInt8]) -> [UInt8]? {
        guard bytes.count > 2 else { return nil }
        var stream = z_stream()
        guard inflateInit2_(&stream, 15 + 32, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            return nil
        }
        defer { inflateEnd(&stream) }
        var out: [UInt8] = []
        var input = bytes
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        var ok = false
        input.withUnsafeMutableBufferPointer { inBuffer in
            stream.next_in = inBuffer.baseAddress
            stream.avail_in = UInt32(inBuffer.count)
            while out.count < 64 << 20 {
                var status: Int32 = Z_OK
                var produced = 0
                chunk.withUnsafeMutableBufferPointer { c in
                    stream.next_out = c.baseAddress
                    stream.avail_out = UInt32(c.count)
                    status = CZlib.inflate(&stream, Z_NO_FLUSH)
                    produced = c.count - Int(stream.avail_out)
                }
                out.append(contentsOf: chunk[0..<produced])
                if status == Z_STREAM_END {
                    ok = true
                    break
                }
                if status != Z_OK || (produced == 0 && stream.avail_in == 0) {
                    ok = !out.isEmpty
                    break
                }
            }
        }
        return ok ? out : nil
    }
}
