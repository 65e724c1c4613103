public import MarsadCore
import MarsadText

/// Gives agents named without a country («الحكومة»، «قوات الأمن»، «وزير الخارجية») the country their story is
/// about: the one its actors and places name most often, the story's dateline counting double (ties: the first
/// named).
///
/// ```swift
/// // «كولومبو - …: قالت الشرطة …» then, in the same text, «مانيلا - …: قال وزير الداخلية …»
/// // → «الشرطة» LKACOP, «وزير الداخلية» PHLGOV
/// try HomeCountryResolver().process(&doc)
/// ```
///
/// A story starts at a dateline that is not the text's first one (with the headline line just before it):
/// news digests put several stories from several countries in one article, and a bare «الشرطة» belongs to
/// its own story's country. Unnamed gunmen and bombers («مسلحون»، «انتحاري»; ``Mention/isAnonymous``) keep no
/// country: where they come from is what the text does not say (CAMEO's `---REB`). News names the home country's officials without the country; an agent whose
/// country is unknown in a story about no country stays `---`.
public struct HomeCountryResolver: Stage {
    public let name = "ar.home-country.v1"
    public let requires: Set<Annotation> = [.sentences, .mentions, .places]
    public let provides: Set<Annotation> = [.mentions]

    /// How much a story's dateline weighs against one mention of a country.
    static let datelineWeight = 2

    public init() {}

    public func process(_ document: inout Document) throws(MarsadError) {
        resolveCoalitions(&document)
        resolveOrganizations(&document)
        // NB: the stories are found once for both steps (they depend on the places and sentences, not on the
        // mentions the steps change).
        guard
            document.mentions.contains(where: { ($0.kind == .bareAgent && $0.actor.country == nil) || $0.isNationality }
            )
        else {
            dropLoyalties(&document)
            return
        }
        resolvePlaceGenitives(&document)
        let stories = storyStarts(document, try NewsAgencies.bundled())
        resolveTitles(&document, stories.starts)
        resolveHomes(&document, stories)
        dropLoyalties(&document)
    }

    /// «قوات الاحتلال»، «جنود الاحتلال»، «سلطات الاحتلال» in a story about the Palestinian territories are Israel's,
    /// not the home country's: the occupier of a home country, by that country.
    static let occupiers = ["PSE": "ISR"]
    /// The stem «احتلال» (occupation), with or without the article and prepositions.
    static let occupation = FormHash.hash(FoldedText.fold("احتلال"))

    /// Whether a mention is an agent of «the occupation» («قوات الاحتلال»، «للاحتلال»).
    func occupies(_ m: Mention, _ document: Document) -> Bool {
        for t in m.tokens {
            let r = document.tokens[t].candidates
            for c in Int(r.lowerBound)..<Int(r.upperBound) where document.candidates[c].hash == Self.occupation {
                return true
            }
        }
        return false
    }

    /// The coalition fighting in a country since a date, by that country: a bare «التحالف» in a text that names no
    /// coalition, in a story about Yemen from 26 March 2015, is the Saudi-led coalition (SAUMIL); in Iraq or Syria
    /// from 8 August 2014 the US-led one (USAMIL). The country of the coalition's leader, by the home country.
    static let theatres: [String: (leader: String, since: CalendarDate)] = [
        "YEM": ("SAU", CalendarDate(year: 2015, month: 3, day: 26)),
        "IRQ": ("USA", CalendarDate(year: 2014, month: 8, day: 8)),
        "SYR": ("USA", CalendarDate(year: 2014, month: 9, day: 23)),
    ]

    /// The leader of the coalition a bare «التحالف» names in a story about `home` (see `theatres`).
    func theatreCoalition(_ m: Mention, home: String, _ document: Document) -> String? {
        guard m.actor.sector == "MIL", let theatre = Self.theatres[home], let published = document.published,
            published >= theatre.since, isBareCoalition(m, document)
        else { return nil }
        return theatre.leader
    }

