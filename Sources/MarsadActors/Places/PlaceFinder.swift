public import MarsadCore
import MarsadText

/// Adds places from the gazetteer and datelines to the places ``MentionFinder`` found (countries, capitals).
///
/// ```swift
/// // «قتل خمسة في قصف على مدينة حلب» → PlaceMention «حلب», SYR, locative
/// // «موسكو - رويترز: قال الكرملين …» → PlaceMention «موسكو», RUS, dateline
/// try PlaceFinder(gazetteer: .bundled(), dictionary: .bundled()).process(&doc)
/// ```
///
/// A gazetteer place is locative after «في» or «أنحاء» or with the proclitic «ب» («بحلب»), also across place
/// nouns and demonyms («في مدينة حلب»، «بريف إدلب»، «في العاصمة الإيطالية روما» — which also makes a capital
/// or country that ``MentionFinder`` saw as an actor locative: «عمت الاحتجاجات أنحاء إيران»), and when
/// coordinated with a locative place («في حلب وإدلب»).
/// A dateline is a place (gazetteer, capital or country) among the first words of a sentence, next to a
/// dash, a parenthesis, a colon or a slash («بيروت (رويترز) -»، «واس - برلين»، «واس (أبوظبي)»), or the
/// first place of the input's dateline field (``MarsadCore/Document/dateline``).
public struct PlaceFinder: Stage {
    public let name = "ar.places.v1"
    public let requires: Set<Annotation> = [.tokens, .words, .sentences, .mentions, .places]
    public let provides: Set<Annotation> = [.places]

    public let gazetteer: PlaceGazetteer
    public let dictionary: ActorDictionary

    public init(gazetteer: PlaceGazetteer, dictionary: ActorDictionary) {
        self.gazetteer = gazetteer
        self.dictionary = dictionary
    }

    static let fi = FormHash.hash(FoldedText.fold("في"))

    /// «أنحاء»، «أرجاء»: parts of a place, always where something happens («عمت الاحتجاجات معظم أنحاء إيران»).
    static let across: Set<UInt64> = Set(["أنحاء", "أرجاء"].map { FormHash.hash(FoldedText.fold($0)) })

    /// Words that may stand between «في» and a place: «في مدينة حلب»، «في ريف إدلب الجنوبي».
    static let placeNouns: Set<UInt64> = Set(
        [
            "مدينة", "محافظة", "ولاية", "منطقة", "بلدة", "قرية", "إقليم", "ريف", "مخيم", "العاصمة", "ضواحي", "شمال",
            "جنوب", "شرق", "غرب", "وسط", "شمالي", "جنوبي", "شرقي", "غربي", "قرب", "مدينتي", "أحياء", "حي", "مطار",
            "ميناء", "بلدية",
        ].map { FormHash.hash(FoldedText.fold($0)) })

