import MarsadEvaluation
import Testing

/// Detection counts and agreement with gold codings, on sentences and events built by hand.
@Suite("DetectionScorer on hand-built sentences")
struct DetectionScorerTests {
    static func event(_ code: String, _ source: String? = nil, _ target: String? = nil) -> DetectedEvent {
        DetectedEvent(code: code, sourceCountry: source, targetCountry: target)
    }

    @Test(
        "a task detects its roots only",
        arguments: [
            (DetectionTask.protest, "14", true), (.protest, "1411", true), (.protest, "145", true),
            (.protest, "140", true), (.protest, "141", true), (.protest, "180", false), (.protest, "01", false),
            (.assault, "180", true), (.assault, "1831", true), (.assault, "190", true), (.assault, "195", true),
            (.assault, "202", true), (.assault, "145", false), (.assault, "170", false), (.assault, "210", false),
        ])
    func roots(_ task: DetectionTask, _ code: String, _ detected: Bool) {
        #expect(task.detects(rootOf: code) == detected)
    }

    @Test(
        "PLOVER categories map to a family explicitly",
        arguments: [("PROTEST", DetectionTask.protest), ("ASSAULT", .assault), ("FIGHT", nil), ("protest", nil)])
    func ploverFamilies(_ category: String, _ family: DetectionTask?) {
        #expect(DetectionTask(ploverCategory: category) == family)
    }

