public import MarsadCore

/// Scores predicted events against gold exactly as the project's reference scorer `eval/score.py` does.
///
/// ```swift
/// let gold = try EventScorer.load(path: "dev-gold.jsonl")
/// let pred = try EventScorer.load(path: "pred.jsonl")
/// let report = try EventScorer().score(gold: gold, pred: pred)
/// print(report.jsonString)  // what `python3 score.py dev-gold.jsonl pred.jsonl --json` prints
/// ```
///
/// Per article, events are compared as multisets at three levels (`root`, `dyad`, `full`); root 01 (plain
/// statements) is left out on both sides, and only the articles of the gold file count. Date accuracy is the
/// share of gold events with a known date precision whose dyad has a prediction in the same article and one of
/// those predictions agrees on the date at the gold's precision (day, month or year).
///
/// NB: score.py is the specification, including where it is surprising: a JSON number code `57` reads as "57",
/// a code `1` as root "01" (left out), a `null` code as root "No". Where score.py would stop with a Python
/// exception, this throws a `MarsadError` with code `invalid-input` and the offending `file:line`.
public struct EventScorer: Sendable {
    public init() {}

    /// Reads a gold or prediction file (JSON Lines, one article or one event a line).
    ///
    /// ```swift
    /// let corpus = try EventScorer.load(path: "pred.jsonl")
    /// ```
    ///
    /// Throws `invalid-input` at `path:line` for a line that is not a JSON object, lacks its id, or is not
    /// UTF-8, and `unreadable` when the file cannot be read.
    public static func load(path: String) throws(MarsadError) -> ScoredCorpus {
        try ScoredCorpus(contentsOf: path)
    }

    /// Scores `pred` against `gold` over the gold file's articles.
    ///
    /// ```swift
    /// let report = try EventScorer().score(gold: gold, pred: gold)
    /// report.full.f1  // 1.0
    /// ```
    ///
    /// Throws `invalid-input` where score.py raises while scoring: an actor code that is not a string, a date
    /// that is neither a string nor a list, an unhashable `date_precision`, or gold ids that Python cannot sort.
    public func score(gold: ScoredCorpus, pred: ScoredCorpus) throws(MarsadError) -> ScoreReport {
        let ids = try Self.sortableIDs(of: gold)
        for id in ids {
            try Self.checkActors(gold.documents[id] ?? [])
            try Self.checkActors(pred.documents[id] ?? [])
        }
        var levels: [ScoreLevel: LevelScore] = [:]
        for level in ScoreLevel.allCases {
            var truePositives = 0
            var falsePositives = 0
            var falseNegatives = 0
            for id in ids {
                let goldKeys = Self.keyCounts(gold.documents[id] ?? [], level: level)
                let predKeys = Self.keyCounts(pred.documents[id] ?? [], level: level)
                let matched = goldKeys.reduce(0) { $0 + min($1.value, predKeys[$1.key] ?? 0) }
                truePositives += matched
                falsePositives += predKeys.values.reduce(0, +) - matched
                falseNegatives += goldKeys.values.reduce(0, +) - matched
            }
            levels[level] = LevelScore(
                truePositives: truePositives, falsePositives: falsePositives, falseNegatives: falseNegatives)
        }
        let dates = try Self.dateAgreement(gold: gold, pred: pred, ids: ids)
        return ScoreReport(
            root: levels[.root]!, dyad: levels[.dyad]!, full: levels[.full]!,
            dateAccuracy: dates.checked > 0
                ? PythonFloat.round(Double(dates.agreeing) / Double(dates.checked), places: 3) : nil,
            dateChecked: dates.checked)
    }

    /// The gold ids, which score.py sorts: Python cannot order strings against numbers or `None` against
    /// anything, so a mix is an error (the order itself does not change any count).
    private static func sortableIDs(of gold: ScoredCorpus) throws(MarsadError) -> [DocumentKey] {
        let ids = Array(gold.documents.keys)
        let strings = ids.filter { if case .string = $0 { true } else { false } }
        let hasNone = ids.contains(.none)
        guard (strings.isEmpty || strings.count == ids.count) && (!hasNone || ids.count == 1) else {
            let odd = ids.first { if case .string = $0 { false } else { true } }!
            throw MarsadError(
                .invalidInput,
                "article id \(odd) is not a string while others are; score.py cannot sort them. Use string ids",
                location: gold.firstLocations[odd])
        }
        return ids
    }
}
