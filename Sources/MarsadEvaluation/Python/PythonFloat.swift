/// Python's float formatting and rounding: `repr(x)` and `round(x, n)`, bit for bit.
///
/// ```swift
/// PythonFloat.repr(PythonFloat.round(2.0 / 3.0, places: 3))  // "0.667"
/// PythonFloat.repr(1e16)                                     // "1e+16"
/// ```
enum PythonFloat {
    /// Python's `round(value, places)`: the exact binary value rounded half to even, read back as the nearest
    /// `Double`. Non-finite values and zeros come back unchanged, as in Python.
    static func round(_ value: Double, places: Int) -> Double {
        guard value.isFinite, value != 0 else { return value }
        return Double(DecimalExpansion(value).rounded(places: places)) ?? value
    }

    /// Python's `format(value, ".nf")`, rounding the exact binary value half to even.
    static func fixed(_ value: Double, places: Int) -> String {
        guard value.isFinite else { return repr(value) }
        return DecimalExpansion(value).rounded(places: places)
    }

    /// Python's `repr(value)`: the shortest digits that read back as `value`, in fixed notation when the
    /// decimal exponent is in -4..<16 and with ".0" on whole numbers ("1.0", "0.001", "1e-05", "1e+16").
    static func repr(_ value: Double) -> String {
        if value.isNaN { return "nan" }
        if value.isInfinite { return value < 0 ? "-inf" : "inf" }
        let sign = value.sign == .minus ? "-" : ""
        if value == 0 { return sign + "0.0" }
        // NB: Swift's `description` gives the same shortest round-trip digits as Python's dtoa (mode 0) but
        // switches to exponent notation at other thresholds, so only its digits and exponent are used.
        let (digits, pointPosition) = shortestDigits(of: value.magnitude)
        if pointPosition <= -4 || pointPosition > 16 {
            var text = String(digits.first!)
            if digits.count > 1 { text += "." + digits.dropFirst() }
            let exponent = pointPosition - 1
            let exponentDigits = String(exponent.magnitude)
            return sign + text + "e" + (exponent < 0 ? "-" : "+")
                + (exponentDigits.count < 2 ? "0" : "") + exponentDigits
        }
        if pointPosition <= 0 {
            return sign + "0." + String(repeating: "0", count: -pointPosition) + digits
        }
        if pointPosition >= digits.count {
            return sign + digits + String(repeating: "0", count: pointPosition - digits.count) + ".0"
        }
        let split = digits.index(digits.startIndex, offsetBy: pointPosition)
        return sign + digits[..<split] + "." + digits[split...]
    }

    /// Significant digits and decimal point position (value = 0.DIGITS × 10^position) of a positive value.
    private static func shortestDigits(of value: Double) -> (digits: String, pointPosition: Int) {
        let text = value.description
        let parts = text.split(separator: "e", maxSplits: 1)
        let mantissa = parts[0]
        let exponent = parts.count > 1 ? Int(parts[1])! : 0
        let integerPart = mantissa.split(separator: ".", omittingEmptySubsequences: false)[0]
        var digits = mantissa.filter { $0 != "." }
        var position = integerPart.count + exponent
        while digits.first == "0" {
            digits.removeFirst()
            position -= 1
        }
        while digits.count > 1 && digits.last == "0" {
            digits.removeLast()
        }
        return (digits, position)
    }
}
