import MarsadCore
import MarsadText

/// Names the dictionary does not know, learned from the article itself.
///
/// News introduces a person once with the office and the full name («كشف محافظ مدينة عدن نايف البكري أن …») and
/// then by the surname alone («ومضى البكري بالقول …»). When an office with its country is followed by two or three
/// words that end at a clear boundary (punctuation, a function word or a counterpart such as «نظيره»),
/// those words are the office-holder's name: the mention takes them in, and the last word, the surname, stands
/// for the same actor for the rest of the article.
extension MentionFinder {
    /// A surname learned in an article: the folded hash of the last name word (as written, with or without «ال»).
    struct LearnedName {
        var actor: ActorCode
        var name: String
        /// Learned from an office the story's home country is still to be given to (see `learnNamesPastOrgans`): the
        /// surname's mentions are that office's holder (`Mention/isOffice`), and take the home country with it.
        var takesHome = false
        /// The token where the name was learned without a mention taking it in (`learnNamesPastOrgans`): the office's
        /// own mention names that person there, so the surname is no mention of its own.
        var introduced: Int? = nil
    }

    /// Given names that are also surnames of many people («أحمد محمد»): never learned as a surname.
    static let givenNames: Set<UInt64> = FormHash.folded([
        "محمد", "أحمد", "محمود", "عبدالله", "عبدالعزيز", "عبدالرحمن", "علي", "حسن", "حسين", "إبراهيم", "خالد", "سعيد",
        "صالح", "عمر", "عثمان", "يوسف", "مصطفى", "سلمان", "فهد", "سعد", "ناصر",
    ])

    /// Learns the names that follow offices in the mentions of one sentence (from `start`) and takes them into those
    /// mentions.
    func learnNames(
        _ mentions: inout [Mention], from start: Int, sentence s: Int, _ doc: Document,
        into learned: inout [UInt64: LearnedName]
    ) {
        let limit = doc.sentences[s].tokens.upperBound
        for i in start..<mentions.count {
            let m = mentions[i]
            // NB: an office («وزير الخارجية»), not a body: «ونفذ الجيش الباكستاني ضربة جوية على …».
            guard m.kind == .agent, m.isOffice, m.name == nil, m.actor.country != nil, m.actor.sector != nil,
                m.actor.organization == nil
            else { continue }
            // «وزير الإعلام اليمني المهندس محمد القباطي»: a rank or honorific may open the name.
            var first = m.tokens.upperBound
            if first < limit, doc.tokens[first].kind == .word, Self.ranks.contains(doc.formHash(first)),
                !mentions.contains(where: { $0.tokens.contains(first) })
            {
                first += 1
            }
            var end = first
            while end < limit, end - first < 3, isNameWord(end, first: end == first, doc),
                !mentions.contains(where: { $0.tokens.contains(end) })
            {
                end += 1
            }
            guard end - first >= 2, endsName(at: end, limit: limit, mentions, doc) else { continue }
            let surname = end - 1
            guard let key = learnableSurname(surname, doc) else { continue }
            let span = TextSpan(start: doc.tokens[first].span.start, end: doc.tokens[surname].span.end)
            let name = String(doc.text(of: span))
            mentions[i].tokens = m.tokens.lowerBound..<end
            mentions[i].span = TextSpan(start: m.span.start, end: span.end)
            mentions[i].name = name
            if learned[key] == nil { learned[key] = LearnedName(actor: m.actor, name: name) }
        }
    }

