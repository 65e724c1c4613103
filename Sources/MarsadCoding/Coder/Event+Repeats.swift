import MarsadCore

extension Event {
    /// Whether this event reports again an act `earlier` already coded in the article: an act that happens once
    /// (see `happenings`), with the same code, between the same parties, one of them named here only by its country
    /// («توصل الرئيس الفرنسي ونظيره الروسي إلى اتفاق» … «فرنسا وروسيا توصلتا إلى اتفاق»). The parties of a symmetric
    /// act (04, 05, 06) may come in either order.
    /// NB: both parties must be known; an act with a missing party is folded by ``subsumes(_:)`` instead.
    func repeats(_ earlier: Event) -> Bool {
        guard Self.sameAct(code.code, earlier.code.code),
            Self.happenings.contains(code.root) || code.code.hasPrefix("057"),
            let s = source?.actor, let t = target?.actor,
            let es = earlier.source?.actor, let et = earlier.target?.actor
        else { return false }
        // NB: the same parties again with the same code are left to the coder's one event per code and actors; a
        // meeting told again as one «على هامش» another event (or the other way round) is the same meeting.
        let sameCode = code.code == earlier.code.code
        if Self.names(s, es) && Self.names(t, et) { return !sameCode || s != es || t != et }
        return code.isSymmetric && Self.names(s, et) && Self.names(t, es) && (!sameCode || s != et || t != es)
    }

    /// Whether two codes name one act: the same code, or a meeting and a meeting «على هامش» another event (040, 044):
    /// «خلال لقاء مع نظيره الأميركي» … «والتقى الوزيران … على هامش قمة إقليمية».
    static func sameAct(_ a: String, _ b: String) -> Bool {
        a == b || (meetings.contains(a) && meetings.contains(b))
    }

    static let meetings: [String] = ["040", "044"]

    /// Roots of acts that happen once and are then reported again (meet, cooperate, aid, yield, show force, reduce
    /// relations, coerce), unlike words: a speaker who praises or blames the same party twice has done it twice.
    /// NB: not assault and fighting (18–20): strikes between the same parties recur, each with its own date.
    static let happenings: [String] = ["04", "06", "07", "08", "15", "16", "17"]

    /// Whether `short` names the actor `full`: the same code, or the bare country of one of its organs («فرنسا»
    /// for «الرئيس الفرنسي»).
    private static func names(_ short: ActorCode, _ full: ActorCode) -> Bool {
        if short == full { return true }
        return short.organization == nil && short.sector == nil && short.country != nil
            && short.country == full.country
    }
}