    /// The country a bare agent of a story about `home` belongs to: the occupier's for «قوات الاحتلال» (`occupiers`),
    /// the leader of the war's coalition for a bare «التحالف» (`theatres`), else the home country.
    func country(of m: Mention, home: String, _ document: Document) -> String {
        if let occupier = Self.occupiers[home], occupies(m, document) { return occupier }
        return theatreCoalition(m, home: home, document) ?? home
    }

    /// Civilians or refugees told by their nationality («مقيم باكستاني الجنسية») or counted by a number right before
    /// them («16 حاجا ماليزيا»).
    func isCountedForeigner(_ m: Mention, _ doc: Document) -> Bool {
        guard m.actor.sector == "CVL" || m.actor.sector == "REF" else { return false }
        if m.isNationality { return true }
        let t = m.tokens.lowerBound - 1
        return t >= 0 && doc.tokens[t].kind == .number
    }

    /// Gives each bare agent its own story's home country.
    func resolveHomes(_ document: inout Document, _ stories: (starts: [Int], unplaced: [Int: Set<String>])) {
        guard
            document.mentions.contains(where: { ($0.kind == .bareAgent && $0.actor.country == nil) || $0.isNationality }
            )
        else { return }
        let (starts, unplaced) = stories
        var story = 0
        var m = 0
        var p = 0
        while story < starts.count {
            let end = story + 1 < starts.count ? starts[story + 1] : Int.max
            // The countries in the order the story first names them, with their weights. NB: a list, not a
            // dictionary: a story names a handful of countries, and hashing each name cost more than the search.
            var tallies: [(country: String, weight: Int)] = []
            func count(_ country: String?, _ weight: Int) {
                guard let country else { return }
                if let k = tallies.firstIndex(where: { $0.country == country }) {
                    tallies[k].weight += weight
                } else {
                    tallies.append((country, weight))
                }
            }
            // A dateline place the gazetteer does not know or leaves ambiguous («بيني (الكونغو)») is the country
            // the story names with the same word («جمهورية الكونغو الديمقراطية»).
            let datelineWords = unplaced.reduce(into: Set<String>()) { words, line in
                if line.key >= starts[story] && line.key < end { words.formUnion(line.value) }
            }
            // Counts as the dateline once, on top of its own mentions.
            var named: Set<String> = []
            func datelineCountry(_ country: String) {
                if named.insert(country).inserted { count(country, Self.datelineWeight) }
            }
            // Places outside the text (the input's dateline field, sentence -1) belong to the first story.
            while p < document.places.count, document.places[p].sentence < end {
                let place = document.places[p]
                if !datelineWords.isEmpty, names(place.tokens, datelineWords, document) {
                    datelineCountry(place.country)
                }
                if place.isDateline {
                    count(place.country, Self.datelineWeight)
                } else if place.isLocative {
                    count(place.country, 1)
                }
                p += 1
            }
            let firstMention = m
            while m < document.mentions.count, document.mentions[m].sentence < end {
                let mention = document.mentions[m]
                if !datelineWords.isEmpty, mention.kind != .bareAgent, !mention.hasFixedCountry,
                    let country = mention.actor.country,
                    names(mention.tokens, datelineWords, document)
                {
                    datelineCountry(country)
                }
                // NB: a named university or institute abroad («جامعة أكسفورد») is a partner or a source of expertise
                // in a story about home; it does not make the story its country's.
                // Nor does a collective of one fixed country («المستوطنون» ISR in a story about Palestine). An office that
                // exists in one country only («أمير منطقة»: SAU) makes the story its country's only when no other
                // country is named (weight 0): a foreign minister received by «خادم الحرمين الشريفين» stays foreign.
                // Nor do people counted by number with their nationality («16 حاجا ماليزيا»، «3 عمال باكستانيين»), or
                // told by it («باكستاني الجنسية»): travellers and workers are where the story happens, not whose it is.
                // Nor do a group's members named by a pronoun («عناصره»): the group's name counted already.
                if mention.kind != .bareAgent && mention.kind != .reference && mention.actor.organization == nil
                    && !mention.isMembers
                    && !(mention.actor.sector == "EDU" && mention.name != nil)
                    && (!mention.hasFixedCountry || mention.isOffice)
                    && !isCountedForeigner(mention, document)
                {
                    count(mention.actor.country, mention.hasFixedCountry ? 0 : 1)
                }
                m += 1
            }
            // The heaviest; of equals, the first named.
            var home: String?
            var heaviest = Int.min
            for tally in tallies where tally.weight > heaviest {
                home = tally.country
                heaviest = tally.weight
            }
            if let home {
                // NB: also the holder of such an office called by the name the article gave him («الغفيص»).
                for i in firstMention..<m
                where
                    (document.mentions[i].kind == .bareAgent
                    || (document.mentions[i].kind == .person && document.mentions[i].isOffice))
                    && document.mentions[i].actor.country == nil && !document.mentions[i].isAnonymous
                {
                    if let told = toldNationality(i, from: firstMention, document) {
                        document.mentions[i].actor.country = told
                        document.mentions[i].isNationality = true
                        continue
                    }
                    document.mentions[i].actor.country = country(of: document.mentions[i], home: home, document)
                }
                for i in firstMention..<m where document.mentions[i].isNationality {
                    document.mentions[i].storyHome = home
                }
            }
            story += 1
        }
    }

