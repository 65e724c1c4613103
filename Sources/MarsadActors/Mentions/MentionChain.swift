import MarsadCore

/// The dictionary items of one mention being composed, and the actor they add up to.
///
/// ```swift
/// var chain = MentionChain(end: 4)
/// chain.absorb(titleItem, published: date)   // «قائد»
/// chain.absorb(bodyItem, published: date)    // «قوى الأمن الداخلي» → sector COP
/// chain.absorb(adjectiveItem, published: date)  // «الإيراني» → country IRN
/// chain.actor  // IRNCOP
/// ```
struct MentionChain {
    var end: Int
    var country: String?
    var organization: ActorCode?
    var bodySector: String?
    var titleSector: String?
    var peopleSector: String?
    /// The country an agent of the chain always belongs to («المستوطنون»: ISR; see ``ActorEntry/agent(sector:kind:country:)``).
    var fixedCountry: String?
    var name: String?
    var personCode: ActorCode?
    var kind: Mention.Kind = .state
    var isPair = false
    var hasAgent = false
    /// Only anonymous people so far («مسلحون مجهولون»).
    var isAnonymous = false

    init(end: Int) {
        self.end = end
    }

    /// `rank`: the item is a one-word military or police rank («اللواء»، «العميد»). After a title or a body it is the
    /// holder's grade, not his office: «وزير الداخلية اليمني اللواء عبده الحذيفي» is a minister (GOV), not MIL.
    mutating func absorb(_ item: MentionFinder.Item, published: CalendarDate?, rank: Bool = false) {
        switch item.entry {
        case .state(let c), .capital(let c), .adjective(let c):
            if country == nil { country = c }
        case .named(let code, let n):
            if code.organization != nil {
                organization = code
                kind = .organization
            } else {
                if country == nil { country = code.country }
                if let sector = code.sector { bodySector = sector }
            }
            if name == nil { name = n }
        case .agent(let sector, let agentKind, let fixed):
            if agentKind != .anonymous { isAnonymous = false }
            if fixedCountry == nil { fixedCountry = fixed }
            hasAgent = true
            kind = .agent
            switch agentKind {
            case .body: bodySector = sector
            case .title: if !(rank && (titleSector != nil || bodySector != nil)) { titleSector = sector }
            case .people: peopleSector = sector
            case .anonymous:
                peopleSector = sector
                isAnonymous = true
            }
        case .person(var code, let n, _, _):
            name = n
            if let published {
                // A former office-holder keeps only the country; a former IGO official («كوفي عنان» in 2015)
                // names no actor.
                if item.entry.isInOffice(on: published) == false {
                    code = code.organization == nil ? ActorCode(country: code.country) : ActorCode(country: nil)
                }
            }
            personCode = code
            if !hasAgent { kind = .person }
        case .pair:
            isPair = true
            kind = .reference
        }
        end = item.tokens.upperBound
    }

    /// The actor the chain names, or nil when it names neither a country nor a sector.
    var actor: ActorCode? {
        let sector = bodySector ?? titleSector ?? peopleSector
        let actor: ActorCode
        if let personCode, !hasAgent {
            actor = personCode
        } else if let personCode, country == nil {
            // «الرئيس المخلوع علي عبدالله صالح» (2015): the person's role at the article's date is more precise than a
            // title's sector (YEMREB, not YEMGOV).
            // A body's sector still wins («قوات الأسد» are the forces, not the president), and so does a title that is
            // not a head of state's or government's («نائب المتحدث»، «الصحفي», which name another person as often).
            let generic = bodySector == nil && (titleSector == "GOV" || titleSector == "CVL")
            actor = ActorCode(
                country: personCode.country, sector: generic ? personCode.sector ?? sector : sector ?? personCode.sector
            )
        } else {
            actor = ActorCode(country: country, sector: sector)
        }
        return actor.country == nil && actor.sector == nil && actor.organization == nil ? nil : actor
    }
}
