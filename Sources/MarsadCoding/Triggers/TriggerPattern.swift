public import MarsadCore
public import MarsadText

/// One trigger pattern from a `triggers.*.txt` file: the words that fire it and how to find its actors.
///
/// ```
/// 112	verb	اتهم/يتهم
/// 040	verb	اجتمع/يجتمع	target=مع symmetric
/// 1312	verb	حذر/يحذر ... عقوبات
/// ```
public struct TriggerPattern: Sendable {
    public enum Kind: String, Sendable {
        case verb, noun, phrase
    }

    public var code: EventCode
    public var kind: Kind
    /// Standalone words that introduce the target (hashes of folded forms: «مع»، «على»، «إلى»).
    public var targetWords: Set<UInt64> {
        get { lookups.value.targetWords }
        set { change(\.targetWords, newValue) }
    }
    /// Proclitic prepositions that introduce the target on its first word (ب، ل).
    public var targetClitics: Clitic
    /// Words or clitics that introduce the source after a noun («من قبل»، «لـ»).
    public var sourceWords: Set<UInt64> {
        get { lookups.value.sourceWords }
        set { change(\.sourceWords, newValue) }
    }
    public var sourceClitics: Clitic
    public var symmetric: Bool
    public var weak: Bool
    /// Coded only with both a source and a target, even for an act of force or a protest that the text reports
    /// as having happened (a word with common non-violent senses: «هاجم» also attacks in words or on a
    /// football pitch, «انفجار» is also an accident).
    public var dyadic = false
    /// An act told in someone's words that is coded as that speaker's accusation («قال الوزير إن إيران تدعم
    /// الإرهاب» → the minister accuses Iran): the act's subject is the target, the sentence's speaker the source.
    public var reported = false
    /// Coded only with an occurrence word nearby («أسفر»، «مقتل»), with or without actors: a bare «هجوم» is mostly
    /// figurative or background otherwise.
    public var occurrenceOnly = false
    /// A circumstantial participle («…، مشيدا بدور المملكة»): its subject is the subject of the clause it hangs
    /// on (the sentence's speaker or acting subject), never a nearer actor.
    public var circumstantial = false
    /// An attack that is in words when a person or a civilian office makes it («هاجمت رايس حماس قائلة»، «شن
    /// النائب هجوما على الحزب»): coded as criticism (111); states, forces and armed groups attack with arms.
    public var verbalByPersons = false
    /// Taking a place by force («استعادت القوات السيطرة على المدينة»، «حرروا قرية»): the place is not the target,
    /// nor are its civilians; the loser is the other armed party the sentence names.
    public var seizure = false
    /// A crowd word («متظاهرون»، «محتجين») coded only as the counted or unnamed subject of its clause's verb («وتدفق
    /// آلاف المتظاهرين الى …»، «وحاصر متظاهرون المطار»): a crowd that acts reports a protest.
    public var crowd = false
    /// The first word, an act's noun, is coded on its own too: «هجوم تبنته الحركة» is the claim (015) and the attack
    /// it claims, done by the claimant (option `alongside`).
    public var alongside = false
    /// The gap of a verb-first phrase holds only the verb's subject: actors and at most one other word, no time
    /// («وفجر المهاجمون قنابلهم»، not «وفجر الجمعة أطلق الجيش قنابله»: the bare «فجر» is also "dawn"). Option `subject`.
    public var subjectGap = false
    /// An aid body's programme or project («ينفذ المركز برنامجا لإعادة 1400 لاجئ يمني»): aid only to the refugees or
    /// displaced people it names after the phrase in its clause, who are its target. Option `refugees`.
    public var refugees = false
    /// The fixed words of a phrase between its first and its last («تلقى ... دعم عسكري ... من»: two), which lie inside
    /// the trigger's span with its gaps.
    public var innerWords = 0
    /// The first word is a light verb whose subject, in the phrase's gap, does the act the phrase's last word names
    /// («أقدم رجل على قتل زوجته»، «أقدم / فهد بن سالم – سعودي الجنسية – على قتل …»): the actor in the gap is the source
    /// whatever its sector (a civilian too), and the target comes after the phrase. Option `light`.
    public var lightVerb = false
    /// The phrase tells a reception by its guest («وكان في استقباله الأمير …»، «حيث كان باستقباله الرئيس»): the actor
    /// after the phrase is the host, the SOURCE, and the one received (the genitive or pronoun after «استقبال», or the
    /// sentence's subject it refers to) is the TARGET. Option `hosted`.
    public var hosted = false
    /// A sentence passed by a court the text may leave unnamed («صدر على المرشد حكم بالإعدام»، «عوقب بالإعدام»):
    /// with one side missing, the actor named is the sentenced and the judiciary of its country the source. Option
    /// `court`.
    public var court = false
    /// A verb that is an arrest only when a state's organ holds people («أوقفت الشرطة 20 شخصا»، «أوقفت مخابرات الجيش
    /// السورية ميسم»): its other sense, stopped or halted («أوقفت الحكومة الدعم»، «أوقف العمليات»), has no person for
    /// object. Coded only with a source that is a state or its police, forces, intelligence, government or courts and a
    /// target that is people (civilians, armed men, the opposition, professions). Option `custody`.
    public var custody = false
    /// An act that is whole with its source alone: asking for help with no one named to give it («طلبت جيبوتي
    /// مساعدة المجتمع الدولي»). Coded with a named source and no target when none is found (option `open`).
    public var open = false
    /// The phrase's last word heads its target («استدعت طهران السفير الفرنسي»، «طردت موسكو دبلوماسيين
    /// أمريكيين»): the actor named from that word on is the target, not a part of the trigger. Option `object`.
    public var objectLast = false
    /// A verb whose object pronoun names a person met or praised: with «و»/«ف» or opening its sentence («واستقبله نظيره
    /// العماني»، «والتقاه السلطان»، «وهنأه الرئيس الروسي»), the pronoun is the target (the actor named before it) and
    /// the actor after the verb, a counterpart too, the source. Option `pronoun`.
    public var pronounObject = false
    /// A verbal noun coded only with its doer and its object both named, the doer in the genitive (or a possessive
    /// pronoun) and the object right after it with a target preposition («تهديد إيران للمنطقة»، «استهداف الحوثيين
    /// للمملكة»، «تحذيره لأوكرانيا»). Alone the noun mostly names a danger or a policy, and its genitive is as often
    /// the object («استهداف المدنيين»). Option `agentive`.
    public var agentive = false
    /// A word that tells what kind of statement its clause is («وقال الوزير إن هذا العمل الجبان لا يمت للإسلام بصلة»: a
    /// criticism; «إن بلاده مستعدة للتعاون مع …»: an intent to cooperate). Never an event alone: the statement that
    /// opens its clause is coded with this pattern's code instead of 010 (see `EventCoder.recodeStatement`). Option
    /// `says`.
    public var says = false
    /// `file:line` and the pattern text, recorded as each event's `rule`.
    public var rule: String {
        get { lookups.value.rule }
        set { change(\.rule, newValue) }
    }
    /// Whether the first word is a verb (verb kind, or a phrase written with PAST/PRESENT).
    public var startsWithVerb: Bool
    /// Hashes of the first-person plural forms of the verb («ندين»، «طالبنا»): their subject is the speaker.
    public var firstPersonForms: Set<UInt64> {
        get { lookups.value.firstPersonForms }
        set { change(\.firstPersonForms, newValue) }
    }
    /// Hashes of the third-person masculine plural past forms of the verb («طالبوا»، «التقوا»): a verb before its
    /// subject is singular, so the plural verb's subject came before it.
    public var pluralForms: Set<UInt64> {
        get { lookups.value.pluralForms }
        set { change(\.pluralForms, newValue) }
    }
    /// Hashes of the verb's past forms («تظاهروا»، «تسلل»): a form among them is not the present tense, even when
    /// it begins with a present prefix letter.
    public var pastForms: Set<UInt64> {
        get { lookups.value.pastForms }
        set { change(\.pastForms, newValue) }
    }
    /// Words that, right after the trigger, give it another sense («اعتصم بالصمت»: kept silent; «تظاهرة ثقافية»:
    /// a festival): option `unless=`.
    public var unlessNext: FormTable? {
        get { lookups.value.unlessNext }
        set { change(\.unlessNext, newValue) }
    }
    /// Words that, right before the trigger and written as listed (with their clitics: «كما» is not «ما»), give it
    /// another sense («ما يدعو إلى الشك»: gives cause to doubt, no appeal; «بدا حذرا»: looked cautious): option
    /// `unlessBefore=`.
    public var unlessPrevious: FormTable? {
        get { lookups.value.unlessPrevious }
        set { change(\.unlessPrevious, newValue) }
    }
    /// Words that, in the gap of a phrase, give it another sense («أعلن الأكراد انتهاء الهدنة»: no truce declared;
    /// «أعلن المتحدث أن الهدنة فقدت معناها»): option `unlessGap=`.
    public var unlessGap: FormTable? {
        get { lookups.value.unlessGap }
        set { change(\.unlessGap, newValue) }
    }
    /// The first word counts only where the text writes its hamza («هنأ» congratulated): folding makes a bare
    /// spelling the same as another common word («هنا» here). Option `hamza`.
    public var needsHamza = false

