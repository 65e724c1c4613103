public import MarsadCore

/// One event to store, with the contract's fields (see CONTRACT.md) flattened into columns.
public struct EventRecord: Sendable, Hashable {
    public var eventID: String
    public var sentenceIndex: Int
    public var trigger: String
    /// UTF-8 offset of the trigger in its sentence (for highlighting the evidence).
    public var triggerOffset: Int
    public var code: String
    public var root: String
    public var quadClass: Int
    public var goldstein: Double
    public var ploverType: String?
    public var ploverMode: String?
    public var source: EventActor?
    public var target: EventActor?
    public var date: CalendarDate?
    public var datePrecision: String
    public var dateText: String?
    public var location: EventPlace?
    public var rule: String
    public var confidence: Double

    public init(
        eventID: String, sentenceIndex: Int, trigger: String, triggerOffset: Int, code: String, root: String,
        quadClass: Int, goldstein: Double, ploverType: String?, ploverMode: String?, source: EventActor?,
        target: EventActor?, date: CalendarDate?, datePrecision: String, dateText: String?, location: EventPlace?,
        rule: String, confidence: Double
    ) {
        self.eventID = eventID
        self.sentenceIndex = sentenceIndex
        self.trigger = trigger
        self.triggerOffset = triggerOffset
        self.code = code
        self.root = root
        self.quadClass = quadClass
        self.goldstein = goldstein
        self.ploverType = ploverType
        self.ploverMode = ploverMode
        self.source = source
        self.target = target
        self.date = date
        self.datePrecision = datePrecision
        self.dateText = dateText
        self.location = location
        self.rule = rule
        self.confidence = confidence
    }

    /// The record of a coded event.
    public init(eventID: String, event e: Event, trigger: String, triggerOffset: Int) {
        func actor(_ p: Event.Participant?) -> EventActor? {
            guard let p else { return nil }
            return EventActor(
                code: p.actor.code, country: p.actor.organization ?? p.actor.country, sector: p.actor.sector,
                text: p.text, name: p.name)
        }
        self.init(
            eventID: eventID, sentenceIndex: e.sentence, trigger: trigger, triggerOffset: triggerOffset,
            code: e.code.code, root: e.code.root, quadClass: e.code.quadClass, goldstein: e.code.goldstein,
            ploverType: e.code.plover.type.isEmpty ? nil : e.code.plover.type, ploverMode: e.code.plover.mode,
            source: actor(e.source), target: actor(e.target), date: e.date, datePrecision: e.datePrecision.rawValue,
            dateText: e.dateText, location: e.location.map { EventPlace(country: $0.country, name: $0.name) },
            rule: e.rule, confidence: (e.confidence * 100).rounded() / 100)
    }

    /// The country or IGO an actor code belongs to, as stories and dyads group them (`IRNCOP` → `IRN`).
    public static func primary(_ actor: EventActor?) -> String {
        guard let actor else { return "---" }
        if let p = ActorCode(code: actor.code)?.primary { return p }
        return actor.country ?? "---"
    }
}
