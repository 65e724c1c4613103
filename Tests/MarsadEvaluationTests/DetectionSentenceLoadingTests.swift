import MarsadCore
import MarsadEvaluation
import Testing

/// Reading the GSR's JSON Lines: fields kept, PLOVER categories mapped, and bad records reported at file:line.
@Suite("DetectionSentence.load")
struct DetectionSentenceLoadingTests {
    @Test("reads tasks, labels, dates and gold codings; skips blank lines")
    func reads() throws {
        let scratch = try ScratchDirectory()
        let path = try scratch.write(
            "gsr.jsonl",
            lines: [
                #"{"id": "s1", "doc": "d", "published": "2007-10-26", "task": "ASSAULT", "label": "difficult no", "#
                    + #""text": "نص"}"#,
                "",
                #"{"id": "s2", "published": null, "task": "PROTEST", "label": "yes", "text": "نص", "coded": "#
                    + #"{"plover": "PROTEST", "source": {"country": null, "sector": "CVL", "text": ""}, "#
                    + #""target": {"country": "EGY", "sector": "GOV", "text": "x"}, "trigger": ""}}"#,
            ])
        let sentences = try DetectionSentence.load(path: path)
        #expect(sentences.map(\.id) == ["s1", "s2"])
        #expect(sentences[0].task == .assault)
        #expect(sentences[0].label == .difficultNo)
        #expect(sentences[0].published == CalendarDate(iso: "2007-10-26"))
        #expect(sentences[0].coded == nil)
        #expect(sentences[1].published == nil)
        #expect(sentences[1].location == "\(path):3")
        #expect(
            sentences[1].coded == DetectionSentence.Coded(family: .protest, sourceCountry: nil, targetCountry: "EGY"))
    }

    @Test(
        "bad records are invalid-input at their line",
        arguments: [
            (#"{"id": "x", "task": "RIOT", "label": "yes", "text": ""}"#, "unknown task"),
            (#"{"id": "x", "task": "PROTEST", "label": "no", "text": ""}"#, "unknown label"),
            (#"{"id": "x", "task": "PROTEST", "label": "yes"}"#, "missing \"text\""),
            (#"{"id": "x", "task": "PROTEST", "label": "yes", "text": "", "published": "2007"}"#, "YYYY-MM-DD"),
            (#"{"id": 7, "task": "PROTEST", "label": "yes", "text": ""}"#, "field \"id\" has the wrong type"),
            (
                #"{"id": "x", "task": "PROTEST", "label": "yes", "text": "", "coded": {"plover": "FIGHT"}}"#,
                "has no CAMEO family"
            ),
            (#"{"id": "a", "task": "PROTEST", "label": "yes", "text": ""}"#, "appears twice"),
            ("[1]", "not a JSON object"),
        ])
    func badRecords(_ line: String, _ message: String) throws {
        let scratch = try ScratchDirectory()
        let path = try scratch.write(
            "gsr.jsonl", lines: [#"{"id": "a", "task": "ASSAULT", "label": "yes", "text": ""}"#, line])
        let error = try #require(throws: MarsadError.self) { try DetectionSentence.load(path: path) }
        #expect(error.code == .invalidInput)
        #expect(error.location == "\(path):2")
        #expect(error.message.contains(message), "\(error.message)")
    }

    @Test("a missing file is unreadable")
    func missingFile() throws {
        let error = try #require(throws: MarsadError.self) { try DetectionSentence.load(path: "/nonexistent/gsr") }
        #expect(error.code == .unreadable)
    }
}
