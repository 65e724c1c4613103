public import MarsadCore
import MarsadText

/// The pipeline stage that adds a ``MarsadCore/TemporalMention`` for every date expression of every sentence.
///
/// ```swift
/// var doc = Document(id: "a1", text: text, published: CalendarDate(iso: "2023-07-03"))
/// // … sentences and tokens from earlier stages …
/// try TemporalStage().process(&doc)
/// doc.temporals.first?.value  // e.g. 2023-07-02 for «أمس»
/// ```
///
/// The reference date is ``MarsadCore/Document/published``; a document without one gets no temporals.
public struct TemporalStage: Stage {
    public let name = "ar.time.v3"
    public let requires: Set<Annotation>
    public let provides: Set<Annotation> = [.temporals]

    private let resolver: TemporalResolver
    /// Hashes of the cue words, as the clitic analyses of tokens see them.
    private let cues: FormTable
    /// Hashes of the anchor words (``TemporalResolver/anchorWords``).
    private let anchors: FormTable
    /// Only resolve dates in sentences with a trigger other than a plain statement (the coder needs no others).
    public let onlyTriggerSentences: Bool

    /// A stage with the bundled vocabulary.
    public init(onlyTriggerSentences: Bool = false) throws(MarsadError) {
        self.init(resolver: try TemporalResolver(), onlyTriggerSentences: onlyTriggerSentences)
    }

    /// A stage with the given resolver.
    public init(resolver: TemporalResolver, onlyTriggerSentences: Bool = false) {
        self.resolver = resolver
        self.onlyTriggerSentences = onlyTriggerSentences
        requires = onlyTriggerSentences ? [.sentences, .tokens, .words, .triggers] : [.sentences, .tokens, .words]
        var builder = FormTable.Builder()
        for word in resolver.cueWords {
            for h in LexiconForm.hashes(of: word) { builder.add(h, entry: 0) }
        }
        cues = builder.build()
        var anchorBuilder = FormTable.Builder()
        for word in resolver.anchorWords {
            for h in LexiconForm.hashes(of: word) { anchorBuilder.add(h, entry: 0) }
        }
        anchors = anchorBuilder.build()
    }

    /// How many tokens before its first anchor and after its last a date expression may reach («منذ نحو ثلاثة
    /// أسابيع»، «في الثلاثين من يونيو (حزيران) الماضي»، «من 5 إلى 10 مايو»), with room to spare.
    static let anchorReach = 12

    /// The runs of anchors of a sentence (numbers and anchor words), each from its first to its last anchor, or
    /// nothing when the sentence has no cue: a digit that may be part of a date or a cue word. Most sentences have
    /// neither and are skipped, which saves folding them again. Two anchors more than twice ``anchorReach``
    /// tokens apart are in different runs: no expression can hold both or reach from one run's stretch into the
    /// other's, so each run is folded and parsed alone (a date at the start of a long sentence and a count at
    /// its end no longer make the whole sentence parsed).
    ///
    /// NB: a number alone («قتل 22 شخصا») is no date: days and counts of days come with a cue word («15 مايو»،
    /// «قبل 3 أيام»). Only a number of four digits (a year), one with separators inside, or a number, a
    /// separator and a number («30 / 6») makes a sentence worth folding for its digits. One pass: every cue word is
    /// an anchor word, so the cue table is asked only about anchors.
    private func anchorRuns(_ sentence: Sentence, _ doc: Document, into runs: inout [Range<Int>]) {
        runs.removeAll(keepingCapacity: true)
        var first: Int?
        var last = 0
        var cued = false
        for t in sentence.tokens {
            if doc.tokens[t].kind == .number {
                if !cued { cued = mayBeDateNumber(t, sentence, doc) }
            } else if has(t, in: anchors, doc) {
                if !cued { cued = has(t, in: cues, doc) }
            } else {
                continue
            }
            if let f = first, t - last > 2 * Self.anchorReach {
                runs.append(f..<last + 1)
                first = t
            }
            if first == nil { first = t }
            last = t
        }
        guard cued else {
            runs.removeAll(keepingCapacity: true)
            return
        }
        if let first { runs.append(first..<last + 1) }
    }

