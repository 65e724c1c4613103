/// Appends text pieces, collapsing every run of whitespace (across pieces) into one space and dropping
/// leading and trailing whitespace.
///
/// ```swift
/// var c = WhitespaceCollapser()
/// c.append("  a \n"); c.append(" b")
/// c.result  // "a b"
/// ```
struct WhitespaceCollapser {
    private(set) var result = ""
    /// Characters (Unicode scalars) in the result.
    private(set) var count = 0
    private var pendingSpace = false

    var isEmpty: Bool { result.isEmpty }

    mutating func append(_ piece: String) {
        for scalar in piece.unicodeScalars {
            if Self.isSpace(scalar) {
                pendingSpace = true
            } else {
                if pendingSpace && !result.isEmpty {
                    result.unicodeScalars.append(" ")
                    count += 1
                }
                pendingSpace = false
                result.unicodeScalars.append(scalar)
                count += 1
            }
        }
    }

    /// Forces a break between what came before and what follows (a space unless the text is empty).
    mutating func separate() {
        pendingSpace = true
    }

    mutating func reset() {
        result = ""
        count = 0
        pendingSpace = false
    }

    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x20, 0x09, 0x0A, 0x0D, 0x0C, 0x0B, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F,
            0x3000, 0xFEFF:
            return true
        default:
            return false
        }
    }
}
