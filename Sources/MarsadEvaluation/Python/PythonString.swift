/// A Python `str`: a sequence of code points compared one by one, never by canonical equivalence.
///
/// ```swift
/// let actor = PythonString(" IGOUNO ")
/// actor.stripped().prefix(3) == "IGO"  // true
/// ```
///
/// NB: Swift's `String ==` treats "é" (U+00E9) and "e" + U+0301 as equal; Python does not, and neither do the
/// scorer's keys. Code points are `UInt32` so that the lone surrogates Python's `json` accepts (`"\ud800"`)
/// survive too.
struct PythonString: Hashable, Comparable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    var codePoints: [UInt32]

    init(codePoints: [UInt32]) {
        self.codePoints = codePoints
    }

    init(_ text: String) {
        codePoints = text.unicodeScalars.map(\.value)
    }

    init(stringLiteral value: String) {
        self.init(value)
    }

    var count: Int { codePoints.count }
    var isEmpty: Bool { codePoints.isEmpty }

    /// The text for messages; lone surrogates become U+FFFD.
    var description: String {
        var text = ""
        for point in codePoints {
            text.unicodeScalars.append(Unicode.Scalar(point) ?? "\u{FFFD}")
        }
        return text
    }

    /// Python's `s[:n]`.
    func prefix(_ length: Int) -> PythonString {
        PythonString(codePoints: Array(codePoints.prefix(length)))
    }

    /// Python's `s.strip()`: removes the characters `str.isspace()` accepts from both ends.
    func stripped() -> PythonString {
        guard let first = codePoints.firstIndex(where: { !Self.isSpace($0) }),
            let last = codePoints.lastIndex(where: { !Self.isSpace($0) })
        else { return PythonString(codePoints: []) }
        return PythonString(codePoints: Array(codePoints[first...last]))
    }

    /// Python's `s.zfill(width)`: left-pads with "0", keeping a leading "+" or "-" in front.
    func zeroFilled(width: Int) -> PythonString {
        let padding = width - count
        guard padding > 0 else { return self }
        let zeros = [UInt32](repeating: 0x30, count: padding)
        if let sign = codePoints.first, sign == 0x2B || sign == 0x2D {
            return PythonString(codePoints: [sign] + zeros + codePoints.dropFirst())
        }
        return PythonString(codePoints: zeros + codePoints)
    }

    static func < (lhs: PythonString, rhs: PythonString) -> Bool {
        lhs.codePoints.lexicographicallyPrecedes(rhs.codePoints)
    }

    static func + (lhs: PythonString, rhs: PythonString) -> PythonString {
        PythonString(codePoints: lhs.codePoints + rhs.codePoints)
    }

    /// Python's `str.isspace()` for one code point (whitespace category Zs or bidirectional class WS, B, S).
    static func isSpace(_ point: UInt32) -> Bool {
        switch point {
        case 0x09...0x0D, 0x1C...0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            return true
        default:
            return false
        }
    }
}
