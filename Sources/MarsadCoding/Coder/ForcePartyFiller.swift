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
/// a target nor a place keeps no target: where nothing says who was hit, nothing is invented. The filled
/// target's text is the place's name, so the evidence still points at words of the article.
public struct ForcePartyFiller: Stage {
    public let name = "ar.force-parties.v1"
    public let requires: Set<Annotation> = [.events]
    public let provides: Set<Annotation> = []

    public init() {}

    public func process(_ document: inout Document) throws(MarsadError) {
        for e in document.events.indices where EventCoder.isForce(document.events[e].code.root) {
            if document.events[e].target == nil, let place = document.events[e].location {
                document.events[e].target = Event.Participant(
                    actor: ActorCode(country: place.country, sector: "CVL"), text: place.name)
            }
            if document.events[e].source == nil {
                document.events[e].source = Event.Participant(actor: ActorCode(country: nil), text: "")
            }
        }
    }
}
