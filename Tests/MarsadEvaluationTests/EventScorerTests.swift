import MarsadEvaluation
import Testing

/// Small hand-built gold and prediction files, scored and compared with what score.py printed for them.
@Suite("EventScorer on hand-built files")
struct EventScorerTests {
    static let cases: [ScorerCase] = [
        ScorerCase(
            "symmetric roots match in either order",
            gold: [
                article(
                    "a",
                    [
                        #"{"code": "042", "source": "IRNGOV", "target": "RUSGOV"}"#,
                        #"{"code": "051", "source": "SAUGOV", "target": "AREGOV"}"#,
                        #"{"code": "112", "source": "SAUGOV", "target": "IRNGOV"}"#,
                    ])
            ],
            pred: [
                #"{"doc_id": "a", "code": "042", "source": {"code": "RUSGOV"}, "target": {"code": "IRNGOV"}}"#,
                #"{"doc_id": "a", "code": "051", "source": "AREGOV", "target": "SAUGOV"}"#,
                #"{"doc_id": "a", "code": "112", "source": "IRNGOV", "target": "SAUGOV"}"#,
            ],
            expected: """
                root  P=1.000 R=1.000 F1=1.000 (tp 3, fp 0, fn 0)
                dyad  P=0.667 R=0.667 F1=0.667 (tp 2, fp 1, fn 1)
                full  P=0.667 R=0.667 F1=0.667 (tp 2, fp 1, fn 1)
                dates None over 0 matched events
                """),
        ScorerCase(
            "root 01 is left out on both sides",
            gold: [
                article(
                    "a",
                    [
                        #"{"code": "010", "source": "USAGOV", "target": ""}"#,
                        #"{"code": "012", "source": "USAGOV", "target": "IRN"}"#,
                        #"{"code": "190", "source": "ISRMIL", "target": "PSEREB"}"#,
                    ])
            ],
            pred: [
                #"{"doc_id": "a", "code": "011", "source": "USAGOV", "target": null}"#,
                #"{"doc_id": "a", "code": 1, "source": "USAGOV", "target": null}"#,
                #"{"doc_id": "a", "code": "190", "source": "ISRMIL", "target": "PSEREB"}"#,
            ],
            expected: """
                root  P=1.000 R=1.000 F1=1.000 (tp 1, fp 0, fn 0)
                dyad  P=1.000 R=1.000 F1=1.000 (tp 1, fp 0, fn 0)
                full  P=1.000 R=1.000 F1=1.000 (tp 1, fp 0, fn 0)
                dates None over 0 matched events
                """),
        ScorerCase(
            "organizations keep six letters at dyad level",
            gold: [
                article(
                    "a",
                    [
                        #"{"code": "036", "source": "IGOUNO", "target": "SYRGOV"}"#,
                        #"{"code": "163", "source": "IGOEUREEC", "target": "IRN"}"#,
                        #"{"code": "111", "source": "IRNGOV", "target": "USAGOV"}"#,
                    ])
            ],
            pred: [
                #"{"doc_id": "a", "code": "036", "source": "IGOUNOHLH", "target": "SYRGOV"}"#,
                #"{"doc_id": "a", "code": "163", "source": "IGOEURXXX", "target": "IRNGOV"}"#,
                #"{"doc_id": "a", "code": "111", "source": "IRNMIL", "target": "USA"}"#,
            ],
            expected: """
                root  P=1.000 R=1.000 F1=1.000 (tp 3, fp 0, fn 0)
                dyad  P=1.000 R=1.000 F1=1.000 (tp 3, fp 0, fn 0)
                full  P=0.000 R=0.000 F1=0.000 (tp 0, fp 3, fn 3)
                dates None over 0 matched events
                """),
        ScorerCase(
            "dates compare at the gold precision",
            gold: [
                article(
                    "a",
                    [
                        #"{"code": "042", "target": "RUS", "date": "2023-06-27", "date_precision": "day"}"#,
                        #"{"code": "043", "target": "SYR", "date": "2023-06-27", "date_precision": "month"}"#,
                        #"{"code": "044", "target": "IRQ", "date": "2023-06-27", "date_precision": "year"}"#,
                        #"{"code": "045", "target": "LBN", "date": "2023-06-27", "date_precision": "unknown"}"#,
                        #"{"code": "046", "target": "YEM", "date": "2023-06-27"}"#,
                        #"{"code": "030", "target": "PAK", "date": "2023-06-27", "date_precision": "day"}"#,
                    ])
            ],
            pred: [
                #"{"doc_id": "a", "code": "042", "target": "RUS", "date": "2023-06-28", "date_precision": "day"}"#,
                #"{"doc_id": "a", "code": "043", "target": "SYR", "date": "2023-06-01", "date_precision": "day"}"#,
                #"{"doc_id": "a", "code": "044", "target": "IRQ", "date": "2023-01-01", "date_precision": "day"}"#,
                #"{"doc_id": "a", "code": "045", "target": "LBN", "date": "2020-01-01", "date_precision": "day"}"#,
                #"{"doc_id": "a", "code": "046", "target": "YEM"}"#,
                #"{"doc_id": "a", "code": "030", "target": "PAK", "date": "2023-06-27", "date_precision": "day"}"#,
            ],
            expected: """
                root  P=1.000 R=1.000 F1=1.000 (tp 6, fp 0, fn 0)
                dyad  P=1.000 R=1.000 F1=1.000 (tp 6, fp 0, fn 0)
                full  P=1.000 R=1.000 F1=1.000 (tp 6, fp 0, fn 0)
                dates 0.75 over 4 matched events
                """),
        ScorerCase(
            "any prediction of the dyad may agree on the date",
            gold: [
                article(
                    "a",
                    [
                        #"{"code": "042", "target": "RUS", "date": "2023-06-27", "date_precision": "day"}"#
                    ])
            ],
            pred: [
                #"{"doc_id": "a", "code": "042", "target": "RUS"}"#,
                #"{"doc_id": "a", "code": "040", "target": "RUSMIL", "date": "2023-06-27", "date_precision": "day"}"#,
            ],
            expected: """
                root  P=0.500 R=1.000 F1=0.667 (tp 1, fp 1, fn 0)
                dyad  P=0.500 R=1.000 F1=0.667 (tp 1, fp 1, fn 0)
                full  P=0.500 R=1.000 F1=0.667 (tp 1, fp 1, fn 0)
                dates 1.0 over 1 matched events
                """),
        ScorerCase(
            "empty predictions score zero",
            gold: [
                article(
                    "a",
                    [
                        #"{"code": "042", "target": "RUS", "date": "2023-06-27", "date_precision": "day"}"#
                    ]),
                article("b", []),
            ],
            pred: [],
            expected: """
                root  P=0.000 R=0.000 F1=0.000 (tp 0, fp 0, fn 1)
                dyad  P=0.000 R=0.000 F1=0.000 (tp 0, fp 0, fn 1)
                full  P=0.000 R=0.000 F1=0.000 (tp 0, fp 0, fn 1)
                dates None over 0 matched events
                """),
        ScorerCase(
            "empty gold and empty predictions",
            gold: [
                article("a", [])
            ],
            pred: [],
            expected: """
                root  P=0.000 R=0.000 F1=0.000 (tp 0, fp 0, fn 0)
                dyad  P=0.000 R=0.000 F1=0.000 (tp 0, fp 0, fn 0)
                full  P=0.000 R=0.000 F1=0.000 (tp 0, fp 0, fn 0)
                dates None over 0 matched events
                """),
        ScorerCase(
            "articles missing from gold are ignored",
            gold: [
                article(
                    "a",
                    [
                        #"{"code": "042", "source": "IRN", "target": "RUS"}"#
                    ])
            ],
            pred: [
                #"{"doc_id": "a", "code": "042", "source": "IRN", "target": "RUS"}"#,
                #"{"doc_id": "zzz", "code": "190", "source": "ISR", "target": "PSE"}"#,
                #"{"doc_id": "zzz", "code": "190", "source": "ISR", "target": "PSE"}"#,
            ],
            expected: """
                root  P=1.000 R=1.000 F1=1.000 (tp 1, fp 0, fn 0)
                dyad  P=1.000 R=1.000 F1=1.000 (tp 1, fp 0, fn 0)
                full  P=1.000 R=1.000 F1=1.000 (tp 1, fp 0, fn 0)
                dates None over 0 matched events
                """),
        ScorerCase(
            "multisets count repeated events",
            gold: [
                article(
                    "a",
                    [
                        #"{"code": "190", "source": "ISR", "target": "PSE"}"#,
                        #"{"code": "190", "source": "ISR", "target": "PSE"}"#,
                        #"{"code": "190", "source": "ISR", "target": "PSE"}"#,
                    ])
            ],
            pred: [
                #"{"doc_id": "a", "code": "190", "source": "ISR", "target": "PSE"}"#,
                #"{"doc_id": "a", "code": "190", "source": "ISR", "target": "PSE"}"#,
                #"{"doc_id": "a", "code": "193", "source": "ISR", "target": "PSE"}"#,
                #"{"doc_id": "a", "code": "190", "source": "ISR", "target": "PSE"}"#,
            ],
            expected: """
                root  P=0.750 R=1.000 F1=0.857 (tp 3, fp 1, fn 0)
                dyad  P=0.750 R=1.000 F1=0.857 (tp 3, fp 1, fn 0)
                full  P=0.750 R=1.000 F1=0.857 (tp 3, fp 1, fn 0)
                dates None over 0 matched events
                """),
        ScorerCase(
            "json numbers, short and null codes",
            gold: [
                article(
                    "a",
                    [
                        #"{"code": "057", "source": "IRN", "target": "RUS"}"#,
                        #"{"code": "5", "source": "IRN", "target": "RUS"}"#,
                        #"{"code": null, "source": "IRN", "target": "RUS"}"#,
                        #"{"code": 190, "source": "ISR", "target": "PSE"}"#,
                    ])
            ],
            pred: [
                #"{"doc_id": "a", "code": 57, "source": "IRN", "target": "RUS"}"#,
                #"{"doc_id": "a", "code": 5, "source": "IRN", "target": "RUS"}"#,
                #"{"doc_id": "a", "code": null, "source": "IRN", "target": "RUS"}"#,
                #"{"doc_id": "a", "code": "190", "source": "ISR", "target": "PSE"}"#,
            ],
            expected: """
                root  P=0.750 R=0.750 F1=0.750 (tp 3, fp 1, fn 1)
                dyad  P=0.750 R=0.750 F1=0.750 (tp 3, fp 1, fn 1)
                full  P=0.750 R=0.750 F1=0.750 (tp 3, fp 1, fn 1)
                dates None over 0 matched events
                """),
        ScorerCase(
            "repeated ids add to one article",
            gold: [
                article(
                    "a",
                    [
                        #"{"code": "042", "source": "IRN", "target": "RUS"}"#
                    ]),
                article(
                    "a",
                    [
                        #"{"code": "190", "source": "ISR", "target": "PSE"}"#
                    ]),
            ],
            pred: [
                article(
                    "a",
                    [
                        #"{"code": "042", "source": "IRN", "target": "RUS"}"#
                    ]),
                article(
                    "b",
                    [
                        #"{"code": "190", "source": "ISR", "target": "PSE"}"#
                    ]),
                article("a", []),
            ],
            expected: """
                root  P=1.000 R=0.500 F1=0.667 (tp 1, fp 0, fn 1)
                dyad  P=1.000 R=0.500 F1=0.667 (tp 1, fp 0, fn 1)
                full  P=1.000 R=0.500 F1=0.667 (tp 1, fp 0, fn 1)
                dates None over 0 matched events
                """),
        ScorerCase(
            "actor codes are stripped for dyads only",
            gold: [
                article(
                    "a",
                    [
                        #"{"code": "042", "source": " IRNGOV", "target": "RUS "}"#
                    ])
            ],
            pred: [
                #"{"doc_id": "a", "code": "042", "source": "IRNGOV", "target": "RUS"}"#
            ],
            expected: """
                root  P=1.000 R=1.000 F1=1.000 (tp 1, fp 0, fn 0)
                dyad  P=1.000 R=1.000 F1=1.000 (tp 1, fp 0, fn 0)
                full  P=0.000 R=0.000 F1=0.000 (tp 0, fp 1, fn 1)
                dates None over 0 matched events
                """),
        ScorerCase(
            "null and empty actors are the same",
            gold: [
                article(
                    "a",
                    [
                        #"{"code": "042", "source": "IRN", "target": null}"#,
                        #"{"code": "043", "source": null, "target": ""}"#,
                    ])
            ],
            pred: [
                #"{"doc_id": "a", "code": "042", "source": "IRN", "target": {}}"#,
                #"{"doc_id": "a", "code": "043", "source": {"code": null}, "target": ""}"#,
            ],
            expected: """
                root  P=1.000 R=1.000 F1=1.000 (tp 2, fp 0, fn 0)
                dyad  P=1.000 R=1.000 F1=1.000 (tp 2, fp 0, fn 0)
                full  P=1.000 R=1.000 F1=1.000 (tp 2, fp 0, fn 0)
                dates None over 0 matched events
                """),
    ]