    /// «استقبل أمير المنطقة محافظ المؤسسة العامة للتدريب التقني والمهني الدكتور علي بن ناصر الغفيص» … «وأعرب الغفيص عن
    /// شكره»: an office, the organ the dictionaries do not know in its genitive (up to `organWords` plain words), then a
    /// rank or an honorific, then the holder's name: a given name, its lineage («بن ناصر») and a family name with the
    /// article. The honorific tells where the organ ends and the name begins; without it nothing is learned. The office's
    /// mention keeps its words; the family name (not a father's name after «بن») stands for the same actor for the rest
    /// of the article, with the story's home country when the office has no country yet.
    func learnNamesPastOrgans(
        _ mentions: inout [Mention], from start: Int, sentence s: Int, _ doc: Document,
        into learned: inout [UInt64: LearnedName]
    ) {
        let limit = doc.sentences[s].tokens.upperBound
        for i in start..<mentions.count {
            let m = mentions[i]
            guard isUnnamedOffice(m), m.leadingClitics.isDisjoint(with: [.bi, .li]) else { continue }
            var t = m.tokens.upperBound
            while t < limit, t - m.tokens.upperBound < Self.organWords, doc.tokens[t].kind == .word,
                !Self.ranks.contains(doc.formHash(t)), !Self.functionWords.contains(doc.formHash(t)),
                !covered(t, mentions, from: start)
            {
                t += 1
            }
            // NB: not after a noun that takes an eponym («مدير مستشفى الدكتور سليمان الحبيب»، «جامعة الأمير سطام»).
            guard t > m.tokens.upperBound, t + 2 < limit, doc.tokens[t].kind == .word,
                Self.ranks.contains(doc.formHash(t)), !covered(t, mentions, from: start),
                !hasAnalysis(doc, t - 1, in: Self.eponymHeads)
            else { continue }
            let first = t + 1
            // NB: «علي» folds like «على» (a function word); after an honorific it is the given name.
            guard isNameWord(first, first: true, doc) || doc.formHash(first) == Self.ali,
                !covered(first, mentions, from: start)
            else { continue }
            var end = first + 1
            if end < limit, isNameCompound(first, end, doc) { end += 1 }
            // The lineage: «بن» and a name (of one or two words), again and again.
            while end + 1 < limit, Self.lineage.contains(doc.formHash(end)), isNameWord(end + 1, first: true, doc),
                !covered(end + 1, mentions, from: start)
            {
                end += 2
                if end < limit, isNameCompound(end - 1, end, doc) { end += 1 }
            }
            if end < limit, !covered(end, mentions, from: start),
                isFamilyName(end, doc) || isNameWord(end, first: false, doc)
            {
                end += 1
            }
            guard end - first >= 2, endsName(at: end, limit: limit, mentions, doc) else { continue }
            let surname = end - 1
            // NB: a father's name ending the lineage («فيصل بن مشعل») is no family name to call him by; nor is a word
            // of time («… الأسبوع الماضي»).
            guard !Self.lineage.contains(doc.formHash(surname - 1)), !Self.timeWords.contains(doc.formHash(surname)),
                let key = learnableSurname(surname, doc), learned[key] == nil
            else { continue }
            let span = TextSpan(start: doc.tokens[first].span.start, end: doc.tokens[surname].span.end)
            // NB: the office's mention keeps its words: the organ's place genitive («رئيس بلدية محافظة الخرج») still
            // tells its country after it.
            learned[key] = LearnedName(
                actor: m.actor, name: String(doc.text(of: span)), takesHome: m.actor.country == nil, introduced: surname
            )
        }
    }

    /// An office of a state's sector («المتحدث الرسمي»، «محافظ») whose holder the text has not named yet: one a name
    /// next to it may be learned for.
    private func isUnnamedOffice(_ m: Mention) -> Bool {
        m.isOffice && m.name == nil && (m.kind == .agent || m.kind == .bareAgent) && m.actor.sector != nil
            && m.actor.organization == nil
    }

    /// The most words of an organ's name between an office and the honorific that opens its holder's name.
    static let organWords = 8
    /// Nouns of places and institutions named after a person («مستشفى الدكتور سليمان الحبيب»، «جائزة الشيخ …»).
    static let eponymHeads = FormHash.folded([
        "مستشفى", "جامعة", "مركز", "مدرسة", "كلية", "معهد", "جائزة", "مسجد", "جامع", "قاعة", "مدينة", "برنامج", "كرسي",
        "مؤسسة", "جمعية", "مستشفيات", "شارع", "طريق", "حي", "مجمع",
    ])
    /// Words of time that end a phrase as a family name would («الأسبوع الماضي»).
    static let timeWords = FormHash.folded(["الماضي", "المقبل", "الحالي", "الجاري", "القادم", "المنصرم", "الفائت"])

