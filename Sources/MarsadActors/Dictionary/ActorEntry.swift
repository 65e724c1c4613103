public import MarsadCore

/// What one actor-dictionary phrase stands for.
public enum ActorEntry: Sendable, Hashable {
    /// A country name («إيران»).
    case state(country: String)
    /// A nisba adjective / demonym («الإيراني»، «الروس»).
    case adjective(country: String)
    /// A capital («موسكو») — an actor when acted on or acting, a place after «في».
    case capital(country: String)
    /// A fixed name standing for an actor («الكرملين» → RUSGOV, «الاتحاد الأوروبي» → IGOEUREEC).
    case named(ActorCode, name: String?)
    /// A sector agent («وزير»، «الحرس الوطني»، «مسلحون»). `country`: the one country a collective's people always
    /// belong to, whatever country the story is about («المستوطنون» are Israel's: `CVL@ISR` in agents.ar.txt); nil
    /// for the others, which take a demonym's country or the story's.
    case agent(sector: String, kind: AgentKind, country: String? = nil)
    /// A named office-holder with the dates of the role.
    case person(ActorCode, name: String, from: CalendarDate?, to: CalendarDate?)
    /// A word standing for the two parties just named («الجانبان»، «البلدين»).
    case pair

    /// A fixed name of an institution or a state («جامعة هارفارد»، «جمهورية بنين»): a title phrase whose last word
    /// opens one gives that word to it (see `MentionFinder`).
    var isFixedName: Bool {
        switch self {
        case .named, .state: true
        default: false
        }
    }

    /// Whether a named person holds the role on `date` (from and to inclusive, open ends open); nil for other
    /// entries.
    public func isInOffice(on date: CalendarDate) -> Bool? {
        guard case .person(_, _, let from, let to) = self else { return nil }
        return (from.map { date >= $0 } ?? true) && (to.map { date <= $0 } ?? true)
    }
}

/// Titles name a person's office, bodies an institution or force, people a group of persons; anonymous
/// people are a group whose origin the words do not tell («مسلحون»، «انتحاري»): they get no country from the
/// story around them (CAMEO's `---REB`).
public enum AgentKind: String, Sendable, Hashable {
    case title, body, people, anonymous
}