    /// A bare agent whose words tell whose it is takes that country before the story's home country is given:
    /// - a title the story gave before, in apposition after a known person's name («الأمير محمد بن نايف بن عبدالعزيز
    ///   ولي العهد … وعبر ولي العهد» → SAU): the nearest such person before it. Only titles of two words or more
    ///   («الرئيس» is also the head of «رئيس الوزراء الإسرائيلي»), and not a title before the name with its country's
    ///   adjective («وزير الخارجية الألماني شتاينماير … وقال وزير الخارجية»: the writer's own country's minister);
    /// - a noun in construct state sharing the genitive of the noun coordinated with it («باسم شعب وحكومة المملكة
    ///   العربية السعودية»، «حكومة وشعب جمهورية كولومبيا»), or with «جمهورية»/«مملكة»… before the state («شعب دولة
    ///   الكويت»);
    /// - a title, a name, and the same title of a country («الرئيس خوان مانويل سانتوس رئيس جمهورية كولومبيا»).
    /// «تنفيذ حكم القتل في جانيين إثيوبيين … تمكنت سلطات الأمن من القبض على الجانيين»: people named again with the
    /// article by the word that first named them with a nationality are those people, of that country (not the
    /// story's). Only when the story told one nationality for that word. NB: not citizens («المواطنين»), who are
    /// mostly the home country's people in general.
    func toldNationality(_ i: Int, from first: Int, _ document: Document) -> String? {
        let m = document.mentions[i]
        // NB: people named by nationality are rare: without one before, the stems need not be made.
        guard m.actor.sector == "CVL", m.actor.organization == nil, let head = m.tokens.first,
            document.mentions[first..<i].contains(where: \.isNationality), document.writesArticle(head)
        else { return nil }
        let stems = bareStems(head, document)
        guard !stems.contains(where: { $0.starts(with: Self.citizen) }) else { return nil }
        func same(_ a: Set<[UInt8]>) -> Bool {
            a.contains { x in
                stems.contains { y in
                    x == y || (min(x.count, y.count) >= 6 && (x.starts(with: y) || y.starts(with: x)))
                }
            }
        }
        var found: String?
        for j in first..<i {
            let n = document.mentions[j]
            guard n.isNationality, n.actor.sector == "CVL", let country = n.actor.country, let t = n.tokens.first,
                same(bareStems(t, document))
            else { continue }
            if let f = found, f != country { return nil }
            found = country
        }
        return found
    }

    /// «مواطن»: a citizen (see `toldNationality`).
    static let citizen: [UInt8] = Array("مواطن".utf8)

