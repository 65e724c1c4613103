public import MarsadCore

/// Fills the parties an act of force (CAMEO 18–20) leaves unnamed, as coders of news do: with no target, the
/// victims are the civilians of the country where it happened; with no source, the attacker is unknown (`---`).
///
/// ```swift
/// // «قتل 21 شخصا في هجوم انتحاري في قندوز» (location AFG) → source ---, target AFGCVL
/// try ForcePartyFiller().process(&doc)
/// ```
///
/// Runs after ``EventPlaceAttacher`` (in MarsadActors), which gives each event its place. An act with neither
/// a target nor a place keeps no target: where nothing says who was hit, nothing is invented; nor does one whose only
/// place is a dateline of a country the article names nowhere else (where the news was filed). The filled
/// target's text is the place's name, so the evidence still points at words of the article.
public struct ForcePartyFiller: Stage {
    public let name = "ar.force-parties.v1"
    public let requires: Set<Annotation> = [.events]
    public let provides: Set<Annotation> = []

    public init() {}

    public func process(_ document: inout Document) throws(MarsadError) {
        let datelines = document.places.filter(\.isDateline)
        for e in document.events.indices where EventCoder.isForce(document.events[e].code.root) {
            if document.events[e].target == nil, let place = document.events[e].location,
                !isDateline(place, of: document.events[e].sentence, datelines, document)
            {
                document.events[e].target = Event.Participant(
                    actor: ActorCode(country: place.country, sector: "CVL"), text: place.name)
            }
            if document.events[e].source == nil {
                document.events[e].source = Event.Participant(actor: ActorCode(country: nil), text: "")
            }
        }
    }

    /// Whether an event's place is only the article's dateline («لندن: «الشرق الأوسط»»), not a place its sentence
    /// names, and the article names no other place or actor of the dateline's country: the news was filed there
    /// about somewhere else, so the dateline says nothing of whose civilians were hit. A dateline of the country the
    /// story is about («واس – الأحساء: … جانٍ سعودي») still places it.
    private func isDateline(_ location: Event.Location, of sentence: Int, _ datelines: [PlaceMention], _ doc: Document)
        -> Bool
    {
        guard let line = datelines.first(where: { $0.name == location.name }) else { return false }
        if doc.places.contains(where: { $0.sentence == sentence && $0.name == location.name && !$0.isDateline }) {
            return false
        }
        let country = line.country
        if doc.places.contains(where: { $0.country == country && !$0.isDateline }) { return false }
        // NB: not a bare agent («أشخاص»، «الشرطة»): it may have taken its country from the dateline itself.
        return !doc.mentions.contains { m in
            m.actor.country == country && m.kind != .bareAgent && m.kind != .reference
                && !datelines.contains { $0.sentence == m.sentence && $0.tokens.overlaps(m.tokens) }
        }
    }
}