    public func process(_ document: inout Document) throws(MarsadError) {
        // NB: the scan reads a local copy made once: handing the inout document to the gazetteer copied it (a
        // retain per array) for every token.
        let doc = document
        var found: [PlaceMention] = []
        let placesBySentence = Dictionary(grouping: doc.places, by: \.sentence)
        // NB: flags by token, not sets: hashing every token of every document cost more than the lookups.
        var covered = [Bool](repeating: false, count: doc.tokens.count)
        var demonyms = [Bool](repeating: false, count: doc.tokens.count)
        for p in doc.places where p.sentence >= 0 { for t in p.tokens { covered[t] = true } }
        for m in doc.mentions {
            for t in m.tokens {
                covered[t] = true
                if m.isDemonym { demonyms[t] = true }
            }
        }
        for (s, sentence) in doc.sentences.enumerated() {
            let existing = placesBySentence[s] ?? []
            var i = sentence.tokens.lowerBound
            while i < sentence.tokens.upperBound {
                guard doc.tokens[i].kind == .word, !covered[i],
                    let m = gazetteer.lexicon.longestMatch(in: doc, at: i, limit: sentence.tokens.upperBound)
                else {
                    i += 1
                    continue
                }
                let place = gazetteer.places[m.entry]
                // «في حلب وإدلب»: a locative place ends right before this one.
                let coordinated =
                    doc.candidates[m.firstAnalysis].proclitics.contains(.wa)
                    && (existing.contains { $0.isLocative && $0.tokens.upperBound == i }
                        || found.last.map { $0.sentence == s && $0.isLocative && $0.tokens.upperBound == i } ?? false)
                let span = TextSpan(
                    start: doc.tokens[i].span.start, end: doc.tokens[m.tokens.upperBound - 1].span.end)
                found.append(
                    PlaceMention(
                        span: span, tokens: m.tokens, sentence: s, country: place.country, name: place.name,
                        isLocative: coordinated || locativeCue(before: i, m.firstAnalysis, demonyms, doc)))
                i = m.tokens.upperBound
            }
        }
        // Capitals and countries the actor finder kept as actors may still be where things happen.
        for k in document.places.indices where !document.places[k].isLocative {
            let t = document.places[k].tokens.lowerBound
            if locativeCue(before: t, nil, demonyms, document) { document.places[k].isLocative = true }
        }
        document.places.append(contentsOf: found)
        document.places.sort { ($0.sentence, $0.tokens.lowerBound) < ($1.sentence, $1.tokens.lowerBound) }
        markDatelines(&document)
        if !document.places.contains(where: \.isDateline), let dateline = document.dateline,
            let place = datelinePlace(dateline)
        {
            document.places.insert(place, at: 0)
        }
    }

    /// The first place named in a dateline field, as a place outside the text (sentence -1, empty span).
    private func datelinePlace(_ dateline: String) -> PlaceMention? {
        var d = Document(id: "dateline", text: dateline)
        do {
            try Tokenizer().process(&d)
            try CliticAnalyzer().process(&d)
        } catch {
            return nil  // NB: a dateline the tokenizer rejects gives no place; the document goes on
        }
        for t in d.tokens.indices where d.tokens[t].kind == .word {
            if let m = gazetteer.lexicon.longestMatch(in: d, at: t, limit: d.tokens.count) {
                let place = gazetteer.places[m.entry]
                return outside(place.name, place.country)
            }
            if let m = dictionary.lexicon.longestMatch(in: d, at: t, limit: d.tokens.count) {
                switch dictionary.entries[m.entry] {
                case .capital(let c), .state(let c):
                    let span = TextSpan(start: d.tokens[t].span.start, end: d.tokens[m.tokens.upperBound - 1].span.end)
                    return outside(String(d.text(of: span)), c)
                default: continue
                }
            }
        }
        return nil
    }

    private func outside(_ name: String, _ country: String) -> PlaceMention {
        PlaceMention(
            span: TextSpan(start: 0, end: 0), tokens: 0..<0, sentence: -1, country: country, name: name,
            isLocative: false, isDateline: true)
    }

    /// «في» before the place (over up to three place nouns or demonyms: «في العاصمة الإيطالية روما»), or
    /// «ب» on the place or on its place noun.
    private func locativeCue(before i: Int, _ analysis: Int?, _ demonyms: [Bool], _ doc: Document) -> Bool {
        if let analysis, doc.candidates[analysis].proclitics.contains(.bi) { return true }
        var t = i - 1
        var skipped = 0
        while t >= 0, skipped <= 3 {
            guard doc.tokens[t].kind == .word else { return false }
            let r = doc.tokens[t].candidates
            let analyses = (Int(r.lowerBound)..<Int(r.upperBound)).map { doc.candidates[$0] }
            if analyses.contains(where: { $0.hash == Self.fi || Self.across.contains($0.hash) }) { return true }
            if let noun = analyses.first(where: { Self.placeNouns.contains($0.hash) }) {
                if noun.proclitics.contains(.bi) { return true }
            } else if !demonyms[t] {
                return false
            }
            skipped += 1
            t -= 1
        }
        return false
    }

