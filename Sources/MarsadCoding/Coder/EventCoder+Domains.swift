import MarsadCore
import MarsadText

/// Generic, non-political text: a sports report («أعلن النادي تعاقده مع المدرب الروماني»)، a film synopsis («وبطل
/// الفيلم يحذر من كارثة»)، a music page. Their verbs are those of political news, but they tell no political event.
///
/// The signal is the words of `Resources/domains.ar.txt`, counted per sentence: a sentence is generic when it
/// holds ``genericSentenceWords`` of them, or when it or a sentence next to it holds one and the whole document
/// is thick with them (``genericDocumentWords`` and ``genericDensityPerMille``). In a generic sentence an event is
/// kept only when
/// - it is a protest (root 14), or an act of force (18–20) whose sentence has a death or wound («قتل»، «أصيب») or is
///   not itself thick with domain words («تفجير قرب ملعب لكرة القدم أسفر عن مقتل …» stays; «توغل المهاجم … وسدد
///   الكرة في المرمى» goes);
/// - or one of its actors is clearly political: a state sector of government, force or opposition, or an IGO or
///   armed group, with no domain word in or right around its mention («استقبل وزير الداخلية لاعبي المنتخب» stays;
///   «رئيس نادي الهلال الأمير …» and «الاتحاد الأوروبي لكرة القدم» are not political actors, nor are officials of no
///   state, «المسؤولون», nor an actor named by a bare title of any body's officials, `[titles]`: «وقال رئيس حطين …»).
///   A statement (root 01) is its speaker's act: only its source counts («وقال المدرب إن رئيس الوزراء …» goes).
///
/// NB: cheap by design: a sentence is counted only when it has events, the document only when such a sentence or
/// one next to it has a domain word; each count is one table lookup per analysis of a word token.
extension EventCoder {
    /// Domain words that make a sentence generic on their own.
    static let genericSentenceWords = 2
    /// Domain words a document needs, at least, to be generic as a whole …
    static let genericDocumentWords = 4
    /// … and how many of every thousand word tokens they must be.
    static let genericDensityPerMille = 20
    /// The state sectors of a clearly political actor.
    static let politicalSectors: [String] = ["GOV", "MIL", "COP", "SPY", "JUD", "LEG", "OPP", "REB"]

    /// How many domain words each sentence holds, and how thick with them the document is, counted when first asked.
    struct DomainCounts {
        /// -1: not counted yet.
        var bySentence: [Int32]
        /// Whether the whole document is generic, once known.
        var document: Bool?

        init(sentences: Int) { bySentence = Array(repeating: -1, count: sentences) }
    }

    /// Whether token `t` is a word of a generic domain.
    func isDomainWord(_ t: Int, _ doc: Document) -> Bool {
        doc.tokens[t].kind == .word && hasAnalysis(t, in: triggers.domains.words, doc)
    }

    /// The number of domain words in sentence `s`.
    func domainWords(in s: Int, _ counts: inout DomainCounts, _ doc: Document) -> Int {
        if counts.bySentence[s] < 0 {
            var n: Int32 = 0
            for t in doc.sentences[s].tokens where isDomainWord(t, doc) { n += 1 }
            counts.bySentence[s] = n
        }
        return Int(counts.bySentence[s])
    }

    /// Whether the document as a whole is a sports, film or music page.
    func isGenericDocument(_ counts: inout DomainCounts, _ doc: Document) -> Bool {
        if let known = counts.document { return known }
        var domain = 0
        var words = 0
        for s in doc.sentences.indices {
            domain += domainWords(in: s, &counts, doc)
            for t in doc.sentences[s].tokens where doc.tokens[t].kind == .word { words += 1 }
        }
        let generic = domain >= Self.genericDocumentWords && domain * 1000 >= words * Self.genericDensityPerMille
        counts.document = generic
        return generic
    }

    /// Whether sentence `s` is in a generic domain (see the extension's comment).
    func isGenericSentence(_ s: Int, _ counts: inout DomainCounts, _ doc: Document) -> Bool {
        let here = domainWords(in: s, &counts, doc)
        if here >= Self.genericSentenceWords { return true }
        let near =
            here + (s > 0 ? domainWords(in: s - 1, &counts, doc) : 0)
            + (s + 1 < doc.sentences.count ? domainWords(in: s + 1, &counts, doc) : 0)
        return near > 0 && isGenericDocument(&counts, doc)
    }

    /// Whether an event of a generic sentence still stands: a protest, an act of force that is no move of play, or an
    /// act with a clearly political actor.
    func standsInGenericText(_ event: Event, _ context: SentenceContext, _ doc: Document, domainWords: Int) -> Bool {
        let root = event.code.root
        if root == "14" { return true }
        let sentence = doc.sentences[context.index]
        // «وقال مدرب الفريق إن الوزير …»: a statement is its speaker's act; whom it names does not make it political.
        if isClearlyPolitical(event.source, context, doc)
            || (root != "01" && isClearlyPolitical(event.target, context, doc))
        {
            return true
        }
        return Self.isForce(root)
            && (domainWords < Self.genericSentenceWords
                || sentence.tokens.contains { hasAnalysis($0, in: triggers.cues.killed, doc) })
    }

    /// A state's government, forces or opposition, an IGO or an armed group, with no domain word in its mention or
    /// within three words before it and two after it («رئيس نادي الهلال الأمير …»، «الاتحاد الأوروبي لكرة القدم»).
    /// NB: a state alone is not enough: in sports text a country or a capital is mostly a team or a club («فوز
    /// البرازيل»، «أتلتيكو مدريد»).
    func isClearlyPolitical(_ participant: Event.Participant?, _ context: SentenceContext, _ doc: Document) -> Bool {
        guard let actor = participant?.actor else { return false }
        let organization = actor.organization.map { $0.hasPrefix("IGO") || $0.hasPrefix("IMG") } ?? false
        guard organization || actor.sector.map(Self.politicalSectors.contains) == true else { return false }
        // «لكن المسؤولين لا يصدقونه»: officials of no state are anyone's officials (a club's, a film's town's).
        if actor.country == nil && actor.sector == "GOV" { return false }
        let found = context.mentions.first {
            $0.actor == actor && String(doc.text(of: $0.span)) == participant?.text
        }
        guard let m = found else { return true }
        // «وقال رئيس حطين …»، «قائد النصر»: a bare title of any body's officials, its country only guessed.
        if m.kind == .bareAgent && m.isOffice && hasAnalysis(m.tokens.lowerBound, in: triggers.domains.titles, doc) {
            return false
        }
        let sentence = doc.sentences[context.index].tokens
        let around =
            max(sentence.lowerBound, m.tokens.lowerBound - 3)..<min(sentence.upperBound, m.tokens.upperBound + 2)
        return !around.contains { isDomainWord($0, doc) }
    }
}
