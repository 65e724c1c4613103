import MarsadCore

/// Parses one JSON text exactly as Python's `json.loads` does, into `PythonValue`.
///
/// ```swift
/// let value = try PythonJSONParser.parse(#"{"code": 57, "date": NaN}"#)
/// ```
///
/// Python's parser is not RFC 8259's: it accepts `NaN`, `Infinity` and `-Infinity`, keeps integers exact (and
/// refuses those over 4300 digits), lets a repeated key's last value win, keeps unpaired `\ud800` escapes, and
/// refuses raw control characters in strings. Failures are `MarsadError`s with code `invalid-input` and the
/// 1-based column in the message; the caller adds the location.
struct PythonJSONParser {
    /// The deepest nesting of arrays and objects score.py survives: deeper lines end in `RecursionError` under
    /// CPython 3.11's default recursion limit (measured with score.py itself).
    static let maximumDepth = 994
    /// `sys.get_int_max_str_digits()`: longer integers raise `ValueError` since Python 3.11.
    static let maximumIntegerDigits = 4300

    private let text: [UInt32]
    private var position = 0

    private init(_ text: [UInt32]) {
        self.text = text
    }

    static func parse(_ text: String) throws(MarsadError) -> PythonValue {
        try parse(codePoints: PythonString(text).codePoints)
    }

    static func parse(codePoints: [UInt32]) throws(MarsadError) -> PythonValue {
        var parser = PythonJSONParser(codePoints)
        parser.skipWhitespace()
        let value = try parser.parseValue(depth: 0)
        parser.skipWhitespace()
        guard parser.position == parser.text.count else { throw parser.failure("extra data after the value") }
        return value
    }

    private var current: UInt32? { position < text.count ? text[position] : nil }

    private mutating func skipWhitespace() {
        while let point = current, point == 0x20 || point == 0x09 || point == 0x0A || point == 0x0D {
            position += 1
        }
    }

    private func failure(_ message: String) -> MarsadError {
        MarsadError(.invalidInput, "not valid JSON: \(message) (column \(position + 1))")
    }

    private mutating func parseValue(depth: Int) throws(MarsadError) -> PythonValue {
        switch current {
        case 0x22:  // "
            return .string(try parseString())
        case 0x7B:  // {
            return try parseObject(depth: depth + 1)
        case 0x5B:  // [
            return try parseArray(depth: depth + 1)
        case 0x6E where consume("null"): return .none
        case 0x74 where consume("true"): return .bool(true)
        case 0x66 where consume("false"): return .bool(false)
        case 0x4E where consume("NaN"): return .float(.nan)
        case 0x49 where consume("Infinity"): return .float(.infinity)
        case 0x2D where consume("-Infinity"): return .float(-.infinity)
        default:
            return try parseNumber()
        }
    }

    private mutating func consume(_ word: String) -> Bool {
        let points = PythonString(word).codePoints
        guard text.count - position >= points.count, Array(text[position..<position + points.count]) == points
        else { return false }
        position += points.count
        return true
    }

    private mutating func parseObject(depth: Int) throws(MarsadError) -> PythonValue {
        guard depth <= Self.maximumDepth else { throw failure("nested too deeply for score.py") }
        position += 1
        var dict = PythonDict()
        skipWhitespace()
        if current == 0x7D {
            position += 1
            return .dict(dict)
        }
        while true {
            guard current == 0x22 else { throw failure("expecting a property name in double quotes") }
            let key = try parseString()
            skipWhitespace()
            guard current == 0x3A else { throw failure("expecting ':' delimiter") }
            position += 1
            skipWhitespace()
            dict.set(key, try parseValue(depth: depth))
            skipWhitespace()
            if current == 0x7D {
                position += 1
                return .dict(dict)
            }
            guard current == 0x2C else { throw failure("expecting ',' delimiter") }
            position += 1
            skipWhitespace()
        }
    }