    /// The stems of a word without article or pronoun suffix. Two words name the same people when a stem of one is a
    /// stem of the other or begins it, three letters or more («جان» and «الجاني»، «وافدين» and «الوافدين»).
    private func bareStems(_ t: Int, _ doc: Document) -> Set<[UInt8]> {
        var out: Set<[UInt8]> = []
        let r = doc.tokens[t].candidates
        for c in Int(r.lowerBound)..<Int(r.upperBound) where doc.candidates[c].encliticLength == 0 {
            var bytes = Array(
                doc.normalized[Int(doc.candidates[c].stem.lowerBound)..<Int(doc.candidates[c].stem.upperBound)])
            if bytes.starts(with: Self.articleBytes) { bytes.removeFirst(Self.articleBytes.count) }
            out.insert(bytes)
        }
        return out
    }

    static let articleBytes: [UInt8] = Array("ال".utf8)

    func resolveTitles(_ document: inout Document, _ starts: [Int]) {
        let doc = document
        let mentions = doc.mentions
        // The story of each sentence (`starts`: the sentence each story starts at; a digest's stories have their
        // own titles). NB: a table, not a search per call: the look back over earlier mentions asks for every one.
        var storyOf = [Int](repeating: 0, count: doc.sentences.count)
        for (k, start) in starts.enumerated() where start >= 0 && start < storyOf.count {
            for s in start..<storyOf.count { storyOf[s] = k }
        }
        func story(_ sentence: Int) -> Int {
            sentence >= 0 && sentence < storyOf.count ? storyOf[sentence] : (starts.lastIndex { $0 <= sentence } ?? 0)
        }
        // NB: the analyses compared in place: a `Set` per token made this the stage's costliest step.
        func same(_ a: Int, _ b: Int) -> Bool {
            let ra = doc.tokens[a].candidates
            let rb = doc.tokens[b].candidates
            for i in Int(ra.lowerBound)..<Int(ra.upperBound) {
                let h = doc.candidates[i].hash
                for j in Int(rb.lowerBound)..<Int(rb.upperBound) where doc.candidates[j].hash == h { return true }
            }
            return false
        }
        func isDefinite(_ t: Int) -> Bool {
            let r = doc.tokens[t].candidates
            return (Int(r.lowerBound)..<Int(r.upperBound)).contains { doc.candidates[$0].proclitics.contains(.al) }
        }
        // «الإيراني»، «السعودية»: a definite word ending in «ي»/«ية», the shape of a country's adjective.
        func looksLikeNisba(_ t: Int) -> Bool {
            let r = doc.tokens[t].normalized
            let bytes = doc.normalized[Int(r.lowerBound)..<Int(r.upperBound)]
            guard bytes.count >= 6, bytes.starts(with: Self.article) else { return false }
            let last = bytes.suffix(2)
            if last.elementsEqual(Self.ya) { return true }
            return (last.elementsEqual(Self.ha) || last.elementsEqual(Self.taMarbuta))
                && bytes.dropLast(2).suffix(2).elementsEqual(Self.ya)
        }
        func known(_ m: Mention) -> Bool { (m.kind == .agent || m.kind == .person) && m.actor.country != nil }
        // Right to left, so that a chain of nouns in construct («حكومة وشعب جمهورية كولومبيا») passes the genitive on.
        for i in mentions.indices.reversed() where mentions[i].kind == .bareAgent && mentions[i].actor.country == nil {
            let m = mentions[i]
            guard !m.isAnonymous, i + 1 < mentions.count, mentions[i + 1].sentence == m.sentence,
                !isDefinite(m.tokens.lowerBound)
            else { continue }
            let next = document.mentions[i + 1]
            let gap = m.tokens.upperBound..<next.tokens.lowerBound
            if gap.isEmpty, next.leadingClitics.contains(.wa), next.kind != .state, let country = next.actor.country {
                document.mentions[i].actor.country = country
            } else if gap.count == 1, next.kind == .state, next.leadingClitics.isEmpty,
                Self.statehood.contains(doc.formHash(gap.lowerBound))
            {
                document.mentions[i].actor.country = next.actor.country
            }
        }
        // For each one-word title with the article that names no country, the last earlier person named with that
        // word in his mention («الملك» in «خادم الحرمين الشريفين الملك سلمان»). NB: one pass forward with the last
        // such person per word form: a look back over all mentions for each title went quadratic on long texts.
        var namedWithTitle: [Int: Int] = [:]
        var lastNamed: [UInt64: Int] = [:]
        for (i, m) in mentions.enumerated() {
            if m.kind == .bareAgent, m.actor.country == nil, m.tokens.count == 1, m.isOffice,
                isDefinite(m.tokens.lowerBound)
            {
                let r = doc.tokens[m.tokens.lowerBound].candidates
                var best = -1
                for c in Int(r.lowerBound)..<Int(r.upperBound) {
                    if let j = lastNamed[doc.candidates[c].hash], j > best { best = j }
                }
                if best >= 0 { namedWithTitle[i] = best }
            }
            guard m.kind == .person || (m.kind == .agent && m.name != nil), m.actor.country != nil, m.tokens.count > 1
            else { continue }
            for t in m.tokens {
                let r = doc.tokens[t].candidates
                for c in Int(r.lowerBound)..<Int(r.upperBound) { lastNamed[doc.candidates[c].hash] = i }
            }
        }
        for i in mentions.indices where mentions[i].kind == .bareAgent && document.mentions[i].actor.country == nil {
            let m = mentions[i]
            guard !m.isAnonymous else { continue }
            var country: String? = nil
            if i + 1 < mentions.count, mentions[i + 1].sentence == m.sentence, known(mentions[i + 1]) {
                let next = mentions[i + 1]
                let gap = m.tokens.upperBound..<next.tokens.lowerBound
                if !gap.isEmpty, gap.count <= 4, m.isOffice, next.leadingClitics.isEmpty,
                    isDefinite(m.tokens.lowerBound), same(m.tokens.lowerBound, next.tokens.lowerBound),
                    gap.allSatisfy({ doc.tokens[$0].kind == .word && !Self.functionWords.contains(doc.formHash($0)) })
                {
                    country = next.actor.country
                }
            }
            // «الأمير محمد بن سلمان ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع»: a long title (three words
            // or more) right after a named person, with no word or «و» between, is his too, in apposition: his country,
            // not the story's (a Saudi prince's titles in a story about Egypt).
            if country == nil, m.isOffice, m.tokens.count >= 3, m.leadingClitics.isEmpty, i > 0 {
                let before = mentions[i - 1]
                if before.sentence == m.sentence, before.tokens.upperBound == m.tokens.lowerBound,
                    before.kind == .person || (before.kind == .agent && before.name != nil),
                    let c = before.actor.country
                {
                    country = c
                }
            }
            if country == nil, m.tokens.count >= 2, m.isOffice {
                let own = story(m.sentence)
                let earlier = mentions[..<i].last { e in
                    guard e.kind == .person || (e.kind == .agent && e.name != nil), e.actor.country != nil,
                        e.tokens.count > m.tokens.count,
                        story(e.sentence) == own
                    else { return false }
                    // After the name, not before it (where a title carries its country's adjective), and not
                    // followed by an adjective of its own («نائب وزير الخارجية الإيراني»).
                    guard e.tokens.upperBound - m.tokens.count > e.tokens.lowerBound else { return false }
                    return ((e.tokens.lowerBound + 1)...(e.tokens.upperBound - m.tokens.count)).contains { start in
                        let end = start + m.tokens.count
                        return zip(m.tokens, start..<end).allSatisfy { same($0.0, $0.1) }
                            && (end == e.tokens.upperBound || !looksLikeNisba(end))
                    }
                }
                if let earlier {
                    document.mentions[i].actor = earlier.actor
                    document.mentions[i].name = earlier.name
                    continue
                }
            }
            // «بعث خادم الحرمين الشريفين الملك سلمان … برقية … وأعرب الملك عن …»: a one-word title with the article is
            // the last person of the story named with that title (not the story's home: a Saudi king in a story about
            // Tunisia; see `namedWithTitle`).
            if country == nil, let j = namedWithTitle[i], story(mentions[j].sentence) == story(m.sentence) {
                document.mentions[i].actor = mentions[j].actor
                document.mentions[i].name = mentions[j].name
                continue
            }
            // «أعلنت وزارة الدفاع الأمريكية … وأوضحت الوزارة»: a ministry or an embassy named again by its head noun
            // alone is the last one the story named in full, of that one's country (not the story's home).
            if country == nil, m.tokens.count == 1, let heads = Self.bodiesNamedAgain[doc.formHash(m.tokens.lowerBound)]
            {
                let own = story(m.sentence)
                country =
                    mentions[..<i].last { e in
                        e.kind == .agent && e.actor.country != nil && e.tokens.count >= 2 && story(e.sentence) == own
                            && heads.contains(doc.formHash(e.tokens.lowerBound))
                    }?.actor.country
            }
            if let country { document.mentions[i].actor.country = country }
        }
    }

