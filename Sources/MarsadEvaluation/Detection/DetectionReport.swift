/// The result of scoring the GSR sentences: one confusion table per task, and how well the coded events
/// agree with the gold codings.
///
/// ```swift
/// let report = DetectionScorer().score(sentences: sentences, events: events)
/// print(report.text)
/// // PROTEST  P=0.500 R=0.400 F1=0.444 (tp 2, fp 2, fn 3, tn 10; 1 ambiguous left out)
/// // ...
/// ```
public struct DetectionReport: Sendable, Equatable {
    /// One score per task, in ``DetectionTask/allCases`` order.
    public var tasks: [DetectionScore]
    /// Sentences with a gold coding (any label).
    public var coded: Int
    /// Coded sentences with at least one event of the gold category's family.
    public var familyMatched: Int
    /// Coded sentences with one event of the family whose source and target countries both equal the gold's,
    /// a country missing in the gold agreeing only with a missing one.
    public var familyAndCountriesMatched: Int
    /// The same, but a country missing in the gold agrees with any (shown, not pinned).
    public var familyAndKnownCountriesMatched: Int

    public init(
        tasks: [DetectionScore], coded: Int, familyMatched: Int, familyAndCountriesMatched: Int,
        familyAndKnownCountriesMatched: Int
    ) {
        self.tasks = tasks
        self.coded = coded
        self.familyMatched = familyMatched
        self.familyAndCountriesMatched = familyAndCountriesMatched
        self.familyAndKnownCountriesMatched = familyAndKnownCountriesMatched
    }

    /// The score of one task.
    public subscript(task: DetectionTask) -> DetectionScore? {
        tasks.first { $0.task == task }
    }

    /// `familyMatched / coded` rounded to three decimals; `nil` when no sentence is coded.
    public var familyMatch: Double? { share(familyMatched) }

    /// `familyAndCountriesMatched / coded` rounded to three decimals; `nil` when no sentence is coded.
    public var familyAndCountries: Double? { share(familyAndCountriesMatched) }

    /// `familyAndKnownCountriesMatched / coded` rounded to three decimals; `nil` when no sentence is coded.
    public var familyAndKnownCountries: Double? { share(familyAndKnownCountriesMatched) }

    private func share(_ count: Int) -> Double? {
        coded > 0 ? PythonFloat.round(Double(count) / Double(coded), places: 3) : nil
    }

    /// One JSON object (no final newline), keys in a fixed order.
    ///
    /// ```swift
    /// report.jsonString
    /// // {"protest": {"tp": 2, "fp": 2, "fn": 3, "tn": 10, "ambiguous": 1, "precision": 0.5, "recall": 0.4,
    /// //  "f1": 0.444}, "assault": {...}, "coded": 4, "family_match": 0.75, "family_matched": 3, ...}
    /// ```
    public var jsonString: String {
        var parts = tasks.map { score in
            let fields = [
                "\"tp\": \(score.truePositives)", "\"fp\": \(score.falsePositives)",
                "\"fn\": \(score.falseNegatives)", "\"tn\": \(score.trueNegatives)", "\"ambiguous\": \(score.leftOut)",
                "\"precision\": \(PythonFloat.repr(score.precision))", "\"recall\": \(PythonFloat.repr(score.recall))",
                "\"f1\": \(PythonFloat.repr(score.f1))",
            ]
            return "\"\(score.task.key)\": {" + fields.joined(separator: ", ") + "}"
        }
        func number(_ value: Double?) -> String { value.map(PythonFloat.repr) ?? "null" }
        parts += [
            "\"coded\": \(coded)",
            "\"family_match\": \(number(familyMatch))", "\"family_matched\": \(familyMatched)",
            "\"family_and_countries\": \(number(familyAndCountries))",
            "\"family_and_countries_matched\": \(familyAndCountriesMatched)",
            "\"family_and_known_countries\": \(number(familyAndKnownCountries))",
            "\"family_and_known_countries_matched\": \(familyAndKnownCountriesMatched)",
        ]
        return "{" + parts.joined(separator: ", ") + "}"
    }

    /// A readable report, one line per task and per agreement measure, without the final newline.
    ///
    /// ```swift
    /// report.text
    /// // PROTEST  P=0.500 R=0.400 F1=0.444 (tp 2, fp 2, fn 3, tn 10; 1 ambiguous left out)
    /// // ASSAULT  P=0.750 R=0.600 F1=0.667 (tp 3, fp 1, fn 2, tn 12; 0 ambiguous left out)
    /// // family match               0.750 (3 of 4 coded sentences)
    /// // family and countries       0.250 (1 of 4; a country missing in the gold must be missing too)
    /// // family and known countries 0.500 (2 of 4; a country missing in the gold agrees with any)
    /// ```
    public var text: String {
        var lines = tasks.map { score in
            let name = score.task.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0)
            return "\(name) P=\(PythonFloat.fixed(score.precision, places: 3))"
                + " R=\(PythonFloat.fixed(score.recall, places: 3))"
                + " F1=\(PythonFloat.fixed(score.f1, places: 3))"
                + " (tp \(score.truePositives), fp \(score.falsePositives), fn \(score.falseNegatives),"
                + " tn \(score.trueNegatives); \(score.leftOut) ambiguous left out)"
        }
        func fixed(_ value: Double?) -> String { value.map { PythonFloat.fixed($0, places: 3) } ?? "none " }
        lines += [
            "family match               \(fixed(familyMatch)) (\(familyMatched) of \(coded) coded sentences)",
            "family and countries       \(fixed(familyAndCountries)) (\(familyAndCountriesMatched) of \(coded);"
                + " a country missing in the gold must be missing too)",
            "family and known countries \(fixed(familyAndKnownCountries)) (\(familyAndKnownCountriesMatched) of"
                + " \(coded); a country missing in the gold agrees with any)",
        ]
        return lines.joined(separator: "\n")
    }
}
