extension PythonValue {
    /// Python's `str(value)`: "None", "True", "57", "57.0", the text itself, or the `repr` of a list or dict.
    ///
    /// ```swift
    /// PythonValue.int("57").pythonString             // "57"
    /// PythonValue.list([.string("05")]).pythonString  // "['05']"
    /// ```
    var pythonString: PythonString {
        if case .string(let text) = self { return text }
        return pythonRepr
    }

    /// Python's `repr(value)`.
    var pythonRepr: PythonString {
        switch self {
        case .none: return "None"
        case .bool(let value): return value ? "True" : "False"
        case .int(let digits): return PythonString(digits)
        case .float(let value): return PythonString(PythonFloat.repr(value))
        case .string(let text): return Self.repr(of: text)
        case .list(let items):
            return "[" + Self.joined(items.map(\.pythonRepr)) + "]"
        case .dict(let dict):
            return "{" + Self.joined(dict.entries.map { Self.repr(of: $0.key) + ": " + $0.value.pythonRepr }) + "}"
        }
    }

    private static func joined(_ parts: [PythonString]) -> PythonString {
        var result = PythonString(codePoints: [])
        for (index, part) in parts.enumerated() {
            if index > 0 { result = result + ", " }
            result = result + part
        }
        return result
    }

    /// `repr` of a `str`: single quotes unless the text has a ' and no ", escapes for the rest.
    private static func repr(of text: PythonString) -> PythonString {
        let points = text.codePoints
        let quote: UInt32 = points.contains(0x27) && !points.contains(0x22) ? 0x22 : 0x27
        var out: [UInt32] = [quote]
        for point in points {
            switch point {
            case quote, 0x5C: out += [0x5C, point]
            case 0x09: out += [0x5C, 0x74]
            case 0x0A: out += [0x5C, 0x6E]
            case 0x0D: out += [0x5C, 0x72]
            case 0..<0x20, 0x7F: out += hexEscape(point, marker: "x", width: 2)
            case 0x20..<0x7F: out.append(point)
            default:
                if isPrintable(point) {
                    out.append(point)
                } else if point <= 0xFF {
                    out += hexEscape(point, marker: "x", width: 2)
                } else if point <= 0xFFFF {
                    out += hexEscape(point, marker: "u", width: 4)
                } else {
                    out += hexEscape(point, marker: "U", width: 8)
                }
            }
        }
        out.append(quote)
        return PythonString(codePoints: out)
    }

    private static func hexEscape(_ point: UInt32, marker: String, width: Int) -> [UInt32] {
        let hex = String(point, radix: 16)
        return PythonString("\\" + marker + String(repeating: "0", count: width - hex.count) + hex).codePoints
    }

    /// Python's `str.isprintable()` for a non-ASCII code point: not a control, format, surrogate, private-use,
    /// unassigned or separator character.
    ///
    /// NB: Swift's Unicode tables may be newer than the Python running `score.py`; characters assigned in
    /// between print raw here and as escapes there. Codes containing such characters are not realistic.
    private static func isPrintable(_ point: UInt32) -> Bool {
        guard let scalar = Unicode.Scalar(point) else { return false }
        switch scalar.properties.generalCategory {
        case .control, .format, .surrogate, .privateUse, .unassigned, .lineSeparator, .paragraphSeparator,
            .spaceSeparator:
            return false
        default:
            return true
        }
    }
}
