/// An article id as a key of score.py's `defaultdict`: Python's hashing rules, not Swift's.
///
/// ```swift
/// DocumentKey(.string("snn-00042"))                     // .string("snn-00042")
/// DocumentKey(.int("1")) == DocumentKey(.float(1.0))  // true: `1` and `1.0` are one dict key in Python
/// DocumentKey(.list([]))                              // nil: a list is unhashable
/// ```
enum DocumentKey: Hashable, Sendable, CustomStringConvertible {
    case none
    /// `PythonValue.numericKey` of a `bool`, `int` or `float`.
    case number(String)
    case string(PythonString)

    /// The key Python would use for `value`, or `nil` when Python raises `TypeError: unhashable type`.
    init?(_ value: PythonValue) {
        switch value {
        case .none: self = .none
        case .string(let text): self = .string(text)
        case .list, .dict: return nil
        case .bool, .int, .float: self = .number(value.numericKey!)
        }
    }

    var description: String {
        switch self {
        case .none: "None"
        case .number(let key): key.hasPrefix("f") ? String(key.dropFirst()) : key
        case .string(let text): "\"\(text)\""
        }
    }
}
