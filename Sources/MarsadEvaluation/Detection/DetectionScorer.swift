/// Scores coded events against the Arabic event GSR: does a sentence have a PROTEST (root 14) or ASSAULT
/// (roots 18, 19, 20) event, and does the event agree with the gold coding?
///
/// ```swift
/// let sentences = try DetectionSentence.load(path: "sentences.jsonl")
/// let events: [String: [DetectedEvent]] = ...  // coded events by sentence id, each sentence its own document
/// let report = DetectionScorer().score(sentences: sentences, events: events)
/// report[.assault]?.f1
/// ```
///
/// Detection, per task over the sentences annotated for it: a sentence is predicted positive when any of its
/// events has one of the task's roots; `yes` is positive, `easy no` and `difficult no` negative, `ambiguous`
/// left out.
///
/// Agreement, over every sentence with a gold coding whatever its label: the family matches when an event has
/// a root of the gold category's family; family and countries match when one such event has the gold's
/// source country as its source country and the gold's target country as its target country (in that order).
/// NB: a country the gold leaves out (`null`) agrees only with an event that has none either: the gold often
/// leaves out the country of "gunmen" or "protesters", and an event that names one is not confirmed by it.
/// ``DetectionReport/familyAndKnownCountries`` is the lenient count, where a missing gold country agrees
/// with any.
public struct DetectionScorer: Sendable {
    public init() {}

    /// Scores `events` (by sentence id; a missing id means no events) against `sentences`.
    public func score(sentences: [DetectionSentence], events: [String: [DetectedEvent]]) -> DetectionReport {
        var tasks: [DetectionScore] = []
        for task in DetectionTask.allCases {
            var counts = (tp: 0, fp: 0, fn: 0, tn: 0, leftOut: 0)
            for sentence in sentences where sentence.task == task {
                guard sentence.label.isScored else {
                    counts.leftOut += 1
                    continue
                }
                let predicted = (events[sentence.id] ?? []).contains { task.detects(rootOf: $0.code) }
                switch (sentence.label.isPositive, predicted) {
                case (true, true): counts.tp += 1
                case (false, true): counts.fp += 1
                case (true, false): counts.fn += 1
                case (false, false): counts.tn += 1
                }
            }
            tasks.append(
                DetectionScore(
                    task: task, truePositives: counts.tp, falsePositives: counts.fp, falseNegatives: counts.fn,
                    trueNegatives: counts.tn, leftOut: counts.leftOut))
        }
        var coded = 0
        var family = 0
        var strict = 0
        var lenient = 0
        for sentence in sentences {
            guard let gold = sentence.coded else { continue }
            coded += 1
            let candidates = (events[sentence.id] ?? []).filter { gold.family.detects(rootOf: $0.code) }
            if !candidates.isEmpty { family += 1 }
            if candidates.contains(where: { Self.countriesAgree(gold, $0, lenient: false) }) { strict += 1 }
            if candidates.contains(where: { Self.countriesAgree(gold, $0, lenient: true) }) { lenient += 1 }
        }
        return DetectionReport(
            tasks: tasks, coded: coded, familyMatched: family, familyAndCountriesMatched: strict,
            familyAndKnownCountriesMatched: lenient)
    }

    /// Source with source and target with target; with `lenient`, a country missing in the gold agrees with
    /// any, otherwise only with a missing one.
    static func countriesAgree(_ gold: DetectionSentence.Coded, _ event: DetectedEvent, lenient: Bool) -> Bool {
        func agree(_ expected: String?, _ actual: String?) -> Bool {
            guard let expected else { return lenient || actual == nil }
            return expected == actual
        }
        return agree(gold.sourceCountry, event.sourceCountry) && agree(gold.targetCountry, event.targetCountry)
    }
}
