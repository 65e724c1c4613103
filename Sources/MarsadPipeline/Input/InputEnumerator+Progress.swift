import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// How far the walk is, in bytes of the input files as they lie on disk (compressed for `.gz`): a progress
/// display needs no pass over the documents to know the total.
///
/// ```swift
/// let inputs = InputEnumerator(paths: ["corpus.jsonl.gz"], options: .init())
/// let total = inputs.totalBytes            // the file's size
/// while let item = inputs.next() { … }
/// Double(inputs.bytesDone) / Double(total!)  // 1.0 at the end
/// ```
extension InputEnumerator {
    /// How the file being walked is read.
    enum Reading {
        case none
        /// Read whole when opened (a text or HTML file, or one that failed).
        case whole
        /// Line by line from a byte source that knows its position.
        case lines(ByteSource)
        /// Record by record; the reader does not tell its position, so the file counts when it ends.
        case warc
    }

    /// The size of the input files the paths name (folders walked as ``next()`` walks them); nil when standard
    /// input is one of them.
    public var totalBytes: Int? {
        var total = 0
        for path in paths {
            if path == "-" { return nil }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
            for file in isDirectory.boolValue ? Self.inputFiles(in: path) ?? [] : [path] {
                total += Self.fileSize(file)
            }
        }
        return total
    }

    /// Bytes of the input files walked so far; ``totalBytes`` once ``next()`` has returned nil.
    public var bytesDone: Int {
        switch reading {
        case .none, .warc: finishedBytes
        case .whole: finishedBytes + currentFileBytes
        case .lines(let source): finishedBytes + min(source.position, currentFileBytes)
        }
    }

    /// The input files of a folder, recursively, sorted; nil when it cannot be listed.
    static func inputFiles(in directory: String) -> [String]? {
        guard let walker = FileManager.default.enumerator(atPath: directory) else { return nil }
        var files: [String] = []
        while let rel = walker.nextObject() as? String {
            let lower = rel.lowercased()
            if jsonlSuffixes.contains(where: lower.hasSuffix) || textSuffixes.contains(where: lower.hasSuffix)
                || htmlSuffixes.contains(where: lower.hasSuffix) || warcSuffixes.contains(where: lower.hasSuffix)
            {
                files.append((directory as NSString).appendingPathComponent(rel))
            }
        }
        return files.sorted()
    }

    /// The size of a file in bytes (0 when it cannot be read).
    ///
    /// NB: `stat` rather than `FileManager.attributesOfItem`, which builds a dictionary of every attribute
    /// (owner and group names included) and showed in profiles of `marsad extract` over many small pages.
    static func fileSize(_ path: String) -> Int {
        var info = stat()
        guard stat(path, &info) == 0 else { return 0 }
        return Int(info.st_size)
    }

    /// Counts the file before as walked, and `path` as the one now read (whole unless its reader says otherwise).
    func startFile(_ path: String) {
        endFile()
        currentFileBytes = Self.fileSize(path)
        reading = .whole
    }

    func endFile() {
        finishedBytes += currentFileBytes
        currentFileBytes = 0
        reading = .none
    }
}
