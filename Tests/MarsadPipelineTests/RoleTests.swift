import Foundation
import MarsadCore
import MarsadPipeline
import Testing

/// Source and target in constructions the coder learned this round. Sentences written for these tests.
@Suite struct RoleTests {
    static let pipeline = try! MarsadPipeline.standard()

    func events(_ text: String, root: String) throws -> [(String, String)] {
        var doc = Document(id: "roles", text: text, published: CalendarDate(iso: "2015-07-20"))
        try Self.pipeline.run(&doc)
        return doc.events.filter { $0.code.root == root }.map {
            ($0.source?.actor.code ?? "-", $0.target?.actor.code ?? "-")
        }
    }

    @Test func directObjectOfAVerbThatAlsoTakesAPreposition() throws {
        let found = try events(
            "والتقى وزير الخارجية الأمريكي جون كيري نظيره الروسي سيرغي لافروف في ماليزيا.", root: "04")
        #expect(found.contains { $0.0.hasPrefix("USA") && $0.1.hasPrefix("RUS") }, "\(found)")
    }

    @Test func aVerbJoinedByWawSharesTheEarlierVerbsSubject() throws {
        // The embassy is the object of «هاجم», not the subject of «اشتبكوا».
        let found = try events(
            "هاجم مسلحون مجهولون فجر اليوم السفارة الفرنسية في طرابلس واشتبكوا مع الشرطة الليبية لساعتين.", root: "19")
        #expect(found.contains { $0.0 == "---REB" && $0.1.hasPrefix("LBY") }, "\(found)")
        #expect(!found.contains { $0.0.hasPrefix("FRA") }, "\(found)")
    }

    @Test func aHostileActASpeakerSaysAnotherCountryKeepsDoingIsTheSpeakersAccusation() throws {
        let found = try events("وقال وزير الخارجية السعودي إن إيران تقاتل في سوريا إلى جانب قوات النظام.", root: "11")
        #expect(found.contains { $0.0.hasPrefix("SAU") && $0.1 == "IRN" }, "\(found)")
        // What a government says its own forces do is a report, not an accusation.
        let own = try events("وقال وزير الدفاع التركي إن القوات التركية تقصف مواقع المتمردين.", root: "11")
        #expect(own.isEmpty, "\(own)")
    }

    @Test func aDemonymQualifyingAThingIsNotTheSubject() throws {
        let found = try events("وتحدث وزير الخارجية السعودي عن الملف الإيراني، وقال إن الحوار مستمر.", root: "01")
        #expect(!found.contains { $0.0 == "IRN" }, "\(found)")
        #expect(found.contains { $0.0.hasPrefix("SAU") }, "\(found)")
    }

    @Test func anObjectPronounPointsBackToTheLastOtherActor() throws {
        let found = try events(
            "وشارك عشرات من أعضاء جماعة الإخوان المسلمين في مسيرة وسط القاهرة. "
                + "وكانت قوات الأمن المصرية قد اعتقلتهم بعد ساعات في ميدان التحرير.", root: "17")
        #expect(found.contains { $0.0 == "EGYCOP" && $0.1 == "EGYOPP" }, "\(found)")
    }

    @Test func aCivilianSpeakerIsNotTheDoerOfTheForceANounNames() throws {
        let found = try events("وقال مسؤولون أمريكيون إن اشتباكات عنيفة وقعت أمس قرب القاعدة.", root: "19")
        #expect(!found.contains { $0.0.hasPrefix("USA") }, "\(found)")
    }

    @Test func aDocumentSpeaksForTheStorysSpeaker() throws {
        let found = try events(
            "وقال الرئيس العراقي إن بلاده تدين القصف. "
                + "ودعا البيان الحكومة التركية وحزب العمال الكردستاني إلى العودة إلى عملية السلام.", root: "02")
        #expect(found.contains { $0.0.hasPrefix("IRQ") && $0.1 == "TURGOV" }, "\(found)")
    }

    @Test func possessiveNounWithHamzaSeat() throws {
        let found = try events(
            "وقال وزير الخارجية الأمريكي غداة لقائه وزير الخارجية الروسي إن الاتفاق قريب.", root: "04")
        #expect(found.contains { $0.0.hasPrefix("USA") && $0.1.hasPrefix("RUS") }, "\(found)")
    }

