/// Matches at one level: counts, and precision, recall and F1 rounded to three decimals as score.py rounds.
///
/// ```swift
/// let score = LevelScore(truePositives: 2, falsePositives: 1, falseNegatives: 0)
/// score.precision  // 0.667
/// score.f1         // 0.8
/// ```
public struct LevelScore: Sendable, Equatable {
    public var truePositives: Int
    public var falsePositives: Int
    public var falseNegatives: Int
    /// `round(tp / (tp + fp), 3)`, or 0.0 when nothing was predicted.
    public var precision: Double
    /// `round(tp / (tp + fn), 3)`, or 0.0 when the gold is empty.
    public var recall: Double
    /// `round(2 * P * R / (P + R), 3)` from the unrounded P and R, or 0.0.
    public var f1: Double

    public init(truePositives: Int, falsePositives: Int, falseNegatives: Int) {
        self.truePositives = truePositives
        self.falsePositives = falsePositives
        self.falseNegatives = falseNegatives
        let predicted = truePositives + falsePositives
        let expected = truePositives + falseNegatives
        let precision = predicted > 0 ? Double(truePositives) / Double(predicted) : 0.0
        let recall = expected > 0 ? Double(truePositives) / Double(expected) : 0.0
        // NB: same operations in the same order as Python's `2 * P * R / (P + R)`, so the same bits.
        let f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0.0
        self.precision = PythonFloat.round(precision, places: 3)
        self.recall = PythonFloat.round(recall, places: 3)
        self.f1 = PythonFloat.round(f1, places: 3)
    }
}