    /// «الوزارة»، «السفارة» with the clitics a noun takes, to the forms that open the body's full name («وزارة
    /// الخارجية الأمريكية»، «سفارة الولايات المتحدة»).
    static let bodiesNamedAgain: [UInt64: Set<UInt64>] = {
        var out: [UInt64: Set<UInt64>] = [:]
        for noun in ["وزارة", "سفارة"] {
            let full = FormHash.folded(["", "و", "ل", "ب", "ول", "وب"].map { $0 + noun })
            for clitic in ["", "و", "ف", "ل", "ب", "ول", "وب"] {
                let again = clitic.hasSuffix("ل") ? clitic + "ل" + noun : clitic + "ال" + noun
                out[FormHash.hash(FoldedText.fold(again))] = full
            }
        }
        return out
    }()

    /// «أمين منطقة الباحة»، «مدير شرطة منطقة جازان»، «مدير الشرطة بمحافظة جدة»، «سكان جدة»: a bare agent in the
    /// construct state before a city or region of the gazetteer — right after it, or after a place noun («منطقة»،
    /// «محافظة»، «مدينة» …, also with «بـ») — is that place's country's, whatever country the story is about (a Saudi
    /// region's mayor in a story about Yemen). The place must follow with no preposition of its own («القنصلية بجدة»
    /// may be another country's consulate).
    func resolvePlaceGenitives(_ document: inout Document) {
        var placeAt: [Int: Int] = [:]
        placeAt.reserveCapacity(document.places.count)
        for (k, p) in document.places.enumerated() where p.sentence >= 0 && !p.isDateline && !p.tokens.isEmpty {
            placeAt[p.tokens.lowerBound] = k
        }
        guard !placeAt.isEmpty else { return }
        let doc = document
        // NB: the span against the gazetteer's name, not an analysis: a place written with a proclitic («بجدة»،
        // «وجدة») is longer than its name.
        func genitive(at t: Int, _ sentence: Int) -> String? {
            guard let k = placeAt[t] else { return nil }
            let place = doc.places[k]
            guard place.sentence == sentence, doc.text(of: place.span).utf8.count == place.name.utf8.count else {
                return nil
            }
            return place.country
        }
        for i in doc.mentions.indices {
            let m = doc.mentions[i]
            guard m.kind == .bareAgent, m.actor.country == nil, !m.isAnonymous else { continue }
            let end = m.tokens.upperBound
            guard end + 1 < doc.tokens.count else { continue }
            // NB: a word with the article takes no genitive: «وهنأ مجلس الوزراء جمهورية مصر العربية» is its object.
            let direct = doc.writesArticle(end - 1, prepositions: true) ? nil : genitive(at: end, m.sentence)
            if let country = direct ?? (isPlaceNoun(end, doc) ? genitive(at: end + 1, m.sentence) : nil) {
                document.mentions[i].actor.country = country
            }
        }
    }