    /// «وقال رأفت الصباغ، المتحدث الرسمي للمركز، إن …»: a name the dictionary does not know, set off by a comma before an
    /// office in apposition, is the office-holder's. The mention takes in the name before the comma (the given and the
    /// family name; a family name with the article too: «عادل الشجاع»; a lineage: «أحمد بن محمد الجروان»، «عز الدين
    /// الأصبحي»), so that it stands where the verb's subject stands, and the surname is learned as for a name after the
    /// office.
    func learnNamesBeforeOffices(
        _ mentions: inout [Mention], from start: Int, sentence s: Int, _ doc: Document,
        into learned: inout [UInt64: LearnedName]
    ) {
        let lower = doc.sentences[s].tokens.lowerBound
        for i in start..<mentions.count {
            let m = mentions[i]
            guard isUnnamedOffice(m), m.leadingClitics.isEmpty else { continue }
            let comma = m.tokens.lowerBound - 1
            let surname = comma - 1
            guard surname > lower, isComma(doc, comma),
                isNameWord(surname, first: false, doc) || isFamilyName(surname, doc),
                !covered(surname, mentions, from: start),
                let first = nameStart(before: surname, lower: lower, mentions, from: start, doc)
            else { continue }
            let span = TextSpan(start: doc.tokens[first].span.start, end: doc.tokens[surname].span.end)
            let name = String(doc.text(of: span))
            mentions[i].tokens = first..<m.tokens.upperBound
            mentions[i].span = TextSpan(start: span.start, end: m.span.end)
            mentions[i].name = name
            if m.actor.country != nil, let key = learnableSurname(surname, doc), learned[key] == nil {
                learned[key] = LearnedName(actor: m.actor, name: name)
            }
        }
    }

    /// Where a name that ends with the surname at `surname` starts: the given name right before it, and the names of a
    /// lineage linked by «بن»، «بنت»، «ابن»، «آل» before that («محمد بن نايف آل سعود»); a given name may be two words, the
    /// second with the article («عز الدين»، «عبد الله»، «عبد الرحمن»). Nil when no given name stands before the surname.
    /// NB: only links take the name further back than one given name: the word before a given name is mostly the verb.
    private func nameStart(before surname: Int, lower: Int, _ mentions: [Mention], from start: Int, _ doc: Document)
        -> Int?
    {
        var first = surname
        var names = 0
        while names < 4 {
            let before = first - 1
            guard before >= lower else { break }
            let linked = Self.lineage.contains(doc.formHash(before))
            guard linked || names == 0 else { break }
            var given = linked ? before - 1 : before
            guard given >= lower else { break }
            if given > lower, isNameCompound(given - 1, given, doc) { given -= 1 }
            guard isNameWord(given, first: true, doc), !covered(given, mentions, from: start) else { break }
            first = given
            names += 1
        }
        return names > 0 ? first : nil
    }

    /// Whether tokens `a` and `b` are a given name in two words: «عبد» and a word of God's names with the article
    /// («عبد الرحمن»), or a name and «الدين»/«الله» («عز الدين»، «نصر الله»).
    private func isNameCompound(_ a: Int, _ b: Int, _ doc: Document) -> Bool {
        guard doc.tokens[a].kind == .word, doc.tokens[b].kind == .word else { return false }
        let second = doc.formHash(b)
        if Self.servantWords.contains(doc.formHash(a)) { return Self.divineNames.contains(second) }
        return Self.nameSuffixes.contains(second)
    }

    /// «عبد» before one of God's names.
    static let servantWords = FormHash.folded(["عبد"])
    /// God's names after «عبد» in a given name.
    static let divineNames = FormHash.folded([
        "الله", "الرحمن", "الرحيم", "العزيز", "الكريم", "اللطيف", "الحميد", "المجيد", "السلام", "الملك", "الإله",
        "الحكيم", "الغني", "القادر", "الهادي", "العظيم", "الرزاق", "الوهاب", "الباري", "الناصر", "الحليم", "المحسن",
        "الجبار", "الفتاح", "الرؤوف", "الستار", "الخالق", "الواحد", "المنعم", "الصمد", "الودود",
    ])
    /// The second word of a two-word given name after another name («عز الدين»، «نصر الله»).
    static let nameSuffixes = FormHash.folded(["الدين", "الله"])

    /// The key under which a surname is learned, or nil when the word is no surname to learn: shorter than four
    /// letters without the article, or a common given name or function word.
    private func learnableSurname(_ t: Int, _ doc: Document) -> UInt64? {
        let r = doc.tokens[t].normalized
        let stem = doc.normalized[Int(r.lowerBound)..<Int(r.upperBound)]
        let letters = stem.starts(with: Self.article) ? stem.count / 2 - 2 : stem.count / 2
        let key = doc.formHash(t)
        guard letters >= 4, !Self.givenNames.contains(key), !Self.functionWords.contains(key) else { return nil }
        return key
    }