    @Test func possessiveNounTakesTheStorySubjectAndADirectObject() throws {
        let found = try events(
            "أكد ولي عهد أبوظبي الشيخ محمد بن زايد أن العلاقات متينة. وقال سموه لدى استقباله في أبوظبي أمس وزير الخارجية السعودي عادل الجبير إن الرؤية واحدة.",
            root: "04")
        #expect(found.contains { $0.0.hasPrefix("ARE") && $0.1.hasPrefix("SAU") }, "\(found)")
    }

    @Test func obligationIsTheSpeakersDemandNotANearerActors() throws {
        let found = try events(
            "وقال وزير الخارجية الفرنسي في مؤتمر صحفي مع نظيره الروسي إنه يجب على إيران وقف دعمها للحوثيين.", root: "10"
        )
        #expect(found.contains { $0.0.hasPrefix("FRA") && $0.1 == "IRN" }, "\(found)")
        #expect(!found.contains { $0.0.hasPrefix("RUS") }, "\(found)")
    }

    @Test func obligationInReportedSpeechIsADemand() throws {
        let found = try events("وقال وزير الخارجية السعودي إنه يجب على إيران وقف تدخلها في المنطقة.", root: "10")
        #expect(found.contains { $0.0.hasPrefix("SAU") && $0.1 == "IRN" }, "\(found)")
    }

    @Test func aRequestIsMadeOfWhoComesAfterMin() throws {
        let found = try events("وطلبت الحكومة الأردنية من الأمم المتحدة زيادة المساعدات المقدمة للاجئين.", root: "02")
        #expect(found.contains { $0.0 == "JORGOV" && $0.1 == "IGOUNO" }, "\(found)")
    }

    @Test func praiseOfCooperationWithAPartnerIsPraiseOfThePartner() throws {
        let found = try events("أشاد وزير الخارجية المصري بالتنسيق القائم مع الأردن في ملف اللاجئين.", root: "05")
        #expect(found.contains { $0.0 == "EGYGOV" && $0.1 == "JOR" }, "\(found)")
    }

    @Test func aDateBeforeTheVerbIsNotANumberOfPeople() throws {
        let found = try events("وفي 12 مارس 2015 فجر أربعة انتحاريين أنفسهم قرب مركز للشرطة في بغداد.", root: "18")
        #expect(found.contains { $0.0.hasSuffix("REB") }, "\(found)")
    }

    @Test func lightVerbWithAVerbalNounIsTheAct() throws {
        let arrest = try events("وقامت القوات الإسرائيلية باعتقال عشرة فلسطينيين في الخليل أمس.", root: "17")
        #expect(arrest.contains { $0.0 == "ISRMIL" && $0.1.hasPrefix("PSE") }, "\(arrest)")
        let kidnap = try events("وقام مسلحون مجهولون بخطف رئيس بلدية الموصل أمس.", root: "18")
        #expect(kidnap.contains { $0.0.hasSuffix("REB") && $0.1.hasSuffix("GOV") }, "\(kidnap)")
    }

    @Test func aTollThenItsCauseReportsTheAct() throws {
        let found = try events("وقتل خمسة أشخاص، بينهم شرطيان، أمس في انفجار سيارة مفخخة وسط بغداد.", root: "18")
        #expect(!found.isEmpty, "\(found)")
        let none = try events("وحذر الوزير من أن السيارات المفخخة تهدد أمن العاصمة.", root: "18")
        #expect(none.isEmpty, "\(none)")
    }

    @Test func deployedForcesAreNotTheTarget() throws {
        let found = try events("نشرت الولايات المتحدة اليوم مقاتلات إضافية في قاعدة إنجرليك.", root: "15")
        #expect(found.contains { $0.0 == "USA" && $0.1 == "-" }, "\(found)")
    }

