import Foundation
import MarsadCoding
import MarsadCore
import MarsadPipeline
import Testing

/// Acts of force told without the usual verb and subject: a passive toll with its cause, a count before a parenthesis,
/// bombings and shootings-down told with their object, passives with their doer or means. Sentences written for these
/// tests.
@Suite struct ForceReportTests {
    static let pipeline = try! MarsadPipeline.standard()

    func roots(_ text: String) throws -> [String] {
        var doc = Document(id: "force", text: text, published: CalendarDate(iso: "2015-07-20"))
        try Self.pipeline.run(&doc)
        return doc.events.map(\.code.root)
    }

    /// A light verb's subject may be followed by a place, and a comma after it, before «من» and the act («وتمكنت
    /// المقاومة الشعبية في محافظة تعز، من استعادة …»): the act is told as done, by that subject.
    @Test func aLightVerbReachesPastAPlaceAfterItsSubject() throws {
        for text in [
            "وتمكنت المقاومة الشعبية في محافظة تعز، من استعادة السيطرة على المنطقة من الميليشيات الحوثية.",
            "وتمكنت المقاومة الشعبية في محافظة تعز من استعادة السيطرة على المنطقة من الميليشيات الحوثية.",
        ] {
            var doc = Document(id: "force", text: text, published: CalendarDate(iso: "2015-07-20"))
            try Self.pipeline.run(&doc)
            #expect(
                doc.events.contains {
                    $0.code.root == "19" && $0.source?.actor.code == "YEMREB" && $0.target?.actor.code == "YEMREB"
                }, "\(doc.events.map { $0.code.code })")
        }
    }

    /// One construction per row: the sentence and the root of force it must give.
    @Test(arguments: [
        (
            "an uncounted passive toll right before «بعد» and its cause",
            "وقتل رجل بعد تعرضه للضرب في أحد أحياء القاهرة.", "18"
        ),
        ("an uncounted passive toll right before its cause", "قتل جندي عراقي في هجوم شنه مسلحون قرب كركوك.", "19"),
        (
            "a count before a parenthesis on the victims, inside quotation marks",
            "وقال مسؤول في الشرطة إن «خمسة أشخاص، بينهم امرأة، قتلوا جراء غارة جوية على القرية».", "19"
        ),
        ("violence of no named kind as the cause of a toll", "قتل ثلاثون شخصا أمس في أعمال عنف متفرقة في بغداد.", "18"),
        ("a bombing verb with its explosive named", "وفجرت الجماعة ثلاث سيارات ملغومة في المدينة الساحلية.", "18"),
        ("a mine set off", "وقتل جنديان عندما فجر مسلحون لغما في دورية للجيش العراقي.", "18"),
        ("an aircraft shot down", "وأسقطت القوات الروسية طائرة تجسس أوكرانية فوق الحدود.", "19"),
        (
            "a passive with its doer after «من قبل»",
            "وخطف مهندس أجنبي أمس في وسط المدينة من قبل ثلاثة مسلحين.", "18"
        ),
        ("a passive killing with its means named", "وقتل شرطي برصاص مسلحين مجهولين في الموصل.", "18"),
        (
            "a strike whose subject a second clause's verb after a comma does not swallow",
            "وشنت المقاتلات الروسية غارات على مواقع المعارضة في إدلب، وقصفت المدفعية قرى في ريف حماة.", "19"
        ),
        (
            "«قام» far before «بـ» + the act, over an apposition between commas",
            "وقام أربعة مسلحين، من أفراد عصابة معروفة في المنطقة الجنوبية، باختطاف طبيب أمام عيادته.", "18"
        ),
        (
            "«قام» far before «بـ» + a protest, over a long subject",
            "وقام نحو ألفي عامل من موظفي شركات النسيج في المدينة الصناعية بالتظاهر أمام مقر المحافظة.", "14"
        ),
        ("«فجر» with its subject and their own bombs", "وفجر الخاطفون عبواتهم داخل الحافلة قبل أن يفروا.", "18"),
        ("torture with its doer and victim, told as done", "وقام عناصر من الشرطة بتعذيب المعتقلين داخل السجن.", "18"),
        ("the passive light verb «تم» before the act's noun", "وتم تفجير مقر الشرطة في المدينة فجر اليوم.", "18"),
        (
            "«أوقع» tells what an act cost, far from its noun",
            "أوقعت سلسلة هجمات أمس، بينها هجوم بقذائف الهاون على سوق المدينة، عشرات القتلى والجرحى.", "19"
        ),
        (
            "a present verb of force after «كان» and its subject is an act going on then",
            "وكانت قوات الأمن العراقية تطوق المبنى الذي تحصن فيه المسلحون.", "19"
        ),
        (
            "a present verb of force after «لا يزال» is an act going on",
            "وقال قائد ميداني إن مقاتلي المعارضة لا يزالون يستهدفون مواقع الجيش السوري في ريف حماة.", "19"
        ),
        (
            "an act told before a denial in the same sentence",
            "وقالت الشرطة إن مسلحين هاجموا القنصلية أمس، ونفى المتحدث أن يكون الهجوم انتحاريا.", "19"
        ),
        (
            "«بدون» of a drone («طائرة بدون طيار») negates nothing, a preposition between or not",
            "وقتل خمسة مسلحين بطائرة بدون طيار في غارة أمريكية على منزل في وزيرستان.", "19"
        ),
        (
            "acts after «عمليات» as the cause of a toll",
            "وقتل عشرة مدنيين في عمليات قصف نفذها الجيش السوري على القرية أمس.", "19"
        ),
        (
            "acts after «عمليات» told as done by a verb",
            "ونفذت الطائرات الروسية عمليات قصف على مواقع المعارضة السورية أمس.", "19"
        ),
        ("a battle told, in a square", "واندلعت معركة عنيفة بين الجيش اليمني والحوثيين في ساحة المدينة أمس.", "19"),
        ("a death penalty carried out", "نفذت السلطات الإيرانية عقوبة الإعدام بحق ثلاثة مدانين بالقتل.", "18"),
        (
            "«كي» in «بان كي مون» is a name, not \"so that\"",
            "وأدان الأمين العام للأمم المتحدة بان كي مون التفجير الذي وقع في أنقرة أمس.", "18"
        ),
    ])
    func forceIsCoded(_ description: String, _ sentence: String, _ root: String) throws {
        #expect(try roots(sentence).contains(root), "\(description)")
    }

    /// A negated verb of stopping with «عن» affirms the act after it («لا يتوقفون عن التحريض»: they keep inciting); the
    /// negator reaches over «إلى»/«على» only.
    @Test func negatedStoppingAffirms() throws {
        #expect(try roots("وأكد الوزير أن قيادات الجماعة لا يتوقفون عن التحريض على الدولة المصرية.").contains("11"))
    }

    /// Words of force that report no act here.
    @Test(arguments: [
        ("violence named as what is rejected", "ودعا المجلس إلى نبذ أعمال العنف في البلاد."),
        ("an act after «أي» is any act", "قررت الحكومة تعزيز قواتها للمساعدة في صد أي هجوم على الحدود."),
        ("a toll verb after a noun is the verbal noun", "وانتقد الوزير جرائم قتل المدنيين في المدن."),
        ("«فجر» as dawn, with a time after it", "وصلت القافلة فجر أمس إلى المدينة وأفرغ الجنود قنابلهم في المخزن."),
        ("«فجر» as dawn after a preposition", "وفي فجر الأحد وضع الجنود قنابلهم في المخازن."),
        ("«فجر» as dawn, another verb in the gap", "وفجر الجمعة نقل الجيش قنابله إلى الشمال."),
        ("a nuclear test is no bombing", "وأعلنت الحكومة أن البلاد فجرت قنبلتها الذرية الأولى في الصحراء."),
        ("torture alleged with no doer", "وأكد المحامي أن موكله تعرض للتعذيب في السجن."),
        ("torture among the charges of a trial", "ويلاحق الرئيس السابق بتهم ارتكاب جرائم حرب وتعذيب."),
        ("a massacre named as what is to be avoided", "وصدرت الأوامر للأمن بعدم التعرض لهم تفاديا لحدوث مذبحة."),
        ("a light verb under negation tells no act", "ولم يتمكن المسلحون من اختطاف الصحفي الأجنبي في كابول."),
        ("«تم» in a relative clause describes", "وعثرت الشرطة على السيارات التي تم تفجيرها قبل عامين."),
        (
            "a second relative clause, with «و», describes",
            "وتحدث عن القائد الراحل، والذي اغتالته القوات قبل ثلاثة أعوام."
        ),

        (
            "an uncounted toll verb far from the act named later is not its cause",
            "وغادر الرجل المدينة بعد أن قتل جاره أمام أولاده، وطالب الأهالي بإعدامه في المكان ذاته."
        ),
    ])
    func noForceIsCoded(_ description: String, _ sentence: String) throws {
        #expect(try !roots(sentence).contains { ["18", "19", "20"].contains($0) }, "\(description)")
    }

    /// «التظاهر» (the verbal noun) that reports no protest here.
    @Test(arguments: [
        ("pretending is not protesting", "وقام الموظف بالتظاهر بالمرض لكي يتغيب عن العمل."),
        ("the right to protest", "ويكفل الدستور حق التظاهر السلمي لجميع المواطنين."),
        (
            "«قام» does not reach the noun across a colon and quotation marks",
            "وقام الوزير بزيارة المصنع: «ونطالب بالتظاهر أمام المقر»."
        ),
    ])
    func noProtestIsCoded(_ description: String, _ sentence: String) throws {
        #expect(try !roots(sentence).contains("14"), "\(description)")
    }

    /// One act told by its noun and again by a word after it: a verb that describes it, or a bare generic noun in a
    /// later sentence.
    @Test(arguments: [
        (
            "a verb of force right after the act's noun is that act, and its object is the act's target",
            "ووقع أمس هجوم انتحاري استهدف مقرا للشرطة العراقية في كركوك.", "IRQCOP"
        ),
        (
            "the same after a relative pronoun",
            "وانفجرت أمس سيارة مفخخة التي استهدفت قافلة للجيش الباكستاني قرب بيشاور.", "PAKMIL"
        ),
        (
            "a bare «الهجوم» later is the act told before, whatever its precise code",
            "قتل خمسة جنود أفغان في هجوم انتحاري على قاعدة للجيش الأفغاني في قندهار أمس. وأسفر الهجوم أيضا عن إصابة عشرة.",
            "AFGMIL"
        ),
    ])
    func oneActOfForce(_ description: String, _ text: String, _ target: String) throws {
        var doc = Document(id: "force", text: text, published: CalendarDate(iso: "2015-07-20"))
        try Self.pipeline.run(&doc)
        let force = doc.events.filter { ["18", "19", "20"].contains($0.code.root) }
        #expect(force.count == 1, "\(description): \(force.map(\.code.code))")
        #expect(force.first?.target?.actor.code == target, "\(description)")
    }

    /// Who reacts to an act of force, or reports a bombing, is not its doer.
    @Test(arguments: [
        (
            "the condemner of a bombing named by a noun, past a long subject",
            "أدان الأمين العام لجامعة الدول العربية نبيل العربي التفجير الذي وقع في سوق ببغداد وأسفر عن مقتل عشرة أشخاص.",
            "IGOMEAARL"
        ),
        (
            "an army reporting a suicide attack in its words",
            "وقال الجيش الباكستاني إن هجوما انتحاريا أسفر عن مقتل ثلاثة جنود في وزيرستان.", "PAKMIL"
        ),
    ])
    func reporterIsNoDoer(_ description: String, _ text: String, _ reporter: String) throws {
        var doc = Document(id: "force", text: text, published: CalendarDate(iso: "2015-07-20"))
        try Self.pipeline.run(&doc)
        let force = doc.events.filter { ["18", "19", "20"].contains($0.code.root) }
        #expect(force.count == 1, "\(description): \(force.map(\.code.code))")
        #expect(force.allSatisfy { $0.source?.actor.code != reporter }, "\(description)")
    }

    /// An act of force from the air is coded 195 (employ aerial weapons), whatever pattern found it: its doer named with
    /// aircraft or air strikes, or «جوية» after its noun. Aircraft as the object, air defences and ground fire stay 190.
    @Test(arguments: [
        ("the doer named with its aircraft", "وقصف طيران التحالف أمس معسكرا للمتمردين الحوثيين شمال صعدة.", "195"),
        (
            "a strike with a nationality as its doer", "واستهدفت غارة أمريكية قياديين في تنظيم القاعدة بمحافظة شبوة.",
            "195"
        ),
        (
            "the aircraft after «من» of a bombardment suffered",
            "وتعرضت مواقع المسلحين الحوثيين لقصف عنيف من مقاتلات التحالف ليلة الجمعة.", "195"
        ),
        ("«جوية» after an operation", "وبدأت أنقرة عملية عسكرية جوية ضد مواقع حزب العمال الكردستاني.", "195"),
        (
            "an air defence is no attacker from the air", "وقصفت الدفاعات الجوية السورية طائرات إسرائيلية فوق دمشق.",
            "190"
        ),
        ("ground forces", "وقصف الجيش التركي مواقع حزب العمال الكردستاني شمال العراق.", "190"),
    ])
    func aerialForce(_ description: String, _ text: String, _ code: String) throws {
        var doc = Document(id: "air", text: text, published: CalendarDate(iso: "2015-07-20"))
        try Self.pipeline.run(&doc)
        let force = doc.events.filter { $0.code.root == "19" }
        #expect(
            !force.isEmpty && force.allSatisfy { $0.code.code == code }, "\(description): \(force.map(\.code.code))")
    }

    /// A verb of force in a relative clause on an attack not called terrorist or criminal keeps its own code: «الهجوم
    /// الذي شنته القوات العراقية» is military force, not an assault by unnamed militants.
    @Test func aMilitaryAttackInARelativeClauseStaysForce() throws {
        var doc = Document(
            id: "rel", text: "وأعلن الجيش العراقي نجاح الهجوم الذي استهدف مواقع تنظيم داعش غرب الرمادي أمس.",
            published: CalendarDate(iso: "2015-07-20"))
        try Self.pipeline.run(&doc)
        #expect(!doc.events.contains { $0.code.root == "18" }, "\(doc.events.map(\.code.code))")
    }

    /// Strikes between the same parties at two named places are two acts; told again with no place, one of them.
    @Test(arguments: [
        (
            "two places, two strikes",
            "قصفت الطائرات التركية مواقع حزب العمال الكردستاني في دهوك أمس. وقصفت الطائرات التركية مواقع حزب العمال الكردستاني في أربيل فجر اليوم.",
            2
        ),
        (
            "the same strike told again without its place",
            "قصفت الطائرات التركية مواقع حزب العمال الكردستاني. وقصفت الطائرات التركية مواقع حزب العمال الكردستاني في دهوك أمس.",
            1
        ),
    ])
    func strikesAtTwoPlacesAreTwo(_ description: String, _ text: String, _ count: Int) throws {
        var doc = Document(id: "places", text: text, published: CalendarDate(iso: "2015-07-20"))
        try Self.pipeline.run(&doc)
        let strikes = doc.events.filter { $0.code.root == "19" }
        #expect(
            strikes.count == count, "\(description): \(strikes.map { "\($0.code.code) \($0.location?.name ?? "-")" })")
    }

    /// The doer of an act of force named after the act: a verb that attributes it to a group, a verb of suspicion on an
    /// unnamed attacker, an armed group with «لـ» after the act's noun, a unit «التابع لـ» an actor after a relative verb
    /// of doing, or the subject of a verb of response before «بـ» and the act's noun.
    @Test(arguments: [
        (
            "a bombing attributed to a group", "قتل ثلاثون شخصا في تفجير انتحاري نسب إلى تنظيم داعش في بلدة حدودية.",
            "IMGREB"
        ),
        (
            "an attack the government attributes to a group",
            "وجاءت الغارات بعد مقتل عشرين شخصا في هجوم دام نسبته الحكومة إلى تنظيم القاعدة.", "IMGREB"
        ),
        (
            "a suicide bomber believed to belong to a group",
            "وفجر انتحاري يعتقد أنه ينتمي إلى تنظيم داعش نفسه في سوق ببغداد فقتل عشرين شخصا.", "IMGREB"
        ),
        (
            "attacks of a group named with «لـ» after an adjective",
            "قتل عشرون شخصا في هجمات مفترضة لحركة بوكو حرام في شمال نيجيريا.", "NGAREB"
        ),
        (
            "an air strike of the coalition's aircraft",
            "قتل عشرون شخصا في غارة جوية لطيران التحالف على مواقع في صعدة.", "SAUMIL"
        ),
        (
            "strikes carried out by aircraft belonging to an army",
            "قتل عشرة مدنيين في غارات نفذها الطيران التابع للجيش السوري على ريف إدلب أمس.", "SYRMIL"
        ),
        ("an army that responded by shelling", "ورد الجيش التركي بقصف مواقع تنظيم داعش في سوريا.", "TURMIL"),
        (
            "rebels who avenged their losses by shelling",
            "انتقم الحوثيون من خسائرهم المتتالية بقصف الأحياء السكنية في عدن.", "YEMREB"
        ),
        (
            "shelling whose source is a group's positions",
            "وقتل ثلاثة مدنيين أمس في قصف مدفعي مصدره مواقع تنظيم داعش قرب مدينة الحسكة.", "IMGREB"
        ),
        (
            "shells fired from a group's positions",
            "وجرح عشرة أشخاص بسقوط قذائف أطلقت من مواقع الحوثيين على أحياء تعز.", "YEMREB"
        ),
        (
            "shells from inside a country's land",
            "وأصيب جنديان تركيان بجروح إثر سقوط قذائف من داخل الأراضي السورية على مخفر حدودي.", "SYR"
        ),
    ])
    func doerNamedAfterTheAct(_ description: String, _ text: String, _ doer: String) throws {
        var doc = Document(id: "doer", text: text, published: CalendarDate(iso: "2015-07-20"))
        try Self.pipeline.run(&doc)
        let force = doc.events.filter { ["18", "19", "20"].contains($0.code.root) }
        #expect(
            force.contains { $0.source?.actor.code == doer },
            "\(description): \(force.map { ($0.code.code, $0.source?.actor.code) })")
    }

    /// No doer where the attribution is negated, where «لـ» after a support verb names the target, where «لقوات» stands
    /// before a name the dictionary does not know, or where a verb of response has no subject of its own.
    @Test(arguments: [
        ("a negated attribution", "قتل ثلاثون شخصا في تفجير انتحاري لم ينسب إلى تنظيم داعش.", "IMGREB"),
        ("strikes dealt to a group", "ووجهت القوات الحكومية ضربات موجعة لتنظيم داعش في الأنبار.", "IMGREB"),
        ("forces of an unknown alliance", "قتل خمسة مدنيين في غارة جوية لقوات الحلف في ولاية هلمند.", "AFGMIL"),
        (
            "people fleeing from a group's areas are no origin of the shelling",
            "قتل خمسة مدنيين في قصف استهدف قافلة للنازحين الفارين من مناطق تنظيم داعش.", "IMGREB"
        ),
    ])
    func noDoerNamedAfterTheAct(_ description: String, _ text: String, _ notDoer: String) throws {
        var doc = Document(id: "doer", text: text, published: CalendarDate(iso: "2015-07-20"))
        try Self.pipeline.run(&doc)
        let force = doc.events.filter { ["18", "19", "20"].contains($0.code.root) }
        #expect(
            !force.contains { $0.source?.actor.code == notDoer },
            "\(description): \(force.map { ($0.code.code, $0.source?.actor.code) })")
    }

    /// A verb of response with no subject of its own («وأكدت القوات أنها ردت بضربات جوية») tells no act of force.
    @Test func aResponseWithoutItsSubjectIsNoReport() throws {
        var doc = Document(
            id: "doer", text: "وأكدت القوات الدولية أنها ردت بضربات جوية.", published: CalendarDate(iso: "2015-07-20"))
        try Self.pipeline.run(&doc)
        #expect(!doc.events.contains { $0.code.root == "19" }, "\(doc.events.map(\.code.code))")
    }

    /// An act of force on a place hits the armed party its clause ties to the place: the holder, the party it is
    /// taken back from, the armed dead it left, or the party a participle of aim names.
    @Test(arguments: [
        (
            "a village held by the opposition",
            "شنت قوات النظام أمس غارات على قرية في ريف حلب تسيطر عليها المعارضة المسلحة.", "SYRREB"
        ),
        (
            // The opposition that battle is waged on is armed (see `EventCoder.armedOpposition`).
            "quarters under the opposition's control", "وقصف الجيش السوري أمس أحياء واقعة تحت سيطرة المعارضة في حمص.",
            "SYRREB"
        ),
        (
            "an offensive to take a city back from a group",
            "شن الجيش العراقي أمس هجوما لاستعادة مدينة الرمادي من تنظيم داعش.", "IMGREB"
        ),
        (
            "an offensive to wrest control from a rival group of the same country",
            "وشنت المقاومة الشعبية أمس هجوما واسعا لانتزاع السيطرة على المديرية من الحوثيين.", "YEMREB"
        ),
        (
            "a campaign to drive a group out of a city",
            "وشن الجيش الليبي أمس حملة عسكرية لطرد الجماعات المتطرفة من المدينة.", "---REB"
        ),
        (
            "strikes that killed members of a group",
            "شن الطيران الحربي أمس غارات على قرى في ريف المدينة أسفرت عن مقتل عشرين من عناصر تنظيم داعش.", "IMGREB"
        ),
        (
            "shelling that killed one of a group's fighters, counted with «أحد»",
            "وقصفت المدفعية التركية أمس مواقع في الجانب السوري من الحدود، ما أسفر عن مقتل أحد مسلحي تنظيم داعش.",
            "IMGREB"
        ),
        (
            "strikes aimed at the rebels' gatherings",
            "شنت طائرات التحالف أمس سلسلة من الغارات مستهدفة تجمعات الميليشيات الحوثية في عدة محافظات.", "YEMREB"
        ),
    ])
    func armedPartyOfTheAttackedPlace(_ description: String, _ text: String, _ target: String) throws {
        var doc = Document(id: "held", text: text, published: CalendarDate(iso: "2015-07-20"))
        try Self.pipeline.run(&doc)
        let force = doc.events.filter { $0.code.root == "19" }
        #expect(
            !force.isEmpty && force.allSatisfy { $0.target?.actor.code == target },
            "\(description): \(force.map { ($0.code.code, $0.source?.actor.code, $0.target?.actor.code) })")
    }

    /// Victims named before the act stay its target; the present verb of holding a place an act of force hit is no act
    /// of its own.
    @Test func noHolderWhereTheClauseNamesNone() throws {
        var doc = Document(
            id: "held", text: "قتل عشرة مدنيين أمس في غارات على قرية تسيطر عليها المعارضة في ريف حلب.",
            published: CalendarDate(iso: "2015-07-20"))
        try Self.pipeline.run(&doc)
        #expect(doc.events.contains { $0.code.root == "19" && $0.target?.actor.code == "SYRCVL" }, "\(doc.events)")
        var state = Document(
            id: "held", text: "وقصفت قوات النظام أمس قرية في ريف حلب تسيطر عليها المعارضة المسلحة.",
            published: CalendarDate(iso: "2015-07-20"))
        try Self.pipeline.run(&state)
        let force = state.events.filter { $0.code.root == "19" }
        #expect(force.count == 1, "\(force.map { ($0.code.code, $0.source?.actor.code, $0.target?.actor.code) })")
    }
}
