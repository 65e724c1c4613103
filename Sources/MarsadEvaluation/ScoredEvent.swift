/// One event as score.py's `norm()` keeps it: the code as text, its root, and the raw actors and date.
///
/// ```swift
/// // {"code": 57, "source": "IRNGOV", "target": null, "date": "2023-06-27", "date_precision": "day"}
/// // code "57", root "57", source "IRNGOV", target "" (null or "" or [] all become "")
/// ```
///
/// Actors, date and precision stay raw JSON values because score.py only fails on a wrong type when it uses
/// the value (an article it scores, a root other than 01, a dyad with predictions): `scoreEvents` reports
/// those failures where Python would raise.
struct ScoredEvent: Sendable {
    /// `str(code)`.
    var code: PythonString
    /// `root(code)`: the first two code points, or `code.zfill(2)` when shorter.
    var root: PythonString
    /// `source or ''`.
    var source: PythonValue
    /// `target or ''`.
    var target: PythonValue
    var date: PythonValue
    var precision: PythonValue
    /// `path:line` of the JSON line the event came from.
    var location: String

    init(
        code: PythonValue, source: PythonValue, target: PythonValue, date: PythonValue, precision: PythonValue,
        location: String
    ) {
        let text = code.pythonString
        self.code = text
        self.root = text.count >= 2 ? text.prefix(2) : text.zeroFilled(width: 2)
        self.source = source.or(.string(""))
        self.target = target.or(.string(""))
        self.date = date
        self.precision = precision
        self.location = location
    }

    /// Root 01 (plain statements) is left out of every count.
    var isStatement: Bool { root == "01" }
}
