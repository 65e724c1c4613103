public import MarsadCore
import MarsadText

/// Finds actor mentions: dictionary phrases composed into titled, located actors.
///
/// ```swift
/// // «قائد قوى الأمن الداخلي الإيراني أحمد رضا رادان» → one mention, IRNCOP, name «أحمد رضا رادان»
/// // «الولايات المتحدة وبريطانيا» → two mentions, USA and GBR, the second coordinated
/// try MentionFinder(dictionary: .bundled()).process(&doc)
/// ```
///
/// How a mention is composed (see the DocC article): adjacent dictionary items form one chain — agents
/// (titles and bodies), then a demonym («الإيراني») or a country in the genitive («حكومة إيران») or after
/// «في» («المسؤولون في كييف»), then a person's name, also after a comma. The sector comes from the last
/// body in the chain, else the last title; a dated office-holder outside the dates of the role keeps only
/// the country. A word carrying the proclitic و starts a new, coordinated mention. «في» + a country or
/// capital is a place, not an actor. «الجانبان» and the like stand for the last two actors named.
public struct MentionFinder: Stage {
    public let name = "ar.actors.v1"
    public let requires: Set<Annotation> = [.tokens, .words, .sentences]
    public let provides: Set<Annotation> = [.mentions, .places]

    public let dictionary: ActorDictionary

    public init(dictionary: ActorDictionary) {
        self.dictionary = dictionary
    }

    static let fi = FormHash.hash(FoldedText.fold("في"))
    /// Words for a part of a country between «في» and its name («في شمال العراق»، «بجنوب لبنان»).
    static let regions = Set(
        ["شمال", "جنوب", "شرق", "غرب", "وسط", "شمالي", "جنوبي", "شرقي", "غربي", "أنحاء", "ارجاء", "أراضي", "داخل"].map {
            FormHash.hash(FoldedText.fold($0))
        })
    static let min = FormHash.hash(FoldedText.fold("من"))
    /// «الجنسية» and its common misspelling «لجنسية» after a demonym («سعودي الجنسية»).
    static let nationalityForms = FormHash.folded(["الجنسية", "لجنسية"])
    /// The words between people and «الجنسية» + a demonym: «من» (of), «يحمل» (holding) and its forms.
    static let ofNationality = FormHash.folded(["من", "يحمل", "يحملون", "يحملان", "تحمل", "يحملن", "حامل", "حاملي"])
    static let inTheNameOf = FormHash.hash(FoldedText.fold("باسم"))
    /// «بجمهورية»، «بمملكة»، «بدولة»، «بسلطنة»: «بـ» and the word a state's full name starts with.
    static let withStatehood = FormHash.folded(["بجمهورية", "بمملكة", "بدولة", "بسلطنة"])
    /// «التابع لـ»: belonging to.
    static let affiliated = FormHash.folded([
        "التابع", "التابعة", "التابعين", "التابعون", "التابعتين", "تابع", "تابعة", "تابعين", "تابعون",
    ])

    struct Item {
        var tokens: Range<Int>
        var entry: ActorEntry
        var proclitics: Clitic
        /// The first word has a pronoun suffix («نظيره»): it points at someone else, not the chain's head.
        var hasEnclitic: Bool
        /// A person's title («الوزير»، «الأمير»).
        var isTitle: Bool {
            if case .agent(_, .title, _) = entry { return true }
            return false
        }
        /// A person the dictionaries know («عادل الجبير»).
        var isPerson: Bool {
            if case .person = entry { return true }
            return false
        }
    }

    public func process(_ found: inout Document) throws(MarsadError) {
        // NB: read through a local copy made once: handing the inout document to the helpers copied it (a retain
        // per array) for every sentence.
        let document = found
        var mentions: [Mention] = []
        var places: [PlaceMention] = []
        // Short names: after «الاتحاد الأوروبي», a bare «الاتحاد» is the same organization.
        var shortNames: [UInt64: Mention] = [:]
        var shortPairs: [UInt64: Mention] = [:]
        var ambiguousKinds: Set<UInt64> = []
        // The role the article gave each named person so far.
        var roles: [String: ActorCode] = [:]
        // Surnames of office-holders the article named in full («محافظ مدينة عدن نايف البكري» … «البكري»).
        var learned: [UInt64: LearnedName] = [:]
        // Known people's nisba family names («منصور التركي» … «التركي»).
        var nisbas: [UInt64: LearnedName] = [:]
        // The people the article named by a form that needs no introduction («إبراهيم رئيسي»), by English name.
        var introduced: Set<String> = []
        // The armed group the article named (nil after two different ones): «المتطرفون» are that group.
        var armedGroup: Mention?
        var armedGroups = 0
        for (s, sentence) in document.sentences.enumerated() {
            let items = findItems(document, sentence.tokens, introduced: &introduced)
            let before = mentions.count
            compose(items, sentence: s, document, &mentions, &places)
            addMemberPossessives(&mentions, from: before, sentence: s, document)
            extendPartitives(&mentions, from: before, document)
            extendAffiliatedUnits(&mentions, from: before, document)
            widenBracketedDemonyms(&mentions, from: before, document)
            mergeRefugeeAdjectives(&mentions, from: before, document)
            addPossessives(&mentions, from: before, sentence: s, document)
            resolveRepeatedNames(&mentions, from: before, roles: &roles)
            learnNamesBeforeOffices(&mentions, from: before, sentence: s, document, into: &learned)
            learnNames(&mentions, from: before, sentence: s, document, into: &learned)
            learnNamesPastOrgans(&mentions, from: before, sentence: s, document, into: &learned)
            if !nisbas.isEmpty { resolveNisbaNames(nisbas, &mentions, from: before, document) }
            learnNisbaNames(mentions, from: before, document, into: &nisbas)
            if !learned.isEmpty { addLearnedNames(learned, sentence: s, document, &mentions, from: before) }
            addStyledReferences(sentence: s, document, &mentions, from: before)
            if !shortNames.isEmpty {
                addShortNames(shortNames, sentence: s, document, &mentions, from: before)
            }
            // NB: only near the group's name (three sentences): further on, «المتطرفون» is mostly any extremists.
            if armedGroups == 1, let group = armedGroup, s - group.sentence <= 3 {
                resolveArmedPeople(group, &mentions, from: before, document)
            }
            // NB: transnational armed groups (IMG…: «داعش»، «القاعدة»، «بوكو حرام»).
            for m in mentions[before...] where m.kind == .organization && m.actor.organization?.hasPrefix("IMG") == true
            {
                if armedGroup?.actor != m.actor || armedGroup?.name != m.name { armedGroups += 1 }
                armedGroup = m
            }
            if !shortPairs.isEmpty {
                addShortPairs(shortPairs, sentence: s, document, &mentions, from: before)
            }
            // «حزب العمال» after «حزب العمال الكردستاني»: the first two words of a named group of three or more.
            for m in mentions[before...]
            where m.tokens.count >= 3 && m.name != nil && m.actor.sector != nil
                && (m.kind == .state || m.kind == .organization)
            {
                let key = pairHash(m.tokens.lowerBound, document)
                if shortPairs[key] == nil { shortPairs[key] = m }
            }
            // NB: not a member or count word a partitive put before the name («سبعة من قادة تنظيم داعش»، «عناصر
            // الحركة»): a later bare «سبعة» or «العناصر» is no short name of the group.
            for m in mentions[before...] where m.kind == .organization && m.tokens.count >= 2 {
                var t = m.tokens.lowerBound
                while t + 1 < m.tokens.upperBound,
                    document.tokens[t].kind != .word || analysis(t, in: dictionary.partitives, document) != nil
                        || analysis(t, in: dictionary.quantifiers, document) != nil
                        || dictionary.counts.contains(
                            document.candidates[Int(document.tokens[t].candidates.lowerBound)].hash)
                        || isToken(document, t, Self.min) || isToken(document, t, Self.fi)
                {
                    t += 1
                }
                guard m.tokens.upperBound - t >= 2 else { continue }
                let head = headHash(t, document)
                if shortNames[head] == nil { shortNames[head] = m }
                // «التنظيم» after «تنظيم داعش»، «الجماعة» after «جماعة بوكو حرام»: the kind of group with the article
                // is the one group of that kind the article named; after two different ones it names neither.
                if let definite = Self.groupKinds[head] {
                    // NB: by name: «تنظيم القاعدة» and «تنظيم داعش» share their code.
                    if let known = shortNames[definite], known.actor != m.actor || known.name != m.name {
                        shortNames[definite] = nil
                        ambiguousKinds.insert(definite)
                    } else if !ambiguousKinds.contains(definite) {
                        shortNames[definite] = m
                    }
                }
            }
        }
        attachSpokesmen(&mentions, document)
        attachGenitives(&mentions, document)
        dropSystems(&mentions, document)
        dropBirthplaces(&mentions, &places, document)
        resolveAmman(&mentions, &places, document)
        found.mentions = mentions
        found.places = places
    }

    /// «الغارات الجوية»، «الضربات الجوية»، «القصف الجوي»: acts of force listed as bodies (they take a country's adjective);
    /// a country after «في» is where they hit.
    static let strikes = FormHash.folded(["الغارات", "الضربات", "القصف", "غارات", "ضربات", "قصف"])

    static let muscat = FormHash.hash(FoldedText.fold("مسقط"))
    /// «رأس» after «مسقط»: «مسقط رأس» is a birthplace, not Oman's capital.
    static let birthplaceHead = FormHash.folded(["رأس", "راس"])

    /// «ومسقط رأس الرئيس هادي»: «مسقط» right before «رأس» is a birthplace; neither an actor nor a place of Oman.
    private func dropBirthplaces(_ mentions: inout [Mention], _ places: inout [PlaceMention], _ doc: Document) {
        func isBirthplace(_ tokens: Range<Int>) -> Bool {
            guard tokens.count == 1, tokens.upperBound < doc.tokens.count, doc.tokens[tokens.upperBound].kind == .word
            else { return false }
            return hasAnalysis(doc, tokens.lowerBound, Self.muscat)
                && hasAnalysis(doc, tokens.upperBound, in: Self.birthplaceHead)
        }
        mentions.removeAll { $0.actor.country == "OMN" && isBirthplace($0.tokens) }
        places.removeAll { $0.country == "OMN" && isBirthplace($0.tokens) }
    }

    static let omanName = FormHash.hash(FoldedText.fold("عمان"))
    /// «سلطنة عمان»، «سلطان عمان»: words that make «عمان» the sultanate.
    static let sultanate = FormHash.folded(["سلطنة", "السلطنة", "سلطان"])

    /// «عمان» is listed as Oman; in an article that names Jordan and nothing else of Oman (no «سلطنة عمان», no
    /// «عماني», no «مسقط»), a bare «عمان» is Amman, Jordan's capital («أمانة عمان»، «السفير العراقي في عمان»).
    /// NB: reads the mentions and places only when one of them is Oman.
    private func resolveAmman(_ mentions: inout [Mention], _ places: inout [PlaceMention], _ doc: Document) {
        func isAmman(_ tokens: Range<Int>) -> Bool {
            for t in tokens where doc.tokens[t].kind == .word && hasAnalysis(doc, t, Self.omanName) {
                return !(t > 0 && doc.tokens[t - 1].kind == .word && hasAnalysis(doc, t - 1, in: Self.sultanate))
            }
            return false
        }
        var amman = false
        for m in mentions where m.actor.country == "OMN" {
            guard isAmman(m.tokens) else { return }
            amman = true
        }
        for p in places where p.country == "OMN" {
            guard isAmman(p.tokens) else { return }
            amman = true
        }
        guard amman,
            mentions.contains(where: { $0.actor.country == "JOR" }) || places.contains(where: { $0.country == "JOR" })
        else { return }
        for i in mentions.indices where mentions[i].actor.country == "OMN" { mentions[i].actor.country = "JOR" }
        for i in places.indices where places[i].country == "OMN" { places[i].country = "JOR" }
    }

