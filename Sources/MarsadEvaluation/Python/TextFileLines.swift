import Foundation
import MarsadCore

/// The lines of a UTF-8 text file as Python's `for line in open(path, encoding='utf-8')` yields them.
///
/// ```swift
/// let lines = try TextFileLines(path: "gold.jsonl")
/// for line in lines.lines { print(line.number, line.text.count) }
/// ```
///
/// Python opens text files with universal newlines: "\r\n", "\r" and "\n" all end a line (U+2028 and U+0085 do
/// not). Bytes that are not UTF-8 make Python raise `UnicodeDecodeError`; here they are an `invalid-input`
/// error for that line. A byte order mark is kept, as `encoding='utf-8'` keeps it (json then refuses it).
struct TextFileLines: Sendable {
    /// One line without its line break; `number` is 1-based and counts blank lines.
    struct Line: Sendable {
        var number: Int
        var text: PythonString
    }

    var path: String
    var lines: [Line]

    init(path: String) throws(MarsadError) {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw MarsadError(.unreadable, "cannot read the file; check the path", location: path)
        }
        try self.init(bytes: [UInt8](data), path: path)
    }

    init(bytes: [UInt8], path: String) throws(MarsadError) {
        self.path = path
        var lines: [Line] = []
        var start = 0
        var index = 0
        func emit(_ end: Int) throws(MarsadError) {
            let number = lines.count + 1
            guard let text = String(validating: bytes[start..<end], as: UTF8.self) else {
                throw MarsadError(
                    .invalidInput, "not UTF-8 text; re-encode the file as UTF-8", location: "\(path):\(number)")
            }
            lines.append(Line(number: number, text: PythonString(text)))
        }
        while index < bytes.count {
            switch bytes[index] {
            case 0x0A:
                try emit(index)
                index += 1
                start = index
            case 0x0D:
                try emit(index)
                index += bytes.count > index + 1 && bytes[index + 1] == 0x0A ? 2 : 1
                start = index
            default:
                index += 1
            }
        }
        if start < bytes.count { try emit(bytes.count) }
        self.lines = lines
    }
}