    @Test("scores as score.py", arguments: cases)
    func scoresAsReference(_ scenario: ScorerCase) throws {
        let scratch = try ScratchDirectory()
        let gold = try EventScorer.load(path: scratch.write("gold.jsonl", lines: scenario.gold))
        let pred = try EventScorer.load(path: scratch.write("pred.jsonl", lines: scenario.pred))
        let report = try EventScorer().score(gold: gold, pred: pred)
        #expect(report.text == scenario.expected)
    }

    @Test("a perfect prediction scores 1.0 everywhere")
    func perfectPrediction() throws {
        let scratch = try ScratchDirectory()
        let line = article(
            "a",
            [
                #"{"code": "057", "source": "IRN", "target": "RUS", "date": "2023-06-27", "#
                    + #""date_precision": "day"}"#
            ])
        let corpus = try EventScorer.load(path: scratch.write("gold.jsonl", lines: [line]))
        let report = try EventScorer().score(gold: corpus, pred: corpus)
        #expect(
            report.jsonString == #"{"root": {"tp": 1, "fp": 0, "fn": 0, "precision": 1.0, "recall": 1.0, "#
                + #""f1": 1.0}, "dyad": {"tp": 1, "fp": 0, "fn": 0, "precision": 1.0, "recall": 1.0, "f1": 1.0}, "#
                + #""full": {"tp": 1, "fp": 0, "fn": 0, "precision": 1.0, "recall": 1.0, "f1": 1.0}, "#
                + #""date_accuracy": 1.0, "date_checked": 1}"#)
        #expect(corpus.documentCount == 1)
        #expect(corpus.eventCount == 1)
    }

    @Test("blank lines are skipped and CR line ends split lines, as Python's universal newlines do")
    func lineEndings() throws {
        let scratch = try ScratchDirectory()
        let gold = article("a", [#"{"code": "190", "source": "ISR", "target": "PSE"}"#])
        let text = gold + "\r\n\u{0C}  \r\n" + gold.replacingOccurrences(of: "\"a\"", with: "\"b\"") + "\r"
        let corpus = try EventScorer.load(path: scratch.write("gold.jsonl", bytes: Array(text.utf8)))
        #expect(corpus.documentCount == 2)
        #expect(corpus.eventCount == 2)
    }
}
