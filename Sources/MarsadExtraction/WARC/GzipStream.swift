import CZlib
public import Foundation
public import MarsadCore

/// Decompresses a file of concatenated gzip (or zlib) members as one stream of bytes, member by member, in
/// bounded memory. The one zlib loop of Marsad: WARC files and `.gz` inputs (``ByteSource``) both read
/// through it.
///
/// With ``CorruptMember/skip`` (WARC files) a corrupt member is reported (``takeErrors()``) and skipped up
/// to the next gzip header; with ``CorruptMember/fail`` (a single document or a JSON Lines file) it ends
/// the stream with an error. A member cut short at the end of the file ends the stream with an error.
///
/// ```swift
/// let stream = try GzipStream(path: "crawl.warc.gz")
/// while let chunk = try stream.read() { … }
/// ```
public final class GzipStream {
    /// What a corrupt member does to the stream.
    public enum CorruptMember: Sendable {
        /// Report it (``takeErrors()``) and go on at the next gzip header.
        case skip
        /// Throw: the rest of the stream is not read.
        case fail
    }

    private let handle: FileHandle
    private let closeOnDeinit: Bool
    private let onCorrupt: CorruptMember
    public let path: String
    /// NB: zlib keeps a pointer back to its stream and checks it, so the stream needs a stable address.
    private let stream: UnsafeMutablePointer<z_stream>
    private var raw: [UInt8] = []
    private var rawPosition = 0
    private var rawOffset = 0
    private var atEnd = false
    private var inMember = false
    private var failed = false
    private var errors: [MarsadError] = []
    public let chunkSize: Int

    /// Opens a file; corrupt members are skipped.
    public convenience init(path: String) throws(MarsadError) {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw MarsadError(.unreadable, "cannot open for reading (check permissions)", location: path)
        }
        try self.init(handle: handle, path: path, onCorrupt: .skip, closeOnDeinit: true)
    }

    /// Reads from an open handle; `path` names it in errors. `chunkSize` bounds what one ``read()`` returns
    /// and how much compressed input is held.
    public init(
        handle: FileHandle, path: String, onCorrupt: CorruptMember, closeOnDeinit: Bool, chunkSize: Int = 1 << 20
    ) throws(MarsadError) {
        self.handle = handle
        self.path = path
        self.onCorrupt = onCorrupt
        self.closeOnDeinit = closeOnDeinit
        self.chunkSize = chunkSize
        stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
        stream.initialize(to: z_stream())
        // 15 + 32: a gzip or zlib header, detected automatically.
        let status = inflateInit2_(stream, 15 + 32, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
        guard status == Z_OK else {
            stream.deallocate()
            throw MarsadError(.internalFailure, "zlib init failed (\(status))", location: path)
        }
    }

    deinit {
        inflateEnd(stream)
        stream.deallocate()
        if closeOnDeinit { try? handle.close() }
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

    /// The next decompressed bytes (at most ``chunkSize`` and 256 KB), or nil at the end.
    public func read() throws(MarsadError) -> [UInt8]? {
        if failed { return nil }
        // NB: zlib writes straight into the array that is returned, which is neither zero-filled first nor
        // copied after (a zero-filled buffer per stream and a copy of each chunk showed in profiles of many
        // small .html.gz pages).
        let capacity = min(chunkSize, 1 << 18)
        while true {
            guard try fillRaw() else {
                if inMember {
                    inMember = false
                    failed = true
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
            let start = rawPosition
            let output = [UInt8](unsafeUninitializedCapacity: capacity) { out, initialized in
                raw.withUnsafeMutableBufferPointer { input in
                    stream.pointee.next_in = input.baseAddress! + start
                    stream.pointee.avail_in = UInt32(available)
                    stream.pointee.next_out = out.baseAddress
                    stream.pointee.avail_out = UInt32(capacity)
                    status = inflate(stream, Z_NO_FLUSH)
                    consumed = available - Int(stream.pointee.avail_in)
                    produced = capacity - Int(stream.pointee.avail_out)
                }
                // Only the bytes zlib wrote count as initialized.
                initialized = produced
            }
            let memberStart = rawOffset + rawPosition
            rawPosition += consumed
            inMember = true
            if status == Z_STREAM_END {
                inflateReset(stream)
                inMember = false
            } else if status == Z_DATA_ERROR || status == Z_NEED_DICT || status == Z_STREAM_ERROR {
                let message = "gzip data is corrupt near byte \(memberStart) (zlib status \(status))"
                guard onCorrupt == .skip else {
                    failed = true
                    throw MarsadError(.invalidInput, message, location: path)
                }
                errors.append(MarsadError(.invalidInput, message + "; skipped to the next member", location: path))
                rawPosition = max(rawPosition, min(raw.count, rawPosition + 1))
                try resync()
            } else if status != Z_OK && status != Z_BUF_ERROR {
                failed = true
                throw MarsadError(.invalidInput, "gzip data is corrupt (zlib status \(status))", location: path)
            }
            if produced > 0 { return output }
        }
    }
}
