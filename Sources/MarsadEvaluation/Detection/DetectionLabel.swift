/// The annotators' answer for one GSR sentence: is it an event of the task?
///
/// ```swift
/// DetectionLabel(rawValue: "difficult no")  // .difficultNo
/// DetectionLabel.difficultNo.isPositive      // false
/// DetectionLabel.ambiguous.isScored          // false: left out of the counts
/// ```
public enum DetectionLabel: String, CaseIterable, Sendable {
    case yes = "yes"
    case easyNo = "easy no"
    case difficultNo = "difficult no"
    case ambiguous = "ambiguous"

    /// Whether the sentence counts in the confusion table: `yes` against both kinds of `no`.
    public var isScored: Bool { self != .ambiguous }

    /// Whether the gold says the sentence is an event of its task.
    public var isPositive: Bool { self == .yes }
}
