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
        // «وصلت الطائرة الإغاثية السعودية إلى عدن» (073) … «وتأتي هذه المساعدات إنفاذا لتوجيهات الملك بتقديم مساعدات
        // للشعب اليمني» (070): an act told again by its family's general code may name the parties more fully than the
        // first report did. NB: not the same code («اعتقلت قوات الاحتلال شابا» twice is two arrests).
        let general = !sameCode && Self.generalRoots.contains(code.root)
        func same(_ a: ActorCode, _ b: ActorCode) -> Bool { Self.names(a, b) || (general && Self.names(b, a)) }
        // «ناقش الجانبان المصري والأمريكي خلال الاتصال» after «تلقى شكري اتصالا من كيري»: talks told again of a call name
        // a party by its country; the same two offices named again are a call and a meeting, two acts.
        let call = (code.code == "041") != (earlier.code.code == "041")
        let otherCode = !sameCode && !call
        if same(s, es) && same(t, et) { return otherCode || s != es || t != et }
        return code.isSymmetric && same(s, et) && same(t, es) && (otherCode || s != et || t != es)
    }

    /// Whether two codes name one act: the same code; a meeting and a meeting «على هامش» another event (040, 044:
    /// «خلال لقاء مع نظيره الأميركي» … «والتقى الوزيران … على هامش قمة إقليمية»); or an act told by its family's
    /// general code and by a precise one («070»، «073»; see `generalRoots`).
    /// NB: talks after a phone call (041 before, 040 after: «ناقش الجانبان المصري والأمريكي خلال الاتصال») are the call
    /// told again; not the other way round (a call after a meeting is another act).
    static func sameAct(_ a: String, _ b: String) -> Bool {
        if a == b || (meetings.contains(a) && meetings.contains(b)) { return true }
        if b == "041" && meetings.contains(a) { return true }
        return a.count == 3 && b.count == 3 && a.prefix(2) == b.prefix(2)
            && generalRoots.contains(String(a.prefix(2))) && (a.hasSuffix("0") || b.hasSuffix("0"))
    }

    /// Roots whose general code («070» aid, «060» cooperation, «080» yielding) mostly refers back to a precise act
    /// told before. NB: not meetings (04: «استقبل» and the talks held during it are two acts) nor coercion (17: a
    /// campaign of arrests and one arrest are two).
    static let generalRoots: [String] = ["06", "07", "08"]

    static let meetings: [String] = ["040", "044"]

    /// Roots of acts that happen once and are then reported again (meet, cooperate, aid, yield, show force, reduce
    /// relations, coerce), unlike words: a speaker who praises or blames the same party twice has done it twice.
    /// NB: not assault and fighting (18–20): strikes between the same parties recur, each with its own date.
    static let happenings: [String] = ["04", "06", "07", "08", "15", "16", "17"]

    /// Whether the words of an approval's trigger thank («شكر»، «الشكر»، «شاكرا»، «امتنانه»): thanks answer what the
    /// other party did, an act apart from the welcome, praise or support of the same parties.
    static func thanks(_ trigger: Substring) -> Bool {
        thankingStems.contains { trigger.contains($0) }
    }

    private static let thankingStems = ["شكر", "شاكر", "امتنان"]

    /// Whether `short` names the actor `full`: the same code, or the bare country of one of its organs («فرنسا»
    /// for «الرئيس الفرنسي»).
    private static func names(_ short: ActorCode, _ full: ActorCode) -> Bool {
        if short == full { return true }
        return short.organization == nil && short.sector == nil && short.country != nil
            && short.country == full.country
    }
}

extension EventCoder {
    /// Whether a doer named `doer` is another person than every doer of the acts already coded with the same code and
    /// parties: «بعث خادم الحرمين الشريفين الملك سلمان برقية تهنئة للرئيس التونسي … كما بعث الأمير محمد بن نايف برقية
    /// تهنئة للرئيس التونسي» are two cables, though both are SAUGOV → TUNGOV 051. Only when every one is named: an act
    /// whose doer is not named (`nil`) may be any of them told again, and one named may be an unnamed one's.
    /// NB: words only (not `happenings`: a delegation's visit or talks are one act whichever member is named), and not
    /// acts of force, keyed by their pattern and places (see `process`).
    static func isOtherDoer(_ doer: String?, than doers: [String?]) -> Bool {
        guard let doer else { return false }
        return doers.allSatisfy { $0 != nil && $0 != doer }
    }
}
