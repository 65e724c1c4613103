import MarsadCore
import MarsadEvaluation
import Testing

/// Where score.py's Python shows through: JSON types, exceptions, short-circuits. Each case was run through
/// score.py; where it raised, the scorer must report `invalid-input` at the line Python choked on.
@Suite("EventScorer follows score.py's Python semantics")
struct EventScorerSemanticsTests {
    static let cases: [ScorerCase] = [
        ScorerCase(
            "a malformed actor in an article gold lacks is never used",
            gold: [
                #"{"id": "a", "events": []}"#
            ],
            pred: [
                #"{"doc_id": "zz", "code": "190", "source": ["x"]}"#
            ],
            expected: """
                root  P=0.000 R=0.000 F1=0.000 (tp 0, fp 0, fn 0)
                dyad  P=0.000 R=0.000 F1=0.000 (tp 0, fp 0, fn 0)
                full  P=0.000 R=0.000 F1=0.000 (tp 0, fp 0, fn 0)
                dates None over 0 matched events
                """),
        ScorerCase(
            "a malformed actor of a root 01 event is never used",
            gold: [
                #"{"id": "a", "events": []}"#
            ],
            pred: [
                #"{"doc_id": "a", "code": "010", "source": ["x"]}"#
            ],
            expected: """
                root  P=0.000 R=0.000 F1=0.000 (tp 0, fp 0, fn 0)
                dyad  P=0.000 R=0.000 F1=0.000 (tp 0, fp 0, fn 0)
                full  P=0.000 R=0.000 F1=0.000 (tp 0, fp 0, fn 0)
                dates None over 0 matched events
                """),
        ScorerCase(
            "a list actor cannot be stripped",
            gold: [
                #"{"id": "a", "events": []}"#
            ],
            pred: [
                #"{"doc_id": "a", "code": "190", "source": ["x"]}"#
            ],
            failsAt: "pred.jsonl:1"),  // AttributeError: 'list' object has no attribute 'strip'
        ScorerCase(
            "true as an actor cannot be stripped",
            gold: [
                #"{"id": "a", "events": []}"#
            ],
            pred: [
                #"{"doc_id": "a", "code": "190", "target": true}"#
            ],
            failsAt: "pred.jsonl:1"),  // AttributeError: 'bool' object has no attribute 'strip'
        ScorerCase(
            "string and number ids cannot be sorted",
            gold: [
                #"{"id": "a", "events": []}"#,
                #"{"id": 1, "events": []}"#,
            ],
            pred: [],
            failsAt: "gold.jsonl:2"),  // TypeError: '<' not supported between instances of 'int' and 'str'
        ScorerCase(
            "1, 1.0 and true are one article",
            gold: [
                #"{"id": 1, "events": []}"#,
                #"{"id": 1.0, "events": []}"#,
                #"{"id": true, "events": [{"code": "190"}]}"#,
            ],
            pred: [
                #"{"doc_id": 1, "code": "190"}"#
            ],
            expected: """
                root  P=1.000 R=1.000 F1=1.000 (tp 1, fp 0, fn 0)
                dyad  P=1.000 R=1.000 F1=1.000 (tp 1, fp 0, fn 0)
                full  P=1.000 R=1.000 F1=1.000 (tp 1, fp 0, fn 0)
                dates None over 0 matched events
                """),
        ScorerCase(
            "a number date cannot be sliced once checked",
            gold: [
                #"{"id": "a", "events": [{"code": "190", "date": 20230627, "date_precision": "day"}]}"#
            ],
            pred: [
                #"{"doc_id": "a", "code": "190"}"#
            ],
            failsAt: "gold.jsonl:1"),  // TypeError: 'int' object is not subscriptable
        ScorerCase(
            "a number date is not sliced without a prediction",
            gold: [
                #"{"id": "a", "events": [{"code": "190", "date": 20230627, "date_precision": "day"}]}"#
            ],
            pred: [
                #"{"doc_id": "b", "code": "190"}"#
            ],
            expected: """
                root  P=0.000 R=0.000 F1=0.000 (tp 0, fp 0, fn 1)
                dyad  P=0.000 R=0.000 F1=0.000 (tp 0, fp 0, fn 1)
                full  P=0.000 R=0.000 F1=0.000 (tp 0, fp 0, fn 1)
                dates None over 0 matched events
                """),
        ScorerCase(
            "a list precision is unhashable once checked",
            gold: [
                #"{"id": "a", "events": [{"code": "190", "date": "2023", "date_precision": ["day"]}]}"#
            ],
            pred: [
                #"{"doc_id": "a", "code": "190"}"#
            ],
            failsAt: "gold.jsonl:1"),  // TypeError: unhashable type: 'list'
        ScorerCase(
            "list dates are sliced as lists",
            gold: [
                #"{"id": "a", "events": [{"code": "190", "date": ["2023", "06"], "date_precision": "year"}]}"#
            ],
            pred: [
                #"{"doc_id": "a", "code": "190", "date": ["2023", "07"]}"#
            ],
            expected: """
                root  P=1.000 R=1.000 F1=1.000 (tp 1, fp 0, fn 0)
                dyad  P=1.000 R=1.000 F1=1.000 (tp 1, fp 0, fn 0)
                full  P=1.000 R=1.000 F1=1.000 (tp 1, fp 0, fn 0)
                dates 0.0 over 1 matched events
                """),
        ScorerCase(
            "the first agreeing date stops the search",
            gold: [
                #"{"id": "a", "events": [{"code": "190", "date": "2023-06-27", "date_precision": "day"}]}"#
            ],
            pred: [
                #"{"doc_id": "a", "code": "190", "date": "2023-06-27"}"#,
                #"{"doc_id": "a", "code": "190", "date": 5}"#,
            ],
            expected: """
                root  P=0.500 R=1.000 F1=0.667 (tp 1, fp 1, fn 0)
                dyad  P=0.500 R=1.000 F1=0.667 (tp 1, fp 1, fn 0)
                full  P=0.500 R=1.000 F1=0.667 (tp 1, fp 1, fn 0)
                dates 1.0 over 1 matched events
                """),
        ScorerCase(
            "a number date before the agreeing one fails",
            gold: [
                #"{"id": "a", "events": [{"code": "190", "date": "2023-06-27", "date_precision": "day"}]}"#
            ],
            pred: [
                #"{"doc_id": "a", "code": "190", "date": 5}"#,
                #"{"doc_id": "a", "code": "190", "date": "2023-06-27"}"#,
            ],
            failsAt: "pred.jsonl:1"),  // TypeError: 'int' object is not subscriptable
        ScorerCase(
            "an empty string of events is no events",
            gold: [
                #"{"id": "a", "events": ""}"#
            ],
            pred: [],
            expected: """
                root  P=0.000 R=0.000 F1=0.000 (tp 0, fp 0, fn 0)
                dyad  P=0.000 R=0.000 F1=0.000 (tp 0, fp 0, fn 0)
                full  P=0.000 R=0.000 F1=0.000 (tp 0, fp 0, fn 0)
                dates None over 0 matched events
                """),
        ScorerCase(
            "a line that is not an object fails",
            gold: [
                #"[1]"#
            ],
            pred: [],
            failsAt: "gold.jsonl:1"),  // AttributeError: 'list' object has no attribute 'get'
        ScorerCase(
            "null codes have root No",
            gold: [
                #"{"id": "a", "events": [{"code": null, "source": "ISR"}, {"source": "PSE"}]}"#
            ],
            pred: [
                #"{"doc_id": "a", "code": null, "source": "ISR"}"#,
                #"{"doc_id": "a", "source": "PSE"}"#,
            ],
            expected: """
                root  P=1.000 R=1.000 F1=1.000 (tp 2, fp 0, fn 0)
                dyad  P=1.000 R=1.000 F1=1.000 (tp 2, fp 0, fn 0)
                full  P=1.000 R=1.000 F1=1.000 (tp 2, fp 0, fn 0)
                dates None over 0 matched events
                """),
        ScorerCase(
            "code 1 and code '1' are both root 01",
            gold: [
                #"{"id": "a", "events": [{"code": "1"}, {"code": "190"}]}"#
            ],
            pred: [
                #"{"doc_id": "a", "code": 1}"#,
                #"{"doc_id": "a", "code": 190}"#,
            ],
            expected: """
                root  P=1.000 R=1.000 F1=1.000 (tp 1, fp 0, fn 0)
                dyad  P=1.000 R=1.000 F1=1.000 (tp 1, fp 0, fn 0)
                full  P=1.000 R=1.000 F1=1.000 (tp 1, fp 0, fn 0)
                dates None over 0 matched events
                """),
        ScorerCase(
            "a float code reads as its repr",
            gold: [
                #"{"id": "a", "events": [{"code": "5.7"}, {"code": "190"}]}"#
            ],
            pred: [
                #"{"doc_id": "a", "code": 5.7}"#,
                #"{"doc_id": "a", "code": 190.0}"#,
            ],
            expected: """
                root  P=1.000 R=1.000 F1=1.000 (tp 2, fp 0, fn 0)
                dyad  P=1.000 R=1.000 F1=1.000 (tp 2, fp 0, fn 0)
                full  P=0.500 R=0.500 F1=0.500 (tp 1, fp 1, fn 1)
                dates None over 0 matched events
                """),
        ScorerCase(
            "codes compare code point by code point",
            gold: [
                article("a", [#"{"code": "190", "source": "ABC\u00e9"}"#, #"{"code": "190", "source": "AB\u00e9"}"#])
            ],
            pred: [
                #"{"doc_id": "a", "code": "190", "source": "ABCe\u0301"}"#,
                #"{"doc_id": "a", "code": "190", "source": "ABe\u0301"}"#,
            ],
            expected: """
                root  P=1.000 R=1.000 F1=1.000 (tp 2, fp 0, fn 0)
                dyad  P=0.500 R=0.500 F1=0.500 (tp 1, fp 1, fn 1)
                full  P=0.000 R=0.000 F1=0.000 (tp 0, fp 2, fn 2)
                dates None over 0 matched events
                """),
        ScorerCase(
            "falsy actors are empty, dicts give their code",
            gold: [
                #"{"id": "a", "events": [{"code": "190", "source": "ISR", "target": ""}, {"code": "191"}]}"#
            ],
            pred: [
                #"{"doc_id": "a", "code": "190", "source": {"code": "ISR"}, "target": 0}"#,
                #"{"doc_id": "a", "code": "191", "source": {}, "target": {"name": "x"}}"#,
            ],
            expected: """
                root  P=1.000 R=1.000 F1=1.000 (tp 2, fp 0, fn 0)
                dyad  P=1.000 R=1.000 F1=1.000 (tp 2, fp 0, fn 0)
                full  P=1.000 R=1.000 F1=1.000 (tp 2, fp 0, fn 0)
                dates None over 0 matched events
                """),
        ScorerCase(
            "the last of repeated keys wins",
            gold: [
                #"{"id": "a", "events": [{"code": "111"}]}"#
            ],
            pred: [
                #"{"doc_id": "a", "code": "190", "code": "111"}"#
            ],
            expected: """
                root  P=1.000 R=1.000 F1=1.000 (tp 1, fp 0, fn 0)
                dyad  P=1.000 R=1.000 F1=1.000 (tp 1, fp 0, fn 0)
                full  P=1.000 R=1.000 F1=1.000 (tp 1, fp 0, fn 0)
                dates None over 0 matched events
                """),
        ScorerCase(
            "other precisions compare ten characters, empty dates are not checked",
            gold: [
                article(
                    "a",
                    [
                        #"{"code": "190", "date": "2023-06-27", "date_precision": "Day"}"#,
                        #"{"code": "191", "date": "", "date_precision": "day"}"#,
                    ])
            ],
            pred: [
                #"{"doc_id": "a", "code": "190", "date": "2023-06-28"}"#,
                #"{"doc_id": "a", "code": "191", "date": "2023"}"#,
            ],
            expected: """
                root  P=1.000 R=1.000 F1=1.000 (tp 2, fp 0, fn 0)
                dyad  P=1.000 R=1.000 F1=1.000 (tp 2, fp 0, fn 0)
                full  P=1.000 R=1.000 F1=1.000 (tp 2, fp 0, fn 0)
                dates 0.0 over 1 matched events
                """),
        ScorerCase(
            "a dict date in the prediction cannot be sliced",
            gold: [
                #"{"id": "a", "events": [{"code": "190", "date": "2023", "date_precision": "year"}]}"#
            ],
            pred: [
                #"{"doc_id": "a", "code": "190", "date": {"y": 2023}}"#
            ],
            failsAt: "pred.jsonl:1"),  // TypeError: unhashable type: 'slice'
        ScorerCase(
            "missing doc_id fails",
            gold: [
                #"{"id": "a", "events": []}"#
            ],
            pred: [
                #"{"code": "190"}"#
            ],
            failsAt: "pred.jsonl:1"),  // KeyError: 'doc_id'
    ]

    @Test("scores or fails as score.py", arguments: cases)
    func followsReference(_ scenario: ScorerCase) throws {
        let scratch = try ScratchDirectory()
        let goldPath = try scratch.write("gold.jsonl", lines: scenario.gold)
        let predPath = try scratch.write("pred.jsonl", lines: scenario.pred)
        do {
            let report = try EventScorer().score(
                gold: EventScorer.load(path: goldPath), pred: EventScorer.load(path: predPath))
            #expect(report.text == scenario.expected)
        } catch {
            #expect(scenario.expected == nil, "unexpected error: \(error)")
            #expect(error.code == .invalidInput)
            let location = error.location.map { String($0.split(separator: "/").last ?? "") }
            #expect(location == scenario.failureLocation, "\(error)")
        }
    }

    @Test("invalid UTF-8 is invalid input at its line")
    func invalidUTF8() throws {
        let scratch = try ScratchDirectory()
        let line = Array(article("a", []).utf8)
        let path = try scratch.write("gold.jsonl", bytes: line + [0x0A] + line.dropLast(2) + [0xC3, 0x28] + [0x0A])
        #expect {
            try EventScorer.load(path: path)
        } throws: { error in
            (error as? MarsadError)?.location == "\(path):2"
        }
    }

    @Test("a missing file is unreadable")
    func missingFile() {
        #expect {
            try EventScorer.load(path: "/nonexistent/gold.jsonl")
        } throws: { error in
            (error as? MarsadError)?.code == .unreadable
        }
    }
}
