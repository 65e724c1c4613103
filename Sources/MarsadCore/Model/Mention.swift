/// An actor mention found in the text: `«قائد قوى الأمن الداخلي الإيراني أحمد رضا رادان»` → `IRNCOP`.
public struct Mention: Hashable, Sendable {
    public enum Kind: UInt8, Sendable {
        /// A country name, capital or metonym («إيران»، «موسكو»، «الكرملين»).
        case state
        /// An IGO or transnational group («الاتحاد الأوروبي»، «داعش»).
        case organization
        /// A sector agent with a country («الجيش الروسي»، «النظام الإيراني»).
        case agent
        /// A named person with a role («لافروف»).
        case person
        /// A pronoun-like reference («الجانبان»، «البلدين») resolved to earlier actors.
        case reference
        /// A sector agent without a country («مسلحون»، «الشرطة»).
        case bareAgent
    }

    public var span: TextSpan
    /// Token range of the mention in ``Document/tokens``.
    public var tokens: Range<Int>
    public var sentence: Int
    public var actor: ActorCode
    public var kind: Kind
    /// The canonical name of a person or organization, when known.
    public var name: String? {
        get { extras?.name }
        set { extras = Extras.make(name: newValue, also: also, storyHome: storyHome) }
    }
    /// For references that stand for several actors («الجانبان»), the other actors.
    public var also: [ActorCode] {
        get { extras?.also ?? [] }
        set { extras = Extras.make(name: name, also: newValue, storyHome: storyHome) }
    }
    /// Proclitics on the mention's first word: و marks coordination, ب/ل a preposition.
    public var leadingClitics: Clitic
    /// A bare nisba adjective («سعودي»، «الروسية»): after a noun it qualifies the noun.
    public var isDemonym: Bool = false
    /// A singular demonym qualifying a noun that is no actor («الملف الإيراني»، «التدخل الإيراني»): the actor
    /// of that noun at most (the agent of an act's noun), never the subject of a verb near it.
    public var isAttributive: Bool = false
    /// A group the text does not place («مسلحون مجهولون»، «انتحاري»): it keeps no country.
    public var isAnonymous: Bool = false
    /// The country comes from the agent's own word, a collective of one fixed country («المستوطنون» are Israel's),
    /// not from the text: it does not tell which country the story is about.
    public var hasFixedCountry: Bool = false
    /// A group named by a noun of its members with a pronoun suffix («على بعض عناصره»): the group the pronoun points
    /// back to, which its name counted already (it does not make the story its country's).
    public var isMembers: Bool = false
    /// The sector comes from a person's office («وزير الخارجية»، «النائب»), not from a body or a force.
    public var isOffice: Bool = false
    /// People named by their nationality («مقيم من الجنسية الباكستانية»، «– باكستاني الجنسية –»، «مواطن يمني»): their
    /// country is where they come from, not where the story happens.
    public var isNationality: Bool = false
    /// For people named by their nationality, the country of the story they are in (set by the home-country stage):
    /// where an unnamed police arrested them or a court tried them.
    public var storyHome: String? {
        get { extras?.storyHome }
        set { extras = Extras.make(name: name, also: also, storyHome: newValue) }
    }

    /// The name, the other actors and the story's country, behind one reference (nil when none is set).
    /// NB: mentions are copied all through the actor stages and the coder; as three fields these cost a
    /// reference-count call each per copy (with the actor code, copies of mentions were about 4% of coding time).
    private var extras: Extras?

    private final class Extras: Hashable, Sendable {
        let name: String?
        let also: [ActorCode]
        let storyHome: String?

        private init(name: String?, also: [ActorCode], storyHome: String?) {
            self.name = name
            self.also = also
            self.storyHome = storyHome
        }

        static func make(name: String?, also: [ActorCode], storyHome: String?) -> Extras? {
            name == nil && also.isEmpty && storyHome == nil
                ? nil : Extras(name: name, also: also, storyHome: storyHome)
        }

        static func == (a: Extras, b: Extras) -> Bool {
            a.name == b.name && a.also == b.also && a.storyHome == b.storyHome
        }

        func hash(into hasher: inout Hasher) {
            hasher.combine(name)
            hasher.combine(also)
            hasher.combine(storyHome)
        }
    }

    public init(
        span: TextSpan, tokens: Range<Int>, sentence: Int, actor: ActorCode, kind: Kind, name: String? = nil,
        also: [ActorCode] = [], leadingClitics: Clitic = []
    ) {
        self.leadingClitics = leadingClitics
        self.span = span
        self.tokens = tokens
        self.sentence = sentence
        self.actor = actor
        self.kind = kind
        self.extras = Extras.make(name: name, also: also, storyHome: nil)
    }
}

/// A place mention: «في موسكو» → RUS / موسكو.
///
/// NB: a place read from the input's separate dateline field (``Document/dateline``) is not in the text: its
/// `sentence` is -1 and its span and tokens are empty.
public struct PlaceMention: Hashable, Sendable {
    public var span: TextSpan
    public var tokens: Range<Int>
    public var sentence: Int
    public var country: String
    public var name: String
    /// True when a locative cue («في»، dateline) marks it as where something happened.
    public var isLocative: Bool
    /// True for the place of a dateline («موسكو - رويترز»، «بيروت (رويترز) -»): where the story was filed.
    public var isDateline: Bool

    public init(
        span: TextSpan, tokens: Range<Int>, sentence: Int, country: String, name: String, isLocative: Bool,
        isDateline: Bool = false
    ) {
        self.span = span
        self.tokens = tokens
        self.sentence = sentence
        self.country = country
        self.name = name
        self.isLocative = isLocative
        self.isDateline = isDateline
    }
}

/// A temporal expression resolved against the reference date: «الجمعة الماضي» → 2023-06-30 (day).
public struct TemporalMention: Hashable, Sendable {
    public var span: TextSpan
    public var sentence: Int
    /// The representative date (the day for a day; the first day of a month or year, or the last day when
    /// the expression says «نهاية»).
    public var value: CalendarDate
    public var precision: DatePrecision
    /// First and last day (inclusive) of what the expression denotes.
    public var start: CalendarDate
    public var end: CalendarDate
    /// Days counted from the time of the story told, not from the publication date: +1 for «اليوم التالي»,
    /// -1 for «اليوم السابق»; nil for other expressions. The coder moves the story's date by it; `value` is
    /// the reading with no story (the publication date moved by as many days).
    public var storyOffset: Int?

    public init(
        span: TextSpan, sentence: Int, value: CalendarDate, precision: DatePrecision, start: CalendarDate,
        end: CalendarDate, storyOffset: Int? = nil
    ) {
        self.span = span
        self.sentence = sentence
        self.value = value
        self.precision = precision
        self.start = start
        self.end = end
        self.storyOffset = storyOffset
    }
}

/// A trigger pattern found in a sentence, before its actors are chosen.
public struct TriggerMention: Hashable, Sendable {
    public var sentence: Int
    /// Tokens from the first matched word through the last (a gap's words included).
    public var tokens: Range<Int>
    /// The pattern's index in the trigger lexicon that found it.
    public var pattern: Int
    /// The pattern's CAMEO code (`057`); statements (root 01) need no date of their own.
    public var code: String
    /// The analysis (index into ``Document/candidates``) of the first word: its clitics tell a future «س»
    /// or a possessive suffix.
    public var analysis: Int

    public init(sentence: Int, tokens: Range<Int>, pattern: Int, code: String, analysis: Int) {
        self.sentence = sentence
        self.code = code
        self.tokens = tokens
        self.pattern = pattern
        self.analysis = analysis
    }
}
