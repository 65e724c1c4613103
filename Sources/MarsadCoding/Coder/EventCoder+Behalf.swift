import MarsadCore
import MarsadText

/// Words that speak for someone and prayers said of someone: they name no party to the act of their clause.
extension EventCoder {
    /// «باسمه واسم شعب وحكومة المملكة»، «وباسم …»: "in his name and in the name of …", the bodies a speaker speaks
    /// for. NB: not the bare «باسم» of «المتحدث باسم الخارجية» (a spokesman stands for the body named after it).
    static let inTheNamesOf = CueWords.set([
        "واسم", "وباسم", "باسمه", "باسمها", "باسمهم", "باسمهما", "وباسمه", "وباسمها",
    ])
    /// «نيابة عن»، «بالنيابة عن»: "on behalf of".
    static let onBehalfHeads = CueWords.set(["نيابة", "ونيابة", "بالنيابة", "وبالنيابة", "نيابه", "ونيابه"])
    static let inTheNameOf = FormHash.hash(FoldedText.fold("باسم"))
    /// «كما»، «وكما»: "also", before a verb that goes on with the subject of the sentence before.
    static let also = CueWords.set(["كما", "وكما"])

    /// Whether mention `i` is in a list of the bodies on whose behalf someone speaks («أعرب الملك باسمه واسم شعب
    /// وحكومة المملكة عن التهاني»، «ونيابة عن حكومة بلاده»، «أعرب الرئيس باسم شعب مصر عن تعازيه»): they do not act,
    /// the speaker does. The list's head (back over the items joined with «و») follows «واسم»/«باسمه», «نيابة عن», or
    /// «باسم» right after a named person.
    func speaksFor(_ i: Int, _ mentions: [Mention], _ doc: Document) -> Bool {
        var head = i
        while head > 0, mentions[head].leadingClitics.contains(.wa),
            mentions[head].tokens.lowerBound - mentions[head - 1].tokens.upperBound <= 1
        {
            head -= 1
        }
        let t = mentions[head].tokens.lowerBound - 1
        guard t >= 0, doc.tokens[t].kind == .word else { return false }
        let form = wholeForm(t, doc)
        if Self.inTheNamesOf.contains(form) { return true }
        if form == CueWords.an {
            return t >= 1 && doc.tokens[t - 1].kind == .word && Self.onBehalfHeads.contains(wholeForm(t - 1, doc))
        }
        return form == Self.inTheNameOf && head > 0 && mentions[head - 1].tokens.upperBound == t
            && (mentions[head - 1].kind == .person || mentions[head - 1].name != nil)
    }

    /// Whether the verb at `t` holds an object pronoun and has «الله» right after it: a prayer said of someone («أيده
    /// الله»، «حفظه الله»، «وفقه الله»), no act.
    func isPrayer(_ hit: Hit, _ doc: Document) -> Bool {
        let t = hit.tokens.lowerBound
        return hit.analysis.encliticLength > 0 && t + 1 < doc.tokens.count && doc.tokens[t + 1].kind == .word
            && wholeForm(t + 1, doc) == Self.allah
    }

    /// «عن»، «في»، «على»، «إلى»، «مع»، «ضد»: prepositions, after which no verb stands (not «من», also "who").
    static let nounPrepositions = CueWords.set(["عن", "في", "على", "الى", "إلى", "مع", "ضد", "لدى", "نحو"])

    /// Whether a verb's head word that opens with an alef, with no pronoun on it, follows a preposition right away
    /// («أعرب عن أبلغ التهاني»: «أبلغ» is the adjective "the most eloquent", not the verb "informed"). A verb of that
    /// shape (form IV «أفعل», forms VII, VIII, X) has no verbal noun of the same spelling.
    /// NB: the other verbs' heads are their verbal nouns too («إلى بحث القضايا»، «إلى شن الولايات المتحدة أول غارات»); and
    /// with a pronoun the word is a verbal noun and its possessor («أعرب الأمير … عن شكره»: his thanks).
    func followsPreposition(_ hit: Hit, _ doc: Document) -> Bool {
        let t = hit.tokens.lowerBound - 1
        guard hit.analysis.encliticLength == 0, t >= 0, doc.tokens[t].kind == .word,
            Self.nounPrepositions.contains(wholeForm(t, doc))
        else { return false }
        let r = doc.tokens[t + 1].normalized
        guard r.count >= 2 else { return false }
        // «ا» (D8 A7), «أ» (D8 A3), «إ» (D8 A5), «آ» (D8 A2), as the folded text may keep or drop the hamza.
        let (a, b) = (doc.normalized[Int(r.lowerBound)], doc.normalized[Int(r.lowerBound) + 1])
        return a == 0xD8 && (b == 0xA7 || b == 0xA3 || b == 0xA5 || b == 0xA2)
    }

    /// Where a prayer that starts at token `t` ends («حفظه الله»، «"حفظه الله"»، «- رعاه الله -»): up to three words
    /// whose last is «الله», in quotation marks, dashes or brackets or bare; nil when none starts there.
    func prayerEnd(from t: Int, before upper: Int, _ doc: Document) -> Int? {
        var u = t
        let marked = u < upper && (doc.isOpeningQuote(u) || doc.dashOrBracket(u) != nil)
        if marked { u += 1 }
        var words = 0
        while u < upper, doc.tokens[u].kind == .word, words < 3 {
            words += 1
            u += 1
            if doc.formHash(u - 1) == Self.allah {
                if marked, u < upper, doc.tokens[u].kind == .punctuation, !isComma(u, doc) { u += 1 }
                return words >= 2 ? u : nil
            }
        }
        return nil
    }

    /// «بعث»، «أرسل»، «وجه»، «قدم»، «نقل»، «أبدى»، «سلم»: verbs of sending or delivering, whose object is a message or
    /// a gift («بعث برقية تهنئة»، «قدم التهنئة»، «نقل تحيات»), in the third person of the past and the present.
    static let deliveryVerbs = CueWords.set([
        "بعث", "بعثت", "يبعث", "تبعث", "ارسل", "ارسلت", "يرسل", "ترسل", "وجه", "وجهت", "يوجه", "توجه", "قدم", "قدمت",
        "يقدم", "تقدم", "نقل", "نقلت", "ينقل", "تنقل", "ابدى", "ابدت", "يبدي", "تبدي", "سلم", "سلمت", "يسلم", "تسلم",
    ])

    /// Whether a noun trigger is the object of a verb of sending that opens its sentence with no subject of its own
    /// («كما بعث برقية تهنئة …»، «وبعث "حفظه الله" برقية …»، «كما قدم التهنئة لـ…»): an optional «كما», the verb (with
    /// «و»/«ف» on it), then perhaps a prayer for the subject. The subject is the previous sentence's, as for a verb
    /// that opens a sentence.
    func followsOpeningVerb(_ hit: Hit, _ context: SentenceContext, _ doc: Document) -> Bool {
        let lower = doc.sentences[context.index].tokens.lowerBound
        let start = hit.tokens.lowerBound
        var t = lower
        if t < start, doc.tokens[t].kind == .word, Self.also.contains(wholeForm(t, doc)) { t += 1 }
        guard t < start, doc.tokens[t].kind == .word, hasAnalysis(t, in: Self.deliveryVerbs, doc) else { return false }
        t += 1
        if t < start, let end = prayerEnd(from: t, before: start, doc) { t = end }
        return t == start
    }
}