    private mutating func parseArray(depth: Int) throws(MarsadError) -> PythonValue {
        guard depth <= Self.maximumDepth else { throw failure("nested too deeply for score.py") }
        position += 1
        var items: [PythonValue] = []
        skipWhitespace()
        if current == 0x5D {
            position += 1
            return .list(items)
        }
        while true {
            items.append(try parseValue(depth: depth))
            skipWhitespace()
            if current == 0x5D {
                position += 1
                return .list(items)
            }
            guard current == 0x2C else { throw failure("expecting ',' delimiter") }
            position += 1
            skipWhitespace()
        }
    }

    private mutating func parseString() throws(MarsadError) -> PythonString {
        position += 1
        var out: [UInt32] = []
        while true {
            guard let point = current else { throw failure("unterminated string") }
            position += 1
            switch point {
            case 0x22:
                return PythonString(codePoints: out)
            case 0x5C:
                out.append(try parseEscape())
            case 0..<0x20:
                position -= 1
                throw failure("invalid control character in a string")
            default:
                out.append(point)
            }
        }
    }

    /// After a backslash: one escaped code point, joining a `\uD8xx\uDCxx` pair the way Python does.
    private mutating func parseEscape() throws(MarsadError) -> UInt32 {
        guard let point = current else { throw failure("unterminated string") }
        position += 1
        switch point {
        case 0x22, 0x5C, 0x2F: return point
        case 0x62: return 0x08
        case 0x66: return 0x0C
        case 0x6E: return 0x0A
        case 0x72: return 0x0D
        case 0x74: return 0x09
        case 0x75:
            let high = try parseHexQuad()
            guard (0xD800...0xDBFF).contains(high), current == 0x5C, position + 1 < text.count,
                text[position + 1] == 0x75
            else { return high }
            let mark = position
            position += 2
            let low = try parseHexQuad()
            guard (0xDC00...0xDFFF).contains(low) else {
                position = mark
                return high
            }
            return 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
        default:
            position -= 1
            throw failure("invalid escape")
        }
    }

    private mutating func parseHexQuad() throws(MarsadError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let point = current, let digit = Self.hexValue(point) else {
                throw failure("invalid \\uXXXX escape")
            }
            value = value << 4 | digit
            position += 1
        }
        return value
    }

    private static func hexValue(_ point: UInt32) -> UInt32? {
        switch point {
        case 0x30...0x39: point - 0x30
        case 0x41...0x46: point - 0x41 + 10
        case 0x61...0x66: point - 0x61 + 10
        default: nil
        }
    }

    /// `-?(0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)?`, backing off a "." or "e" that no digit follows.
    private mutating func parseNumber() throws(MarsadError) -> PythonValue {
        let start = position
        if current == 0x2D { position += 1 }
        guard let first = current, Self.isDigit(first) else {
            position = start
            throw failure("expecting a value")
        }
        position += 1
        if first != 0x30 { skipDigits() }
        var isFloat = false
        if current == 0x2E, position + 1 < text.count, Self.isDigit(text[position + 1]) {
            position += 1
            skipDigits()
            isFloat = true
        }
        if current == 0x65 || current == 0x45 {
            var probe = position + 1
            if probe < text.count, text[probe] == 0x2B || text[probe] == 0x2D { probe += 1 }
            if probe < text.count, Self.isDigit(text[probe]) {
                position = probe
                skipDigits()
                isFloat = true
            }
        }
        let literal = String(PythonString(codePoints: Array(text[start..<position])).description)
        if isFloat {
            // NB: Python's float() turns overflow into inf and underflow into 0.0, like Double(_:).
            return .float(Double(literal)!)
        }
        var digits = Substring(literal)
        let negative = digits.first == "-"
        if negative { digits = digits.dropFirst() }
        guard digits.count <= Self.maximumIntegerDigits else {
            position = start
            throw failure("integer longer than Python's limit of \(Self.maximumIntegerDigits) digits")
        }
        return .int(negative && digits != "0" ? "-" + digits : String(digits))
    }

    private mutating func skipDigits() {
        while let point = current, Self.isDigit(point) { position += 1 }
    }

    private static func isDigit(_ point: UInt32) -> Bool {
        (0x30...0x39).contains(point)
    }
}