    /// «الشجاع»، «الثنيان»: a word with the article and no digit, long enough to be a family name.
    private func isFamilyName(_ t: Int, _ doc: Document) -> Bool {
        guard doc.tokens[t].kind == .word, !Self.functionWords.contains(doc.formHash(t)) else { return false }
        let r = doc.tokens[t].normalized
        let bytes = doc.normalized[Int(r.lowerBound)..<Int(r.upperBound)]
        return bytes.count >= 10 && bytes.starts(with: Self.article)
            && !bytes.contains(where: { (0x30...0x39).contains($0) })
    }

    /// «المتحدث الأمني اللواء منصور التركي» … «وأضاف التركي»: a known person whose family name is a nisba written with
    /// the article right after a name without it is learned under that nisba (see `resolveNisbaNames`).
    func learnNisbaNames(
        _ mentions: [Mention], from start: Int, _ doc: Document, into nisbas: inout [UInt64: LearnedName]
    ) {
        for m in mentions[start...] where m.kind == .person || m.kind == .agent {
            let last = m.tokens.upperBound - 1
            guard let name = m.name, m.actor.country != nil, last > m.tokens.lowerBound,
                doc.tokens[last].kind == .word, doc.tokens[last - 1].kind == .word, doc.writesArticle(last),
                !doc.writesArticle(last - 1), !Self.lineage.contains(doc.formHash(last - 1)),
                doc.tokenEnds(last, with: Self.finalYa, stemBytes: 4)
            else { continue }
            let key = doc.formHash(last)
            if nisbas[key] == nil { nisbas[key] = LearnedName(actor: m.actor, name: name) }
        }
    }

    /// A country's demonym standing alone («وأضاف التركي»، not «الموقف التركي») that is the nisba family name of a person
    /// the article named (`learnNisbaNames`) is that person.
    func resolveNisbaNames(
        _ nisbas: [UInt64: LearnedName], _ mentions: inout [Mention], from start: Int, _ doc: Document
    ) {
        for i in start..<mentions.count where mentions[i].isDemonym && !mentions[i].isAttributive {
            let m = mentions[i]
            guard m.tokens.count == 1, let c = candidate(of: m.tokens.lowerBound, doc, where: { nisbas[$0] != nil }),
                let known = nisbas[c.hash]
            else { continue }
            mentions[i].actor = known.actor
            mentions[i].kind = .person
            mentions[i].name = known.name
            mentions[i].isDemonym = false
        }
    }