    /// Whether token `t` is a place noun («منطقة»، «محافظة» …), bare or with «بـ».
    func isPlaceNoun(_ t: Int, _ doc: Document) -> Bool {
        guard doc.tokens[t].kind == .word else { return false }
        let r = doc.tokens[t].candidates
        for c in Int(r.lowerBound)..<Int(r.upperBound) {
            let candidate = doc.candidates[c]
            if candidate.encliticLength == 0, candidate.proclitics.isSubset(of: [.bi]),
                Self.placeNouns.contains(candidate.hash)
            {
                return true
            }
        }
        return false
    }

    /// Nouns that head a place's name in the construct state: «منطقة الرياض»، «محافظة جدة».
    static let placeNouns = FormHash.folded(["منطقة", "محافظة", "مدينة", "ولاية", "إمارة", "امارة", "إقليم", "مقاطعة"])

    static let article: [UInt8] = Array("ال".utf8)
    static let ya: [UInt8] = Array("ي".utf8)
    static let ha: [UInt8] = Array("ه".utf8)
    static let taMarbuta: [UInt8] = Array("ة".utf8)

    /// «جمهورية»، «مملكة»، «سلطنة»، «دولة»، «إمارة» between a noun and the state it belongs to («شعب جمهورية كولومبيا»).
    static let statehood = FormHash.folded(["جمهورية", "مملكة", "سلطنة", "دولة", "إمارة", "امارة"])

