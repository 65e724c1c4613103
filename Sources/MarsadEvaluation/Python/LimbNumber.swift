/// A non-negative integer in base 10^9 limbs, little-endian: just enough arithmetic for `DecimalExpansion`.
///
/// ```swift
/// var number = LimbNumber(3)
/// number.multiply(by: 5, times: 30)
/// number.decimalText  // "2793967723846435546875"
/// ```
struct LimbNumber {
    private static let base: UInt64 = 1_000_000_000
    private var limbs: [UInt64]

    init(_ value: UInt64) {
        limbs = value == 0 ? [0] : []
        var rest = value
        while rest > 0 {
            limbs.append(rest % Self.base)
            rest /= Self.base
        }
    }

    /// Multiplies by `factor^times`, batching factors so each step stays within 64 bits.
    mutating func multiply(by factor: UInt64, times: Int) {
        var remaining = times
        while remaining > 0 {
            var batch: UInt64 = 1
            var count = 0
            while count < remaining && batch * factor < Self.base * 4 {
                batch *= factor
                count += 1
            }
            var carry: UInt64 = 0
            for index in limbs.indices {
                let product = limbs[index] * batch + carry
                limbs[index] = product % Self.base
                carry = product / Self.base
            }
            while carry > 0 {
                limbs.append(carry % Self.base)
                carry /= Self.base
            }
            remaining -= count
        }
    }

    var decimalText: String {
        var text = String(limbs.last ?? 0)
        for limb in limbs.dropLast().reversed() {
            let part = String(limb)
            text += String(repeating: "0", count: 9 - part.count) + part
        }
        return text
    }
}
