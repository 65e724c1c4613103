import MarsadEvaluation
import Testing

@testable import MarsadCLI

/// Floors files: metric groups and single values, checked against the dev-gold and the GSR reports.
@Suite("QualityFloors")
struct QualityFloorsTests {
    static let report = DetectionReport(
        tasks: [
            DetectionScore(
                task: .protest, truePositives: 1, falsePositives: 1, falseNegatives: 3, trueNegatives: 5, leftOut: 0),
            DetectionScore(
                task: .assault, truePositives: 2, falsePositives: 2, falseNegatives: 2, trueNegatives: 5, leftOut: 1),
        ],
        coded: 10, familyMatched: 4, familyAndCountriesMatched: 1, familyAndKnownCountriesMatched: 3)

    @Test(
        "GSR floors: below, met, and unknown names",
        arguments: [
            (["assault": ["f1": 0.5, "precision": 0.5]], ["family_match": 0.4, "family_and_countries": 0.1], []),
            (["assault": ["f1": 0.51]], [:], ["assault f1 0.5 < 0.51"]),
            (
                ["protest": ["recall": 0.3]], ["family_and_countries": 0.2],
                [
                    "protest recall 0.25 < 0.3", "family_and_countries 0.1 < 0.2",
                ]
            ),
            (["root": ["f1": 0.1]], [:], ["unknown key root (expected assault, protest)"]),
            (["protest": ["accuracy": 0.1]], [:], ["unknown metric protest.accuracy"]),
            ([:], ["date_accuracy": 0.5], ["unknown key date_accuracy (expected family_and_countries, family_match)"]),
        ] as [([String: [String: Double]], [String: Double], [String])])
    func detection(_ groups: [String: [String: Double]], _ values: [String: Double], _ failures: [String]) {
        let floors = QualityFloors(groups: groups, values: values)
        #expect(floors.check(Self.report) == failures)
    }

    @Test("a share that cannot be measured is below its floor")
    func missingShare() {
        var report = Self.report
        report.coded = 0
        #expect(QualityFloors(values: ["family_match": 0.1]).check(report) == ["family_match none < 0.1"])
    }
}
