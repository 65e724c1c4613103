import Foundation
public import MarsadCore

/// Reads WARC records one at a time from a `.warc` or `.warc.gz` file (gzip member by member), in bounded
/// memory: a record larger than ``maxRecordBytes`` is skipped, not held. A record with a bad header or a
/// wrong `Content-Length` becomes one ``Item/failure`` naming the file and record, and reading resumes at the
/// next `WARC/1.x` line.
///
/// ```swift
/// let reader = try WARCReader(path: "CC-NEWS-20240101.warc.gz")
/// while let item = reader.next() {
///     if case .record(let r) = item, r.type == "response" { … }
/// }
/// ```
public final class WARCReader {
    public enum Item: Sendable {
        case record(WARCRecord)
        case failure(MarsadError)
    }

    public let path: String
    public let maxRecordBytes: Int
    private let gzip: GzipStream?
    private let handle: FileHandle?
    private var buffer: [UInt8] = []
    private var position = 0
    private var finished = false
    private var number = 0
    private var pending: [MarsadError] = []

    public init(path: String, maxRecordBytes: Int = 32 << 20) throws(MarsadError) {
        self.path = path
        self.maxRecordBytes = maxRecordBytes
        if path.lowercased().hasSuffix(".gz") {
            gzip = try GzipStream(path: path)
            handle = nil
        } else {
            guard let h = FileHandle(forReadingAtPath: path) else {
                throw MarsadError(.unreadable, "cannot open for reading (check permissions)", location: path)
            }
            handle = h
            gzip = nil
        }
    }

    deinit { try? handle?.close() }

    /// Reads more bytes; false at the end of the input.
    private func fill() -> Bool {
        if finished { return false }
        do throws(MarsadError) {
            let chunk: [UInt8]?
            if let gzip {
                chunk = try gzip.read()
                pending.append(contentsOf: gzip.takeErrors())
            } else {
                do {
                    chunk = try handle?.read(upToCount: 1 << 20).map { [UInt8]($0) }
                } catch {
                    throw MarsadError(.unreadable, "read failed: \(error.localizedDescription)", location: path)
                }
            }
            guard let chunk, !chunk.isEmpty else {
                finished = true
                return false
            }
            if position > 0 {
                buffer.removeSubrange(0..<position)
                position = 0
            }
            buffer.append(contentsOf: chunk)
            return true
        } catch {
            pending.append(error)
            finished = true
            return false
        }
    }

    /// The next line without its CR LF; nil at the end. Lines over 64 KB are cut.
    private func readLine() -> [UInt8]? {
        while true {
            if let nl = buffer[position...].firstIndex(of: 0x0A) {
                var end = nl
                if end > position && buffer[end - 1] == 0x0D { end -= 1 }
                let line = Array(buffer[position..<min(end, position + 65_536)])
                position = nl + 1
                return line
            }
            if buffer.count - position > 1 << 20 {
                // A very long line: not a header; drop it.
                position = buffer.count
            }
            if !fill() {
                if position < buffer.count {
                    let line = Array(buffer[position...])
                    position = buffer.count
                    return line
                }
                return nil
            }
        }
    }

    /// Exactly `count` bytes (nil when the input ends first); `keep` false discards them as they stream.
    private func read(_ count: Int, keep: Bool) -> [UInt8]? {
        var out: [UInt8] = []
        if keep { out.reserveCapacity(count) }
        var left = count
        while left > 0 {
            if position >= buffer.count && !fill() { return nil }
            let take = min(left, buffer.count - position)
            if keep { out.append(contentsOf: buffer[position..<position + take]) }
            position += take
            left -= take
        }
        return out
    }

    private func failure(_ message: String, record: Int) -> Item {
        .failure(MarsadError(.invalidInput, message, location: "\(path)#\(record)"))
    }

    static func isVersionLine(_ line: [UInt8]) -> Bool {
        line.starts(with: Array("WARC/1.".utf8)) || line.starts(with: Array("WARC/0.".utf8))
    }

    /// Skips to the next `WARC/` version line; returns it, or nil at the end.
    private func resync() -> [UInt8]? {
        while let line = readLine() {
            if Self.isVersionLine(line) { return line }
        }
        return nil
    }

    private var resyncedLine: [UInt8]?

    /// The next record or failure; nil at the end of the file.
    public func next() -> Item? {
        if !pending.isEmpty { return .failure(pending.removeFirst()) }
        var versionLine = resyncedLine
        resyncedLine = nil
        if versionLine == nil {
            while let line = readLine() {
                if line.isEmpty { continue }
                versionLine = line
                break
            }
        }
        if !pending.isEmpty {
            resyncedLine = versionLine
            return .failure(pending.removeFirst())
        }
        guard let first = versionLine else { return nil }
        number += 1
        let record = number
        guard Self.isVersionLine(first) else {
            resyncedLine = resync()
            return failure(
                "record does not start with a WARC/1.x version line (the previous record's length may be wrong); skipped to the next record",
                record: record)
        }
        var headers: [String: String] = [:]
        while let line = readLine(), !line.isEmpty {
            guard let colon = line.firstIndex(of: UInt8(ascii: ":")) else { continue }
            let name = String(decoding: line[..<colon], as: UTF8.self).trimmingCharacters(in: .whitespaces).lowercased()
            let value = String(decoding: line[(colon + 1)...], as: UTF8.self).trimmingCharacters(in: .whitespaces)
            if headers[name] == nil { headers[name] = value }
        }
        guard let lengthText = headers["content-length"], let length = Int(lengthText), length >= 0 else {
            // The input ended inside the headers: the gzip error says why.
            if !pending.isEmpty { return .failure(pending.removeFirst()) }
            resyncedLine = resync()
            return failure("record has no valid Content-Length header; skipped", record: record)
        }
        if length > maxRecordBytes {
            guard read(length, keep: false) != nil else {
                return failure("record is truncated at the end of the file", record: record)
            }
            _ = expectTrailer()
            return .failure(
                MarsadError(
                    .tooLarge, "record of \(length) bytes is over the \(maxRecordBytes)-byte limit; skipped",
                    location: "\(path)#\(record)"))
        }
        guard let block = read(length, keep: true) else {
            if !pending.isEmpty { return .failure(pending.removeFirst()) }
            return failure(
                "record is truncated: Content-Length \(length) runs past the end of the file", record: record)
        }
        guard expectTrailer() else {
            return failure(
                "record's Content-Length \(length) does not match its content (no blank line after it); skipped",
                record: record)
        }
        return .record(WARCRecord(number: record, headers: headers, block: block))
    }

    /// Reads the CR LF CR LF after a block; when it is missing, resynchronises on the next record.
    private func expectTrailer() -> Bool {
        guard let a = readLine() else { return true }
        if !a.isEmpty {
            resyncedLine = Self.isVersionLine(a) ? a : resync()
            return false
        }
        guard let b = readLine() else { return true }
        if b.isEmpty { return true }
        // One blank line only: tolerate it when the next record starts right away.
        if Self.isVersionLine(b) {
            resyncedLine = b
            return true
        }
        resyncedLine = resync()
        return false
    }
}
