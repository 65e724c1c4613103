/// A coded event: who did what to whom, when and where, with its evidence.
public struct Event: Hashable, Sendable {
    /// An actor in an event, with the text that named it.
    public struct Participant: Hashable, Sendable {
        public var actor: ActorCode
        public var text: String
        public var name: String?

        public init(actor: ActorCode, text: String, name: String? = nil) {
            self.actor = actor
            self.text = text
            self.name = name
        }
    }

    public var sentence: Int
    public var trigger: TextSpan
    public var code: EventCode
    public var source: Participant?
    public var target: Participant?
    public var date: CalendarDate?
    public var datePrecision: DatePrecision
    public var dateText: String?
    public var location: Location?
    /// The id of the pattern that fired (`ar.057.verb.وقع`).
    public var rule: String
    public var confidence: Double

    public struct Location: Hashable, Sendable {
        public var country: String
        public var name: String
        public init(country: String, name: String) {
            self.country = country
            self.name = name
        }
    }

    public init(
        sentence: Int, trigger: TextSpan, code: EventCode, source: Participant?, target: Participant?,
        date: CalendarDate? = nil, datePrecision: DatePrecision = .unknown, dateText: String? = nil,
        location: Location? = nil, rule: String, confidence: Double
    ) {
        self.sentence = sentence
        self.trigger = trigger
        self.code = code
        self.source = source
        self.target = target
        self.date = date
        self.datePrecision = datePrecision
        self.dateText = dateText
        self.location = location
        self.rule = rule
        self.confidence = confidence
    }
}
