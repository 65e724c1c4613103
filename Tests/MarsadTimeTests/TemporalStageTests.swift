import MarsadCore
import MarsadTime
import Testing

/// The stage adds document-level temporal mentions for each sentence.
@Suite struct TemporalStageTests {
    /// Builds a document whose sentences are the given strings joined by a space.
    static func document(_ sentences: [String], published: CalendarDate?) -> Document {
        var doc = Document(id: "t1", text: sentences.joined(separator: " "), published: published)
        var offset = 0
        for s in sentences {
            let length = s.utf8.count
            doc.sentences.append(
                Sentence(span: TextSpan(start: offset, end: offset + length), tokens: 0..<0, startsLine: false))
            offset += length + 1
        }
        return doc
    }

    @Test func mentionsPointIntoTheDocumentText() throws {
        var doc = Self.document(
            ["التقى الوزيران أمس في الرياض.", "وكانا قد اجتمعا في 30 يونيو (حزيران) الماضي."],
            published: CalendarDate(year: 2023, month: 7, day: 3))
        try TemporalStage().process(&doc)
        #expect(doc.temporals.map { String(doc.text(of: $0.span)) } == ["أمس", "30 يونيو (حزيران) الماضي"])
        #expect(doc.temporals.map(\.sentence) == [0, 1])
        #expect(doc.temporals.map(\.value.description) == ["2023-07-02", "2023-06-30"])
        #expect(doc.temporals.allSatisfy { $0.precision == .day })
    }

    @Test func documentWithoutPublicationDateGetsNoTemporals() throws {
        var doc = Self.document(["التقى الوزيران أمس."], published: nil)
        try TemporalStage().process(&doc)
        #expect(doc.temporals.isEmpty)
    }

    @Test func stageDeclaresWhatItNeeds() throws {
        let stage = try TemporalStage()
        #expect(stage.name == "ar.time.v1")
        #expect(throws: MarsadError.self) { try StagePipeline([stage]) }
        _ = try StagePipeline([stage], initiallyAvailable: [.sentences, .tokens])
    }
}
