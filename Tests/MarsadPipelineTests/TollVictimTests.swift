import Foundation
import MarsadCoding
import MarsadCore
import MarsadPipeline
import Testing

/// Who a toll names as killed or hurt is the target of the act that caused it; an act named by its means is one
/// act; a group a count put before a name gives no short name. Sentences written for these tests.
@Suite struct TollVictimTests {
    static let pipeline = try! MarsadPipeline.standard()
    static let force: Set<String> = ["18", "19", "20"]

    func events(_ text: String) throws -> [Event] {
        var doc = Document(id: "toll", text: text, published: CalendarDate(iso: "2015-07-20"))
        try Self.pipeline.run(&doc)
        return doc.events
    }

    func forceTargets(_ text: String) throws -> [String] {
        try events(text).filter { Self.force.contains($0.code.root) }.map { $0.target?.actor.code ?? "" }
    }

    @Test func theKilledComeBeforeTheWoundedJoinedByWa() throws {
        // The uncounted passive «قتل» is too far from the cause to count alone; «وأصيب» joins it.
        let targets = try forceTargets("كما قتل ثلاثة جنود بريطانيين واصيب ستة أفغان بجروح في هجوم انتحاري في هلمند.")
        #expect(targets == ["GBRMIL"])
    }

    @Test func victimsJoinedByWaAreNoDoers() throws {
        let found = try events("قتل جنديان وشرطي في هجوم بقذائف الهاون على مقر أمني في مدينة العريش.")
            .filter { Self.force.contains($0.code.root) }
        #expect(!found.isEmpty)
        #expect(found.allSatisfy { $0.source?.actor.code != "EGYCOP" })
        #expect(found.contains { $0.target?.actor.code == "EGYCOP" })
    }

    @Test func aVictimIsTheTargetOfAnActWithoutADoer() throws {
        // No doer is named; the victims, not the group named after the cause, are the target.
        let targets = try forceTargets(
            "لقي خمسة أشخاص تونسيين مصرعهم جراء انفجار سيارة ملغومة في مدينة القصرين، مع تصعيد تنظيم داعش هجماته.")
        #expect(targets == ["TUNCVL"])
    }

    @Test func peopleWithoutACountryAreOfThePlaceOfTheAct() throws {
        // The story is about Syria; the digest line tells of an attack in Tunisia.
        let text =
            "قال مسؤولون سوريون إن الجيش السوري قصف مواقع المعارضة في حلب.\n\nوفي تونس قتل 20 شخصا على الأقل في هجوم استهدف فندقا بمدينة سوسة."
        let attack = try events(text).first { $0.sentence == 1 && Self.force.contains($0.code.root) }
        #expect(attack?.target?.actor.code == "TUNCVL")
    }

    @Test func aSecondCountMakesTheFirstGroupTheDoers() throws {
        // «قتل أربعة مسلحين من الحركة 30 شخصا»: the gunmen killed, the 30 were killed.
        let targets = try forceTargets("وقتل أربعة مسلحين من حركة الشباب 30 شخصا على الأقل في هجوم على سوق في مقديشو.")
        #expect(targets.first == "SOMCVL")
        #expect(!targets.contains("SOMREB"))
    }

    @Test func anAttackNamedByItsMeansIsOneAct() throws {
        let coded = try events("قتل عشرة أشخاص في هجوم بسيارة مفخخة على سوق شعبي في بغداد.")
            .filter { Self.force.contains($0.code.root) }
        #expect(coded.map { $0.code.code } == ["1832"])
        // And the generic noun keeps its role words: who was exposed to the attack is its target.
        let exposed = try events("وتعرضت السفارة الأمريكية في بغداد لهجوم بقذائف الهاون.")
            .filter { Self.force.contains($0.code.root) }
        #expect(exposed.count == 1)
        #expect(exposed.first?.code.root == "19")
        #expect(exposed.first?.target?.actor.country == "USA")
    }