    @Test("yes against both kinds of no, per task; ambiguous left out")
    func confusionTable() throws {
        let sentences = [
            DetectionSentence(id: "p1", task: .protest, label: .yes),
            DetectionSentence(id: "p2", task: .protest, label: .yes),
            DetectionSentence(id: "p3", task: .protest, label: .easyNo),
            DetectionSentence(id: "p4", task: .protest, label: .difficultNo),
            DetectionSentence(id: "p5", task: .protest, label: .ambiguous),
            DetectionSentence(id: "a1", task: .assault, label: .yes),
            DetectionSentence(id: "a2", task: .assault, label: .difficultNo),
            DetectionSentence(id: "a3", task: .assault, label: .easyNo),
        ]
        let events: [String: [DetectedEvent]] = [
            "p1": [Self.event("010"), Self.event("141")],  // tp
            "p2": [Self.event("190")],  // fn: an assault is not a protest
            "p3": [Self.event("145")],  // fp
            "p5": [Self.event("141")],  // ambiguous: not counted
            "a1": [Self.event("1831")],  // tp
            "a2": [Self.event("141"), Self.event("042")],  // tn: a protest is not an assault
            // a3: no events at all, tn
        ]
        let report = DetectionScorer().score(sentences: sentences, events: events)
        let protest = try #require(report[.protest])
        #expect(
            [protest.truePositives, protest.falsePositives, protest.falseNegatives, protest.trueNegatives] == [
                1, 1, 1, 1,
            ])
        #expect(protest.leftOut == 1)
        #expect(protest.scored == 4)
        #expect((protest.precision, protest.recall, protest.f1) == (0.5, 0.5, 0.5))
        let assault = try #require(report[.assault])
        #expect(
            [assault.truePositives, assault.falsePositives, assault.falseNegatives, assault.trueNegatives] == [
                1, 0, 0, 2,
            ])
        #expect((assault.precision, assault.recall, assault.f1) == (1.0, 1.0, 1.0))
        #expect(report.coded == 0)
        #expect(report.familyMatch == nil)
    }

    @Test(
        "countries: a gold country missing agrees only with a missing one, unless lenient",
        arguments: [
            // gold source, gold target, event source, event target, strict, lenient
            (nil, "PAK", nil, "PAK", true, true),
            (nil, "PAK", "PAK", "PAK", false, true),
            ("ISR", "PSE", "ISR", "PSE", true, true),
            ("ISR", "PSE", "PSE", "ISR", false, false),  // order matters
            ("ISR", nil, "ISR", nil, true, true),
            ("ISR", nil, "ISR", "LBN", false, true),
            ("ISR", "LBN", "ISR", nil, false, false),  // a missing event country never matches a gold one
            ("IGO", "AFG", "IGO", "AFG", true, true),
        ] as [(String?, String?, String?, String?, Bool, Bool)])
    func countries(
        _ goldSource: String?, _ goldTarget: String?, _ source: String?, _ target: String?, _ strict: Bool,
        _ lenient: Bool
    ) {
        let coded = DetectionSentence.Coded(family: .assault, sourceCountry: goldSource, targetCountry: goldTarget)
        let sentence = DetectionSentence(id: "s", task: .assault, label: .yes, coded: coded)
        let report = DetectionScorer().score(sentences: [sentence], events: ["s": [Self.event("190", source, target)]])
        #expect(report.familyMatched == 1)
        #expect(report.familyAndCountriesMatched == (strict ? 1 : 0))
        #expect(report.familyAndKnownCountriesMatched == (lenient ? 1 : 0))
    }

    @Test("family and countries must hold for one event of the family, over coded sentences of any label")
    func agreement() {
        let assault = DetectionSentence.Coded(family: .assault, sourceCountry: "ISR", targetCountry: "PSE")
        let protest = DetectionSentence.Coded(family: .protest, sourceCountry: nil, targetCountry: "USA")
        let sentences = [
            // The countries sit on an event of another family: family matches, countries do not.
            DetectionSentence(id: "a", task: .assault, label: .yes, coded: assault),
            // Right countries, wrong family.
            DetectionSentence(id: "b", task: .assault, label: .ambiguous, coded: assault),
            // Both, on a difficult no: agreement counts every coded sentence.
            DetectionSentence(id: "c", task: .protest, label: .difficultNo, coded: protest),
            // No events.
            DetectionSentence(id: "d", task: .protest, label: .yes, coded: protest),
            DetectionSentence(id: "e", task: .protest, label: .yes),
        ]
        let events: [String: [DetectedEvent]] = [
            "a": [Self.event("190", "ISR", "LBN"), Self.event("111", "ISR", "PSE")],
            "b": [Self.event("141", "ISR", "PSE")],
            "c": [Self.event("010", "EGY", "USA"), Self.event("141", nil, "USA")],
            "e": [Self.event("141", nil, "USA")],
        ]
        let report = DetectionScorer().score(sentences: sentences, events: events)
        #expect(report.coded == 4)
        #expect(report.familyMatched == 2)
        #expect(report.familyAndCountriesMatched == 1)
        #expect(report.familyAndKnownCountriesMatched == 1)
        #expect(report.familyMatch == 0.5)
        #expect(report.familyAndCountries == 0.25)
    }

    @Test("the report reads as text and as one JSON object")
    func reportForms() {
        let coded = DetectionSentence.Coded(family: .protest, sourceCountry: nil, targetCountry: "EGY")
        let sentences = [
            DetectionSentence(id: "p1", task: .protest, label: .yes, coded: coded),
            DetectionSentence(id: "p2", task: .protest, label: .easyNo),
            DetectionSentence(id: "p3", task: .protest, label: .ambiguous),
            DetectionSentence(id: "a1", task: .assault, label: .yes),
            DetectionSentence(id: "a2", task: .assault, label: .yes),
            DetectionSentence(id: "a3", task: .assault, label: .easyNo),
        ]
        let events: [String: [DetectedEvent]] = [
            "p1": [Self.event("141", "EGY", "EGY")], "a1": [Self.event("190")], "a3": [Self.event("180")],
        ]
        let report = DetectionScorer().score(sentences: sentences, events: events)
        #expect(
            report.text == """
                PROTEST  P=1.000 R=1.000 F1=1.000 (tp 1, fp 0, fn 0, tn 1; 1 ambiguous left out)
                ASSAULT  P=0.500 R=0.500 F1=0.500 (tp 1, fp 1, fn 1, tn 0; 0 ambiguous left out)
                family match               1.000 (1 of 1 coded sentences)
                family and countries       0.000 (0 of 1; a country missing in the gold must be missing too)
                family and known countries 1.000 (1 of 1; a country missing in the gold agrees with any)
                """)
        #expect(
            report.jsonString
                == #"{"protest": {"tp": 1, "fp": 0, "fn": 0, "tn": 1, "ambiguous": 1, "precision": 1.0, "#
                + #""recall": 1.0, "f1": 1.0}, "assault": {"tp": 1, "fp": 1, "fn": 1, "tn": 0, "ambiguous": 0, "#
                + #""precision": 0.5, "recall": 0.5, "f1": 0.5}, "coded": 1, "family_match": 1.0, "#
                + #""family_matched": 1, "family_and_countries": 0.0, "family_and_countries_matched": 0, "#
                + #""family_and_known_countries": 1.0, "family_and_known_countries_matched": 1}"#)
    }

    @Test("an empty input gives zeros and no shares")
    func empty() {
        let report = DetectionScorer().score(sentences: [], events: ["x": [Self.event("190")]])
        #expect(report.tasks.map(\.scored) == [0, 0])
        #expect(report.tasks.map(\.f1) == [0.0, 0.0])
        #expect(report.familyAndCountries == nil)
        #expect(report.jsonString.contains(#""family_match": null"#))
        #expect(report.text.contains("family match               none  (0 of 0 coded sentences)"))
    }
}
