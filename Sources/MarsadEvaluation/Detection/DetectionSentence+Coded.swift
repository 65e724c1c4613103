extension DetectionSentence {
    /// The gold coding of a sentence: a PLOVER category mapped to its family of CAMEO roots, and the countries
    /// of its source and target.
    ///
    /// ```swift
    /// // {"plover": "ASSAULT", "source": {"country": null, "sector": "REB"}, "target": {"country": "GBR", ...}}
    /// DetectionSentence.Coded(family: .assault, sourceCountry: nil, targetCountry: "GBR")
    /// ```
    ///
    /// Only countries are kept: sectors and actor texts are not compared. Annotators agreed on both actor codes
    /// for only a third of these records, so the codes are noisy.
    public struct Coded: Hashable, Sendable {
        /// The task whose roots make up the category's family (``DetectionTask/init(ploverCategory:)``).
        public var family: DetectionTask
        /// The source's country code (`"ISR"`, or a kind such as `"IGO"`, `"INT"`), `nil` when not coded.
        public var sourceCountry: String?
        /// The target's country code, `nil` when not coded.
        public var targetCountry: String?

        public init(family: DetectionTask, sourceCountry: String?, targetCountry: String?) {
            self.family = family
            self.sourceCountry = sourceCountry
            self.targetCountry = targetCountry
        }
    }
}