    /// Words that end a name: a title, a name and the same title of a country have none between them.
    static let functionWords = FormHash.folded([
        "في", "من", "الى", "إلى", "على", "عن", "مع", "ضد", "ان", "أن", "إن", "التي", "الذي", "قد", "امس", "أمس",
        "اليوم", "بعد", "قبل", "خلال", "لدى", "بين", "و",
    ])

    /// A bare «التحالف» («طائرات التحالف»، «طيران التحالف»; not «التحالف الوطني») is the coalition the same text names in full
    /// («التحالف الدولي ضد داعش» USAMIL, «التحالف العربي بقيادة السعودية» SAUMIL): the nearest one named before
    /// it, else the first named after it. A text that names no coalition leaves it to the home country.
    /// Whether a mention ends in «التحالف» with no word after it that makes it another alliance («التحالف الوطني»).
    func isBareCoalition(_ m: Mention, _ document: Document) -> Bool {
        guard let last = m.tokens.last, Self.coalitionWords.contains(document.formHash(last)) else { return false }
        return
            !(m.tokens.upperBound < document.tokens.count
            && Self.allianceAdjectives.contains(document.formHash(m.tokens.upperBound)))
    }

    func resolveCoalitions(_ document: inout Document) {
        let named = document.mentions.indices.filter { i in
            document.mentions[i].kind != .bareAgent && document.mentions[i].actor.sector == "MIL"
                && document.mentions[i].actor.country != nil
                && (document.mentions[i].name?.contains("coalition") ?? false)
        }
        guard let firstNamed = named.first else { return }
        for i in document.mentions.indices
        where document.mentions[i].kind == .bareAgent && document.mentions[i].actor.country == nil
            && document.mentions[i].actor.sector == "MIL"
            && isBareCoalition(document.mentions[i], document)
        {
            let from = named.last { $0 < i } ?? firstNamed
            document.mentions[i].actor = document.mentions[from].actor
            document.mentions[i].name = document.mentions[from].name
        }
    }

    /// «انفصاليون موالون لروسيا»، «القوات الموالية للحكومة»، «وسائل إعلام مؤيدة للحكومة»: the actor after a word of
    /// loyalty and «لـ» only says whose side a group is on, so it is neither source nor target of the sentence's
    /// act. It is dropped once it has told which country the story is about («المتشددين الموالين لحركة طالبان»).
    func dropLoyalties(_ document: inout Document) {
        // NB: the indices are found first, reading the document, and removed after: removing while a closure read a
        // copy of the document copied every mention of every document.
        let doc = document
        let loyal = doc.mentions.map { m in
            let t = m.tokens.lowerBound
            guard t > 0, doc.tokens[t - 1].kind == .word, m.leadingClitics.contains(.li) else { return false }
            return Self.loyalTo.contains(doc.formHash(t - 1))
        }
        guard loyal.contains(true) else { return }
        document.mentions = zip(doc.mentions, loyal).filter { !$0.1 }.map(\.0)
    }

