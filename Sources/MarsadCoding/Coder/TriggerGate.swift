public import MarsadCore

/// Ends a document's run after the sentence split when no event can come out of it: it is not Arabic (only
/// Arabic is coded yet), or no trigger pattern can match in it whatever its actors
/// (``TriggerFinder/mayFindTriggers(in:)``). About one SaudiNewsNet article in eight (sport results, markets,
/// services) then skips the actors, places, triggers, dates and coder.
///
/// ```swift
/// let gate = TriggerGate(triggers: try .bundled())
/// gate.admits(doc)   // false for «فاز الهلال على النصر بهدفين»
/// ```
public struct TriggerGate: StageGate {
    public let name = "ar.trigger-gate.v1"
    public let after = "ar.sentences.v1"
    private let finder: TriggerFinder

    public init(triggers: TriggerLexicon) {
        finder = TriggerFinder(triggers: triggers)
    }

    public func admits(_ document: Document) -> Bool {
        document.language == .arabic && finder.mayFindTriggers(in: document)
    }
}
