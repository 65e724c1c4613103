public import MarsadCore

/// Gives each event without a location one: a place its sentence names, else the article's dateline.
///
/// ```swift
/// // «موسكو - رويترز: … اتهمت روسيا أوكرانيا …» → the event's location is موسكو / RUS
/// try EventPlaceAttacher(dictionary: .bundled()).process(&doc)
/// ```
///
/// The coder already takes the locative place nearest the trigger («في حلب»). This stage fills what is left,
/// in order: a locative place of the sentence; the place nearest the trigger that the sentence names without
/// a cue but that is no actor («قصفت الطائرات حلب»); a capital named as an actor that is neither the event's
/// source nor its target («يزور الجبير موسكو للقاء بوتين») — a country named as an actor is no place
/// («تزويد روسيا بالطائرات») unless it is the target of an assault or a fight («حصار على اليمن»، a party
/// like those below); the article's first dateline
/// («بيروت (رويترز) -», or the input's `dateline` field); and last a place that is a party («شد الرحال إلى
/// موسكو»). So every event whose sentence names a place has a location.
public struct EventPlaceAttacher: Stage {
    public let name = "ar.event-places.v1"
    public let requires: Set<Annotation> = [.mentions, .places, .events]
    public let provides: Set<Annotation> = []

    /// Tells country names («روسيا») from capitals and cities: a country named as an actor is no place.
    public let dictionary: ActorDictionary

    public init(dictionary: ActorDictionary) {
        self.dictionary = dictionary
    }

    /// Assault, fight, mass violence: acts that happen where their target is.
    static let violentRoots: Set<String> = ["18", "19", "20"]

    /// Whether the place at `p` is a country name (an actor such as «روسيا» in «تزويد روسيا بالطائرات»).
    private func isCountryName(_ p: PlaceMention, _ doc: Document) -> Bool {
        guard p.sentence >= 0,
            let m = dictionary.lexicon.longestMatch(in: doc, at: p.tokens.lowerBound, limit: p.tokens.upperBound)
        else { return false }
        if case .state = dictionary.entries[m.entry] { return true }
        return false
    }

    public func process(_ document: inout Document) throws(MarsadError) {
        guard !document.events.isEmpty, !document.places.isEmpty else { return }
        let dateline = document.places.first(where: \.isDateline)
        let placesBySentence = Dictionary(grouping: document.places, by: \.sentence)
        let mentionsBySentence = Dictionary(grouping: document.mentions, by: \.sentence)
        for e in document.events.indices where document.events[e].location == nil {
            let event = document.events[e]
            let mentions = mentionsBySentence[event.sentence] ?? []
            // Ranks: 0 a locative place, 1 a place that is no actor, 2 an actor place that is not one of the
            // event's parties («زيارة لموسكو» by a Saudi minister to the Russian president), 3 a party
            // («شد الرحال إلى موسكو»: Moscow is the target and where the visit happens).
            var best: (rank: Int, distance: Int, place: PlaceMention)?
            for p in placesBySentence[event.sentence] ?? [] {
                let mention = mentions.first { $0.tokens.overlaps(p.tokens) }
                let rank: Int
                if p.isLocative {
                    rank = 0
                } else if let mention {
                    let text = String(document.text(of: mention.span))
                    if isCountryName(p, document) {
                        // «فرضت سفن التحالف حصارا على اليمن»: a country attacked is where the attack happens.
                        guard Self.violentRoots.contains(event.code.root), event.target?.text == text else { continue }
                        rank = 3
                    } else {
                        let isParty = [event.source, event.target].contains { $0?.text == text }
                        rank = isParty ? 3 : 2
                    }
                } else {
                    rank = 1
                }
                let d = abs(p.span.start - event.trigger.start)
                if best.map({ ($0.rank, $0.distance) > (rank, d) }) ?? true { best = (rank, d, p) }
            }
            // A party comes after the dateline: in «بيروت (رويترز) - اتهمت إسرائيل حزب الله» the place is Beirut.
            if let best, best.rank < 3 {
                document.events[e].location = Event.Location(country: best.place.country, name: best.place.name)
            } else if let place = dateline ?? best?.place {
                document.events[e].location = Event.Location(country: place.country, name: place.name)
            }
        }
    }
}
