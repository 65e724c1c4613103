import MarsadCore
import MarsadPipeline

/// The standard pipeline run over a test's own text: one shared pipeline for the suites that code sentences.
enum CodedText {
    static let pipeline = try! MarsadPipeline.standard()

    /// The document of `text` after the whole pipeline, published on `published` (YYYY-MM-DD).
    static func document(_ text: String, published: String = "2024-03-10", id: String = "test") throws -> Document {
        var doc = Document(id: id, text: text, published: CalendarDate(iso: published))
        try pipeline.run(&doc)
        return doc
    }

    /// The same stages without the gate, for tests that read the actors of a text in which no event can be found
    /// (the gate skips the actors there; events are the same either way, see `TriggerGateTests`).
    static let ungated = try! StagePipeline(pipeline.stages.stages)

    /// The document of `text` with every annotation (mentions, places, dates) even where no trigger can match.
    static func annotated(_ text: String, published: String = "2024-03-10", id: String = "test") throws -> Document {
        var doc = Document(id: id, text: text, published: CalendarDate(iso: published))
        try ungated.run(&doc)
        return doc
    }

    /// The mentions of a document as «CODE words», for expectation messages.
    static func mentions(_ doc: Document) -> String {
        "\(doc.mentions.map { "\($0.actor.code) \(doc.text(of: $0.span))" })"
    }
}