    /// The pattern's sets, tables and rule text, kept behind one reference: a pattern is copied with every hit the
    /// coder weighs, and as plain stored properties each copy retained and released a dozen buffers.
    private var lookups: Box

    struct Lookups: Sendable {
        var targetWords: Set<UInt64> = []
        var sourceWords: Set<UInt64> = []
        var rule: String = ""
        var firstPersonForms: Set<UInt64> = []
        var pluralForms: Set<UInt64> = []
        var pastForms: Set<UInt64> = []
        var unlessNext: FormTable? = nil
        var unlessPrevious: FormTable? = nil
        var unlessGap: FormTable? = nil
    }

    final class Box: Sendable {
        let value: Lookups
        init(_ value: Lookups) { self.value = value }
    }

    /// Sets one of the boxed values (patterns are changed while they are read from their file, rarely after).
    private mutating func change<T>(_ path: WritableKeyPath<Lookups, T>, _ value: T) {
        var copy = lookups.value
        copy[keyPath: path] = value
        lookups = Box(copy)
    }

    public init(
        code: EventCode, kind: Kind, targetWords: Set<UInt64> = [], targetClitics: Clitic = [],
        sourceWords: Set<UInt64> = [], sourceClitics: Clitic = [], symmetric: Bool = false,
        weak: Bool = false, rule: String, startsWithVerb: Bool
    ) {
        self.lookups = Box(Lookups(targetWords: targetWords, sourceWords: sourceWords, rule: rule))
        self.code = code
        self.kind = kind
        self.targetClitics = targetClitics
        self.sourceClitics = sourceClitics
        self.symmetric = symmetric
        self.weak = weak
        self.startsWithVerb = startsWithVerb
    }
}
