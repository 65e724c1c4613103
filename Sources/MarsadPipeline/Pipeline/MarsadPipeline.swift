public import MarsadActors
public import MarsadCoding
public import MarsadCore
import MarsadText
import MarsadTime

/// The standard pipeline: language id → tokens → clitics → sentences → (gate: Arabic, and a trigger can be found) → actors → places → home countries → triggers → dates →
/// events → event places → unnamed parties of force.
///
/// ```swift
/// let pipeline = try MarsadPipeline.standard()
/// var doc = Document(id: "a", text: text, published: CalendarDate(iso: "2023-07-03"))
/// try pipeline.run(&doc)
/// doc.events
/// ```
///
/// The only place that knows every stage. Dictionaries are loaded once and shared (they are immutable).
public struct MarsadPipeline: Sendable {
    public let stages: StagePipeline

    public init(actors: ActorDictionary, triggers: TriggerLexicon, places: PlaceGazetteer? = nil) throws(MarsadError) {
        let gazetteer: PlaceGazetteer
        if let places { gazetteer = places } else { gazetteer = try PlaceGazetteer.bundled() }
        stages = try StagePipeline(
            [
                LanguageIdentifier(),
                Tokenizer(),
                CliticAnalyzer(),
                SentenceSplitter(),
                MentionFinder(dictionary: actors),
                PlaceFinder(gazetteer: gazetteer, dictionary: actors),
                HomeCountryResolver(),
                TriggerFinder(triggers: triggers),
                try TemporalStage(onlyTriggerSentences: true),
                EventCoder(triggers: triggers),
                EventPlaceAttacher(dictionary: actors),
                ForcePartyFiller(),
            ], gate: TriggerGate(triggers: triggers))
    }

    /// The pipeline with the bundled dictionaries, gazetteer and patterns.
    public static func standard() throws(MarsadError) -> MarsadPipeline {
        try MarsadPipeline(actors: .bundled(), triggers: .bundled(), places: .bundled())
    }

    /// Codes one document. Languages other than Arabic are tokenized but not coded yet (no events).
    public func run(_ document: inout Document) throws(MarsadError) {
        try stages.run(&document)
        if document.language != .arabic { document.events = [] }
    }
}
