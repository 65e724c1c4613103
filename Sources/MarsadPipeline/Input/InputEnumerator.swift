import Foundation
import MarsadCore
import MarsadExtraction

/// Walks the inputs of `marsad code` in order and yields them one unit at a time, streaming.
///
/// ```swift
/// let inputs = InputEnumerator(paths: ["corpus.jsonl.gz", "notes/"], options: .init())
/// while let item = inputs.next() { ... }
/// ```
///
/// Files: `.jsonl`/`.jsonl.gz`/`.ndjson` (one document a line), `.txt` (one document), `.html`/`.htm`/
/// `.html.gz` (one page), `.warc`/`.warc.gz` (one page per HTML response record, streamed), folders
/// (recursively, sorted), `-` (stdin: JSON Lines when the first byte is `{`, else text). A file or record
/// that cannot be read, is binary, is not UTF-8, is empty or too large becomes one ``InputItem/failure``
/// and the walk goes on.
public final class InputEnumerator {
    public struct Options: Sendable {
        public var maxDocumentBytes = 10 << 20
        public init() {}
    }

    private var pending: [String]
    private let options: Options
    private var lines: LineReader?
    private var linesPath = ""
    private var stdinText: [UInt8]?
    private var firstLineChecked = false
    private var warc: WARCReader?
    /// The paths as given, for ``totalBytes``.
    let paths: [String]
    /// Sizes of the files read to their end, the size of the file being read and how it is read (progress).
    var finishedBytes = 0
    var currentFileBytes = 0
    var reading = Reading.none

    public init(paths: [String], options: Options) {
        self.paths = paths
        self.pending = paths.reversed()
        self.options = options
    }

    static let jsonlSuffixes = [".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz", ".json.gz"]
    static let textSuffixes = [".txt", ".text", ".txt.gz"]
    static let htmlSuffixes = [".html", ".htm", ".html.gz", ".htm.gz", ".xhtml"]
    static let warcSuffixes = [".warc", ".warc.gz"]

    public func next() -> InputItem? {
        while true {
            if let warc {
                if let item = nextRecord(warc) { return item }
                self.warc = nil
                continue
            }
            if let lines {
                do throws(MarsadError) {
                    if let line = try lines.next() {
                        let location = "\(linesPath):\(line.number)"
                        switch line.content {
                        case .tooLong(let n):
                            return .failure(
                                MarsadError(
                                    .tooLarge,
                                    "line of \(n) bytes is over the \(options.maxDocumentBytes)-byte limit; skipped",
                                    location: location))
                        case .bytes(let bytes):
                            if !firstLineChecked {
                                firstLineChecked = true
                                if bytes.prefix(8192).contains(0) {
                                    self.lines = nil
                                    return .failure(
                                        MarsadError(
                                            .invalidInput, "binary file (NUL bytes); skipped", location: linesPath))
                                }
                            }
                            if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
                            return .jsonLine(bytes, location: location)
                        }
                    }
                    self.lines = nil
                    continue
                } catch {
                    self.lines = nil
                    return .failure(error)
                }
            }
            guard let path = pending.popLast() else {
                endFile()
                return nil
            }
            if let item = open(path) { return item }
        }
    }

