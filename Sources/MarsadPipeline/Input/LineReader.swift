public import MarsadCore

/// Splits a ``ByteSource`` into lines without ever holding more than one line (up to a limit) in memory.
///
/// ```swift
/// let lines = LineReader(source, maxLineBytes: 10 << 20)
/// while let line = try lines.next() {
///     switch line.content { case .bytes(let b): ...; case .tooLong(let n): ... }
/// }
/// ```
public final class LineReader {
    public enum Content {
        case bytes([UInt8])
        /// The line was longer than the limit and was skipped; its length in bytes.
        case tooLong(Int)
    }

    public struct Line {
        public var number: Int
        public var content: Content
    }

    private let source: ByteSource
    private let maxLineBytes: Int
    private var buffer: [UInt8] = []
    private var position = 0
    private var lineNumber = 0
    private var finished = false

    public init(_ source: ByteSource, maxLineBytes: Int) {
        self.source = source
        self.maxLineBytes = maxLineBytes
    }

    public func next() throws(MarsadError) -> Line? {
        var line: [UInt8] = []
        var overflow = 0
        while true {
            if position >= buffer.count {
                guard !finished, let chunk = try source.read() else {
                    finished = true
                    if line.isEmpty && overflow == 0 { return nil }
                    lineNumber += 1
                    return Line(number: lineNumber, content: overflow > 0 ? .tooLong(overflow) : .bytes(line))
                }
                buffer = chunk
                position = 0
            }
            let rest = buffer[position...]
            if let nl = rest.firstIndex(of: 0x0A) {
                let piece = buffer[position..<nl]
                position = nl + 1
                lineNumber += 1
                if overflow > 0 || line.count + piece.count > maxLineBytes {
                    return Line(number: lineNumber, content: .tooLong(overflow + line.count + piece.count))
                }
                line.append(contentsOf: piece)
                if line.last == 0x0D { line.removeLast() }
                return Line(number: lineNumber, content: .bytes(line))
            }
            if overflow > 0 || line.count + rest.count > maxLineBytes {
                overflow += line.count + rest.count
                line = []
            } else {
                line.append(contentsOf: rest)
            }
            position = buffer.count
        }
    }
}
