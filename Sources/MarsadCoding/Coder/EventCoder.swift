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
    public var name: String { "ar.code.v1" }
    public var requires: Set<Annotation> { Self.required }
    public var provides: Set<Annotation> { [.events] }
    private static let required: Set<Annotation> = [
        .tokens, .words, .sentences, .mentions, .triggers, .temporals, .places,
    ]

    /// The patterns and cue words the coder reads.
    public var triggers: TriggerLexicon { storage.triggers }
    /// NB: behind one reference. The coder's closures capture `self`, and Swift copied the whole struct into
    /// their contexts (a retain and a release per array of the trigger lexicon: about 2% of coding time).
    private let storage: Storage

    private final class Storage: Sendable {
        let triggers: TriggerLexicon
        /// The rules of patterns whose two parties act together («اشتباكات بين الجيش والمسلحين»).
        let symmetricRules: Set<String>
        /// The rules of light-verb patterns («أقدم X على قتل Y»): a person's deed, told again in the lede and the
        /// statement of one story.
        let lightRules: Set<String>
        init(_ triggers: TriggerLexicon) {
            self.triggers = triggers
            symmetricRules = Set(triggers.patterns.filter(\.symmetric).map(\.rule))
            lightRules = Set(triggers.patterns.filter(\.lightVerb).map(\.rule))
        }
    }
    /// How far (in tokens) an actor may be from its trigger.
    public var window = 14
    /// How far before a bare verbal noun its subject may be.
    public var nounReach = 8
    /// How many sentences back an act coded with its actors makes a later one-sided report of it a repetition.
    static let storyReach = 3

    public init(triggers: TriggerLexicon) {
        storage = Storage(triggers)
    }

    /// What the coder knows about the sentence of a trigger.
    struct SentenceContext {
        var index: Int
        var mentions: [Mention]
        var temporals: [TemporalMention]
        var places: [PlaceMention]
        /// Where the story of this sentence starts (dates carry over from there on).
        var storyStart: Int
    }

    /// Whether the token before `t` is a colon.
    static func followsColon(_ t: Int, _ doc: Document) -> Bool {
        guard t > 0, doc.tokens[t - 1].kind == .punctuation else { return false }
        let r = doc.tokens[t - 1].normalized
        return r.count == 1 && doc.normalized[Int(r.lowerBound)] == 0x3A
    }

    /// A trigger found in a sentence.
    struct Hit {
        var pattern: TriggerPattern
        var tokens: Range<Int>
        /// The analysis of the first trigger word (its clitics tell future «س» and possessive suffixes).
        var analysis: WordCandidate
    }

    public func process(_ coded: inout Document) throws(MarsadError) {
        // NB: read through a local copy made once: handing the inout document to the helpers copied it (a retain
        // per array) on every call.
        let document = coded
        var events: [Event] = []
        var seen = Set<String>()
        // The places of the acts of force coded under each article key (nil: one told with no place).
        var forcePlaces: [String: [String?]] = [:]
        // The doers of the sentences carried out so far (see `isExecution`).
        var executioners = Set<String>()
        // The named doers of the words and acts coded under each article key (nil: one not named; see `isOtherDoer`).
        var doers: [String: [String?]] = [:]
        // NB: trimmed by hand (Foundation's trimming was 1.5% of coding time on Linux).
        let title = document.title.map { t in
            t.utf8.count >= Self.shortestTitle ? Array(Self.trimmed(t[...]).utf8) : []
        }
        var mentionStart = 0
        var lastSubject: Mention?
        // The speaker of the last statements the story names by a noun («تصريحات المالكي»، «تصريحات أطلقها الوزير»):
        // the author of «the statements» a reaction names later without one.
        var lastAuthor: Event.Participant?
        var lastAuthorSentence = 0
        var t = 0
        let triggerMentions = document.triggers
        // NB: by sentence, so that a long document stays linear.
        let temporals = Dictionary(grouping: document.temporals, by: \.sentence)
        let places = Dictionary(grouping: document.places.filter(\.isLocative), by: \.sentence)
        let storyStarts = triggerMentions.isEmpty ? [] : Self.storyStarts(document)
        var domains = DomainCounts(sentences: document.sentences.count)
        // The events of generic text set aside (they still hide their repetitions).
        var setAside: [Event] = []
        while t < triggerMentions.count {
            let s = triggerMentions[t].sentence
            var hits: [Hit] = []
            // Words that tell what a statement says (option `says`): no act of their own.
            var statementCues: [Hit] = []
            while t < triggerMentions.count && triggerMentions[t].sentence == s {
                let m = triggerMentions[t]
                var pattern = triggers.patterns[m.pattern]
                let analysis = document.candidates[m.analysis]
                if pattern.says {
                    statementCues.append(Hit(pattern: pattern, tokens: m.tokens, analysis: analysis))
                    t += 1
                    continue
                }
                // A future visit or meeting («وأعلن أنه سيزور»، «سيلتقي كيري نظيره الروسي») is not a meeting yet:
                // it is an intent to meet (036) by the one who will meet, never a 04x event.
                if pattern.code.root == "04", pattern.startsWithVerb,
                    isFuture(analysis, at: m.tokens.lowerBound, document),
                    let intent = triggers.intentToMeet
                {
                    pattern.code = intent
                }
                // «اجتماعه المقرر مع الرئيس»، «القمة المقبلة بين البلدين»: a meeting the text places ahead is not held
                // yet either (036).
                if pattern.code.root == "04", !pattern.startsWithVerb,
                    isAhead(after: m.tokens.upperBound, document.sentences[s].tokens.upperBound, document)
                        || isRoundAhead(before: m.tokens.lowerBound, document.sentences[s].tokens.lowerBound, document),
                    let intent = triggers.intentToMeet
                {
                    pattern.code = intent
                }
                // «سنقف إلى جوار شركائنا»، «ستقدم المملكة مساعدات لليمن»: a future act of support, cooperation or aid is
                // not done yet: it is an intent to do it (032, 031, 033) by the one who will act.
                if pattern.startsWithVerb, let intent = triggers.intentToCooperate[pattern.code.root],
                    isFuture(analysis, at: m.tokens.lowerBound, document)
                {
                    pattern.code = intent
                }
                // A future act of force that someone announces («وأعلن الحزب أنه سيصعد الهجمات») is a threat of
                // force (138) by the announcer; without an announcement it is a plan, not coded.
                if Self.forceRoots.contains(pattern.code.root), pattern.code.root != "17", pattern.startsWithVerb,
                    isFuture(analysis, at: m.tokens.lowerBound, document),
                    hits.contains(where: { $0.pattern.code.root == "01" }),
                    let threat = triggers.threatOfForce
                {
                    pattern.code = threat
                }
                hits.append(Hit(pattern: pattern, tokens: m.tokens, analysis: analysis))
                t += 1
            }
            while mentionStart < document.mentions.count && document.mentions[mentionStart].sentence < s {
                mentionStart += 1
            }
            var mentionEnd = mentionStart
            while mentionEnd < document.mentions.count && document.mentions[mentionEnd].sentence == s {
                mentionEnd += 1
            }
            let sentence = document.sentences[s]
            // «رابط الخبر بصحيفة الوئام: <the headline>»: a label and the article's title again tell nothing new.
            if let title, !title.isEmpty, repeatsTitle(title, sentence, document) { continue }
            // «واس – الرياض: أدانت …»، «لندن: «الشرق الأوسط»»: a place in the sentence's dateline is where the news was
            // filed, never a party.
            var sentenceMentions = Array(document.mentions[mentionStart..<mentionEnd])
            // NB: not a place after a colon («قال المراسل: إيران هي …»): that opens a quotation more often than it ends
            // a dateline.
            if let datelines = places[s]?.filter({ $0.isDateline && !Self.followsColon($0.tokens.lowerBound, document) }
            ),
                !datelines.isEmpty
            {
                sentenceMentions.removeAll { m in datelines.contains { $0.tokens.overlaps(m.tokens) } }
            }
            let context = SentenceContext(
                index: s, mentions: sentenceMentions, temporals: temporals[s] ?? [],
                places: places[s] ?? [], storyStart: storyStarts[s])
            // Reported speech: «قال الوزير إن ... ندين القصف» — a trigger after a statement verb with no
            // actor of its own in subject position belongs to the speaker. A verb that opens a sentence
            // without a subject («وأضاف أن ...»، «وطالب ...») continues the previous sentence's subject.
            var speaker: Mention?
            if let previous = lastSubject, previous.sentence == s - 1 {
                speaker = previous
            }
            // «هجوم بشاحنة مفخخة»: a generic noun of force named by its means right after it is one act, coded with
            // the means' pattern over both words, read from the generic noun («تعرضت لهجوم بقذائف الهاون»: who
            // suffered it).
            var k = 0
            while k + 1 < hits.count {
                if isNamedByNextAct(k, hits, document) {
                    hits[k] = Hit(
                        pattern: hits[k + 1].pattern, tokens: hits[k].tokens.lowerBound..<hits[k + 1].tokens.upperBound,
                        analysis: hits[k].analysis)
                    hits.remove(at: k + 1)
                }
                k += 1
            }
            var sentenceEvents: [Event] = []
            // The subject of the sentence's last verb that gave an event.
            var verbSubject: Mention?
            // The last noun of an act of force set aside as background (a verb right after it may describe it).
            var blockedAct: Hit?
            // The last noun of an act of force coded here, and its events in `sentenceEvents`.
            var codedAct: (hit: Hit, events: Range<Int>)?
            for (k, hit) in hits.enumerated() {
                // «ويرفض المجلس رفضا قاطعا»: a verbal noun right after a verb of its code (or after the verb and its
                // subject) is that verb's cognate object, the same act.
                if k > 0, !hit.pattern.startsWithVerb, hits[k - 1].pattern.startsWithVerb,
                    hits[k - 1].pattern.code == hit.pattern.code,
                    (hits[k - 1].tokens.upperBound..<hit.tokens.lowerBound).allSatisfy({ t in
                        context.mentions.contains { $0.tokens.contains(t) }
                            || (hit.tokens.lowerBound - hits[k - 1].tokens.upperBound <= 2
                                && document.tokens[t].kind == .word)
                    })
                {
                    continue
                }
                if hit.pattern.subjectGap, !gapHoldsSubject(hit, context, document) { continue }
                if isBlocked(hit, document, sentence) {
                    if !hit.pattern.startsWithVerb && Self.isForce(hit.pattern.code.root) { blockedAct = hit }
                    continue
                }
                if describesBlockedAct(hit, after: blockedAct, context, document) || isAimOfNextAct(k, hits, document)
                    || isAppealContent(k, hits, document)
                {
                    continue
                }
                // «قتل عشرة في هجوم انتحاري استهدف مركزا للشرطة»: a verb of force describing the act just coded is that
                // act, not another; what it names as its object is the act's target, when the act has none.
                if let act = codedAct, describesAct(hit, act: act.hit, context, document) {
                    let told = code(hit, context, document, speaker: speaker, verbSubject: verbSubject, recentDoer: nil)
                    if let target = told.first?.target {
                        for i in act.events where sentenceEvents[i].target == nil { sentenceEvents[i].target = target }
                    }
                    continue
                }
                if hit.pattern.crowd && !crowdActs(hit, hits, context, document) { continue }
                // NB: only a reaction (root 11) looks back for the doer of the act it names.
                let recentDoer =
                    hit.pattern.code.root == "11"
                    ? Self.recentDoer(
                        in: events, then: sentenceEvents, since: max(context.storyStart, s - Self.storyReach)) : nil
                // NB: and a reaction verb looks back for the author of the statements it names.
                let recentAuthor =
                    hit.pattern.code.root == "11" && hit.pattern.startsWithVerb
                        && lastAuthorSentence >= max(context.storyStart, s - Self.storyReach) ? lastAuthor : nil
                // «غارات على قرية تسيطر عليها المعارضة»: who holds the place an act of force of this sentence hit is
                // that act's target (see `heldPlaceParty`), not an act of its own.
                if let holder = heldBy(hit, context, document),
                    sentenceEvents.contains(where: { Self.isForce($0.code.root) && $0.target?.actor == holder.actor })
                {
                    continue
                }
                var found = code(
                    hit, context, document, speaker: speaker, verbSubject: verbSubject, recentDoer: recentDoer,
                    recentAuthor: recentAuthor)
                if hit.pattern.code.root == "01", !found.isEmpty, !statementCues.isEmpty {
                    // NB: the next statement verb, not a noun («إن تصريحات المسؤولين العدائية …» is what is said).
                    let next = hits[(k + 1)...].first(where: {
                        $0.pattern.code.root == "01" && $0.pattern.startsWithVerb
                    })
                    let doer = Self.recentDoer(
                        in: events, then: sentenceEvents, since: max(context.storyStart, s - Self.storyReach))
                    recodeStatement(
                        &found, hit, until: next?.tokens.lowerBound ?? sentence.tokens.upperBound, statementCues,
                        doer: doer, context, document)
                }
                // «أدان الأمين العام للأمم المتحدة بان كي مون التفجير الذي وقع …»: who reacts to an act named by a noun
                // is not its doer.
                if !hit.pattern.startsWithVerb, Self.isForce(hit.pattern.code.root) {
                    let reactors = sentenceEvents.compactMap { $0.code.root == "11" ? $0.source?.actor : nil }
                    for i in found.indices where found[i].source.map({ reactors.contains($0.actor) }) ?? false {
                        found[i].source = nil
                    }
                }
                if let source = found.first?.source,
                    let m = context.mentions.first(where: {
                        $0.actor == source.actor && String(document.text(of: $0.span)) == source.text
                    }),
                    // «القصف الجوي التركي»، «هجوما انتحاريا»: a doer named inside the act's own noun phrase is no
                    // subject of the sentence; nor one an act of force names after its noun with «لـ» or «إلى»
                    // («هجمات لحركة بوكو حرام»، «تفجير نسب إلى تنظيم داعش»).
                    // NB: a subject in the gap of a verb written as a noun (option `subject`: «وصل … إلى … أمس») is the
                    // sentence's subject.
                    !(!hit.pattern.startsWithVerb && !hit.pattern.subjectGap
                        && (hit.tokens.contains(m.tokens.lowerBound)
                            || (Self.isForce(hit.pattern.code.root) && isNamedAfterAct(m, hit, document))))
                {
                    // NB: a later statement of the sentence takes over when its subject follows its verb: «… في حين تصر
                    // روسيا …، وأعلن كيري أنه توصل …»; not «…، وأشار إلى أن …», whose subject was only guessed.
                    if hit.pattern.code.root == "01"
                        && (speaker == nil || speaker!.sentence != s || m.tokens.lowerBound >= hit.tokens.upperBound)
                    {
                        speaker = m
                    }
                    if hit.pattern.startsWithVerb { verbSubject = m }
                    lastSubject = m
                }
                if !found.isEmpty, !hit.pattern.startsWithVerb, Self.isForce(hit.pattern.code.root) {
                    codedAct = (hit, sentenceEvents.count..<sentenceEvents.count + found.count)
                }
                // «أطلق الوزير تصريحات ضد المملكة»: statements against a party (112) are statements all the same.
                if hit.pattern.code.root == "01" || hit.pattern.code.root == "11", !hit.pattern.startsWithVerb,
                    let source = found.first?.source, Self.isKnown(source.actor),
                    hasAnalysis(hit.tokens.lowerBound, in: CueWords.statementNouns, document),
                    // «استنكر الوزير تصريحات المالكي»: the statements a reaction names are not the reactor's.
                    !sentenceEvents.contains(where: { $0.code.root == "11" && $0.source?.actor == source.actor })
                {
                    lastAuthor = source
                    lastAuthorSentence = s
                }
                sentenceEvents += found
                // «شجب الوزير التفجير الذي نفذه الإرهابيون»: the act a reaction names is told as having happened.
                if hit.pattern.code.root == "11", !found.isEmpty {
                    sentenceEvents += reactedActEvents(hit, reaction: found, context, document).filter { act in
                        !Self.hasForceBy(act, in: events, then: sentenceEvents, since: s - Self.storyReach)
                    }
                }
            }
            // «وطالب المدرب الجماهير بالصبر»، «وبطل الفيلم يحذر من كارثة»: a sports report or a film synopsis tells no
            // political event (see EventCoder+Domains.swift).
            // NB: an event set aside here still counts as told, so that it keeps hiding its repetitions.
            var generic: [Bool] = []
            if !sentenceEvents.isEmpty, isGenericSentence(s, &domains, document) {
                let words = domainWords(in: s, &domains, document)
                generic = sentenceEvents.map { !standsInGenericText($0, context, document, domainWords: words) }
            }
            var sentenceKeys = Set<String>()
            for (i, event) in sentenceEvents.enumerated() {
                // One event per happening: an act reported without one of its actors («انفجار سيارة ملغومة»، «قتل
                // خمسة أشخاص») is the same act as one of its root coded with those actors in this sentence (the
                // first of equals is kept) or in the sentences just before (the same story).
                // «الهجوم» alone, with no actor of its own, points back to the act told before, however far back.
                let reach =
                    event.actorCount == 0 && opensWithArticle(event, sentence, document) ? 0 : s - Self.storyReach
                // «قصف شنه الحوثيون على أحياء سكنية» after «المعارك بين المقاومة والحوثيين»: a strike its doer made on
                // a place is not the clash between two sides told before (see `clashCovers`).
                if event.actorCount < 2,
                    sentenceEvents.indices.contains(where: { j in
                        j != i && clashCovers(sentenceEvents[j], event)
                            && (j < i || !event.subsumes(sentenceEvents[j]))
                    }) || events.contains(where: { $0.sentence >= reach && clashCovers($0, event) })
                        || setAside.contains(where: { $0.sentence >= reach && clashCovers($0, event) })
                {
                    continue
                }
                let dropped = !generic.isEmpty && generic[i]
                let key = "\(event.code.code)|\(event.source?.actor.code ?? "")|\(event.target?.actor.code ?? "")"
                // One event per code and parties in a sentence. NB: strikes and clashes between the same parties
                // recur, each with its own date: in another sentence, another pattern («سيطر الجيش على …» after «قتل
                // الجيش 15 من …») is another act of force; the same pattern again is the same act told again.
                guard sentenceKeys.insert(key).inserted else { continue }
                // «مقتل 7 من بوكو حرام في مواجهات مع الجيش التشادي» (the headline) … «في مواجهات بين الجيش التشادي وبوكو
                // حرام»: a clash told again with its sides the other way round is the same clash, coded where it is
                // told most completely (the longer sentence).
                var articleKey = key
                // «نفذت وزارة الداخلية حكم القتل في جان» … «وتم تنفيذ حكم القتل بالجاني … بمحافظة الأحساء»: a sentence
                // carried out is one act however often and wherever the article tells it.
                let execution = event.code.code == "180" && isExecution(event, sentence, document)
                if Self.isForce(event.code.root), !execution {
                    // NB: by rule and parties, not code: a strike told from the air in one sentence («الغارات التركية
                    // استهدفت …», 195) is the one its pattern coded 190 before.
                    articleKey = "\(event.rule)|\(event.source?.actor.code ?? "")|\(event.target?.actor.code ?? "")"
                    if storage.symmetricRules.contains(event.rule), let a = event.source?.actor.code,
                        let b = event.target?.actor.code, a != b
                    {
                        let clash = "\(event.rule)|\(event.code.code)|\(min(a, b))|\(max(a, b))"
                        if let i = events.firstIndex(where: {
                            $0.rule == event.rule && $0.code == event.code && $0.source?.actor == event.target?.actor
                                && $0.target?.actor == event.source?.actor
                        }) {
                            let told = document.sentences[events[i].sentence].tokens.count
                            if sentence.tokens.count > told, !dropped {
                                events.remove(at: i)
                                events.append(event)
                            }
                            continue
                        }
                        articleKey = clash
                    }
                }
                // «قصف طيران التحالف مواقع في صعدة … وقصف طيران التحالف معسكرا في مأرب»: strikes between the same parties at
                // two named places are two strikes; one told with no place is any of them told again (a headline).
                if execution {
                    // The place's people become the target later (ForcePartyFiller): an execution told with no one
                    // named by a doer already seen to carry one out is that one told again.
                    let doer = event.source?.actor.code ?? ""
                    if event.target == nil, executioners.contains(doer) { continue }
                    executioners.insert(doer)
                    // «تنفيذ حكم القتل بالجاني» after «نفذت الوزارة حكم القتل في جان»: by another pattern, the same
                    // doer and the same one executed are that act told again.
                    articleKey = "execution|\(doer)|\(event.target?.actor.code ?? "")"
                } else if Self.isForce(event.code.root), let places = forcePlaces[articleKey] {
                    if let place = event.location?.name, !places.contains(nil), !places.contains(place) {
                        forcePlaces[articleKey, default: []].append(place)
                        articleKey += "|" + place
                    }
                } else if Self.isForce(event.code.root) {
                    forcePlaces[articleKey] = [event.location?.name]
                }
                // «فرنسا وروسيا توصلتا إلى اتفاق» after «توصل الرئيس الفرنسي ونظيره الروسي إلى اتفاق»: the same act again.
                // «اعتقلت قوات الاحتلال شابا» … «واعتقلت 20 فلسطينيا»: arrests of people named by other words without
                // the article (new people), in other sentences, are other arrests; «اعتقلوا الفتاة» tells again of one
                // named before.
                if event.code.code == "173", let arrested = event.target?.text, !arrested.isEmpty,
                    !Self.definitePrefixes.contains(where: { arrested.hasPrefix($0) })
                {
                    seen.insert(articleKey)
                    articleKey += "|" + arrested
                    // «كما اعتقلت قوات الاحتلال 5 فلسطينيين» … «واعتقلت فجر أمس عشرة فلسطينيين»: other counts of people
                    // named by the same word are other people.
                    if let count = arrestedCount(arrested, after: event.trigger, context, document) {
                        articleKey += "|" + count
                    }
                } else if event.code.code == "173", let arrested = event.target?.text, !arrested.isEmpty,
                    let name = arrestedName(arrested, after: event.trigger, context, document)
                {
                    // «اعتقلت قوات الاحتلال الفلسطينية «أمينة عامودي»»: one named right after the definite word is a
                    // person of their own.
                    seen.insert(articleKey)
                    articleKey += "|" + name
                }
                if !Self.isForce(event.code.root), !Event.happenings.contains(event.code.root) {
                    // «ورحب الرئيس بالأمير …» … «وجدد الرئيس الشكر للأمير»: thanks are another act than the welcome or
                    // the praise told before them.
                    if event.code.root == "05", Event.thanks(document.text(of: event.trigger)) {
                        articleKey += "|thanks"
                    }
                    let doer = event.source?.name
                    if !seen.contains(articleKey) {
                        doers[articleKey] = [doer]
                    } else if Self.isOtherDoer(doer, than: doers[articleKey] ?? [nil]) {
                        doers[articleKey, default: []].append(doer)
                        articleKey += "|" + (doer ?? "")
                    }
                }
                guard seen.insert(articleKey).inserted else { continue }
                if dropped {
                    setAside.append(event)
                    continue
                }
                // «… في جانٍ سعودي، أقدم على قتل آخر» (the lede) … «أقدم / فلان – سعودي الجنسية – على قتل / فلان …» (the
                // statement): a person's deed told first with no victim named is the one told in full later.
                if storage.lightRules.contains(event.rule), event.target != nil,
                    let i = events.firstIndex(where: {
                        $0.rule == event.rule && $0.target == nil && $0.source?.actor == event.source?.actor
                    })
                {
                    events.remove(at: i)
                }
                if let i = events.firstIndex(where: { event.repeats($0) }) {
                    // «خلال لقاء مع نظيره» … «والتقى الوزيران على هامش القمة»، «لتقديم المساعدات … وصلت الطائرة
                    // الإغاثية»: the more precise report of the meeting or the aid stands (events stay in sentence order).
                    if Event.meetings.contains(events[i].code.code)
                        || Event.generalRoots.contains(events[i].code.root),
                        events[i].code.code.hasSuffix("0"), !event.code.code.hasSuffix("0")
                    {
                        events.remove(at: i)
                        events.append(event)
                    }
                } else {
                    events.append(event)
                }
            }
        }
        coded.events = events
    }
}