    @Test func theDoerNamedInTheActsOwnNoun() throws {
        // «الغارات الجوية التركية» is one actor phrase (TURMIL) that holds the act's noun.
        let coded = try events("وأوقعت الغارات الجوية التركية على مواقع المتمردين في الجبال أكثر من 40 قتيلا.")
            .filter { Self.force.contains($0.code.root) }
        #expect(coded.first?.source?.actor.code == "TURMIL")
    }

    @Test func aDefiniteConstructPhraseToldAgainIsNoNewAct() throws {
        // «تنفيذ حكم القتل» is definite through its last word: with no actor, the execution told before.
        let text =
            "نفذت وزارة الداخلية اليوم حكم القتل في جان أدين بقتل مواطن في الرياض.\n\nوأوضحت الوزارة أن الجاني اعترف بجريمته أمام المحكمة.\n\nوأضافت أن المحكمة أصدرت حكمها بعد سنتين من التحقيق.\n\nوقد تم تنفيذ حكم القتل في مدينة الرياض صباح اليوم."
        let executions = try events(text).filter { $0.code.root == "18" }
        #expect(executions.count == 1)
    }

    @Test func aCountBeforeAGroupGivesNoShortName() throws {
        // «سبعة» later is a number of people hurt, not the group «سبعة من قادة تنظيم داعش» named before.
        let text =
            "وأعلن الجيش العراقي مقتل سبعة من قادة تنظيم داعش بقصف مدفعي في الفلوجة.\n\nوقال مصدر أمني إن شخصين قتلا، وأصيب سبعة آخرون بجروح، في انفجار عبوة ناسفة في بغداد."
        let coded = try events(text)
        #expect(!coded.contains { $0.sentence == 1 && $0.target?.actor.code == "IMGREB" })
    }

    func forceSources(_ text: String) throws -> [String] {
        try events(text).filter { Self.force.contains($0.code.root) }.map { $0.source?.actor.code ?? "" }
    }

    /// Who the act killed or hurt, or who reports it, never did it (session 26: they were taken for the doer when
    /// none is named). Each case is the act with no doer, then the same act with its doer.
    @Test(arguments: [
        // The genitive of «مقتل» is the dead soldier.
        ("أعلن الجيش الأميركي مقتل أحد جنوده في انفجار قنبلة قرب بعقوبة.", false),
        // The counted dead of a toll: «قتل جنديان … إثر تفجير».
        ("قتل جنديان تركيان وجرح أربعة آخرون إثر تفجير سيارة ملغومة في ديار بكر.", false),
        // «بينهم» counts an officer among the casualties.
        ("قتل أربعة من عناصر الجيش المصري بينهم ضابط إثر انفجار عبوة ناسفة في سيناء.", false),
        // The speaker of «قال … إن» when the clause has a subject of its own that is no actor (a mine, not the source).
        ("قال مصدر أمني عراقي إن لغما أرضيا انفجر أمس لدى مرور دورية للشرطة في الموصل.", false),
        ("قالت الشرطة العراقية إن مسلحي تنظيم داعش فجروا سيارة مفخخة في سوق ببغداد.", true),
    ])
    func theHurtAndTheReporterAreNotTheDoer(_ text: String, doerNamed: Bool) throws {
        let sources = try forceSources(text)
        #expect(!sources.isEmpty, "no act of force coded")
        if doerNamed {
            #expect(sources.allSatisfy { $0 == "IMGREB" }, "\(sources)")
        } else {
            #expect(sources.allSatisfy { $0.isEmpty || $0.hasPrefix("---") }, "\(sources)")
        }
    }

    @Test func theDeadOfAFightAreOneOfItsSides() throws {
        // «قتلوا خلال اشتباكات مع قوات النظام»: the fighters killed fought; they are a party, not only victims.
        let sources = try forceSources(
            "وقتل أربعة مقاتلين من الجيش السوري الحر خلال اشتباكات مع قوات النظام السوري في ريف دمشق.")
        #expect(sources.contains { $0.hasPrefix("SYR") }, "\(sources)")
    }
}
