extension PythonValue {
    /// Python's `a == b` between values inside containers: numbers compare by exact value across `bool`, `int`
    /// and `float` (`True == 1 == 1.0`), strings by code point, lists and dicts element by element.
    ///
    /// ```swift
    /// PythonValue.list([.int("1")]).equals(.list([.float(1.0)]))  // true
    /// PythonValue.string("1").equals(.int("1"))                   // false
    /// ```
    ///
    /// NB: `json.loads` returns one shared `float('nan')` object and container comparison checks identity
    /// first, so `[NaN] == [NaN]` is true in Python; this follows.
    func equals(_ other: PythonValue) -> Bool {
        switch (self, other) {
        case (.none, .none):
            return true
        case (.string(let left), .string(let right)):
            return left == right
        case (.list(let left), .list(let right)):
            return left.count == right.count && zip(left, right).allSatisfy { $0.equals($1) }
        case (.dict(let left), .dict(let right)):
            guard left.entries.count == right.entries.count else { return false }
            return left.entries.allSatisfy { entry in right[entry.key].map { entry.value.equals($0) } ?? false }
        default:
            guard let left = numericKey, let right = other.numericKey else { return false }
            return left == right
        }
    }

    /// A text that two numbers share exactly when Python finds them equal: the exact integer for whole values
    /// ("1" for `True`, `1` and `1.0`; "0" for `-0.0`), "nan", "inf", "-inf", or the float's `repr` otherwise.
    /// `nil` for non-numbers.
    var numericKey: String? {
        switch self {
        case .bool(let value):
            return value ? "1" : "0"
        case .int(let digits):
            return digits
        case .float(let value):
            if value.isNaN { return "nan" }
            if value.isInfinite { return value < 0 ? "-inf" : "inf" }
            guard value == value.rounded(.towardZero) else { return "f" + PythonFloat.repr(value) }
            if value == 0 { return "0" }
            let exact = DecimalExpansion(value)
            return (exact.isNegative ? "-" : "") + exact.integerDigits
        default:
            return nil
        }
    }
}