extension EventCoder {
    /// The first mention written `text` after an arrest's trigger: the arrested party the event names.
    private func arrested(_ text: String, after trigger: TextSpan, _ context: SentenceContext, _ doc: Document)
        -> Mention?
    {
        context.mentions.first { $0.span.start >= trigger.end && doc.text(of: $0.span) == text }
    }

    /// The number right before the arrested party (see `arrested`: «عشرة فلسطينيين»), as written; nil when none
    /// stands there.
    func arrestedCount(_ text: String, after trigger: TextSpan, _ context: SentenceContext, _ doc: Document) -> String?
    {
        guard let m = arrested(text, after: trigger, context, doc), m.tokens.lowerBound > 0,
            isNumber(m.tokens.lowerBound - 1, doc)
        else { return nil }
        return String(doc.text(of: doc.tokens[m.tokens.lowerBound - 1].span))
    }

    /// The first word of a name in quotation marks right after the arrested party (see `arrested`): «اعتقلت الفلسطينية
    /// «أمينة عامودي»»; nil when none stands there.
    func arrestedName(_ text: String, after trigger: TextSpan, _ context: SentenceContext, _ doc: Document) -> String? {
        guard let m = arrested(text, after: trigger, context, doc), m.tokens.upperBound + 1 < doc.tokens.count,
            doc.isOpeningQuote(m.tokens.upperBound), doc.tokens[m.tokens.upperBound + 1].kind == .word
        else { return nil }
        return String(doc.text(of: doc.tokens[m.tokens.upperBound + 1].span))
    }

