public import MarsadCore
import MarsadText

/// Codes events: finds triggers, picks source and target among the mentions around them, attaches date and
/// place, and skips negated, hypothetical and planned events.
///
/// ```swift
/// let coder = EventCoder(triggers: try .bundled())
/// try coder.process(&doc)   // doc.events
/// ```
///
/// How source and target are chosen (see the DocC article "Choosing source and target"): after a verb,
/// an actor right behind it is the subject (Arabic VSO), else the nearest actor before it in the sentence
/// that is not inside a prepositional phrase (SVO); after a verbal noun, an actor in the genitive
/// («زيارة وزير الخارجية») is the source, and a possessive suffix («زيارته») points back to the clause's
/// subject. The target is the first actor after a preposition the pattern names (`target=مع`), else the
/// first unmarked actor after the source. Compound sources («الولايات المتحدة وبريطانيا») give one event each.
public struct EventCoder: Stage {
    public let name = "ar.code.v1"
    public let requires: Set<Annotation> = [.tokens, .words, .sentences, .mentions, .temporals, .places]
    public let provides: Set<Annotation> = [.events]

    public let triggers: TriggerLexicon
    /// How far (in tokens) an actor may be from its trigger.
    public var window = 14

    public init(triggers: TriggerLexicon) {
        self.triggers = triggers
    }

    /// A trigger found in a sentence.
    struct Hit {
        var pattern: TriggerPattern
        var tokens: Range<Int>
        /// The analysis of the first trigger word (its clitics tell future «س» and possessive suffixes).
        var analysis: WordCandidate
    }

    public func process(_ document: inout Document) throws(MarsadError) {
        var events: [Event] = []
        var seen = Set<String>()
        var mentionStart = 0
        for (s, sentence) in document.sentences.enumerated() {
            while mentionStart < document.mentions.count && document.mentions[mentionStart].sentence < s {
                mentionStart += 1
            }
            var mentionEnd = mentionStart
            while mentionEnd < document.mentions.count && document.mentions[mentionEnd].sentence == s {
                mentionEnd += 1
            }
            let hits = findTriggers(document, sentence.tokens, free: argumentMask(document, s, sentence))
            guard !hits.isEmpty else { continue }
            let mentions = Array(document.mentions[mentionStart..<mentionEnd])
            for (h, hit) in hits.enumerated() {
                if isBlocked(hit, document, sentence) { continue }
                let previousTrigger = h > 0 ? hits[h - 1].tokens.upperBound : sentence.tokens.lowerBound
                for event in code(hit, sentence: s, mentions: mentions, previousTrigger: previousTrigger, document) {
                    let key = "\(event.code.code)|\(event.source?.actor.code ?? "")|\(event.target?.actor.code ?? "")"
                    if seen.insert(key).inserted { events.append(event) }
                }
            }
        }
        document.events = events
    }

    /// A trigger found by ``triggerMatches(in:)``: its code, rule and token range.
    public struct TriggerMatch: Sendable {
        public var code: String
        public var rule: String
        public var tokens: Range<Int>
    }

    /// Every trigger in a tokenized document (for tests and `marsad` debugging output).
    public func triggerMatches(in doc: Document) -> [TriggerMatch] {
        doc.sentences.flatMap { findTriggers(doc, $0.tokens) }.map {
            TriggerMatch(code: $0.pattern.code.code, rule: $0.pattern.rule, tokens: $0.tokens)
        }
    }

    /// Tokens of a sentence that are actors or time expressions: free inside a pattern's gap.
    func argumentMask(_ doc: Document, _ s: Int, _ sentence: Sentence) -> [Bool]? {
        var mask: [Bool]?
        func mark(_ span: TextSpan) {
            if mask == nil { mask = [Bool](repeating: false, count: doc.tokens.count) }
            for t in sentence.tokens where doc.tokens[t].span.overlaps(span) { mask![t] = true }
        }
        for m in doc.mentions where m.sentence == s { mark(m.span) }
        for t in doc.temporals where t.sentence == s { mark(t.span) }
        return mask
    }

    func findTriggers(_ doc: Document, _ range: Range<Int>, free: [Bool]? = nil) -> [Hit] {
        var hits: [Hit] = []
        var i = range.lowerBound
        while i < range.upperBound {
            if doc.tokens[i].kind == .word,
                let m = triggers.lexicon.longestMatch(in: doc, at: i, limit: range.upperBound, free: free)
            {
                hits.append(
                    Hit(
                        pattern: triggers.patterns[m.entry], tokens: m.tokens,
                        analysis: doc.candidates[m.firstAnalysis]))
                i = m.tokens.upperBound
            } else {
                i += 1
            }
        }
        return hits
    }
}