    /// Words of loyalty or support for a side (hashes of the folded forms).
    static let loyalTo = FormHash.folded(
        [
            "موال", "موالي", "موالية", "موالون", "موالين", "مؤيد", "مؤيدة", "مؤيدون", "مؤيدين", "مناصر", "مناصرة",
            "مناصرون", "مناصرين",
        ]
        .flatMap { [$0, "ال" + $0] })

    /// «التنظيم» (singular) inside a rebel agent («التنظيم الإرهابي»، «عناصر التنظيم»، «زعيم التنظيم») is the armed
    /// organization the same text names: an international one («داعش»، «القاعدة») or one named «تنظيم …»; the nearest
    /// named before it, else the first named after it. It is not the home country's rebels (ISIS in a story about
    /// Turkey is no `TURREB`). The plural «التنظيمات الإرهابية» is generic and names no country (`---REB`; see
    /// agents.ar.txt). A text that names no such organization leaves it to the home country.
    func resolveOrganizations(_ document: inout Document) {
        let named = document.mentions.indices.filter { i in
            let kind = document.mentions[i].kind
            guard kind != .bareAgent && kind != .reference else { return false }
            return document.mentions[i].actor.organization?.hasPrefix("IMG") == true
                || (document.mentions[i].actor.sector == "REB"
                    && document.mentions[i].tokens.contains { hasStem($0, Self.tanzim, document) })
        }
        guard let firstNamed = named.first else { return }
        for i in document.mentions.indices
        where document.mentions[i].kind == .bareAgent && document.mentions[i].actor.country == nil
            && document.mentions[i].actor.sector == "REB"
            && document.mentions[i].tokens.contains(where: { Self.organizationWords.contains(document.formHash($0)) })
        {
            let from = named.last { $0 < i } ?? firstNamed
            document.mentions[i].actor = document.mentions[from].actor
            document.mentions[i].name = document.mentions[from].name
        }
    }

    /// «التنظيم» with the proclitics a noun takes.
    static let organizationWords = FormHash.folded([
        "التنظيم", "والتنظيم", "فالتنظيم", "للتنظيم", "وللتنظيم", "بالتنظيم",
    ])
    /// «تنظيم» as the stem of a word («تنظيم»، «التنظيم»، «لتنظيم»).
    static let tanzim = FormHash.hash(FoldedText.fold("تنظيم"))

    /// «التحالف» with the proclitics a noun takes.
    static let coalitionWords = FormHash.folded(["التحالف", "والتحالف", "فالتحالف", "للتحالف", "وللتحالف", "بالتحالف"])

    /// «التحالف الوطني» (Iraq's ruling bloc), «التحالف الكردستاني»: a political alliance, no military coalition.
    static let allianceAdjectives = FormHash.folded([
        "الوطني", "الشيعي", "الكردستاني", "الكردي", "السني", "المدني", "الحاكم", "الانتخابي", "الديمقراطي",
        "المعارض", "الاسلامي", "الحزبي",
    ])

    /// Whether one analysis of a token has `stem` («التنظيم»: «ال» + «تنظيم»).
    private func hasStem(_ token: Int, _ stem: UInt64, _ doc: Document) -> Bool {
        let r = doc.tokens[token].candidates
        return (Int(r.lowerBound)..<Int(r.upperBound)).contains { doc.candidates[$0].hash == stem }
    }

    /// True when one of the tokens is one of the (folded) words.
    private func names(_ tokens: Range<Int>, _ words: Set<String>, _ doc: Document) -> Bool {
        tokens.contains { words.contains(FoldedText.fold(doc.text(of: doc.tokens[$0].span))) }
    }
}
