/// How strictly two events must agree to match, from the CAMEO root alone to the exact code and actors.
///
/// ```swift
/// ScoreLevel.allCases  // [.root, .dyad, .full], the order score.py reports them in
/// ```
enum ScoreLevel: String, CaseIterable, Sendable {
    /// The CAMEO root: "05" for code "057".
    case root
    /// Root plus source and target at country or organization level (`primary()`); 04, 05 and 06 unordered.
    case dyad
    /// The exact code and the exact actor codes; 04, 05 and 06 unordered.
    case full
}