    /// Marks (or adds) a place among the first five tokens of a sentence that stands next to a dateline mark.
    private func markDatelines(_ doc: inout Document) {
        for (s, sentence) in doc.sentences.enumerated() {
            let head = sentence.tokens.lowerBound..<min(sentence.tokens.upperBound, sentence.tokens.lowerBound + 5)
            // Most sentences have no mark near their start: skip the lookups.
            let marks = sentence.tokens.lowerBound..<min(sentence.tokens.upperBound, head.upperBound + 3)
            guard marks.contains(where: { isDatelineMark($0, doc) }) else { continue }
            for first in head where doc.tokens[first].kind == .word {
                guard let (end, country, name) = placeAt(first, limit: sentence.tokens.upperBound, doc) else {
                    continue
                }
                // «موسكو - رويترز» opens the sentence; «واس - برلين» and «واس (أبوظبي)» put the agency first.
                // NB: «قالت إيران (…)» is no dateline: a mark after the place counts only for the first word.
                let opens = !head.contains { $0 < first && doc.tokens[$0].kind == .word }
                let markAfter = opens && end < sentence.tokens.upperBound && isDatelineMark(end, doc)
                // «1963 - اندونيسيا تعلن …»: a year before the mark opens an entry of a chronology, not a dateline.
                let markBefore =
                    first > sentence.tokens.lowerBound && isDatelineMark(first - 1, doc)
                    && !(first - 2 >= sentence.tokens.lowerBound && doc.tokens[first - 2].kind == .number)
                guard markAfter || markBefore else { continue }
                if let k = doc.places.firstIndex(where: { $0.sentence == s && $0.tokens.lowerBound == first }) {
                    doc.places[k].isDateline = true
                    doc.places[k].isLocative = true
                } else {
                    let span = TextSpan(start: doc.tokens[first].span.start, end: doc.tokens[end - 1].span.end)
                    let place = PlaceMention(
                        span: span, tokens: first..<end, sentence: s, country: country, name: name, isLocative: true,
                        isDateline: true)
                    let k =
                        doc.places.firstIndex { ($0.sentence, $0.tokens.lowerBound) > (s, first) } ?? doc.places.count
                    doc.places.insert(place, at: k)
                }
                break
            }
        }
    }

    /// A gazetteer place, capital or country at token `t`: the token after it, its country and its name.
    private func placeAt(_ t: Int, limit: Int, _ doc: Document) -> (Int, String, String)? {
        if let m = gazetteer.lexicon.longestMatch(in: doc, at: t, limit: limit) {
            return (m.tokens.upperBound, gazetteer.places[m.entry].country, gazetteer.places[m.entry].name)
        }
        if let m = dictionary.lexicon.longestMatch(in: doc, at: t, limit: limit) {
            switch dictionary.entries[m.entry] {
            case .capital(let c), .state(let c):
                let span = TextSpan(start: doc.tokens[t].span.start, end: doc.tokens[m.tokens.upperBound - 1].span.end)
                return (m.tokens.upperBound, c, String(doc.text(of: span)))
            default: return nil
            }
        }
        return nil
    }

    /// «-», «–», «—», «(», «)», «:» or «/» at token `t` (compared as bytes: this runs near every sentence start).
    private func isDatelineMark(_ t: Int, _ doc: Document) -> Bool { Self.datelineMark(t, doc) != nil }

    /// The dateline mark at token `t`, if any, as its first byte: «-» (0x2D, also for «–» and «—»), «(», «)», «:»
    /// or «/». Read from the token's bytes, no text is made.
    static func datelineMark(_ t: Int, _ doc: Document) -> UInt8? {
        guard doc.tokens[t].kind == .punctuation else { return nil }
        if let mark = doc.dashOrBracket(t) { return mark }
        let r = doc.tokens[t].normalized
        guard r.count == 1 else { return nil }
        let b = doc.normalized[Int(r.lowerBound)]
        return b == 0x3A || b == 0x2F ? b : nil  // : /
    }
}
