/// The result of scoring: three levels of matches and the date accuracy, printable as score.py prints it.
///
/// ```swift
/// let report = try EventScorer().score(gold: gold, pred: pred)
/// print(report.text)
/// // root  P=0.750 R=0.600 F1=0.667 (tp 3, fp 1, fn 2)
/// // ...
/// // dates 0.5 over 2 matched events
/// ```
public struct ScoreReport: Sendable, Equatable {
    public var root: LevelScore
    public var dyad: LevelScore
    public var full: LevelScore
    /// Agreeing dates over checked dates, rounded to three decimals; `nil` when no date was checked.
    public var dateAccuracy: Double?
    /// Gold events with a known date precision whose dyad had a prediction in the same article.
    public var dateChecked: Int

    public init(root: LevelScore, dyad: LevelScore, full: LevelScore, dateAccuracy: Double?, dateChecked: Int) {
        self.root = root
        self.dyad = dyad
        self.full = full
        self.dateAccuracy = dateAccuracy
        self.dateChecked = dateChecked
    }

    private var levels: [(name: String, score: LevelScore)] {
        [("root", root), ("dyad", dyad), ("full", full)]
    }

    /// What `python3 score.py GOLD PRED --json` prints, without the final newline: Python's `json.dumps` with
    /// its key order, ", " and ": " separators and float `repr` ("0.0", "0.333", `null`).
    ///
    /// ```swift
    /// report.jsonString
    /// // {"root": {"tp": 3, "fp": 1, "fn": 2, "precision": 0.75, "recall": 0.6, "f1": 0.667}, ...,
    /// //  "date_accuracy": 0.5, "date_checked": 2}
    /// ```
    public var jsonString: String {
        var parts = levels.map { level in
            let score = level.score
            let fields = [
                "\"tp\": \(score.truePositives)", "\"fp\": \(score.falsePositives)",
                "\"fn\": \(score.falseNegatives)", "\"precision\": \(PythonFloat.repr(score.precision))",
                "\"recall\": \(PythonFloat.repr(score.recall))", "\"f1\": \(PythonFloat.repr(score.f1))",
            ]
            return "\"\(level.name)\": {" + fields.joined(separator: ", ") + "}"
        }
        parts.append("\"date_accuracy\": " + (dateAccuracy.map(PythonFloat.repr) ?? "null"))
        parts.append("\"date_checked\": \(dateChecked)")
        return "{" + parts.joined(separator: ", ") + "}"
    }

    /// What `python3 score.py GOLD PRED` prints, four lines without the final newline.
    ///
    /// ```swift
    /// report.text
    /// // root  P=1.000 R=1.000 F1=1.000 (tp 303, fp 0, fn 0)
    /// // dyad  P=1.000 R=1.000 F1=1.000 (tp 303, fp 0, fn 0)
    /// // full  P=1.000 R=1.000 F1=1.000 (tp 303, fp 0, fn 0)
    /// // dates 1.0 over 162 matched events
    /// ```
    public var text: String {
        var lines = levels.map { level in
            let score = level.score
            let name = level.name.padding(toLength: 5, withPad: " ", startingAt: 0)
            return "\(name) P=\(PythonFloat.fixed(score.precision, places: 3))"
                + " R=\(PythonFloat.fixed(score.recall, places: 3))"
                + " F1=\(PythonFloat.fixed(score.f1, places: 3))"
                + " (tp \(score.truePositives), fp \(score.falsePositives), fn \(score.falseNegatives))"
        }
        lines.append("dates \(dateAccuracy.map(PythonFloat.repr) ?? "None") over \(dateChecked) matched events")
        return lines.joined(separator: "\n")
    }
}
