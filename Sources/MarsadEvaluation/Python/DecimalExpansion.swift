/// The exact decimal value of a finite `Double` (every binary fraction has a finite decimal expansion).
///
/// ```swift
/// let exact = DecimalExpansion(0.1)
/// exact.integerDigits   // "0"
/// exact.fractionDigits  // "1000000000000000055511151231257827021181583404541015625"
/// ```
///
/// Python's `round(x, 3)` rounds this exact value (half to even), not the shortest text `repr` shows; the
/// scorer needs the same answer for values such as 0.0005 (stored a little above one half) or 0.1235 (a little
/// below).
struct DecimalExpansion: Sendable {
    var isNegative: Bool
    /// At least one digit, no leading zeros except "0" itself.
    var integerDigits: String
    /// Possibly empty; may end in zeros.
    var fractionDigits: String

    /// Expands `value`, which must be finite.
    init(_ value: Double) {
        precondition(value.isFinite, "DecimalExpansion needs a finite value")
        isNegative = value.sign == .minus
        let bits = value.bitPattern
        let biasedExponent = Int((bits >> 52) & 0x7FF)
        let fraction = bits & ((1 << 52) - 1)
        let significand = biasedExponent == 0 ? fraction : fraction | (1 << 52)
        let exponent = biasedExponent == 0 ? -1074 : biasedExponent - 1075
        var number = LimbNumber(significand)
        if exponent >= 0 {
            number.multiply(by: 2, times: exponent)
            integerDigits = number.decimalText
            fractionDigits = ""
        } else {
            // significand * 2^-q == significand * 5^q / 10^q
            let places = -exponent
            number.multiply(by: 5, times: places)
            var digits = number.decimalText
            if digits.count <= places {
                digits = String(repeating: "0", count: places - digits.count + 1) + digits
            }
            let split = digits.index(digits.endIndex, offsetBy: -places)
            integerDigits = String(digits[..<split])
            fractionDigits = String(digits[split...])
        }
    }

    /// The value rounded to `places` decimals, half to even, as text with exactly `places` decimals ("0.333").
    func rounded(places: Int) -> String {
        let padded = fractionDigits + String(repeating: "0", count: max(0, places + 1 - fractionDigits.count))
        let kept = Array(integerDigits + padded.prefix(places))
        let rest = Array(padded.dropFirst(places))
        let first = rest.first ?? "0"
        let beyondHalf = rest.dropFirst().contains { $0 != "0" }
        let lastKeptIsOdd = (kept.last?.wholeNumberValue ?? 0) % 2 == 1
        let roundsUp = first > "5" || (first == "5" && (beyondHalf || lastKeptIsOdd))
        var digits = kept
        if roundsUp {
            var position = digits.count - 1
            while position >= 0 {
                if digits[position] == "9" {
                    digits[position] = "0"
                    position -= 1
                } else {
                    digits[position] = Character(String(digits[position].wholeNumberValue! + 1))
                    break
                }
            }
            if position < 0 { digits.insert("1", at: 0) }
        }
        let integerCount = digits.count - places
        var text = String(digits[..<integerCount])
        if places > 0 { text += "." + String(digits[integerCount...]) }
        return (isNegative ? "-" : "") + text
    }
}
