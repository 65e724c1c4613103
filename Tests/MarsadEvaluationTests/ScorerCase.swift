import Testing

/// One scoring scenario: gold and predicted JSON lines and what score.py did with them, either the text it
/// printed or the line where it stopped with a Python exception.
///
/// ```swift
/// ScorerCase("empty", gold: [article("a", [])], pred: [], expected: "root  P=0.000 ...")
/// ScorerCase("not an object", gold: ["[1]"], pred: [], failsAt: "gold.jsonl:1")
/// ```
///
/// The expectations were produced by running `eval/score.py` (Python 3.11) on these very lines.
struct ScorerCase: Sendable, CustomTestStringConvertible {
    var name: String
    var gold: [String]
    var pred: [String]
    /// `report.text`, or `nil` when scoring must fail.
    var expected: String?
    /// `file:line` of the `invalid-input` error, gold file "gold.jsonl", predictions "pred.jsonl".
    var failureLocation: String?

    init(_ name: String, gold: [String], pred: [String], expected: String) {
        self.name = name
        self.gold = gold
        self.pred = pred
        self.expected = expected
    }

    init(_ name: String, gold: [String], pred: [String], failsAt location: String) {
        self.name = name
        self.gold = gold
        self.pred = pred
        self.failureLocation = location
    }

    var testDescription: String { name }
}

/// A gold-format line: `{"id": ID, "events": [EVENTS]}`.
func article(_ id: String, _ events: [String]) -> String {
    #"{"id": "\#(id)", "events": ["# + events.joined(separator: ", ") + "]}"
}
