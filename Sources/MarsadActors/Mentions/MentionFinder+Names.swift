import MarsadCore
import MarsadText

/// Names the dictionary does not know, learned from the article itself.
///
/// News introduces a person once with the office and the full name («كشف محافظ مدينة عدن نايف البكري أن …») and
/// then by the surname alone («ومضى البكري بالقول …»). When an office with its country is followed by two or three
/// words that end at a clear boundary (punctuation, a function word, a preposition-led word or another title),
/// those words are the office-holder's name: the mention takes them in, and the last word, the surname, stands
/// for the same actor for the rest of the article.
extension MentionFinder {
    /// A surname learned in an article: the folded hash of the last name word (as written, with or without «ال»).
    struct LearnedName {
        var actor: ActorCode
        var name: String
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
            let first = m.tokens.upperBound
            var end = first
            while end < limit, end - first < 3, isNameWord(end, first: end == first, doc),
                !mentions.contains(where: { $0.tokens.contains(end) })
            {
                end += 1
            }
            guard end - first >= 2, endsName(at: end, limit: limit, mentions, doc) else { continue }
            let surname = end - 1
            let r = doc.tokens[surname].normalized
            let stem = doc.normalized[Int(r.lowerBound)..<Int(r.upperBound)]
            let letters = stem.starts(with: Self.article) ? stem.count / 2 - 2 : stem.count / 2
            let key = doc.formHash(surname)
            guard letters >= 4, !Self.givenNames.contains(key), !Self.functionWords.contains(key) else { continue }
            let span = TextSpan(start: doc.tokens[first].span.start, end: doc.tokens[surname].span.end)
            let name = String(doc.text(of: span))
            mentions[i].tokens = m.tokens.lowerBound..<end
            mentions[i].span = TextSpan(start: m.span.start, end: span.end)
            mentions[i].name = name
            if learned[key] == nil { learned[key] = LearnedName(actor: m.actor, name: name) }
        }
    }

    /// Adds a mention for each learned surname in sentence `s` that no mention covers («وأضاف البكري»).
    func addLearnedNames(
        _ learned: [UInt64: LearnedName], sentence s: Int, _ doc: Document, _ mentions: inout [Mention],
        from start: Int
    ) {
        var added: [Mention] = []
        for t in doc.sentences[s].tokens where doc.tokens[t].kind == .word {
            let r = doc.tokens[t].candidates
            // The surname as written, or after «و»/«ف» («والبكري»).
            guard
                let c = (Int(r.lowerBound)..<Int(r.upperBound)).lazy.map({ doc.candidates[$0] }).first(where: {
                    $0.encliticLength == 0 && $0.proclitics.isSubset(of: [.wa, .fa]) && learned[$0.hash] != nil
                }),
                let known = learned[c.hash],
                !mentions[start...].contains(where: { $0.tokens.contains(t) })
            else { continue }
            added.append(
                Mention(
                    span: doc.tokens[t].span, tokens: t..<(t + 1), sentence: s, actor: known.actor, kind: .person,
                    name: known.name, leadingClitics: c.proclitics))
        }
        guard !added.isEmpty else { return }
        mentions.append(contentsOf: added)
        mentions[start...].sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
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
        if bytes.count >= 8, bytes.suffix(2).elementsEqual(Self.alef) { return false }
        if bytes.starts(with: Self.article) && (first || !bytes.suffix(2).elementsEqual(Self.finalYa)) { return false }
        return !bytes.starts(with: Self.lilArticle) && !bytes.starts(with: Self.biArticle)
    }

    /// Whether a name ends before token `t`: the sentence ends or a punctuation mark, function word,
    /// preposition-led word or title follows.
    private func endsName(at t: Int, limit: Int, _ mentions: [Mention], _ doc: Document) -> Bool {
        guard t < limit else { return true }
        if doc.tokens[t].kind != .word { return true }
        if Self.functionWords.contains(doc.formHash(t)) { return true }
        let r = doc.tokens[t].normalized
        let bytes = doc.normalized[Int(r.lowerBound)..<Int(r.upperBound)]
        if bytes.starts(with: Self.lilArticle) || bytes.starts(with: Self.biArticle) { return true }
        return mentions.contains {
            $0.tokens.lowerBound == t && ($0.kind == .agent || $0.kind == .bareAgent || $0.kind == .reference)
        }
    }

    static let lilArticle: [UInt8] = Array("لل".utf8)
    static let finalYa: [UInt8] = Array("ي".utf8)
    static let biArticle: [UInt8] = Array("بال".utf8)
}
