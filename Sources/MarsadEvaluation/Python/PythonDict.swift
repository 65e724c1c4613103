/// A Python `dict` decoded from a JSON object: keys in first-seen order, the last value of a repeated key.
///
/// ```swift
/// let object = try PythonJSONParser.parse(#"{"a": 1, "a": 2}"#)  // {'a': 2}
/// ```
struct PythonDict: Sendable {
    private(set) var entries: [(key: PythonString, value: PythonValue)] = []
    private var positions: [PythonString: Int] = [:]

    var isEmpty: Bool { entries.isEmpty }

    /// The value stored under `key`, or `nil` when the key is absent (JSON `null` is `.none`, not `nil`).
    subscript(key: PythonString) -> PythonValue? {
        positions[key].map { entries[$0].value }
    }

    /// Sets a value the way `json.loads` does for a repeated key: the value changes, the position stays.
    mutating func set(_ key: PythonString, _ value: PythonValue) {
        if let position = positions[key] {
            entries[position].value = value
        } else {
            positions[key] = entries.count
            entries.append((key, value))
        }
    }

    /// Python's `key in d`.
    func contains(_ key: PythonString) -> Bool {
        positions[key] != nil
    }
}
