import MarsadCore
import MarsadText

extension HomeCountryResolver {
    /// The most words a dateline's place may have before its mark («بيني (الكونغو)»، «سان خوسيه»).
    static let datelinePlaceWords = 5

    /// The first sentence of each story: 0, then each later dateline's sentence, or the line before it when
    /// that line is a headline (it starts a line and so does the dateline). A dateline is a sentence with a
    /// dateline place (``PlaceFinder``) or a line shaped like one: a short place, a mark and a news agency
    /// («بيني (الكونغو) - د.ب.أ:»), even when its place is unknown or ambiguous. Also gives, for each such
    /// line with no known place, the folded words of its place.
    func storyStarts(_ doc: Document, _ agencies: NewsAgencies) -> (starts: [Int], unplaced: [Int: Set<String>]) {
        var datelines = Set(doc.places.lazy.filter { $0.isDateline && $0.sentence >= 0 }.map(\.sentence))
        var unplaced: [Int: Set<String>] = [:]
        for s in doc.sentences.indices where doc.sentences[s].startsLine && !datelines.contains(s) {
            guard let place = agencyDateline(doc.sentences[s].tokens, doc, agencies) else { continue }
            datelines.insert(s)
            unplaced[s] = Set(
                place.filter { doc.tokens[$0].kind == .word }.map { FoldedText.fold(doc.text(of: doc.tokens[$0].span)) }
            )
        }
        var starts = [0]
        for dateline in datelines.sorted().dropFirst() {
            var s = dateline
            if s > 0, doc.sentences[s].startsLine, doc.sentences[s - 1].startsLine { s -= 1 }
            if s > starts.last! { starts.append(s) }
        }
        let topics = topicStarts(doc)
        if !topics.isEmpty { starts = Array(Set(starts).union(topics)).sorted() }
        return (starts, unplaced)
    }

    /// Sentences after the first that open with «وفي» and a place, then a comma («وفي العراق، قتل …»): a news
    /// digest turning to another country with no dateline of its own. The story that starts there has its own home
    /// country.
    func topicStarts(_ doc: Document) -> [Int] {
        var out: [Int] = []
        for place in doc.places where place.sentence > 0 && place.isLocative && !place.isDateline {
            let first = doc.sentences[place.sentence].tokens.lowerBound
            guard place.tokens.lowerBound == first + 1, place.tokens.upperBound < doc.tokens.count,
                doc.isComma(place.tokens.upperBound), Self.andIn == doc.formHash(first),
                out.last != place.sentence
            else { continue }
            out.append(place.sentence)
        }
        return out
    }

    /// «وفي» (and in).
    static let andIn = FormHash.hash(FoldedText.fold("وفي"))

    /// True when the sentence opens with one to ``datelinePlaceWords`` words, a dash, colon or parenthesis,
    /// then a listed agency (quoted or not, «أثينا - «الشرق الأوسط»:») followed by a colon, or in parentheses
    /// followed by a dash («بيروت (رويترز) -»).
    /// Returns the tokens before the agency's mark (the place), nil for no such dateline.
    func agencyDateline(_ tokens: Range<Int>, _ doc: Document, _ agencies: NewsAgencies) -> Range<Int>? {
        // NB: most lines have no mark near their start: bytes first, no text is made for them.
        let head = tokens.lowerBound..<min(tokens.upperBound, tokens.lowerBound + 2 * Self.datelinePlaceWords + 2)
        guard head.contains(where: { Self.opensAgency($0, doc) }) else { return nil }
        var words = 0
        var t = tokens.lowerBound
        while t < tokens.upperBound, words <= Self.datelinePlaceWords {
            let token = doc.tokens[t]
            if token.kind != .punctuation {
                words += 1
            } else if words > 0, Self.opensAgency(t, doc),
                agencyEnds(after: t + 1, tokens.upperBound, doc, agencies)
            {
                return tokens.lowerBound..<t
            }
            t += 1
        }
        return nil
    }

    /// True when a listed agency starts at `t` (after opening quotes or a parenthesis) and a colon or a dash
    /// follows it (after closing quotes or a parenthesis).
    private func agencyEnds(after start: Int, _ end: Int, _ doc: Document, _ agencies: NewsAgencies) -> Bool {
        var t = start
        while t < end, doc.tokens[t].kind == .punctuation, Self.quotes.contains(doc.text(of: doc.tokens[t].span)) {
            t += 1
        }
        // The name's key grows word by word; a word that starts no listed name ends the search.
        var key = ""
        var words = 0
        // «أ.ف.ب» may be one token or five: count letters' tokens, not dots.
        while t < end, words < agencies.maxWords * 3 {
            let token = doc.tokens[t]
            let text = doc.text(of: token.span)
            if token.kind == .word {
                key += NewsAgencies.key(text)
                words += 1
                guard agencies.prefixes.contains(key) else { return false }
            } else if text != "." {
                break
            }
            t += 1
            if token.kind == .word, agencies.keys.contains(key), closes(at: t, end, doc) { return true }
        }
        return false
    }

    /// A colon at `t` after closing quotes («د.ب.أ:»، «الشرق الأوسط»:»), or a colon or a dash after a closing
    /// parenthesis («(رويترز) -»). NB: a dash right after the name is no dateline: «لوكالة - رويترز - إن».
    private func closes(at start: Int, _ end: Int, _ doc: Document) -> Bool {
        var t = start
        var parenthesis = false
        while t < end, doc.tokens[t].kind == .punctuation {
            let text = doc.text(of: doc.tokens[t].span)
            if text == ":" || (parenthesis && Self.dashes.contains(text)) { return true }
            guard Self.quotes.contains(text) else { return false }
            if text == ")" { parenthesis = true }
            t += 1
        }
        return false
    }

    /// Whether token `t` is a mark after a dateline's place: «-», «–», «—», «:» or «(» (``PlaceFinder``'s dateline
    /// marks without «)» and «/»).
    static func opensAgency(_ t: Int, _ doc: Document) -> Bool {
        guard let mark = PlaceFinder.datelineMark(t, doc) else { return false }
        return mark == 0x2D || mark == 0x3A || mark == 0x28
    }

    /// Quotes and parentheses around an agency's name.
    static let quotes: Set<Substring> = ["«", "»", "\"", "(", ")", "“", "”"]

    /// Dashes that may follow an agency in parentheses.
    static let dashes: Set<Substring> = ["-", "–", "—"]
}
