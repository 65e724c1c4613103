import MarsadCore
import MarsadText
import MarsadTime
import Testing

/// The stage adds document-level temporal mentions for each sentence.
@Suite struct TemporalStageTests {
    /// Builds a tokenized, clitic-analyzed document whose sentences are the given strings.
    static func document(_ sentences: [String], published: CalendarDate?) throws -> Document {
        var doc = Document(id: "t1", text: sentences.joined(separator: " "), published: published)
        try Tokenizer().process(&doc)
        try CliticAnalyzer().process(&doc)
        try SentenceSplitter().process(&doc)
        #expect(doc.sentences.count == sentences.count)
        return doc
    }

    @Test func mentionsPointIntoTheDocumentText() throws {
        var doc = try Self.document(
            ["التقى الوزيران أمس في الرياض.", "وكانا قد اجتمعا في 30 يونيو (حزيران) الماضي."],
            published: CalendarDate(year: 2023, month: 7, day: 3))
        try TemporalStage().process(&doc)
        #expect(doc.temporals.map { String(doc.text(of: $0.span)) } == ["أمس", "30 يونيو (حزيران) الماضي"])
        #expect(doc.temporals.map(\.sentence) == [0, 1])
        #expect(doc.temporals.map(\.value.description) == ["2023-07-02", "2023-06-30"])
        #expect(doc.temporals.allSatisfy { $0.precision == .day })
    }

    @Test func sentencesWithoutCuesAreSkippedButNumbersAreNot() throws {
        var doc = try Self.document(
            ["قال الوزير إن التعاون مستمر.", "وقع الاتفاق في 2019."],
            published: CalendarDate(year: 2023, month: 7, day: 3))
        try TemporalStage().process(&doc)
        #expect(doc.temporals.map(\.sentence) == [1])
    }

    @Test func documentWithoutPublicationDateGetsNoTemporals() throws {
        var doc = try Self.document(["التقى الوزيران أمس."], published: nil)
        try TemporalStage().process(&doc)
        #expect(doc.temporals.isEmpty)
    }

    @Test func stageDeclaresWhatItNeeds() throws {
        let stage = try TemporalStage()
        #expect(stage.name == "ar.time.v3")
        #expect(throws: MarsadError.self) { try StagePipeline([stage]) }
        _ = try StagePipeline([stage], initiallyAvailable: [.sentences, .tokens, .words])
    }
}
