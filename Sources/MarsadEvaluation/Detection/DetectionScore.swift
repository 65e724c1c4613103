/// The confusion table of one yes/no task, with precision, recall and F1 rounded to three decimals.
///
/// ```swift
/// let score = DetectionScore(task: .protest, truePositives: 2, falsePositives: 1, falseNegatives: 0,
///                            trueNegatives: 5, leftOut: 1)
/// score.precision  // 0.667
/// score.f1         // 0.8
/// ```
public struct DetectionScore: Sendable, Equatable {
    public var task: DetectionTask
    /// `yes` sentences with an event of the task.
    public var truePositives: Int
    /// `easy no` or `difficult no` sentences with an event of the task.
    public var falsePositives: Int
    /// `yes` sentences without one.
    public var falseNegatives: Int
    /// `easy no` or `difficult no` sentences without one.
    public var trueNegatives: Int
    /// `ambiguous` sentences, left out of the table.
    public var leftOut: Int
    /// `tp / (tp + fp)`, or 0.0 when nothing was predicted.
    public var precision: Double
    /// `tp / (tp + fn)`, or 0.0 when no sentence is `yes`.
    public var recall: Double
    /// Harmonic mean of the unrounded precision and recall, or 0.0.
    public var f1: Double

    public init(
        task: DetectionTask, truePositives: Int, falsePositives: Int, falseNegatives: Int, trueNegatives: Int,
        leftOut: Int
    ) {
        self.task = task
        self.truePositives = truePositives
        self.falsePositives = falsePositives
        self.falseNegatives = falseNegatives
        self.trueNegatives = trueNegatives
        self.leftOut = leftOut
        // Rounded as the event scores are, so that reports and floors read alike.
        let rates = LevelScore(
            truePositives: truePositives, falsePositives: falsePositives, falseNegatives: falseNegatives)
        precision = rates.precision
        recall = rates.recall
        f1 = rates.f1
    }

    /// The scored sentences: `yes`, `easy no` and `difficult no`.
    public var scored: Int { truePositives + falsePositives + falseNegatives + trueNegatives }
}