    /// The article, alone or after «و»، «ف»، «ب»، «ل» (written «لل»), as a text begins with it.
    static let definitePrefixes = ["ال", "أل", "وال", "فال", "بال", "لل", "ولل", "وبال"]

    /// Whether an event's trigger opens with «نفذ/تنفيذ» (carrying out a sentence: «تنفيذ حكم القتل»).
    func isExecution(_ event: Event, _ sentence: Sentence, _ document: Document) -> Bool {
        guard let t = firstTriggerToken(event, sentence, document) else { return false }
        return hasAnalysis(t, in: CueWords.executions, document)
    }

    /// The token an event's trigger starts on.
    func firstTriggerToken(_ event: Event, _ sentence: Sentence, _ document: Document) -> Int? {
        sentence.tokens.first { document.tokens[$0].span.start == event.trigger.start }
    }

    /// The holder a hit names when it tells only who holds a place («قرية تسيطر عليها المعارضة»، «مواقع كانت
    /// الميليشيات تسيطر عليها»): a present verb of holding (a `seizure` pattern) with the place's pronoun, and the actor
    /// right after the pronoun or right before the verb.
    func heldBy(_ hit: Hit, _ context: SentenceContext, _ doc: Document) -> Mention? {
        guard hit.pattern.seizure, hit.tokens.count >= 2, isPresentTense(hit, doc),
            Self.heldPronouns.contains(wholeForm(hit.tokens.upperBound - 1, doc))
        else { return nil }
        return context.mentions.first {
            $0.tokens.lowerBound == hit.tokens.upperBound || $0.tokens.upperBound == hit.tokens.lowerBound
        }
    }