    private func has(_ t: Int, in table: FormTable, _ doc: Document) -> Bool {
        let token = doc.tokens[t]
        guard token.kind == .word else { return false }
        for c in Int(token.candidates.lowerBound)..<Int(token.candidates.upperBound)
        where table.contains(doc.candidates[c].hash) {
            return true
        }
        return false
    }

    private func mayBeDateNumber(_ t: Int, _ sentence: Sentence, _ doc: Document) -> Bool {
        var digits = 0
        for i in Int(doc.tokens[t].normalized.lowerBound)..<Int(doc.tokens[t].normalized.upperBound) {
            let b = doc.normalized[i]
            guard b >= 0x30 && b <= 0x39 else { return true }
            digits += 1
        }
        if digits == 4 { return true }
        guard t + 2 < sentence.tokens.upperBound, doc.tokens[t + 1].kind == .punctuation,
            doc.tokens[t + 2].kind == .number
        else { return false }
        let b = doc.normalized[Int(doc.tokens[t + 1].normalized.lowerBound)]
        return b == 0x2F || b == 0x2D || b == 0x2E || b == 0x5C
    }

    public func process(_ dated: inout Document) throws(MarsadError) {
        // NB: read through a local copy made once and append at the end: handing the inout document to the
        // sentence filter copied it (a retain per array) for every sentence.
        let document = dated
        var temporals: [TemporalMention] = []
        defer { dated.temporals.append(contentsOf: temporals) }
        guard let reference = document.published else { return }
        let utf8 = document.text.utf8
        var focus: Set<Int>?
        var runs: [Range<Int>] = []
        if onlyTriggerSentences {
            // Statements (root 01) are not dated on their own; every other trigger's sentence is. So is each of
            // the lead's two sentences when a trigger comes after it: the story's time carries over from the lead
            // («احتفلت الملحقية مساء أمس الأول …» dates what the article tells next).
            var sentences = Set(document.triggers.lazy.filter { !$0.code.hasPrefix("01") }.map(\.sentence))
            if let last = sentences.max() {
                for lead in 0..<min(2, last) { sentences.insert(lead) }
            }
            focus = sentences
        }
        for (index, sentence) in document.sentences.enumerated() {
            if let focus, !focus.contains(index) { continue }
            guard sentence.span.end <= utf8.count else {
                throw MarsadError(
                    .internalFailure,
                    "sentence \(index) ends at UTF-8 offset \(sentence.span.end), past the end of the text "
                        + "(\(utf8.count)); the sentence stage produced a bad span")
            }
            anchorRuns(sentence, document, into: &runs)
            // Only the stretch around each run of anchors is folded and parsed: every date expression holds an
            // anchor, and none reaches further than `anchorReach` tokens from it.
            let tokens = sentence.tokens
            for anchored in runs {
                let first = max(tokens.lowerBound, anchored.lowerBound - Self.anchorReach)
                let last = min(tokens.upperBound, anchored.upperBound + Self.anchorReach)
                let start = first == tokens.lowerBound ? sentence.span.start : document.tokens[first].span.start
                let end = last == tokens.upperBound ? sentence.span.end : document.tokens[last].span.start
                let text = String(document.text(of: TextSpan(start: start, end: end)))
                for found in resolver.resolve(text, reference: reference) {
                    let span = TextSpan(start: start + found.range.lowerBound, end: start + found.range.upperBound)
                    temporals.append(
                        TemporalMention(
                            span: span, sentence: index, value: found.value, precision: found.precision,
                            start: found.start, end: found.end, storyOffset: found.storyOffset))
                }
            }
        }
    }
}