    /// «النظام المصرفي» (the banking system), «نظام التوظيف» (the hiring system): «نظام» followed by the kind of
    /// system it is names no regime; nor does «وإلى» (and to), which folds like «والي» (a governor). Kept: «نظام
    /// الأسد», «النظام السوري» (an actor or a country follows), «النظام القائم», and «النظام» alone.
    private func dropSystems(_ mentions: inout [Mention], _ doc: Document) {
        // NB: hashes of folded forms (`formHash`), not strings: a string per mention made the stage a tenth slower.
        guard
            mentions.contains(where: {
                $0.kind == .bareAgent && $0.tokens.count == 1 && $0.actor.sector == "GOV"
                    && Self.systemHeads.contains(doc.formHash($0.tokens.lowerBound))
            })
        else { return }
        let starts = Set(mentions.map(\.tokens.lowerBound))
        mentions.removeAll { m in
            guard m.kind == .bareAgent, m.tokens.count == 1, m.actor.sector == "GOV" else { return false }
            let t = m.tokens.lowerBound
            let head = doc.formHash(t)
            // «وإلى» (and to) folds like «والي» (a governor): told apart by the letters as written.
            if Self.governor.contains(head) { return Self.andTo.contains(String(doc.text(of: doc.tokens[t].span))) }
            guard Self.systemHeads.contains(head), t + 1 < doc.tokens.count, doc.tokens[t + 1].kind == .word,
                !doc.tokens[t + 1].lineBreakBefore, !starts.contains(t + 1)
            else { return false }
            let next = doc.formHash(t + 1)
            // «نظام التوظيف»: a construct with a definite noun; not «نظام زائف» (an adjective: a regime).
            if Self.indefiniteSystem.contains(head) {
                let r = doc.tokens[t + 1].candidates
                let definite = (Int(r.lowerBound)..<Int(r.upperBound)).contains {
                    doc.candidates[$0].proclitics.contains(.al)
                }
                return definite && !Self.rulers.contains(next)
            }
            return Self.definiteSystem.contains(head) && Self.systemAdjectives.contains(next)
        }
    }

    /// The preposition «إلى» after «و»/«ف», as written (unfolded).
    static let andTo: Set<String> = ["وإلى", "والى", "فإلى", "فالى", "وإلي"]
    /// «والي» (a governor) and the forms «وإلى» folds to.
    static let governor = FormHash.folded(["وإلى", "والى", "فإلى", "فالى", "وإلي"])
    static let definiteSystem = FormHash.folded([
        "النظام", "والنظام", "فالنظام", "للنظام", "وللنظام", "بالنظام", "وبالنظام",
    ])
    static let indefiniteSystem = FormHash.folded(["نظام", "ونظام", "فنظام", "لنظام", "ولنظام", "بنظام", "وبنظام"])
    static let systemHeads = definiteSystem.union(indefiniteSystem).union(governor)
    /// «نظام الملالي»، «نظام الحكم»: a regime named by its rulers or its rule.
    static let rulers = FormHash.folded(["الملالي", "الطغمة", "العسكر", "الحكم"])
    /// Adjectives of a system, not of a regime.
    static let systemAdjectives = FormHash.folded([
        "المصرفي", "المالي", "السياسي", "التعليمي", "الغذائي", "الصحي", "الالكتروني", "الراسمالي", "الحزبي",
        "الضريبي", "الاقتصادي", "الانتخابي", "الاساسي", "المطروح", "العالمي", "الدولي", "الاداري",
        "القضائي", "الصحيح", "المعمول", "الالي", "الرقمي", "المحاسبي", "التجاري", "النقدي", "البيئي",
    ])

    /// The head of a group's name («تنظيم») → the same word with the article («التنظيم»).
    static let groupKinds: [UInt64: UInt64] = Dictionary(
        uniqueKeysWithValues: ["تنظيم", "جماعة", "ميليشيا", "ميليشيات", "مليشيا", "مليشيات"].map {
            (FormHash.hash(FoldedText.fold($0)), FormHash.hash(FoldedText.fold("ال" + $0)))
        })
    /// «المتطرفون»، «المتشددون»: with the article, the armed people of a story that named one armed group just before.
    static let armedPeople = FormHash.folded([
        "المتطرفون", "المتطرفين", "المتشددون", "المتشددين", "والمتطرفون", "والمتطرفين", "والمتشددون",
        "والمتشددين", "للمتطرفين", "للمتشددين",
    ])

    /// «سيطر تنظيم داعش على البلدة … وقام المتطرفون باجتياحها»: definite extremists with no country, in a story that
    /// named one armed group, are that group.
    private func resolveArmedPeople(_ group: Mention, _ mentions: inout [Mention], from start: Int, _ doc: Document) {
        for i in start..<mentions.count where mentions[i].kind == .bareAgent && mentions[i].tokens.count == 1 {
            guard Self.armedPeople.contains(doc.formHash(mentions[i].tokens.lowerBound)) else { continue }
            mentions[i].actor = group.actor
            mentions[i].kind = .organization
            mentions[i].name = group.name
            mentions[i].isAnonymous = false
        }
    }

    /// The hash of a word without its proclitics but with its article («والاتحاد» → «الاتحاد»).
    private func headHash(_ t: Int, _ doc: Document) -> UInt64 {
        let r = doc.tokens[t].candidates
        for c in Int(r.lowerBound)..<Int(r.upperBound) {
            let candidate = doc.candidates[c]
            if candidate.encliticLength == 0 && candidate.proclitics.isSubset(of: [.wa, .fa, .bi, .li, .ka]) {
                let bytes = doc.normalized[Int(candidate.stem.lowerBound)..<Int(candidate.stem.upperBound)]
                if bytes.starts(with: Self.article) { return candidate.hash }
            }
        }
        return doc.candidates[Int(r.lowerBound)].hash
    }

    static let article: [UInt8] = Array("ال".utf8)

