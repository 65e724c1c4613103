import CZlib
import Foundation
public import MarsadCore

/// A stream of bytes from a file, stdin or a gzip file, read in chunks.
///
/// ```swift
/// let source = try ByteSource.open(path: "articles.jsonl.gz")   // gunzipped in-process with zlib
/// while let chunk = try source.read() { ... }
/// ```
public final class ByteSource {
    private let handle: FileHandle
    private let closeOnDeinit: Bool
    /// NB: zlib keeps a pointer back to its stream and checks it, so the stream needs a stable address.
    private var inflater: UnsafeMutablePointer<z_stream>?
    private var inflaterDone = false
    private var pendingInput: [UInt8] = []
    private var pushedBack: [UInt8]?
    public let path: String
    public let chunkSize = 1 << 20

    private init(handle: FileHandle, path: String, gzip: Bool, closeOnDeinit: Bool) throws(MarsadError) {
        self.handle = handle
        self.path = path
        self.closeOnDeinit = closeOnDeinit
        if gzip {
            let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
            stream.initialize(to: z_stream())
            // 15 + 32: zlib or gzip header, detected automatically.
            let status = inflateInit2_(stream, 15 + 32, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
            guard status == Z_OK else {
                stream.deallocate()
                throw MarsadError(.internalFailure, "zlib init failed (\(status))", location: path)
            }
            inflater = stream
        }
    }

    deinit {
        if let inflater {
            inflateEnd(inflater)
            inflater.deallocate()
        }
        if closeOnDeinit { try? handle.close() }
    }

    /// Opens a file (`-` for stdin); files ending in `.gz` are decompressed.
    public static func open(path: String) throws(MarsadError) -> ByteSource {
        if path == "-" {
            return try ByteSource(handle: FileHandle.standardInput, path: "-", gzip: false, closeOnDeinit: false)
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw MarsadError(.unreadable, "no such file", location: path)
        }
        guard !isDirectory.boolValue else { throw MarsadError(.unreadable, "is a directory", location: path) }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw MarsadError(.unreadable, "cannot open for reading (check permissions)", location: path)
        }
        return try ByteSource(handle: handle, path: path, gzip: path.hasSuffix(".gz"), closeOnDeinit: true)
    }

    private func readRaw() throws(MarsadError) -> [UInt8]? {
        do {
            guard let data = try handle.read(upToCount: chunkSize), !data.isEmpty else { return nil }
            return [UInt8](data)
        } catch {
            throw MarsadError(.unreadable, "read failed: \(error.localizedDescription)", location: path)
        }
    }

    /// Puts a chunk back so that the next ``read()`` returns it first (peeking at stdin).
    public func unread(_ chunk: [UInt8]) {
        pushedBack = chunk
    }

    /// The next chunk of (decompressed) bytes, or nil at the end.
    public func read() throws(MarsadError) -> [UInt8]? {
        if let chunk = pushedBack {
            pushedBack = nil
            return chunk
        }
        guard let inflater else { return try readRaw() }
        if inflaterDone && pendingInput.isEmpty {
            // Concatenated gzip members: start a new member if more input follows.
            guard let more = try readRaw() else { return nil }
            pendingInput = more
            inflateReset(inflater)
            inflaterDone = false
        }
        var output = [UInt8](repeating: 0, count: chunkSize)
        while true {
            if pendingInput.isEmpty {
                guard let more = try readRaw() else {
                    if inflaterDone { return nil }
                    throw MarsadError(.invalidInput, "gzip stream is truncated", location: path)
                }
                pendingInput = more
            }
            var produced = 0
            var status: Int32 = Z_OK
            var consumed = 0
            pendingInput.withUnsafeMutableBufferPointer { input in
                output.withUnsafeMutableBufferPointer { out in
                    inflater.pointee.next_in = input.baseAddress
                    inflater.pointee.avail_in = UInt32(input.count)
                    inflater.pointee.next_out = out.baseAddress
                    inflater.pointee.avail_out = UInt32(out.count)
                    status = inflate(inflater, Z_NO_FLUSH)
                    consumed = input.count - Int(inflater.pointee.avail_in)
                    produced = out.count - Int(inflater.pointee.avail_out)
                }
            }
            pendingInput.removeFirst(consumed)
            if status == Z_STREAM_END {
                inflaterDone = true
                if !pendingInput.isEmpty {
                    inflateReset(inflater)
                    inflaterDone = false
                }
            } else if status != Z_OK && status != Z_BUF_ERROR {
                throw MarsadError(.invalidInput, "gzip data is corrupt (zlib status \(status))", location: path)
            }
            if produced > 0 { return Array(output[0..<produced]) }
            if inflaterDone && pendingInput.isEmpty {
                guard let more = try readRaw() else { return nil }
                pendingInput = more
                inflateReset(inflater)
                inflaterDone = false
            }
        }
    }
}