    /// Whether `earlier` reports the act `event` tells with fewer actors (``Event/subsumes(_:)``), except a clash
    /// between two sides (a symmetric pattern) and a one-sided act whose doer is named: «وقصف الحوثيون أحياء سكنية»
    /// is not the battle «المعارك بين المقاومة والحوثيين» told again.
    func clashCovers(_ earlier: Event, _ event: Event) -> Bool {
        guard earlier.subsumes(event) else { return false }
        return event.source == nil || !storage.symmetricRules.contains(earlier.rule)
            || storage.symmetricRules.contains(event.rule)
    }

    /// Whether an event's trigger opens with a word read with the article («الهجوم»، «وبالتفجير»، «للقصف»).
    /// «تنفيذ حكم القتل»: a noun phrase in construct state is definite when its last word is.
    func opensWithArticle(_ event: Event, _ sentence: Sentence, _ document: Document) -> Bool {
        guard let t = firstTriggerToken(event, sentence, document) else { return false }
        if isDefinite(t, document) { return true }
        guard let last = sentence.tokens.last(where: { document.tokens[$0].span.end == event.trigger.end }), last > t,
            document.tokens[t].kind == .word, !isVerbShaped(t, document)
        else { return false }
        return isDefinite(last, document)
    }

    /// Whether a sentence is a label followed by the article's title («رابط الخبر بصحيفة الوئام: <title>»، «المصدر:
    /// <title>»): the headline repeated at the end of a scraped article, whose acts the body tells.
    func repeatsTitle(_ title: [UInt8], _ sentence: Sentence, _ document: Document) -> Bool {
        // NB: bytes first — a label of at most 40 letters puts its colon within the first 120 bytes.
        let raw = document.text(of: sentence.span)
        guard raw.utf8.count > title.count, raw.utf8.prefix(120).contains(UInt8(ascii: ":")) else { return false }
        let text = Self.trimmed(raw).utf8
        guard text.count > title.count, text.suffix(title.count).elementsEqual(title) else { return false }
        let label = Self.trimmed(Substring(text.dropLast(title.count)))
        return label.last == ":" && label.count <= 40
    }

    /// Titles shorter than this (in UTF-8 bytes) are not looked for.
    static let shortestTitle = 20

    /// A text without the spaces and line breaks around it.
    static func trimmed(_ text: Substring) -> Substring {
        var text = text
        while let first = text.first, first.isWhitespace { text.removeFirst() }
        while let last = text.last, last.isWhitespace { text.removeLast() }
        return text
    }
}