    /// Opens one path; returns an item to yield now, or nil when it set up a line reader or queued files.
    private func open(_ path: String) -> InputItem? {
        if path == "-" { return openStdin() }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return .failure(MarsadError(.unreadable, "no such file or folder", location: path))
        }
        if isDirectory.boolValue {
            guard let files = Self.inputFiles(in: path) else {
                return .failure(MarsadError(.unreadable, "cannot list folder", location: path))
            }
            pending.append(contentsOf: files.reversed())
            return nil
        }
        startFile(path)
        let lower = path.lowercased()
        if Self.warcSuffixes.contains(where: lower.hasSuffix) {
            do throws(MarsadError) {
                warc = try WARCReader(path: path, maxRecordBytes: options.maxDocumentBytes)
                reading = .warc
                return nil
            } catch {
                return .failure(error)
            }
        }
        if Self.htmlSuffixes.contains(where: lower.hasSuffix) {
            switch readAll(path) {
            case .success(let bytes):
                if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
                    return .failure(MarsadError(.invalidInput, "empty file", location: path))
                }
                return .page(PageInput(bytes: bytes, id: path))
            case .failure(let error):
                return .failure(error)
            }
        }
        if Self.jsonlSuffixes.contains(where: lower.hasSuffix) {
            do throws(MarsadError) {
                let source = try ByteSource.open(path: path)
                reading = .lines(source)
                lines = LineReader(source, maxLineBytes: options.maxDocumentBytes)
                linesPath = path
                firstLineChecked = false
                return nil
            } catch {
                return .failure(error)
            }
        }
        return readText(path)
    }

    private func openStdin() -> InputItem? {
        do throws(MarsadError) {
            let source = try ByteSource.open(path: "-")
            // Peek: JSON Lines when the first non-space byte is «{».
            guard let first = try source.read() else {
                return .failure(MarsadError(.invalidInput, "standard input is empty", location: "-"))
            }
            let firstByte = first.first(where: {
                $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 && $0 != 0xEF && $0 != 0xBB && $0 != 0xBF
            })
            if firstByte == UInt8(ascii: "{") {
                source.unread(first)
                lines = LineReader(source, maxLineBytes: options.maxDocumentBytes)
                linesPath = "-"
                firstLineChecked = false
                return nil
            }
            var all = first
            while let more = try source.read() {
                all.append(contentsOf: more)
                if all.count > options.maxDocumentBytes {
                    return .failure(
                        MarsadError(
                            .tooLarge, "standard input is over the \(options.maxDocumentBytes)-byte limit",
                            location: "-"))
                }
            }
            return Self.textItem(all, id: "-")
        } catch {
            return .failure(error)
        }
    }

    private func readText(_ path: String) -> InputItem {
        switch readAll(path) {
        case .success(let bytes): return Self.textItem(bytes, id: path)
        case .failure(let error): return .failure(error)
        }
    }

    /// A whole file (gunzipped), up to the size limit.
    private func readAll(_ path: String) -> Result<[UInt8], MarsadError> {
        do throws(MarsadError) {
            let source = try ByteSource.open(path: path)
            var all: [UInt8] = []
            while let chunk = try source.read() {
                all.append(contentsOf: chunk)
                if all.count > options.maxDocumentBytes {
                    return .failure(
                        MarsadError(
                            .tooLarge, "file is over the \(options.maxDocumentBytes)-byte limit (--max-bytes); skipped",
                            location: path))
                }
            }
            return .success(all)
        } catch {
            return .failure(error)
        }
    }

    /// The next HTML page or failure of a WARC file; nil at its end. Records that are not HTML responses
    /// (requests, metadata, images, redirects) are passed over.
    private func nextRecord(_ reader: WARCReader) -> InputItem? {
        while let item = reader.next() {
            switch item {
            case .failure(let error):
                return .failure(error)
            case .record(let record):
                let id = "\(reader.path)#\(record.number)"
                let type = record.type
                guard type == "response" || type == "resource" else { continue }
                var body = record.block
                var contentType = record.contentType
                if type == "response" {
                    guard let http = HTTPResponse(parsing: record.block) else {
                        if record.contentType?.lowercased().contains("http") == true {
                            return .failure(
                                MarsadError(.invalidInput, "response record without a valid HTTP header", location: id))
                        }
                        continue
                    }
                    guard (200..<300).contains(http.status) else { continue }
                    body = http.body
                    contentType = http.contentType
                }
                let lowerType = contentType?.lowercased() ?? ""
                let looksHTML =
                    lowerType.contains("html")
                    || (lowerType.isEmpty && body.prefix(512).contains(UInt8(ascii: "<")))
                guard looksHTML, !body.isEmpty else { continue }
                return .page(
                    PageInput(
                        bytes: body, id: id, url: record.targetURI, httpContentType: contentType,
                        crawlDate: record.date.flatMap { CalendarDate(iso: $0) }))
            }
        }
        return nil
    }

    static func textItem(_ bytes: [UInt8], id: String) -> InputItem {
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            return .failure(MarsadError(.invalidInput, "empty file", location: id))
        }
        if bytes.prefix(8192).contains(0) {
            return .failure(MarsadError(.invalidInput, "binary file (NUL bytes); skipped", location: id))
        }
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }  // UTF-8 BOM
        guard let text = String(validating: body, as: UTF8.self) else {
            let line = invalidUTF8Line(bytes)
            return .failure(
                MarsadError(
                    .invalidInput, "not valid UTF-8 (first bad byte on line \(line)); convert it to UTF-8 first",
                    location: id))
        }
        return .text(text, id: id)
    }

    private static func invalidUTF8Line(_ bytes: [UInt8]) -> Int {
        var line = 1
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            let width = b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC2 ? 2 : 0
            if width == 0 || i + width > bytes.count { return line }
            for k in 1..<max(width, 1) where bytes[i + k] & 0xC0 != 0x80 { return line }
            if b == 0x0A { line += 1 }
            i += width
        }
        return line
    }
}