    @Test func pastActDatedAfterPublicationIsLastYears() throws {
        var doc = Document(
            id: "date", text: "وفضت قوات الأمن المصرية اعتصام جماعة الإخوان المسلمين يوم 14 أغسطس بالقوة.",
            published: CalendarDate(iso: "2015-08-11"))
        try Self.pipeline.run(&doc)
        let e = try #require(doc.events.first { $0.code.root == "17" }, "\(doc.events.map(\.code.code))")
        #expect(e.date == CalendarDate(iso: "2014-08-14"))
    }
    @Test func anAttackByAnOfficeIsMadeInWords() throws {
        let minister = try events(
            "وهاجم وزير الخارجية البريطاني إيران قائلا إن تدخلها يزعزع استقرار المنطقة.", root: "11")
        #expect(minister.contains { $0.0.hasPrefix("GBR") && $0.1 == "IRN" }, "\(minister)")
        let speaker = try events("شن رئيس البرلمان العراقي هجوما على الحكومة العراقية بسبب تأخر الإصلاحات.", root: "11")
        #expect(speaker.contains { $0.0 == "IRQLEG" && $0.1 == "IRQGOV" }, "\(speaker)")
        #expect(try events("شن رئيس البرلمان العراقي هجوما على الحكومة العراقية.", root: "19").isEmpty)
    }

    @Test func anAttackByAForceIsMadeWithArms() throws {
        let found = try events("وهاجم الجيش السوري مواقع المعارضة المسلحة في ريف حلب.", root: "19")
        #expect(found.contains { $0.0 == "SYRMIL" }, "\(found)")
    }

    @Test func aFutureMeetingIsAnIntentToMeet() throws {
        let text = "وسيلتقي وزير الخارجية الأمريكي نظيره الروسي في جنيف الأسبوع المقبل."
        let intent = try events(text, root: "03")
        #expect(intent.contains { $0.0.hasPrefix("USA") && $0.1.hasPrefix("RUS") }, "\(intent)")
        #expect(try events(text, root: "04").isEmpty)
    }

    @Test func aVerbalNounAfterAWordOfTimeIsTheClauseSubjects() throws {
        let found = try events(
            "أعلن وزير الخارجية التركي أن بلاده ستواصل قتال تنظيم داعش، خلال لقاء مع نظيره الأمريكي في أنقرة.",
            root: "04")
        #expect(found.contains { $0.0.hasPrefix("TUR") && $0.1.hasPrefix("USA") }, "\(found)")
        #expect(!found.contains { $0.0 == "IMGREB" }, "\(found)")
    }
}

/// A circumstantial participle acts for the clause's subject, not for a nearer actor.
@Suite struct CircumstantialTests {
    @Test func participleTakesTheClauseSubject() throws {
        var doc = Document(
            id: "hal",
            text: "وأكد وزير الخارجية المصري دعم بلاده للحكومة الليبية، مشيدا بجهود الأمم المتحدة في الوساطة.",
            published: CalendarDate(iso: "2015-07-20"))
        try RoleTests.pipeline.run(&doc)
        let praise = doc.events.filter { $0.rule.contains("مشيدا") }
        #expect(
            praise.contains { $0.source?.actor.code == "EGYGOV" && $0.target?.actor.code == "IGOUNO" },
            "\(praise.map { "\($0.source?.actor.code ?? "-")>\($0.target?.actor.code ?? "-")" })")
    }

    /// The subject of this sentence's verb, not the speaker of the sentence before: «أكد … دعم» is coded 051.
    @Test func participleAfterAnActTakesThatVerbsSubject() throws {
        var doc = Document(
            id: "hal2",
            text: "وقال المتحدث باسم الحكومة التركية إن أنقرة تتابع الوضع في ليبيا. "
                + "وأكد وزير الخارجية المصري دعم بلاده للحكومة الليبية، مشيدا بجهود الأمم المتحدة في الوساطة.",
            published: CalendarDate(iso: "2015-07-20"))
        try RoleTests.pipeline.run(&doc)
        let praise = doc.events.filter { $0.rule.contains("مشيدا") }
        #expect(
            praise.contains { $0.source?.actor.code == "EGYGOV" && $0.target?.actor.code == "IGOUNO" },
            "\(praise.map { "\($0.source?.actor.code ?? "-")>\($0.target?.actor.code ?? "-")" })")
    }

}
