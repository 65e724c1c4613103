/// A JSON value as Python's `json.loads` hands it to `score.py`: `None`, `bool`, `int`, `float`, `str`, `list`
/// or `dict`.
///
/// ```swift
/// let code = try PythonJSONParser.parse("57")  // .int("57")
/// code.pythonString  // "57", what `str(code)` gives
/// ```
///
/// NB: integers keep their exact decimal text (JSON allows integers of any size and `str(57)` is "57", while
/// `str(57.0)` is "57.0"), so `int` and `float` stay apart.
indirect enum PythonValue: Sendable {
    case none
    case bool(Bool)
    /// Canonical decimal text: an optional "-" and no leading zeros (`-0` is "0").
    case int(String)
    case float(Double)
    case string(PythonString)
    case list([PythonValue])
    case dict(PythonDict)

    /// Python truthiness: `None`, `False`, zero, and empty strings, lists and dicts are false.
    var isTruthy: Bool {
        switch self {
        case .none: false
        case .bool(let value): value
        case .int(let digits): digits != "0"
        case .float(let value): value != 0
        case .string(let text): !text.isEmpty
        case .list(let items): !items.isEmpty
        case .dict(let dict): !dict.isEmpty
        }
    }

    /// The Python type name, for messages (`'list' object has no attribute 'strip'`).
    var typeName: String {
        switch self {
        case .none: "NoneType"
        case .bool: "bool"
        case .int: "int"
        case .float: "float"
        case .string: "str"
        case .list: "list"
        case .dict: "dict"
        }
    }

    /// Python's `value or default`.
    func or(_ fallback: PythonValue) -> PythonValue {
        isTruthy ? self : fallback
    }

    /// Python's `value[:n]` for the types that support it (`str` and `list`); `nil` where Python raises.
    func prefix(_ length: Int) -> PythonValue? {
        switch self {
        case .string(let text): .string(text.prefix(length))
        case .list(let items): .list(Array(items.prefix(length)))
        default: nil
        }
    }

    /// Python's `d.get(key)` on a dict; `nil` for other types, where Python raises.
    func get(_ key: PythonString) -> PythonValue? {
        guard case .dict(let dict) = self else { return nil }
        return dict[key] ?? PythonValue.none
    }
}