    /// Adds a mention for each learned surname in sentence `s` that no mention covers («وأضاف البكري»).
    func addLearnedNames(
        _ learned: [UInt64: LearnedName], sentence s: Int, _ doc: Document, _ mentions: inout [Mention],
        from start: Int
    ) {
        var added: [Mention] = []
        for t in doc.sentences[s].tokens where doc.tokens[t].kind == .word {
            // The surname as written, or after «و»/«ف» («والبكري»).
            // NB: a plain loop, not a closure over `doc`: a closure copied the document for every token.
            guard let c = candidate(of: t, doc, where: { learned[$0] != nil }), let known = learned[c.hash],
                known.introduced != t, !covered(t, mentions, from: start)
            else { continue }
            var m = Mention(
                span: doc.tokens[t].span, tokens: t..<(t + 1), sentence: s, actor: known.actor, kind: .person,
                name: known.name, leadingClitics: c.proclitics)
            m.isOffice = known.takesHome
            added.append(m)
        }
        guard !added.isEmpty else { return }
        mentions.append(contentsOf: added)
        mentions[start...].sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    /// Pronouns of style for the holder of a rank («سموه» his Highness,
    /// «فخامته» the president, «جلالته» the king).
    /// NB: an array of three, compared in turn: hashing each token's analyses into a `Set` cost a percent of coding.
    static let styledPronouns: [UInt64] = Array(FormHash.folded(["سموه", "فخامته", "جلالته"]))

    /// «وأشاد سموه بجهود رجال الأمن»: a pronoun of style stands for the story's subject, the first office-holder or
    /// known person the article names (the press styles its main actor; another named later is called by name).
    func addStyledReferences(sentence s: Int, _ doc: Document, _ mentions: inout [Mention], from start: Int) {
        var added: [Mention] = []
        for t in doc.sentences[s].tokens where doc.tokens[t].kind == .word && endsWithHa(t, doc) {
            guard let c = candidate(of: t, doc, where: { Self.styledPronouns.contains($0) }),
                !covered(t, mentions, from: start),
                let holder = mentions.first(where: {
                    $0.tokens.upperBound <= t && $0.actor.country != nil && $0.actor.sector != nil
                        && ($0.kind == .person || ($0.kind == .agent && $0.isOffice))
                })
            else { continue }
            var m = Mention(
                span: doc.tokens[t].span, tokens: t..<(t + 1), sentence: s, actor: holder.actor, kind: .person,
                name: holder.name, leadingClitics: c.proclitics)
            m.isOffice = holder.isOffice
            added.append(m)
        }
        guard !added.isEmpty else { return }
        mentions.append(contentsOf: added)
        mentions[start...].sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    /// The analysis of token `t` with no pronoun suffix and at most «و»/«ف» before it whose hash passes `test`.
    @inline(__always)
    private func candidate(of t: Int, _ doc: Document, where test: (UInt64) -> Bool) -> WordCandidate? {
        let r = doc.tokens[t].candidates
        for i in Int(r.lowerBound)..<Int(r.upperBound) {
            let c = doc.candidates[i]
            if c.encliticLength == 0 && c.proclitics.isSubset(of: [.wa, .fa]) && test(c.hash) { return c }
        }
        return nil
    }

    /// Whether token `t` ends in «وه» or «ته» (as every pronoun of style does) after at least two more letters: a byte
    /// test before any lookup. «ه» is D9 87 in UTF-8, «و» D9 88 and «ت» D8 AA.
    /// NB: the bytes are compared in place: two static arrays of the endings cost a `swift_once` call each for every
    /// token of every sentence (a hundredth of the coder's time).
    @inline(__always)
    private func endsWithHa(_ t: Int, _ doc: Document) -> Bool {
        let r = doc.tokens[t].normalized
        guard r.count >= 8 else { return false }
        let end = Int(r.upperBound)
        guard doc.normalized[end - 1] == 0x87, doc.normalized[end - 2] == 0xD9 else { return false }
        let lead = doc.normalized[end - 4]
        let letter = doc.normalized[end - 3]
        return (lead == 0xD9 && letter == 0x88) || (lead == 0xD8 && letter == 0xAA)
    }

    /// Whether a mention of this sentence (from `start`) covers token `t`.
    @inline(__always)
    private func covered(_ t: Int, _ mentions: [Mention], from start: Int) -> Bool {
        for i in start..<mentions.count where mentions[i].tokens.contains(t) { return true }
        return false
    }

    /// A word that can be part of a name: no function word, number or preposition-led word («للصحفيين»). A name
    /// does not start with «ال», and a word with «ال» in it is a family name in «ـي» («البكري»، «الحذيفي»): «يبحث
    /// التعاون مع» is a verb and its object.
    private func isNameWord(_ t: Int, first: Bool, _ doc: Document) -> Bool {
        guard doc.tokens[t].kind == .word, !Self.functionWords.contains(doc.formHash(t)) else { return false }
        let r = doc.tokens[t].normalized
        let bytes = doc.normalized[Int(r.lowerBound)..<Int(r.upperBound)]
        guard bytes.count >= 4, !bytes.contains(where: { (0x30...0x39).contains($0) }) else { return false }
        // «يعقد الوزير اجتماعا ثلاثيا مع …»: an indefinite accusative («اجتماعا») is the verb's object.
        if bytes.count >= 8, endsWithAlef(doc, t) { return false }
        if bytes.starts(with: Self.article) && (first || !bytes.suffix(2).elementsEqual(Self.finalYa)) { return false }
        return !bytes.starts(with: Self.lilArticle) && !bytes.starts(with: Self.biArticle)
    }

    /// Whether a name ends before token `t`: the sentence ends, or a punctuation mark, a function word («أن»، «في»)
    /// or a counterpart («نظيره») follows. NB: not a word with «لل» («دعم بلاده للحكومة») nor another title («غداة
    /// لقائه وزير الخارجية»): what stands before those is mostly the act and its object.
    private func endsName(at t: Int, limit: Int, _ mentions: [Mention], _ doc: Document) -> Bool {
        guard t < limit else { return true }
        if doc.tokens[t].kind != .word { return true }
        return Self.functionWords.contains(doc.formHash(t)) || Self.counterparts.contains(doc.formHash(t))
    }

    static let lilArticle: [UInt8] = Array("لل".utf8)
    static let finalYa: [UInt8] = Array("ي".utf8)
    static let biArticle: [UInt8] = Array("بال".utf8)
}