    /// Adds a mention for each bare head word of an organization named before («الاتحاد») that no mention of
    /// this sentence covers; keeps the sentence's mentions in text order.
    private func addShortNames(
        _ shortNames: [UInt64: Mention], sentence s: Int, _ doc: Document, _ mentions: inout [Mention], from start: Int
    ) {
        let sentence = doc.sentences[s]
        var added: [Mention] = []
        for t in sentence.tokens where doc.tokens[t].kind == .word {
            if mentions[start...].contains(where: { $0.tokens.contains(t) }) { continue }
            guard let full = shortNames[headHash(t, doc)] else { continue }
            let head = headHash(t, doc)
            let r = doc.tokens[t].candidates
            let clitics =
                (Int(r.lowerBound)..<Int(r.upperBound)).lazy.map { doc.candidates[$0] }.first { $0.hash == head }?
                .proclitics ?? []
            added.append(
                Mention(
                    span: doc.tokens[t].span, tokens: t..<(t + 1), sentence: s, actor: full.actor, kind: .organization,
                    name: full.name, leadingClitics: clitics))
        }
        guard !added.isEmpty else { return }
        mentions.append(contentsOf: added)
        mentions[start...].sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    /// The first two words of a phrase at `t` as one key (the first without its proclitics).
    private func pairHash(_ t: Int, _ doc: Document) -> UInt64 {
        guard t + 1 < doc.tokens.count, doc.tokens[t + 1].kind == .word else { return 0 }
        return headHash(t, doc) &* 0x9E37_79B9_7F4A_7C15
            &+ doc.candidates[Int(doc.tokens[t + 1].candidates.lowerBound)].hash
    }

    /// «حزب العمال» after «حزب العمال الكردستاني»: the first two words of a named group told before stand for it,
    /// where the dictionary found only bare agents in them («حزب»، «العمال»).
    private func addShortPairs(
        _ shortPairs: [UInt64: Mention], sentence s: Int, _ doc: Document, _ mentions: inout [Mention], from start: Int
    ) {
        let sentence = doc.sentences[s]
        var t = sentence.tokens.lowerBound
        while t + 1 < sentence.tokens.upperBound {
            defer { t += 1 }
            guard doc.tokens[t].kind == .word, doc.tokens[t + 1].kind == .word,
                let full = shortPairs[pairHash(t, doc)]
            else { continue }
            let pair = t..<(t + 2)
            let covering = mentions.indices[start...].filter { mentions[$0].tokens.overlaps(pair) }
            guard
                covering.allSatisfy({
                    mentions[$0].kind == .bareAgent && pair.contains(mentions[$0].tokens.lowerBound)
                        && mentions[$0].tokens.upperBound <= pair.upperBound
                })
            else { continue }
            let clitics = covering.first.map { mentions[$0].leadingClitics } ?? []
            for i in covering.reversed() { mentions.remove(at: i) }
            mentions.append(
                Mention(
                    span: TextSpan(start: doc.tokens[t].span.start, end: doc.tokens[t + 1].span.end), tokens: pair,
                    sentence: s, actor: full.actor, kind: full.kind, name: full.name, leadingClitics: clitics))
            mentions[start...].sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
            t += 1
        }
    }

    /// The analysis of token `t` whose stem is in `set` (with no pronoun suffix), if any.
    private func analysis(_ t: Int, in set: Set<UInt64>, _ doc: Document) -> WordCandidate? {
        guard t >= 0, t < doc.tokens.count, doc.tokens[t].kind == .word else { return nil }
        let r = doc.tokens[t].candidates
        for c in Int(r.lowerBound)..<Int(r.upperBound) {
            let candidate = doc.candidates[c]
            // NB: indefinite only: «إعداد القادة في جامعة» is no partitive.
            if candidate.encliticLength == 0 && set.contains(candidate.hash) && !candidate.proclitics.contains(.al)
                && !doc.normalized[Int(candidate.stem.lowerBound)..<Int(candidate.stem.upperBound)].starts(
                    with: Self.article)
            {
                return candidate
            }
        }
        return nil
    }

    /// «قادة في القوات العراقية»، «عناصر من الجيش»، «أحد عناصر حركة حماس»، «ثلاثة من عناصر القوة التنفيذية»: members
    /// or a number of a group are that group. The mention is widened to the head noun and its quantity, so that the
    /// preposition before the phrase («إلى قادة في …») is the mention's, and «في»/«من» inside it are not.
    /// «أحد الطرفين» is one of two parties, not both: that reference is dropped.
    private func extendPartitives(_ mentions: inout [Mention], from start: Int, _ doc: Document) {
        let parts = dictionary.partitives
        let quantities = dictionary.quantifiers
        guard !parts.isEmpty || !quantities.isEmpty else { return }
        var i = start
        while i < mentions.count {
            let m = mentions[i]
            func joinedByPreposition(_ t: Int) -> Bool { isToken(doc, t, Self.min) || isToken(doc, t, Self.fi) }
            // «ضباطا في الجيش الأفغاني»: a member noun that is itself a title without a country («ضباط») gives way to
            // the group after «في»/«من», or to a group whose name the press quotes («مقاتلو «داعش»»). Also to a group
            // whose country the story tells later («جنود من جيش الاحتلال» are the occupier's, not the home country's).
            // «قوات من …» (forces from a force) too, with «من» only («قوات من جيش الاحتلال»).
            // «قوات مدججة من جيش الاحتلال»: one adjective without the article may stand before «من».
            let described =
                i > start && mentions[i - 1].tokens.upperBound == m.tokens.lowerBound - 2
                && isToken(doc, m.tokens.lowerBound - 1, Self.min) && isPlainAdjective(m.tokens.lowerBound - 2, doc)
            if i > start, m.kind != .reference,
                m.actor.country != nil || m.actor.organization != nil || m.kind == .bareAgent,
                mentions[i - 1].kind == .bareAgent, mentions[i - 1].tokens.count == 1,
                mentions[i - 1].tokens.upperBound == m.tokens.lowerBound - 1 || described,
                joinedByPreposition(m.tokens.lowerBound - 1) || doc.isOpeningQuote(m.tokens.lowerBound - 1),
                analysis(mentions[i - 1].tokens.lowerBound, in: parts, doc) != nil
                    || (isToken(doc, m.tokens.lowerBound - 1, Self.min) && m.kind != .state
                        && analysis(mentions[i - 1].tokens.lowerBound, in: Self.forcesOf, doc) != nil)
            {
                absorbHead(&mentions, i)
                continue
            }
            // «مسؤولين من سوريا وروسيا»، «مسؤولين من الاتحاد الأوروبي»: officials «من» a state or an organization are
            // its government's, or its own.
            if i > start, m.kind == .state || m.kind == .organization,
                m.actor.country != nil || m.actor.organization != nil,
                mentions[i - 1].kind == .bareAgent, mentions[i - 1].tokens.count == 1,
                mentions[i - 1].actor.sector == "GOV",
                mentions[i - 1].actor.country == nil, mentions[i - 1].tokens.upperBound == m.tokens.lowerBound - 1,
                isToken(doc, m.tokens.lowerBound - 1, Self.min)
            {
                if m.kind == .state { mentions[i].actor = ActorCode(country: m.actor.country, sector: "GOV") }
                mentions[i].kind = .agent
                absorbHead(&mentions, i)
                continue
            }
            let floor = i > start ? mentions[i - 1].tokens.upperBound : doc.sentences[m.sentence].tokens.lowerBound
            var first = m.tokens.lowerBound
            var head: WordCandidate?
            // «عناصر من «بوكو حرام»»: an opening quotation mark may stand between «من» and the name.
            let quoted = first - 1 >= floor && doc.isOpeningQuote(first - 1)
            if quoted, first - 3 >= floor, joinedByPreposition(first - 2), let c = analysis(first - 3, in: parts, doc) {
                first -= 3
                head = c
            } else if first - 2 >= floor, joinedByPreposition(first - 1), let c = analysis(first - 2, in: parts, doc) {
                first -= 2
                head = c
            } else if first - 1 >= floor, let c = analysis(first - 1, in: parts, doc) {
                first -= 1
                head = c
            }
            // «القيادي في حركة حماس»، «القيادي البارز في الحزب»، «أكد القيادي ارجش كارزان في حزب حياة كوردستان الحرة»: a
            // leader of a party, movement or armed group, with up to three words (his name, an adjective) before «في»,
            // is that group. NB: not the adjective after a definite noun («المجلس القيادي في الحركة»، «دورها القيادي
            // في المنطقة»), nor a place or a country alone after «في».
            if head == nil, m.kind == .organization || m.actor.sector != nil, m.kind != .reference, m.kind != .person,
                first - 2 >= floor, isToken(doc, first - 1, Self.fi)
            {
                var t = first - 2
                while t > floor, first - 2 - t < 3, doc.tokens[t].kind == .word, leader(t, doc) == nil { t -= 1 }
                let lower = doc.sentences[m.sentence].tokens.lowerBound
                if doc.tokens[t].kind == .word, let c = leader(t, doc),
                    t == lower || doc.tokens[t - 1].kind != .word || !hasArticle(t - 1, doc),
                    (t + 1..<first - 1).allSatisfy({ doc.tokens[$0].kind == .word && !isToken(doc, $0, Self.fi) })
                {
                    first = t
                    head = c
                }
            }
            if first - 2 >= floor, isToken(doc, first - 1, Self.min), head != nil,
                doc.tokens[first - 2].kind == .number || analysis(first - 2, in: quantities, doc) != nil
                    || dictionary.counts.contains(doc.candidates[Int(doc.tokens[first - 2].candidates.lowerBound)].hash)
            {
                first -= 2
                head =
                    analysis(first, in: quantities, doc) ?? doc.candidates[Int(doc.tokens[first].candidates.lowerBound)]
            } else if first - 1 >= floor, let c = analysis(first - 1, in: quantities, doc) {
                if m.kind == .reference && head == nil {
                    mentions.remove(at: i)
                    continue
                }
                first -= 1
                head = c
            }
            if first < m.tokens.lowerBound {
                mentions[i].tokens = first..<m.tokens.upperBound
                mentions[i].span = TextSpan(start: doc.tokens[first].span.start, end: m.span.end)
                mentions[i].leadingClitics = head?.proclitics ?? []
                mentions[i].isDemonym = false
                mentions[i].isAttributive = false
            }
            i += 1
        }
    }

    /// Widens mention `i` over the head noun of mention `i - 1` («قوات من جيش الاحتلال»، «مسؤولين من سوريا»), which it
    /// replaces: the preposition before the phrase is the head's, and no demonym stands alone.
    private func absorbHead(_ mentions: inout [Mention], _ i: Int) {
        let head = mentions[i - 1]
        mentions[i].tokens = head.tokens.lowerBound..<mentions[i].tokens.upperBound
        mentions[i].span = TextSpan(start: head.span.start, end: mentions[i].span.end)
        mentions[i].leadingClitics = head.leadingClitics
        mentions[i].isDemonym = false
        mentions[i].isAttributive = false
        mentions.remove(at: i - 1)
    }

    /// Whether token `t` may be an indefinite adjective after a noun («قوات مدججة»، «عناصر كثيرة»): a word with no
    /// proclitic in any reading, no article, and no pronoun suffix.
    private func isPlainAdjective(_ t: Int, _ doc: Document) -> Bool {
        guard t >= 0, doc.tokens[t].kind == .word, !hasArticle(t, doc) else { return false }
        let r = doc.tokens[t].candidates
        return (Int(r.lowerBound)..<Int(r.upperBound)).contains {
            doc.candidates[$0].proclitics.isEmpty && doc.candidates[$0].encliticLength == 0
        }
    }

    /// Whether a given name («عبدالله»، «خالد») or a kunya («أبو أسامة») ends right before token `t`, on words no item
    /// before `floor` covers. «علي» is left out: folded, it is also «على» (on).
    private func endsGivenName(before t: Int, floor: Int, _ doc: Document) -> Bool {
        let name = t - 1
        guard name >= floor, name >= 0, doc.tokens[name].kind == .word else { return false }
        let key = doc.formHash(name)
        if key != Self.ali && Self.givenNames.contains(key) { return true }
        return name - 1 >= floor && name - 1 >= 0 && doc.tokens[name - 1].kind == .word
            && Self.kunya.contains(doc.formHash(name - 1)) && !doc.writesArticle(name)
    }
    static let ali = FormHash.hash(FoldedText.fold("علي"))
    static let kunya: Set<UInt64> = FormHash.folded(["أبو", "ابو", "وأبو", "وابو"])

    /// The analysis of token `t` that is «القيادي» (a leader), after «و»/«ف» if any.
    private func leader(_ t: Int, _ doc: Document) -> WordCandidate? {
        let r = doc.tokens[t].candidates
        for c in Int(r.lowerBound)..<Int(r.upperBound) {
            let candidate = doc.candidates[c]
            if candidate.encliticLength == 0 && Self.leaders.contains(candidate.hash)
                && candidate.proclitics.isSubset(of: [.wa, .fa, .al])
            {
                return candidate
            }
        }
        return nil
    }
    static let leaders: Set<UInt64> = FormHash.folded(["القيادي", "قيادي"])
    /// «قوات» (forces), a unit of the force named after it with «من» («قوات من جيش الاحتلال»); not a country («سحب
    /// قوات من العراق» names where they leave).
    static let forcesOf: Set<UInt64> = FormHash.folded(["قوات"])

    /// «قوة أمنية تابعة لقوات البيشمركة»، «قوة ايساف التابعة للحلف الأطلسي»: a unit (a force, patrol, aircraft …) that
    /// no mention names, «تابع لـ» an actor, is that actor. The actor's mention is widened to the unit's noun, so that
    /// the unit is the verb's subject or object. Up to two words (an adjective, a name) between the noun and «تابعة».
    private func extendAffiliatedUnits(_ mentions: inout [Mention], from start: Int, _ doc: Document) {
        for i in start..<mentions.count where mentions[i].leadingClitics.contains(.li) {
            let m = mentions[i]
            guard m.kind != .reference, m.kind != .bareAgent, m.actor.country != nil || m.actor.organization != nil
            else { continue }
            let affiliation = m.tokens.lowerBound - 1
            let floor = i > start ? mentions[i - 1].tokens.upperBound : doc.sentences[m.sentence].tokens.lowerBound
            guard affiliation - 1 >= floor, hasAnalysis(doc, affiliation, in: Self.affiliated) else { continue }
            var unit: Int?
            for u in stride(from: affiliation - 1, through: max(floor, affiliation - 3), by: -1) {
                guard doc.tokens[u].kind == .word else { break }
                if let c = analysis(u, in: Self.units, doc), c.proclitics.isDisjoint(with: [.li]) {
                    unit = u
                    break
                }
            }
            // NB: only a unit that heads its clause — after punctuation, «أن/إن», or a verb told of a feminine subject
            // («شنت قوة …»); after a verbal noun it is the object («اعتقال خلية تابعة لحركة …») and «لـ» marks it so.
            guard let u = unit,
                u == doc.sentences[m.sentence].tokens.lowerBound || doc.tokens[u - 1].kind == .punctuation
                    || Self.complementizers.contains(doc.formHash(u - 1))
                    || (doc.tokens[u - 1].kind == .word && doc.tokenEnds(u - 1, with: Self.ta, stemBytes: 2))
            else { continue }
            let r = doc.tokens[u].candidates
            let clitics =
                (Int(r.lowerBound)..<Int(r.upperBound)).lazy.map { doc.candidates[$0] }.first {
                    Self.units.contains($0.hash)
                }?.proclitics ?? []
            mentions[i].tokens = u..<m.tokens.upperBound
            mentions[i].span = TextSpan(start: doc.tokens[u].span.start, end: m.span.end)
            mentions[i].leadingClitics = clitics
            mentions[i].isDemonym = false
            mentions[i].isAttributive = false
        }
    }

    /// «القبض على خادمة (إندونيسية)»: a demonym in brackets right after a noun no mention covers is that noun's
    /// nationality; the mention is widened to the noun and the brackets, so that it stands where the noun stands.
    private func widenBracketedDemonyms(_ mentions: inout [Mention], from start: Int, _ doc: Document) {
        // NB: not with a proclitic: «(بالإنجليزية)» names a language.
        for i in start..<mentions.count
        where mentions[i].isDemonym && mentions[i].tokens.count == 1 && mentions[i].leadingClitics.isEmpty {
            let t = mentions[i].tokens.lowerBound
            let floor =
                i > start ? mentions[i - 1].tokens.upperBound : doc.sentences[mentions[i].sentence].tokens.lowerBound
            guard t - 2 >= floor, t + 1 < doc.sentences[mentions[i].sentence].tokens.upperBound,
                isBracket(doc, t - 1, 0x28), isBracket(doc, t + 1, 0x29), doc.tokens[t - 2].kind == .word,
                !Self.functionWords.contains(doc.formHash(t - 2))
            else { continue }
            // The noun's proclitics («لخادمة») are the mention's.
            mentions[i].tokens = (t - 2)..<(t + 2)
            mentions[i].span = TextSpan(start: doc.tokens[t - 2].span.start, end: doc.tokens[t + 1].span.end)
            mentions[i].leadingClitics = widestProclitics(t - 2, doc)
            mentions[i].isDemonym = false
            mentions[i].isAttributive = false
        }
    }

    /// Adjectives that make the people before them refugees or displaced («الأسر السورية اللاجئة»).
    static let refugeeAdjectives = FormHash.folded([
        "اللاجئة", "لاجئة", "النازحة", "نازحة", "اللاجئين", "لاجئين", "النازحين", "نازحين",
    ])

    /// «على الأسر السورية اللاجئة في لبنان»، «للعائلات السورية اللاجئة»، «3202 عائلة سورية لاجئة»: a refugee adjective
    /// right after people of a country, or after a demonym that follows a plain noun (the people, which no mention
    /// covers), makes one mention: refugees (REF) of that country, not of the country they are in. The mention
    /// keeps the noun's proclitics, so that the preposition before it still marks it.
    private func mergeRefugeeAdjectives(_ mentions: inout [Mention], from start: Int, _ doc: Document) {
        // «السورية»: one word of a country with no sector (a demonym, or a state's name read from one).
        func bareDemonym(_ m: Mention) -> Bool {
            m.tokens.count == 1 && m.actor.sector == nil && (m.isDemonym || m.kind == .state)
        }
        var i = start
        while i < mentions.count {
            let p = mentions[i]
            let t = p.tokens.upperBound
            guard let country = p.actor.country, p.actor.organization == nil,
                bareDemonym(p) || (p.kind == .agent && p.actor.sector == "CVL"),
                t < doc.sentences[p.sentence].tokens.upperBound, doc.tokens[t].kind == .word,
                Self.refugeeAdjectives.contains(doc.formHash(t))
            else {
                i += 1
                continue
            }
            // The adjective may be a mention of its own («اللاجئة في لبنان»: refugees where they are), which goes.
            let next = i + 1 < mentions.count && mentions[i + 1].tokens.lowerBound == t ? i + 1 : nil
            if let next, mentions[next].actor.sector != "REF" {
                i += 1
                continue
            }
            var first = p.tokens.lowerBound
            var clitics = p.leadingClitics
            // «الأسر السورية»: the plain noun before a bare demonym is the people it qualifies.
            let floor = i > start ? mentions[i - 1].tokens.upperBound : doc.sentences[p.sentence].tokens.lowerBound
            if bareDemonym(p), first - 1 >= floor, doc.tokens[first - 1].kind == .word,
                !Self.functionWords.contains(doc.formHash(first - 1))
            {
                first -= 1
                clitics = widestProclitics(first, doc)
            }
            var merged = Mention(
                span: TextSpan(start: doc.tokens[first].span.start, end: doc.tokens[t].span.end),
                tokens: first..<(t + 1), sentence: p.sentence, actor: ActorCode(country: country, sector: "REF"),
                kind: .agent, leadingClitics: clitics)
            merged.isNationality = p.isNationality
            mentions[i] = merged
            if let next { mentions.remove(at: next) }
            i += 1
        }
    }

    /// The proclitics of the analysis of token `t` that splits off the most («لخادمة» → ل): those of a noun that a
    /// mention is widened to.
    private func widestProclitics(_ t: Int, _ doc: Document) -> Clitic {
        let r = doc.tokens[t].candidates
        var clitics: Clitic = []
        for c in Int(r.lowerBound)..<Int(r.upperBound)
        where doc.candidates[c].proclitics.rawValue.nonzeroBitCount > clitics.rawValue.nonzeroBitCount {
            clitics = doc.candidates[c].proclitics
        }
        return clitics
    }

    private func isBracket(_ doc: Document, _ t: Int, _ byte: UInt8) -> Bool {
        let r = doc.tokens[t].normalized
        return doc.tokens[t].kind == .punctuation && r.count == 1 && doc.normalized[Int(r.lowerBound)] == byte
    }

    /// Nouns of an armed or official unit.
    static let units = FormHash.folded([
        "قوة", "وحدة", "وحدات", "دورية", "دوريات", "سرية", "كتيبة", "كتائب", "فرقة", "لواء", "طائرة", "طائرات",
        "مروحية", "مروحيات", "سفينة", "سفن", "زورق", "زوارق", "بارجة", "دبابة", "دبابات", "مقاتلات", "خلية", "فصيل",
        "فصائل", "مجموعة", "مجموعات",
    ])

    /// «أعلن وزير الخارجية التركي أن بلاده ستبدأ …»، «وقال إن حكومته …»، «إن بلادنا …»: a country or organ word with a
    /// pronoun suffix (third or first person) is a reference (kind `.reference`, no `also`) to the country of the
    /// person or body the pronoun points back to — the nearest such actor before it in its sentence, preferring one that no preposition introduces
    /// (the subject over «مع نظيره الأمريكي»). NB: not across sentences: there the pronoun mostly points at the
    /// story's speaker, whom the mentions do not know.
    private func addPossessives(_ mentions: inout [Mention], from start: Int, sentence s: Int, _ doc: Document) {
        let possessives = dictionary.possessives
        guard !possessives.isEmpty else { return }
        var added: [Mention] = []
        // NB: the complementizer first: it is one hash test, and most words follow none.
        for t in doc.sentences[s].tokens where doc.tokens[t].kind == .word && opensClause(t, doc) {
            let r = doc.tokens[t].candidates
            var found: (WordCandidate, String)?
            for c in Int(r.lowerBound)..<Int(r.upperBound) {
                let candidate = doc.candidates[c]
                if candidate.encliticLength > 0, let sector = possessives[candidate.hash] {
                    found = (candidate, sector)
                    break
                }
            }
            guard let (candidate, sector) = found, isPersonalSuffix(t, candidate, doc),
                !mentions[start...].contains(where: { $0.tokens.contains(t) }),
                let owner = possessor(before: t, mentions, sentence: s, doc), let country = owner.country
            else { continue }
            // «أعلن وزير الخارجية التركي أن بلاده ستبدأ …»: a government's officer speaks for the country through his
            // government (TURGOV); another's country is the country itself.
            // «أعلنت الشرطة أن قواتها …»، «قال الحزب إن قواته …»: the forces of an armed body are that body.
            let own =
                sector.isEmpty
                ? (owner.sector == "GOV" ? "GOV" : nil)
                : (sector == "MIL" && owner.sector.map(Self.armedSectors.contains) == true ? owner.sector : sector)
            added.append(
                Mention(
                    span: doc.tokens[t].span, tokens: t..<(t + 1), sentence: s,
                    actor: ActorCode(country: country, sector: own), kind: .reference,
                    leadingClitics: candidate.proclitics))
        }
        guard !added.isEmpty else { return }
        mentions.append(contentsOf: added)
        mentions[start...].sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    /// The endings of a group's first word that agree with a member noun's pronoun.
    static let taMarbuta: [UInt8] = Array("ة".utf8)
    static let femininePlural: [UInt8] = Array("ات".utf8)
    static let plurals: [[UInt8]] = [Array("ين".utf8), Array("ون".utf8)]
    /// Sectors of groups that have members to fight, be arrested or be hit: armed forces, police, intelligence, rebels
    /// and the opposition.
    static let groupSectors: Set<String> = ["MIL", "COP", "SPY", "REB", "OPP"]

    /// «رفض حزب الله التعليق على الغارة التي شنتها طائرات إسرائيلية على بعض عناصره»، «أعلنت الحركة أن قوات الاحتلال
    /// اعتقلت عددا من أعضائها»: a member noun with a third-person pronoun suffix (`ActorDictionary.memberNouns`, kind
    /// `members` in references.ar.txt) is the group the pronoun points back to — the nearest group before it in its
    /// sentence (an organization, or a body of fighters, police, rebels or an opposition) whose first word agrees with
    /// the pronoun: «ـه» a masculine singular
    /// («حزب الله»، «الجيش»), «ـها» a feminine («جبهة النصرة»، «القوات السورية»), «ـهم» a plural of people
    /// («الحوثيين»); a one-word name («حماس»، «داعش») takes «ـه» or «ـها». NB: anywhere in the sentence, unlike the
    /// country and organ words of `addPossessives` (only after a complementizer).
    /// With two agreeing groups the nearest is taken («أعلنت جبهة النصرة أن القوات السورية اعتقلت أحد عناصرها» reads
    /// the forces' own members, which the coder drops as the doer's own).
    private func addMemberPossessives(_ mentions: inout [Mention], from start: Int, sentence s: Int, _ doc: Document) {
        func isGroup(_ m: Mention) -> Bool {
            m.kind != .person && m.kind != .reference && m.kind != .bareAgent && !m.isOffice
                && (m.kind == .organization || m.actor.sector.map(Self.groupSectors.contains) == true)
        }
        // NB: only past the sentence's first group (most sentences name none), the arrays read once, and the suffix
        // told by the last bytes («ه» D9 87, «ا» D8 A7, «م» D9 85) before anything else: most words end in no pronoun
        // (a scan of every word with three `tokenEnds` calls was 1.5% of coding time).
        let memberNouns = dictionary.memberNouns
        guard !memberNouns.isEmpty, let first = mentions[start...].first(where: isGroup) else { return }
        var added: [Mention] = []
        let tokens = doc.tokens
        let bytes = doc.normalized
        for t in first.tokens.upperBound..<doc.sentences[s].tokens.upperBound where tokens[t].kind == .word {
            let form = tokens[t].normalized
            guard form.count >= 6 else { continue }
            let end = Int(form.upperBound)
            let masculine = bytes[end - 2] == 0xD9 && bytes[end - 1] == 0x87
            let afterHa = bytes[end - 4] == 0xD9 && bytes[end - 3] == 0x87
            let feminine = afterHa && bytes[end - 2] == 0xD8 && bytes[end - 1] == 0xA7
            let plural = afterHa && bytes[end - 2] == 0xD9 && bytes[end - 1] == 0x85
            guard masculine || feminine || plural else { continue }
            let r = doc.tokens[t].candidates
            var found: WordCandidate?
            for c in Int(r.lowerBound)..<Int(r.upperBound) {
                let candidate = doc.candidates[c]
                if candidate.encliticLength > 0, !candidate.proclitics.contains(.al),
                    memberNouns.contains(candidate.hash)
                {
                    found = candidate
                    break
                }
            }
            guard let candidate = found, !mentions[start...].contains(where: { $0.tokens.contains(t) }) else {
                continue
            }
            let owner = mentions[start...].last { m in
                guard m.tokens.upperBound <= t, isGroup(m) else { return false }
                let w = m.tokens.lowerBound
                let isFeminine = doc.tokenEnds(w, with: Self.taMarbuta) || doc.tokenEnds(w, with: Self.femininePlural)
                let isPlural = Self.plurals.contains { doc.tokenEnds(w, with: $0, stemBytes: 4) }
                let bareName = m.kind == .organization && m.tokens.count == 1 && !isFeminine && !isPlural
                if plural { return isPlural }
                if feminine { return isFeminine || bareName }
                return !isFeminine && !isPlural
            }
            guard let owner else { continue }
            var members = Mention(
                span: doc.tokens[t].span, tokens: t..<(t + 1), sentence: s, actor: owner.actor, kind: owner.kind,
                name: owner.name, leadingClitics: candidate.proclitics)
            members.isMembers = true
            added.append(members)
        }
        guard !added.isEmpty else { return }
        mentions.append(contentsOf: added)
        mentions[start...].sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    /// Whether token `t` follows a complementizer («أن بلاده»، «إن حكومته»، «بأن بلادنا»): the subject of a reported
    /// clause. NB: elsewhere such a word is mostly a genitive («ذكرى استقلال بلاده»، «دعم بلاده»), which names no
    /// actor of its own: the act is the speaker's.
    private func opensClause(_ t: Int, _ doc: Document) -> Bool {
        guard t > 0, doc.tokens[t - 1].kind == .word else { return false }
        return Self.complementizers.contains(doc.candidates[Int(doc.tokens[t - 1].candidates.lowerBound)].hash)
    }
    /// NB: a `FormTable`, not a `Set`: it is asked about every word of every sentence.
    static let complementizers = table(["ان", "بان", "لان", "وان", "فان"])
    static func table(_ words: [String]) -> FormTable {
        var builder = FormTable.Builder()
        for w in words { builder.add(FormHash.hash(FoldedText.fold(w)), entry: 0) }
        return builder.build()
    }

    /// Whether the pronoun suffix of a word is of the third person («ـه»، «ـها»، «ـهم») or the first («ـنا»، «ـي»),
    /// not of the second («ـك»، «ـكم»: the one spoken to).
    private func isPersonalSuffix(_ t: Int, _ candidate: WordCandidate, _ doc: Document) -> Bool {
        let r = doc.tokens[t].normalized
        let bytes = doc.normalized[Int(r.lowerBound)..<Int(r.upperBound)]
        let suffix = bytes.suffix(Int(candidate.encliticLength))
        return suffix.starts(with: Self.ha) || suffix.elementsEqual(Self.na) || suffix.elementsEqual(Self.yaSuffix)
    }
    static let ha: [UInt8] = Array("ه".utf8)
    /// Sectors that fight; their own forces («قواتها») are themselves.
    static let armedSectors: Set<String> = ["MIL", "COP", "SPY", "REB"]
    static let prepositions: Set<UInt64> = Set(
        ["في", "من", "الى", "على", "عن", "مع", "ضد", "لدى", "بين", "حول", "خلال", "عند"].map {
            FormHash.hash(FoldedText.fold($0))
        })
    static let na: [UInt8] = Array("نا".utf8)
    static let yaSuffix: [UInt8] = Array("ي".utf8)

    /// The actor of the person or body a pronoun at `t` points back to (see `addPossessives`).
    private func possessor(before t: Int, _ mentions: [Mention], sentence s: Int, _ doc: Document) -> ActorCode? {
        var nearest: ActorCode?
        for m in mentions.reversed() where m.tokens.upperBound <= t {
            if m.sentence < s { break }
            guard m.kind == .person || m.kind == .agent, m.actor.country != nil, m.actor.organization == nil,
                !m.isAttributive
            else { continue }
            let before = m.tokens.lowerBound - 1
            let introduced =
                !m.leadingClitics.isDisjoint(with: [.bi, .li, .ka])
                || (before >= 0 && doc.tokens[before].kind == .word
                    && Self.prepositions.contains(doc.candidates[Int(doc.tokens[before].candidates.lowerBound)].hash))
            if !introduced { return m.actor }
            if nearest == nil { nearest = m.actor }
        }
        return nearest
    }

    /// «رادان» after «قائد قوى الأمن الداخلي الإيراني أحمد رضا رادان»، «كيري» after «وزير الخارجية الأمريكي جون
    /// كيري»: a person named again keeps the role the article gave them (the title's sector), also when the
    /// dictionary dates their office differently.
    private func resolveRepeatedNames(_ mentions: inout [Mention], from start: Int, roles: inout [String: ActorCode]) {
        for i in start..<mentions.count {
            guard let name = mentions[i].name else { continue }
            let m = mentions[i]
            if m.kind == .person, let known = roles[name], known.country == m.actor.country || m.actor.country == nil {
                mentions[i].actor = known
            } else if (m.kind == .agent || m.kind == .person) && m.actor.sector != nil && m.actor.country != nil {
                roles[name] = m.actor
            }
        }
    }

    /// «المستشار الدبلوماسي لرئيس الوزراء الإيطالي»، «المتحدث باسم … لدولة …»، «الطائرات التابعة للجيش السوري»: an
    /// agent without a country followed by an actor in the genitive with «لـ» (on the actor or on one word before it,
    /// or after «التابع»), or by a body with its country after «في», belongs to that actor's country.
    /// «المتحدث»، «الناطق»: a spokesman's titles.
    static let spokesmen = FormHash.folded(["المتحدث", "الناطق", "المتحدثة", "الناطقة", "متحدث", "ناطق"])
    /// The sectors of bodies a spokesman speaks for (not people: «قال المتحدث للصحفيين» is said to journalists).
    static let spokenForSectors: Set<String> = ["GOV", "MIL", "COP", "SPY", "JUD", "LEG"]

    /// «الناطق الإعلامي لشرطة منطقة الرياض»، «المتحدث الرسمي بقيادة حرس الحدود»: a spokesman named by his title speaks
    /// for the body right after it with «لـ» or «بـ»: one mention, with the body's sector (and its country when it names
    /// one). NB: «باسم» is in the dictionary's own phrases («المتحدث باسم وزارة الداخلية»).
    private func attachSpokesmen(_ mentions: inout [Mention], _ doc: Document) {
        var i = 0
        while i + 1 < mentions.count {
            let title = mentions[i]
            let body = mentions[i + 1]
            guard title.kind == .bareAgent || title.kind == .agent, title.name == nil, body.sentence == title.sentence,
                body.tokens.lowerBound == title.tokens.upperBound, body.kind == .bareAgent || body.kind == .agent,
                body.name == nil, let sector = body.actor.sector, Self.spokenForSectors.contains(sector),
                !body.leadingClitics.isDisjoint(with: [.li, .bi]),
                hasAnalysis(doc, title.tokens.lowerBound, in: Self.spokesmen)
            else {
                i += 1
                continue
            }
            mentions[i].actor.sector = sector
            if let country = body.actor.country { mentions[i].actor.country = country }
            mentions[i].isOffice = false
            mentions[i].tokens = title.tokens.lowerBound..<body.tokens.upperBound
            mentions[i].span = TextSpan(start: title.span.start, end: body.span.end)
            mentions.remove(at: i + 1)
            i += 1
        }
    }

    private func attachGenitives(_ mentions: inout [Mention], _ doc: Document) {
        func hasLi(_ t: Int) -> Bool {
            let r = doc.tokens[t].candidates
            return (Int(r.lowerBound)..<Int(r.upperBound)).contains { doc.candidates[$0].proclitics.contains(.li) }
        }
        for i in mentions.indices.dropLast() where mentions[i].kind == .bareAgent {
            let next = mentions[i + 1]
            guard next.sentence == mentions[i].sentence, next.kind != .bareAgent, next.kind != .reference,
                let country = next.actor.country, next.actor.organization == nil
            else { continue }
            let gap = next.tokens.lowerBound - mentions[i].tokens.upperBound
            let between = mentions[i].tokens.upperBound
            // «للمقاتلين في المعارضة السورية»، «المسؤولين في الحكومة العراقية»: people «في» a body with its country are
            // of that country.
            let within =
                next.kind == .agent && next.leadingClitics.isEmpty && isToken(doc, between, Self.fi)
                && mentions[i].actor.sector != nil
            let joined =
                (gap == 0 && next.leadingClitics.contains(.li))
                || (gap == 1 && doc.tokens[between].kind == .word
                    && (hasLi(between) || within
                        || (next.leadingClitics.contains(.li) && hasAnalysis(doc, between, in: Self.affiliated))))
            if joined { mentions[i].actor.country = country }
        }
    }

    private func findItems(_ doc: Document, _ range: Range<Int>, introduced: inout Set<String>) -> [Item] {
        var items: [Item] = []
        var buffer: [PhraseLexicon.Match] = []
        var i = range.lowerBound
        while i < range.upperBound {
            if doc.tokens[i].kind == .word, var m = bestMatch(doc, at: i, limit: range.upperBound, buffer: &buffer) {
                // «سبب رئيسي»: a surname that is also a common word names the person only after a title or a demonym
                // («الرئيس الإيراني رئيسي») or once the article has named the person in full.
                if case .person(_, let name, _, _) = dictionary.entries[m.entry] {
                    if !dictionary.needsIntroduction.contains(m.entry) {
                        introduced.insert(name)
                    } else if !introduced.contains(name) && !followsTitle(i, items) {
                        i += 1
                        continue
                    }
                }
                // «رئيس جامعة هارفارد»، «أستاذ في الجامعة الأمريكية في بيروت»: a title phrase («رئيس الجامعة») whose
                // last word opens a longer fixed name gives that word to the name; the title is what comes before.
                // So does a state's full name: «رئيس جمهورية بنين» is «رئيس» of «جمهورية بنين», not «رئيس الجمهورية» and
                // «بنين» (sons).
                if m.tokens.count >= 2, case .agent(_, .title, _) = dictionary.entries[m.entry] {
                    let last = m.tokens.upperBound - 1
                    if let name = bestMatch(doc, at: last, limit: range.upperBound, buffer: &buffer),
                        name.tokens.upperBound > m.tokens.upperBound, dictionary.entries[name.entry].isFixedName
                    {
                        guard let title = bestMatch(doc, at: i, limit: last, buffer: &buffer) else {
                            i = last
                            continue
                        }
                        m = title
                    }
                }
                if i > range.lowerBound, isEponymous(dictionary.entries[m.entry]),
                    let sector = eponymHead(i - 1, doc)
                {
                    i = addEponym(m, sector: sector, doc, range, &items, &buffer)
                    continue
                }
                let analysis = doc.candidates[m.firstAnalysis]
                items.append(
                    Item(
                        tokens: m.tokens, entry: dictionary.entries[m.entry], proclitics: analysis.proclitics,
                        hasEnclitic: analysis.encliticLength > 0
                            || Self.counterparts.contains(doc.candidates[Int(doc.tokens[i].candidates.lowerBound)].hash)
                    ))
                i = m.tokens.upperBound
            } else {
                i += 1
            }
        }
        return items
    }

    /// Whether the last item found ends right before token `t` and is a title or a demonym («الرئيس الإيراني»).
    private func followsTitle(_ t: Int, _ items: [Item]) -> Bool {
        guard let last = items.last, last.tokens.upperBound == t else { return false }
        switch last.entry {
        case .agent(_, .title, _), .adjective: return true
        default: return false
        }
    }

    /// Whether an entry can be the person an institution is named after: a known person, or a government or religious
    /// title («الملك»، «الأمير»، «الإمام») that the name follows.
    private func isEponymous(_ entry: ActorEntry) -> Bool {
        switch entry {
        case .person: return true
        case .agent(let sector, .title, _): return sector == "GOV" || sector == "REL"
        default: return false
        }
    }

    /// The sector of the institution whose name token `t` heads («جامعة» → EDU, «مطار» → "" for a place), if it is
    /// such a head: indefinite (the construct state) and without a pronoun suffix.
    private func eponymHead(_ t: Int, _ doc: Document) -> String? {
        guard doc.tokens[t].kind == .word, !dictionary.eponyms.isEmpty else { return nil }
        let r = doc.tokens[t].candidates
        for c in Int(r.lowerBound)..<Int(r.upperBound) {
            let candidate = doc.candidates[c]
            if candidate.encliticLength == 0, !candidate.proclitics.contains(.al),
                let sector = dictionary.eponyms[candidate.hash]
            {
                return sector
            }
        }
        return nil
    }

    /// «مدير جامعة الملك سعود»، «قاعدة الملك عبدالعزيز الجوية»، «مطار الملك خالد»: the title or person `m` after the
    /// head of an institution's name is part of that name. The person's name may go on in a second item («الأمير» +
    /// «سلطان بن عبدالعزيز»). The institution is a body of the head's sector, either the item ending in the head widened
    /// («جامعة»، «مدير جامعة») or a new one («قاعدة»); a place («مطار») names no actor. NB: the institution does not take the
    /// person's country: a title before it («رئيس جامعة …») must still chain with a body. Returns the token after the
    /// name.
    private func addEponym(
        _ m: PhraseLexicon.Match, sector: String, _ doc: Document, _ range: Range<Int>, _ items: inout [Item],
        _ buffer: inout [PhraseLexicon.Match]
    ) -> Int {
        var end = m.tokens.upperBound
        if end < range.upperBound, doc.tokens[end].kind == .word,
            let next = bestMatch(doc, at: end, limit: range.upperBound, buffer: &buffer),
            case .person = dictionary.entries[next.entry]
        {
            end = next.tokens.upperBound
        } else if case .agent = dictionary.entries[m.entry], end < range.upperBound, doc.tokens[end].kind == .word,
            !Self.functionWords.contains(doc.candidates[Int(doc.tokens[end].candidates.lowerBound)].hash)
        {
            end += 1  // the name after a bare title («الملك سعود»)
        }
        let head = m.tokens.lowerBound - 1
        // NB: the head may end a title item too («مدير جامعة» matches «مدير الجامعة»).
        if let last = items.indices.last, items[last].tokens.upperBound == m.tokens.lowerBound,
            case .agent = items[last].entry
        {
            items[last].tokens = items[last].tokens.lowerBound..<end
        } else if !sector.isEmpty {
            let r = doc.tokens[head].candidates
            let analysis = (Int(r.lowerBound)..<Int(r.upperBound)).lazy.map { doc.candidates[$0] }.first {
                dictionary.eponyms[$0.hash] != nil
            }
            items.append(
                Item(
                    tokens: head..<end, entry: .agent(sector: sector, kind: .body),
                    proclitics: analysis?.proclitics ?? [], hasEnclitic: false))
        }
        return end
    }

    /// The longest dictionary phrase at a token. A pronoun suffix is accepted only on a title («نظيره
    /// الروسي»، «سفيرها»): on other words it is mostly a misreading («مرورهم» is not «مرور» + «هم»).
    private func bestMatch(_ doc: Document, at i: Int, limit: Int, buffer: inout [PhraseLexicon.Match])
        -> PhraseLexicon.Match?
    {
        buffer.removeAll(keepingCapacity: true)
        dictionary.lexicon.matches(in: doc, at: i, limit: limit, into: &buffer)
        var best: PhraseLexicon.Match?
        for m in buffer {
            if doc.candidates[m.firstAnalysis].encliticLength > 0 {
                guard case .agent(_, .title, _) = dictionary.entries[m.entry] else { continue }
            }
            // A name does not take the article: «المسبب الرئيسي» is "the main cause", not «رئيسي». Names written
            // with it («الأسد») match as written.
            if doc.candidates[m.firstAnalysis].proclitics.contains(.al), case .person = dictionary.entries[m.entry] {
                continue
            }
            // «علي بن أبي طالب»، «الأمير عبد العزيز بن سلمان بن عبد العزيز»: a known name right after «بن»/«بنت»/«ابن» is a
            // father's inside someone else's lineage, not that person.
            if i > 0, Self.lineage.contains(doc.formHash(i - 1)), case .person = dictionary.entries[m.entry] {
                continue
            }
            if let b = best {
                let stemM = doc.candidates[m.firstAnalysis].stem.count
                let stemB = doc.candidates[b.firstAnalysis].stem.count
                if m.tokens.count < b.tokens.count { continue }
                if m.tokens.count == b.tokens.count && stemM < stemB { continue }
                if m.tokens.count == b.tokens.count && stemM == stemB {
                    // One name, two dated roles («غوتيريش», «توسك»): the role held at the article date.
                    if let date = doc.published, let inM = dictionary.entries[m.entry].isInOffice(on: date),
                        let inB = dictionary.entries[b.entry].isInOffice(on: date), inM != inB
                    {
                        if !inM { continue }
                    } else if m.entry > b.entry {
                        continue
                    }
                }
            }
            best = m
        }
        return best
    }

    /// Whether token `t` follows a kind of place and a name of one or two words («بولاية كانساس»، «في مدينة سان
    /// دييغو»).
    private func followsPlaceName(_ t: Int, _ doc: Document) -> Bool {
        for back in 2...3 where t - back >= 0 {
            guard (t - back + 1..<t).allSatisfy({ doc.tokens[$0].kind == .word }) else { return false }
            let r = doc.tokens[t - back].candidates
            if doc.tokens[t - back].kind == .word,
                (Int(r.lowerBound)..<Int(r.upperBound)).contains(where: {
                    Self.placeKinds.contains(doc.candidates[$0].hash)
                })
            {
                return true
            }
        }
        return false
    }
    /// «صحفي» as an adjective ("press"), and the words of speaking it qualifies («مؤتمر صحفي»، «تصريحات صحافية»).
    static let press: Set<UInt64> = Set(
        ["صحفي", "صحافي", "صحفية", "صحافية", "صحفيا", "صحافيا", "صحفيه", "صحافيه"].map {
            FormHash.hash(FoldedText.fold($0))
        })
    static let pressNouns: Set<UInt64> = Set(
        [
            "مؤتمر", "مؤتمرا", "مؤتمرات", "تصريح", "تصريحا", "تصريحات", "بيان", "بيانا", "بيانات", "حوار", "حوارا",
            "لقاء", "لقاءات", "مقابلة", "مقابلات", "ايجاز", "إيجاز", "تقرير", "تقارير", "جولة", "اسئلة", "أسئلة",
        ].map { FormHash.hash(FoldedText.fold($0)) })

    func hasAnalysis(_ doc: Document, _ t: Int, in set: Set<UInt64>) -> Bool {
        let r = doc.tokens[t].candidates
        return (Int(r.lowerBound)..<Int(r.upperBound)).contains { set.contains(doc.candidates[$0].hash) }
    }

    static let placeKinds: Set<UInt64> = Set(
        ["ولاية", "مدينة", "محافظة", "إقليم", "منطقة", "بلدة", "قرية", "جزيرة", "ضاحية", "مقاطعة", "بلدية"].map {
            FormHash.hash(FoldedText.fold($0))
        })

    /// Whether the singular definite demonym at `t` («الإيراني»، «الإيرانية») follows a definite noun that is not
    /// an actor, nor a word for a party («الجانب»، «الطرف»، «الوفد»): then it is that noun's adjective.
    private func isAttributive(_ t: Int, _ doc: Document, _ mentions: ArraySlice<Mention>) -> Bool {
        guard t > 0, doc.tokens[t - 1].kind == .word, mentions.last?.tokens.upperBound != t else { return false }
        func bytes(_ i: Int) -> ArraySlice<UInt8> {
            let r = doc.tokens[i].normalized
            var b = doc.normalized[Int(r.lowerBound)..<Int(r.upperBound)]
            if b.starts(with: Self.wa) || b.starts(with: Self.fa) { b = b.dropFirst(2) }
            return b
        }
        let word = bytes(t)
        guard word.starts(with: Self.article), word.last == Self.ya || word.reversed().starts(with: Self.ehReversed)
        else { return false }
        let previous = bytes(t - 1)
        guard previous.starts(with: Self.article) else { return false }
        return !Self.parties.contains(doc.candidates[Int(doc.tokens[t - 1].candidates.lowerBound)].hash)
    }
    static let ya: UInt8 = Array("ي".utf8).last!
    /// «يه» (folded «ية») reversed, the feminine ending of a demonym.
    static let ehReversed: [UInt8] = Array("يه".utf8).reversed()
    static let parties: Set<UInt64> = Set(
        ["الجانب", "الطرف", "الوفد", "والجانب", "والطرف", "والوفد"].map { FormHash.hash(FoldedText.fold($0)) })

    /// Whether an item's first word has the article («الوزير», also written into a dictionary form).
    private func isDefinite(_ item: Item, _ doc: Document) -> Bool {
        item.proclitics.contains(.al) || hasArticle(item.tokens.lowerBound, doc)
    }
    /// Whether an item's last word has the article («مجلس الوزراء»).
    private func endsDefinite(_ item: Item, _ doc: Document) -> Bool { hasArticle(item.tokens.upperBound - 1, doc) }
    /// Whether token `t` is written with the article, after «و»/«ف» if any (see `Document.writesArticle`).
    private func hasArticle(_ t: Int, _ doc: Document) -> Bool { doc.writesArticle(t) }
    static let wa: [UInt8] = Array("و".utf8)
    /// Whether the words between a title and an adjective go on a ministry's name: «و» and the article on the first
    /// («والشؤون»، «والإعلام»), the article on the next, words only.
    private func isPortfolio(_ range: Range<Int>, _ doc: Document) -> Bool {
        guard let first = range.first, range.allSatisfy({ doc.tokens[$0].kind == .word && hasArticle($0, doc) }) else {
            return false
        }
        let r = doc.tokens[first].normalized
        return doc.normalized[Int(r.lowerBound)..<Int(r.upperBound)].starts(with: Self.wa)
    }
    static let alef: [UInt8] = Array("ا".utf8)
    /// «ت»: a past verb with a feminine subject ends in it («شنت»، «أطلقت»).
    static let ta: [UInt8] = Array("ت".utf8)

    /// One indefinite word ending in the accusative alef («ضابطا»، «جنديا»).
    private func isAccusative(_ item: Item, _ doc: Document) -> Bool {
        item.tokens.count == 1 && !item.proclitics.contains(.al) && endsWithAlef(doc, item.tokens.lowerBound)
            && doc.tokens[item.tokens.lowerBound].normalized.count > 4
    }
    static let theRegion = FormHash.hash(FoldedText.fold("الإقليم"))
    static let region = FormHash.hash(FoldedText.fold("إقليم"))

    private func hasAnalysis(_ doc: Document, _ t: Int, _ hash: UInt64) -> Bool {
        let r = doc.tokens[t].candidates
        return (Int(r.lowerBound)..<Int(r.upperBound)).contains { doc.candidates[$0].hash == hash }
    }
    static let fa: [UInt8] = Array("ف".utf8)

    private func isToken(_ doc: Document, _ t: Int, _ hash: UInt64) -> Bool {
        t >= 0 && t < doc.tokens.count && doc.candidates[Int(doc.tokens[t].candidates.lowerBound)].hash == hash
    }

    /// Whether the words before `start` make what follows a place: «في», or a region word after «في» or with
    /// «بـ» («في شمال العراق»، «بجنوب لبنان»).
    private func opensPlace(_ doc: Document, _ start: Int) -> Bool {
        if isToken(doc, start - 1, Self.fi) { return true }
        let t = start - 1
        guard t >= 0, doc.tokens[t].kind == .word else { return false }
        let r = doc.tokens[t].candidates
        for c in Int(r.lowerBound)..<Int(r.upperBound) where Self.regions.contains(doc.candidates[c].hash) {
            if doc.candidates[c].proclitics.contains(.bi) || isToken(doc, t - 1, Self.fi) { return true }
        }
        return false
    }

    /// Honorifics and name words between a title and a known surname: words, and no function word or number.
    /// NB: not after a comma: there a word before a known name mostly opens a clause («وزراء خارجية المجلس في
    /// قطر، سيلتقي كيري»); a name right after the comma is handled by the caller.
    private func nameWords(_ doc: Document, _ range: Range<Int>) -> Bool {
        for t in range {
            guard doc.tokens[t].kind == .word else { return false }
            if Self.functionWords.contains(doc.candidates[Int(doc.tokens[t].candidates.lowerBound)].hash) {
                return false
            }
        }
        return true
    }

    /// The rest of a known person's lineage before the title in apposition: «الأمير محمد بن نايف [بن عبدالعزيز آل
    /// سعود] ولي العهد»، «… [بن عبدالعزيز،] أمير منطقة الرياض»: «بن»، «بنت»، «ابن» or «آل» first, then name words
    /// (at most six words, and a comma at the end). NB: not for a name that is itself a father's inside a longer
    /// lineage («الأمير عبد العزيز بن [سلمان بن عبد العزيز] آل سعود نائبًا لوزير البترول»: the title is the son's).
    private func patronymic(_ doc: Document, _ range: Range<Int>) -> Bool {
        var words = range
        if !words.isEmpty, isComma(doc, words.upperBound - 1) { words = words.lowerBound..<(words.upperBound - 1) }
        guard words.count >= 2, words.count <= 6, Self.lineage.contains(doc.formHash(words.lowerBound)) else {
            return false
        }
        return nameWords(doc, words) && isLineage(doc, words)
    }

    /// Whether words are links and names only: each link («بن»، «بنت»، «ابن») followed by a name of one or two words
    /// («بن عبد العزيز»), and «آل» by the one word of the family, which ends the lineage. So «آل سعود برقية تهنئة
    /// لفخامة» is no lineage: in «بعث الملك سلمان بن عبدالعزيز آل سعود برقية تهنئة لفخامة الرئيس …» the title after it
    /// is the recipient's, not the king's in apposition.
    private func isLineage(_ doc: Document, _ words: Range<Int>) -> Bool {
        var t = words.lowerBound
        while t < words.upperBound {
            guard Self.lineage.contains(doc.formHash(t)) else { return false }
            let family = Self.family.contains(doc.formHash(t))
            t += 1
            var name = 0
            while t < words.upperBound && !Self.lineage.contains(doc.formHash(t)) {
                name += 1
                t += 1
            }
            guard name >= 1, name <= (family ? 1 : 2), !family || t == words.upperBound else { return false }
        }
        return true
    }

    /// Whether token `t` ends in alef: the indefinite accusative («ضابطا»)، and a title in the accusative after a
    /// name is what he was made («تعيين الأمير … آل سعود وزيرًا للدفاع»), not his title in apposition.
    func endsWithAlef(_ doc: Document, _ t: Int) -> Bool { doc.tokenEnds(t, with: Self.alef) }

    /// Whether an item of two words or more, none with the article, ends in a relative adjective («منظمات حقوقية»،
    /// «مصادر أمنية»، «ناشطون حقوقيون»): a noun and its adjective, which take no genitive after them.
    private func endsInAdjective(_ item: Item, _ doc: Document) -> Bool {
        guard item.tokens.count >= 2, !item.tokens.contains(where: { hasArticle($0, doc) }) else { return false }
        let t = item.tokens.upperBound - 1
        return Self.nisbaEndings.contains { doc.tokenEnds(t, with: $0, stemBytes: 4) }
    }
    /// «ـية»، «ـيون»، «ـيين»: the endings of a relative adjective (folded: «ة» is kept).
    static let nisbaEndings: [[UInt8]] = ["ية", "يون", "يين"].map { Array($0.utf8) }

    /// Plural titles: a group of office-holders, never one person's title in apposition.
    static let pluralTitles = FormHash.folded([
        "الأمراء", "الوزراء", "العلماء", "السفراء", "المشايخ", "الأعيان", "المسؤولين", "المسؤولون", "القادة",
    ])

    /// «بن»، «بنت»، «ابن»، «آل»: the words that carry a lineage on.
    static let lineage = FormHash.folded(NameWords.joiners + NameWords.family)
    static let family = FormHash.folded(NameWords.family)
    /// Ranks and honorifics before a name («العقيد»، «النائب»، «الشيخ»): after a body they open the name of the holder
    /// of a title before it.
    /// NB: with «الضابط» and «النائب», which the coder leaves out («النائب» is also "the deputy").
    static let ranks = FormHash.folded(NameWords.ranks + ["الضابط", "النائب"])

    /// «نظيره»، «نظراءه»: titles that carry their own pronoun and name the other party, never in apposition.
    static let counterparts: Set<UInt64> = Set(
        ["نظيره", "نظيرها", "نظيريه", "نظيريها", "نظراءه", "نظرائه", "نظراءها"].map {
            FormHash.hash(FoldedText.fold($0))
        })

    static let functionWords: Set<UInt64> = Set(
        [
            "في", "من", "الى", "على", "عن", "مع", "ضد", "ان", "انه", "انها", "التي", "الذي", "الذين", "قد", "لقد",
            "كان",
            "كانت", "امس", "اليوم", "او", "ثم", "بعد", "قبل", "خلال", "حول", "لدى", "بين", "قال", "اكد", "ان", "هذا",
            "هذه",
            "ذلك", "تلك", "كل", "لا", "لم", "لن", "ما",
        ].map { FormHash.hash(FoldedText.fold($0)) })

    @inline(__always)
    private func isAdjective(_ item: Item) -> Bool {
        if case .adjective = item.entry { return true }
        return false
    }

    func isComma(_ doc: Document, _ t: Int) -> Bool { t >= 0 && t < doc.tokens.count && doc.isComma(t) }

    private func compose(
        _ items: [Item], sentence s: Int, _ doc: Document, _ mentions: inout [Mention], _ places: inout [PlaceMention]
    ) {
        var k = 0
        while k < items.count {
            let first = items[k]
            let start = first.tokens.lowerBound
            var chain = MentionChain(end: first.tokens.upperBound)

            // Locative: «في» + country/capital is a place, and so is a place coordinated with it («في العراق
            // وسوريا»).
            let afterPlace =
                first.proclitics.contains(.wa)
                && places.last.map { $0.isLocative && $0.sentence == s && $0.tokens.upperBound == start } ?? false
            if case .capital(let c) = first.entry,
                opensPlace(doc, start) || first.proclitics.contains(.bi) || afterPlace
            {
                places.append(place(doc, first.tokens, s, c, locative: true))
                k += 1
                continue
            }
            if case .state(let c) = first.entry, opensPlace(doc, start) || afterPlace {
                places.append(place(doc, first.tokens, s, c, locative: true))
                k += 1
                continue
            }
            // «بولاية كانساس الأمريكية»، «في مدينة ليون الفرنسية»: a country's adjective after a kind of place and its
            // name tells where the place is; it names no actor.
            if case .adjective(let c) = first.entry, followsPlaceName(start, doc) {
                places.append(place(doc, first.tokens, s, c, locative: true))
                k += 1
                continue
            }
            // «الأمير تركي بن محمد»، «تركي الفيصل» after a title: a bare nisba before «بن» or after a definite title is a
            // given name, not a country.
            if case .adjective = first.entry, first.tokens.count == 1, !first.proclitics.contains(.al),
                first.tokens.upperBound < doc.tokens.count,
                Self.lineage.contains(doc.formHash(first.tokens.upperBound))
                    || (k > 0 && items[k - 1].tokens.upperBound == start && isDefinite(items[k - 1], doc)
                        && items[k - 1].isTitle)
            {
                k += 1
                continue
            }
            // «عبدالله التركي»، «أبو قتادة التونسي»: a definite demonym right after a given name (or a kunya, «أبو» and a
            // name) is the person's nisba surname, no country. NB: not after a title («الرئيس التركي»), nor with «و»
            // («والتركي»: another party).
            if case .adjective = first.entry, first.tokens.count == 1, first.proclitics.isSubset(of: [.al]),
                doc.writesArticle(start),
                endsGivenName(before: start, floor: k > 0 ? items[k - 1].tokens.upperBound : 0, doc)
            {
                k += 1
                continue
            }
            // «مؤتمر صحفي»، «في تصريح صحافي»: «صحفي» right after a word of speaking is its adjective ("press"), not a
            // journalist.
            if case .agent = first.entry, first.tokens.count == 1, start > 0, doc.tokens[start - 1].kind == .word,
                hasAnalysis(doc, start, in: Self.press), hasAnalysis(doc, start - 1, in: Self.pressNouns)
            {
                k += 1
                continue
            }
            if case .capital(let c) = first.entry { places.append(place(doc, first.tokens, s, c, locative: false)) }
            if case .state(let c) = first.entry { places.append(place(doc, first.tokens, s, c, locative: false)) }

            chain.absorb(first, published: doc.published)
            var last = first
            var j = k + 1
            // «مواطن يمني»، «مقيم من الجنسية الباكستانية»: people whose country is their nationality.
            var byNationality = false
            // Extend the chain with adjacent items.
            while j < items.count {
                let next = items[j]
                if next.proclitics.contains(.wa) || next.proclitics.contains(.fa) { break }
                let gap = next.tokens.lowerBound - chain.end
                var joins = false
                switch next.entry {
                case .agent(let sector, let kind, _):
                    // «وزير الخارجية الروسي» chains, and so does a title in apposition to a name («أسامة
                    // النجيفي نائب رئيس الجمهورية»); «كيري نظيره الروسي» is subject + object, not one actor.
                    // NB: a collective of people heads its own phrase: «قتلت الشرطة مسلحين» is subject + object.
                    // «استقبل الوزير المستشار الدبلوماسي»: two definite titles side by side are two people.
                    var twoTitles = false
                    if case .agent(_, .title, _) = last.entry, kind == .title, isDefinite(last, doc),
                        isDefinite(next, doc)
                    {
                        twoTitles = true
                    }
                    // «استقبل الأمير محمد بن نايف … ولي العهد السفير الفرنسي»: after a person and his title, a definite
                    // title is another person (the object).
                    // «وانتقد رئيس البرلمان الكويتي مرزوق الغانم الحكومة العراقية»: so is a definite body (the object).
                    if chain.personCode != nil, chain.hasAgent, kind == .title || kind == .body, isDefinite(next, doc) {
                        twoTitles = true
                    }
                    // «وهنأ مجلس الوزراء الرئيس المصري»، «استقبل الملك بمقر الديوان الملكي وزير الخارجية»: a body whose
                    // last word has the article takes no genitive, and is no person a title could stand in apposition
                    // to: a title after it is another actor. NB: not after a title («رئيس مجلس الوزراء وزير الداخلية»),
                    // nor for a body in another's phrase («الناطق الإعلامي بشرطة المنطقة العقيد …»، «عضو اللجنة في
                    // البرلمان النائب …»), nor before a rank («… الجماعات المسلحة العميد المتقاعد …»): the title there is
                    // the first title's holder.
                    if case .agent(_, .body, _) = first.entry, kind == .title, chain.titleSector == nil,
                        chain.personCode == nil, endsDefinite(last, doc),
                        first.proclitics.isDisjoint(with: [.bi, .li]),
                        !(k > 0 && items[k - 1].tokens.upperBound == start),
                        !(start > 0 && isToken(doc, start - 1, Self.inTheNameOf)),
                        !Self.ranks.contains(doc.formHash(next.tokens.lowerBound)),
                        // «الجهات الأمنية المسؤولة»، «الحزب الحاكم»: a definite title alone is the body's adjective; one
                        // that heads its own phrase has a demonym or a name right after it («الرئيس المصري»).
                        !isDefinite(next, doc)
                            || (j + 1 < items.count && items[j + 1].tokens.lowerBound == next.tokens.upperBound)
                    {
                        twoTitles = true
                    }
                    // «ورشق المصلون [الفلسطينيون] الشرطة بالحجارة»: a collective with the article takes no genitive; a
                    // definite body after it (or after its demonym) is another party. NB: not a title, which may be
                    // an adjective («القتلى العسكريين»).
                    // «طالب النواب [الكويتيون] الحكومة»، «انتقد المسؤولون الإيرانيون الحكومة الأمريكية»: so does a
                    // definite one-word title right before the body (a noun with the article heads no genitive). NB: not
                    // «المتحدث باسم البحرية», one title of two words.
                    if case .agent(_, let headKind, _) = first.entry,
                        headKind == .people || headKind == .anonymous
                            || (headKind == .title && gap == 0 && first.tokens.count == 1),
                        kind == .body, isDefinite(first, doc), isDefinite(next, doc),
                        last.tokens == first.tokens || isAdjective(last)
                    {
                        twoTitles = true
                    }
                    // «وانتقدت مجموعات معنية بالدفاع عن حقوق الإنسان وزارة الداخلية»: a phrase whose last word has the
                    // article takes no genitive, so a body in the construct state right after it («وزارة …») is
                    // another party, and so is a definite body after a phrase of two words or more («وتتهم منظمات
                    // الدفاع عن حقوق الإنسان القوات الحكومية»). NB: a definite body after one definite word may be its
                    // adjective («القوات البحرية»، «الفصائل المعارضة»). «وانتقدت منظمات حقوقية الحكومة المصرية»: nor does a
                    // noun with its adjective take a genitive («حقوقية»، «أمنيون»).
                    if kind == .body, gap == 0, last.tokens == first.tokens,
                        (endsDefinite(last, doc) && (!isDefinite(next, doc) || first.tokens.count >= 2))
                            || (isDefinite(next, doc) && endsInAdjective(first, doc))
                    {
                        twoTitles = true
                    }
                    // «الجيش التركي ضربات جوية»: an indefinite body after an actor that has its country is a new
                    // phrase (here the act's object), not a part of that actor; so is an indefinite agent after
                    // anonymous people («خطف مسلحون مجهولون مصورا»: subject, then object).
                    // «قتلت مجموعة مسلحة ضابطا»: nor is an indefinite word in the accusative («ضابطا»، «جنديا»), the
                    // verb's object.
                    let newPhrase =
                        !isDefinite(next, doc)
                        && (((kind == .body || kind == .title) && chain.country != nil)
                            || (chain.isAnonymous && kind != .anonymous) || isAccusative(next, doc))
                    // «استقبل مسعود بارزاني وزير الخارجية القطري»: a title whose demonym names another country than
                    // the known person's before it is another person's title (the object), not an apposition.
                    // «استدعت وزارة الخارجية الألمانية السفير التركي»: so is a title after an agent that already has
                    // its country.
                    var otherCountry = false
                    // «وزير الخارجية عادل الجبير وزير الخارجية الأمريكي»: a title, a known person, and another title.
                    // «استقبل الأمين العام لجامعة الدول العربية وزير الخارجية الروسي»، «بان كي مون وزير الخارجية
                    // الإيراني»: an office of an international organisation (or its holder) has no country (`own` is
                    // nil), so any country's title after it is another person's.
                    let international =
                        chain.country == nil && (chain.organization != nil || chain.personCode?.organization != nil)
                    let own =
                        chain.kind == .person ? chain.personCode?.country : chain.country ?? chain.personCode?.country
                    if kind == .title, own != nil || international,
                        j + 1 < items.count, items[j + 1].tokens.lowerBound == next.tokens.upperBound
                    {
                        switch items[j + 1].entry {
                        case .adjective(let c), .state(let c), .capital(let c): otherCountry = c != own
                        default: break
                        }
                    }
                    // «استقبل الأمير فيصل بن بندر مدير الجوازات»: right after a known person in office, named by two
                    // words or more, an indefinite title of another sector than his role's (and not a government's) is
                    // another person's (the object), not an apposition. NB: a title of his own role's sector stays his
                    // («عادل الجبير وزير الخارجية»); a surname alone may be a namesake's («نورة عريقات، محامية …»).
                    let otherRole =
                        kind == .title && !isDefinite(next, doc) && last.isPerson && last.tokens.count >= 2
                        && chain.personCode?.sector.map { sector != $0 && sector != "GOV" } == true
                    // «استقبل وزير الخارجية السعودي الأمراء»: a plural title after an agent with its country is other
                    // people (the object), not his title.
                    let plural =
                        kind == .title && chain.country != nil && next.tokens.count == 1
                        && Self.pluralTitles.contains(doc.formHash(next.tokens.lowerBound))
                    joins =
                        !plural && next.proclitics.isSubset(of: [.al]) && !next.hasEnclitic
                        && !((kind == .people || kind == .anonymous) && chain.hasAgent) && !twoTitles && !newPhrase
                        && !otherCountry && !otherRole
                        && !(chain.personCode != nil && kind == .title && endsWithAlef(doc, next.tokens.lowerBound))
                        && ((gap == 0 && chain.hasAgent)
                            || ((chain.kind == .person || chain.personCode != nil) && kind == .title
                                && (gap == 0 || (gap == 1 && isComma(doc, chain.end))
                                    || (!(start > 0 && Self.lineage.contains(doc.formHash(start - 1)))
                                        && !endsWithAlef(doc, next.tokens.lowerBound)
                                        && patronymic(doc, chain.end..<next.tokens.lowerBound)))))
                    // «القوات المشتركة للتحالف»: forces «لـ» the coalition are the coalition's (see
                    // `HomeCountryResolver.resolveCoalitions`), not the home country's army beside it.
                    if !joins, gap == 0, kind == .body, next.proclitics == [.li], next.tokens.count == 1,
                        chain.country == nil, chain.organization == nil, chain.bodySector == "MIL",
                        HomeCountryResolver.coalitionWords.contains(doc.formHash(next.tokens.lowerBound))
                    {
                        joins = true
                    }
                case .adjective:
                    // «الأمير تركي بن محمد»: an adjective agrees with its noun in definiteness; a bare nisba after a
                    // definite title is a given name, not the title's country.
                    joins =
                        gap == 0 && (chain.hasAgent || chain.organization != nil) && chain.country == nil
                        && !(isDefinite(last, doc) && !next.proclitics.contains(.al))
                    // «وزير الأوقاف والشؤون الدينية الفلسطيني»: the rest of a ministry's name, joined by «و» («والشؤون
                    // الدينية»، «والإعلام»), stands between a minister's title and his country's adjective.
                    if !joins, chain.hasAgent, chain.country == nil, last.isTitle, endsDefinite(last, doc),
                        next.proclitics.contains(.al), (1...2).contains(gap),
                        isPortfolio(chain.end..<next.tokens.lowerBound, doc)
                    {
                        joins = true
                    }
                    // «مقيم من الجنسية الباكستانية»، «عناصر يحملون الجنسية اليمنية»: people named by a nationality
                    // phrase after them are of that country (not the story's).
                    if !joins, chain.hasAgent, chain.country == nil, chain.organization == nil, gap == 2,
                        next.proclitics == [.al], next.tokens.count == 1,
                        Self.nationalityForms.contains(doc.formHash(chain.end + 1)),
                        Self.ofNationality.contains(doc.formHash(chain.end))
                    {
                        if case .agent(_, let headKind, _) = first.entry, headKind == .people || headKind == .title {
                            joins = true
                        }
                    }
                case .state, .capital:
                    // Genitive («حكومة إيران») or «في» («المسؤولون في كييف»).
                    // NB: a word with the article takes no genitive («وهنأ مجلس الوزراء جمهورية مصر العربية»); a name
                    // with the article after it is its adjective («وكالة الأنباء السعودية»).
                    // NB: not strikes «في» a country («الضربات الجوية في سوريا»): where they hit, not whose they are.
                    if chain.hasAgent && chain.country == nil && next.proclitics.isEmpty {
                        joins =
                            (gap == 0 && (!endsDefinite(last, doc) || isDefinite(next, doc)))
                            || (gap == 1 && isToken(doc, chain.end, Self.fi)
                                && !Self.strikes.contains(doc.formHash(last.tokens.lowerBound)))
                    }
                    // «وزير الخارجية بجمهورية مصر العربية»، «مجلس الوزراء بمملكة البحرين»: «بـ» + the state's full
                    // name («جمهورية»، «مملكة»، «دولة»، «سلطنة») after an office is the office's country, as «في» is.
                    if chain.hasAgent, chain.country == nil, gap == 0, next.proclitics == [.bi],
                        Self.withStatehood.contains(doc.formHash(next.tokens.lowerBound))
                    {
                        joins = true
                    }
                    // «المعارضة السورية»، «الحكومة السورية»: a name that is also the feminine adjective («سورية»), with the
                    // article right after an agent, is the adjective.
                    if case .state = next.entry, chain.hasAgent, chain.country == nil, gap == 0,
                        next.proclitics == [.al]
                    {
                        joins = true
                    }
                case .person(let code, _, _, _):
                    // The name after a title, also after a comma («وزير الخارجية الروسي، سيرغي لافروف») or after
                    // honorifics and first names («وزير الخارجية الأستاذ عادل بن أحمد الجبير»).
                    // «ووجه الوزير الأمريكي الشكر للملك سلمان»: a person after «لـ» or «بـ», past a title that has its
                    // country, is the object of a preposition, never a name in apposition (but «مستشار قديم
                    // لنتنياهو» is Netanyahu's adviser).
                    joins =
                        (chain.hasAgent || chain.kind == .state)
                        && (chain.country == nil || next.proclitics.isDisjoint(with: [.li, .bi]))
                        && (gap == 0 || (gap == 1 && isComma(doc, chain.end))
                            // «التفجير الإرهابي وأعرب فرانك …»: not after anonymous people (an adjective there, often).
                            || (chain.hasAgent && !chain.isAnonymous && gap <= 4
                                && nameWords(doc, chain.end..<next.tokens.lowerBound)))
                        && chain.personCode == nil
                    if joins, case .state = first.entry, !chain.hasAgent { joins = false }
                    // «للرئيس السوداني تحيات الرئيس السيسي»: a known person named with his own title («الرئيس
                    // السيسي»), of another country than the title's demonym, is someone else. NB: not a bare surname
                    // («نائب رئيس شرطة كابول سيد غول اغا روحاني» is the officer's own name).
                    if joins, gap > 0, isDefinite(next, doc), let own = chain.country, let theirs = code.country,
                        own != theirs
                    {
                        joins = false
                    }
                // «رئيس مجلس الشورى خادم الحرمين الشريفين»: a known person after a named institution is someone
                // else (the institution's name is not the person's).
                case .named(let code, _):
                    // «قوات التحالف» + organization: an agent of an organization.
                    // «مقاتلين من تنظيم داعش»، «عناصر في حزب الله»: members of an organization.
                    // Not «الحكومة الأردنية من الأمم المتحدة»: an agent with its own country is not a member.
                    // Not «وانتقد الوزير الأمريكي داعش»، «وهدد الجيش العراقي تنظيم داعش»: a word with the article takes no
                    // genitive, so an organization right after it with no «لـ»/«بـ» is the verb's object (but «الأمين العام
                    // للأمم المتحدة»، «المتحدث باسم داعش»).
                    joins =
                        ((gap == 0
                            && (!next.proclitics.isDisjoint(with: [.li, .bi]) || !isDefinite(last, doc)
                                || isToken(doc, chain.end - 1, Self.inTheNameOf)))
                            || (gap == 1 && chain.country == nil
                                && (isToken(doc, chain.end, Self.fi) || isToken(doc, chain.end, Self.min))))
                        && chain.hasAgent && chain.organization == nil && code.organization != nil
                    // «رئيس جامعة هارفارد»، «مدير وكالة المخابرات المركزية»، «رئيس إقليم كردستان»: a title heading a
                    // named state institution or region is its officer, and so is a definite title before one with «لـ»
                    // («الأمين العام لحزب الله»). NB: without «لـ», only a title that needs its complement (one word, or
                    // ending in «باسم»): «رئيس مجلس الشورى خادم الحرمين الشريفين» is two people.
                    if gap == 0, code.organization == nil, code.country != nil, chain.hasAgent, chain.country == nil,
                        case .agent(_, .title, _) = last.entry,
                        next.proclitics.isEmpty
                            ? last.tokens.count == 1 || isToken(doc, chain.end - 1, Self.inTheNameOf)
                            : next.proclitics == [.li] && isDefinite(last, doc)
                    {
                        joins = true
                    }
                    // «أحد المستشارين في الكرملين»، «مسؤول في طالبان»، «مسؤولون عسكريون في حزب الله»: a title or people «في» a
                    // named organ of a state, or a named group of a country, are that organ's or group's.
                    if gap == 1, isToken(doc, chain.end, Self.fi), code.organization == nil, code.country != nil,
                        code.sector != nil, chain.hasAgent, chain.country == nil, chain.organization == nil,
                        next.proclitics.isEmpty
                    {
                        if case .agent(_, let headKind, _) = last.entry, headKind == .title || headKind == .people {
                            joins = true
                        }
                    }
                    // «ومقاتلو حزب الله»، «مسلحي حركة طالبان»: fighters or gunmen in the construct state before a named
                    // armed group are that group's, not the story's home country's.
                    if gap == 0, code.organization == nil, code.country != nil, code.sector == "REB",
                        chain.country == nil,
                        chain.organization == nil, next.proclitics.isEmpty, !isDefinite(last, doc)
                    {
                        if case .agent(_, let headKind, _) = last.entry, headKind == .people || headKind == .anonymous {
                            joins = true
                        }
                    }
                    // «مقاتلات التحالف العربي»، «مقاتلات التحالف الدولي»: a military body (aircraft, troops) in the construct
                    // state before a named force is that force's, not the story's home country's.
                    if gap == 0, code.organization == nil, code.country != nil, code.sector == "MIL",
                        chain.country == nil, chain.organization == nil, next.proclitics.isEmpty, !isDefinite(last, doc)
                    {
                        if case .agent("MIL", .body, _) = last.entry { joins = true }
                    }
                    // «المكتب الإعلامي لحزب الله»: an office of two words or more before «لـ» and a named body with its
                    // country is that body's organ, not the home country's.
                    if gap == 0, code.organization == nil, code.country != nil, chain.country == nil,
                        chain.organization == nil, next.proclitics == [.li], last.tokens.count >= 2,
                        isDefinite(last, doc)
                    {
                        if case .agent(_, .body, _) = last.entry { joins = true }
                    }
                case .pair:
                    joins = false
                }
                if !joins { break }
                if case .adjective = next.entry, case .agent(_, .people, _) = first.entry { byNationality = true }
                chain.absorb(
                    next, published: doc.published,
                    rank: next.tokens.count == 1 && Self.ranks.contains(doc.formHash(next.tokens.lowerBound)))
                last = next
                j += 1
            }

            // «رئاسة الإقليم»، «حكومة الإقليم» after «إقليم كردستان العراق»: the region named before, and its country.
            if chain.hasAgent && chain.country == nil && chain.organization == nil {
                let inChain = isToken(doc, chain.end - 1, Self.theRegion)
                let after =
                    !inChain && chain.end < doc.sentences[s].tokens.upperBound
                    && isToken(doc, chain.end, Self.theRegion)
                if inChain || after,
                    let region = mentions.last(where: { m in
                        m.actor.country != nil && m.kind == .state
                            && m.tokens.contains { hasAnalysis(doc, $0, Self.region) }
                    })
                {
                    chain.country = region.actor.country
                    if after { chain.end += 1 }
                }
            }
            // «المستوطنون»: a collective of one fixed country that no demonym or genitive placed is that country's.
            // NB: not a known person's title in apposition («الأمير محمد بن سلمان ولي ولي العهد»): the person gives
            // the country, and votes for the story's home as any named actor does.
            let fixed =
                chain.country == nil && chain.organization == nil && chain.fixedCountry != nil
                && chain.personCode?.country == nil
            if fixed { chain.country = chain.fixedCountry }
            var kind = chain.kind
            var actor: ActorCode
            var also: [ActorCode] = []
            if chain.isPair {
                let previous = distinctActors(before: mentions, limit: 2)
                guard previous.count == 2 else {
                    k = j
                    continue
                }
                actor = previous[0]  // the first-mentioned party acts; the other is in `also`
                also = [previous[1]]
            } else if let organization = chain.organization {
                actor = organization
            } else {
                guard let resolved = chain.actor else {
                    k = j
                    continue
                }
                actor = resolved
                if actor.country == nil { kind = .bareAgent }
            }
            let end = chain.end
            let span = TextSpan(start: doc.tokens[start].span.start, end: doc.tokens[end - 1].span.end)
            mentions.append(
                Mention(
                    span: span, tokens: start..<end, sentence: s, actor: actor, kind: kind, name: chain.name,
                    also: also,
                    leadingClitics: first.proclitics))
            if case .adjective = first.entry, j == k + 1 {
                mentions[mentions.count - 1].isDemonym = true
                // «الملف الإيراني»، «التدخل الإيراني»: a singular demonym alone after a definite noun that is no
                // actor qualifies that noun. («الجانب الإيراني» names a party: the side of a country.)
                mentions[mentions.count - 1].isAttributive = isAttributive(start, doc, mentions.dropLast())
                // «محمد خان – باكستاني الجنسية –»، «وهي فلسطينية الجنسية»: a demonym followed by «الجنسية» tells a
                // person's nationality: a civilian of that country.
                if end < doc.sentences[s].tokens.upperBound, Self.nationalityForms.contains(doc.formHash(end)) {
                    mentions[mentions.count - 1].actor = ActorCode(country: actor.country, sector: "CVL")
                    mentions[mentions.count - 1].isAttributive = false
                    mentions[mentions.count - 1].isNationality = true
                }
            }
            if chain.bodySector == nil && chain.titleSector != nil { mentions[mentions.count - 1].isOffice = true }
            if byNationality && actor.country != nil { mentions[mentions.count - 1].isNationality = true }
            if fixed { mentions[mentions.count - 1].hasFixedCountry = true }
            if kind == .bareAgent && chain.isAnonymous && chain.bodySector == nil && chain.titleSector == nil {
                mentions[mentions.count - 1].isAnonymous = true
            }
            k = j
        }
    }

    /// The last `limit` distinct actors (by code), oldest first.
    /// The last `limit` distinct actors (by country or organization), oldest first; people and titled
    /// agents first («الوزيران» are the two ministers just named, not the organizations around them).
    private func distinctActors(before mentions: [Mention], limit: Int) -> [ActorCode] {
        for peopleOnly in [true, false] {
            var out: [ActorCode] = []
            // NB: not the media that report («وذكرت وكالة الأنباء اليمنية أن الجانبين بحثا …»).
            for m in mentions.reversed().prefix(40)
            where m.kind != .reference && m.kind != .bareAgent && m.actor.sector != "MED" {
                if peopleOnly && m.kind != .person && m.kind != .agent { continue }
                if !out.contains(where: { $0.primary == m.actor.primary }) { out.append(m.actor) }
                if out.count == limit { return out.reversed() }
            }
        }
        return []
    }

    private func place(_ doc: Document, _ tokens: Range<Int>, _ s: Int, _ country: String, locative: Bool)
        -> PlaceMention
    {
        let span = TextSpan(
            start: doc.tokens[tokens.lowerBound].span.start, end: doc.tokens[tokens.upperBound - 1].span.end)
        return PlaceMention(
            span: span, tokens: tokens, sentence: s, country: country, name: String(doc.text(of: span)),
            isLocative: locative)
    }
}
