public import MarsadCore

/// One sentence of the Arabic event GSR: the task it was annotated for, the annotators' label, and for some
/// sentences the event as coded in the UniversalPetrarch gold.
///
/// ```swift
/// let sentences = try DetectionSentence.load(path: "../shared/data/arabic-event-gsr/sentences.jsonl")
/// sentences[0].task    // .assault
/// sentences[0].label   // .difficultNo
/// ```
public struct DetectionSentence: Sendable {
    /// The news-corpus sentence id (`"AAW_ARB_20071026.0026-2"`), unique in the file.
    public var id: String
    public var task: DetectionTask
    public var label: DetectionLabel
    /// The publication date taken from the id, when the record has one.
    public var published: CalendarDate?
    public var text: String
    /// The gold event's category and actor countries, for the records that have a `coded` field.
    public var coded: Coded?
    /// `path:line` of the record, for messages.
    public var location: String

    public init(
        id: String, task: DetectionTask, label: DetectionLabel, published: CalendarDate? = nil, text: String = "",
        coded: Coded? = nil, location: String = ""
    ) {
        self.id = id
        self.task = task
        self.label = label
        self.published = published
        self.text = text
        self.coded = coded
        self.location = location
    }
}
