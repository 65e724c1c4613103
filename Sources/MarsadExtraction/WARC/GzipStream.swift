import CZlib
import Foundation
public import MarsadCore

/// Decompresses a file of concatenated gzip members (a `.warc.gz`) as one stream of bytes, member by member,
/// in bounded memory. A corrupt member is reported (``takeErrors()``) and skipped up to the next gzip
/// header; a member cut short at the end of the file ends the stream with an error.
///
/// ```swift
/// let stream = try GzipStream(path: "crawl.warc.gz")
/// while let chunk = try stream.read() { … }
/// ```
public final class GzipStream {
    private let handle: FileHandle
    public let path: String
    private let stream: UnsafeMutablePointer<z_stream>
    private var raw: [UInt8] = []
    private var rawPosition = 0
    private var rawOffset = 0
    private var atEnd = false
    private var inMember = false
    private var errors: [MarsadError] = []
    public let chunkSize = 1 << 20

    public init(path: String) throws(MarsadError) {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw MarsadError(.unreadable, "cannot open for reading (check permissions)", location: path)
        }
        self.handle = handle
        self.path = path
        stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
        stream.initialize(to: z_stream())
        let status = inflateInit2_(stream, 15 + 16, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
        guard status == Z_OK else {
            stream.deallocate()
            throw MarsadError(.internalFailure, "zlib init failed (\(status))", location: path)
        }
    }

    deinit {
        inflateEnd(stream)
        stream.deallocate()
        try? handle.close()
    }

    /// Errors met since the last call (corrupt members that were skipped).
    public func takeErrors() -> [MarsadError] {
        defer { errors.removeAll() }
        return errors
    }

    private func fillRaw() throws(MarsadError) -> Bool {
        if rawPosition < raw.count { return true }
        if atEnd { return false }
        do {
            guard let data = try handle.read(upToCount: chunkSize), !data.isEmpty else {
                atEnd = true
                return false
            }
            rawOffset += raw.count
            raw = [UInt8](data)
            rawPosition = 0
            return true
        } catch {
            throw MarsadError(.unreadable, "read failed: \(error.localizedDescription)", location: path)
        }
    }

    /// Skips raw bytes up to the next gzip member header (1F 8B 08).
    private func resync() throws(MarsadError) {
        inflateReset(stream)
        inMember = false
        while try fillRaw() {
            while rawPosition < raw.count {
                if raw[rawPosition] == 0x1F {
                    // Need two more bytes; they may be in the next chunk.
                    if rawPosition + 2 < raw.count {
                        if raw[rawPosition + 1] == 0x8B && raw[rawPosition + 2] == 0x08 { return }
                    } else {
                        let tail = Array(raw[rawPosition...])
                        rawPosition = raw.count
                        guard try fillRaw() else { return }
                        raw = tail + raw
                        rawOffset -= tail.count
                        rawPosition = 0
                        continue
                    }
                }
                rawPosition += 1
            }
        }
    }

    /// The next decompressed bytes, or nil at the end.
    public func read() throws(MarsadError) -> [UInt8]? {
        var output = [UInt8](repeating: 0, count: chunkSize)
        while true {
            guard try fillRaw() else {
                if inMember {
                    inMember = false
                    throw MarsadError(
                        .invalidInput,
                        "gzip member is truncated at the end of the file (byte \(rawOffset + raw.count))",
                        location: path)
                }
                return nil
            }
            var produced = 0
            var status: Int32 = Z_OK
            var consumed = 0
            let available = raw.count - rawPosition
            raw.withUnsafeMutableBufferPointer { input in
                output.withUnsafeMutableBufferPointer { out in
                    stream.pointee.next_in = input.baseAddress! + rawPosition
                    stream.pointee.avail_in = UInt32(available)
                    stream.pointee.next_out = out.baseAddress
                    stream.pointee.avail_out = UInt32(out.count)
                    status = inflate(stream, Z_NO_FLUSH)
                    consumed = available - Int(stream.pointee.avail_in)
                    produced = out.count - Int(stream.pointee.avail_out)
                }
            }
            let memberStart = rawOffset + rawPosition
            rawPosition += consumed
            inMember = true
            if status == Z_STREAM_END {
                inflateReset(stream)
                inMember = false
            } else if status == Z_DATA_ERROR || status == Z_NEED_DICT || status == Z_STREAM_ERROR {
                errors.append(
                    MarsadError(
                        .invalidInput,
                        "corrupt gzip member near byte \(memberStart) (zlib status \(status)); skipped to the next member",
                        location: path))
                rawPosition = max(rawPosition, min(raw.count, rawPosition + 1))
                try resync()
            } else if status != Z_OK && status != Z_BUF_ERROR {
                throw MarsadError(.invalidInput, "gzip data is corrupt (zlib status \(status))", location: path)
            }
            if produced > 0 {
                output.removeSubrange(produced...)
                return output
            }
        }
    }
}
