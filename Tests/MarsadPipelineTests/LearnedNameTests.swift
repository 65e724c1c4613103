import Foundation
import MarsadCore
import Testing

/// Office-holders the dictionary does not know: the name after the office is learned from the article, and the
/// surname alone stands for the same actor later on. Sentences written for these tests.
@Suite struct LearnedNameTests {
    func events(_ text: String, root: String) throws -> [(String, String)] {
        let doc = try CodedText.annotated(text, published: "2015-07-20")
        return doc.events.filter { $0.code.root == root }.map {
            ($0.source?.actor.code ?? "-", $0.target?.actor.code ?? "-")
        }
    }

    @Test func aSurnameNamedAfterItsOfficeStandsForTheOfficeHolderLater() throws {
        let text =
            "وقال وزير الداخلية اليمني عبده الحذيفي إن الحكومة ستعيد بناء مراكز الشرطة في عدن. وانتقد الحذيفي الحوثيين بشدة."
        #expect(try events(text, root: "11").contains { $0 == ("YEMGOV", "YEMREB") })
        let doc = try CodedText.annotated(text, published: "2015-07-20")
        let first = try #require(doc.mentions.first)
        #expect(first.name == "عبده الحذيفي")
    }

    @Test func aRankOrHonorificMayOpenTheLearnedName() throws {
        let text =
            "وقال وزير الإعلام اليمني المهندس محمد القباطي إن الحكومة ستعود إلى عدن. وانتقد القباطي الحوثيين بشدة."
        #expect(try events(text, root: "11").contains { $0 == ("YEMGOV", "YEMREB") })
        let doc = try CodedText.annotated(text, published: "2015-07-20")
        #expect(doc.mentions.first?.name == "محمد القباطي")
    }

    /// A known person's family name that is also a demonym («اللواء منصور التركي» … «وأضاف التركي») names him, not
    /// Turkey, where it stands alone; the adjective after a noun («الموقف التركي») is still the country's.
    /// An office, its organ unknown to the dictionaries, an honorific and a name with a lineage: the family name alone,
    /// even in quotation marks, is the office-holder later, with the story's home country.
    @Test func aNamePastAnUnknownOrganIsLearned() throws {
        let text =
            "استقبل أمير منطقة القصيم محافظ المؤسسة العامة للتدريب التقني والمهني الدكتور علي بن ناصر الغفيص. "
            + "من جانبه أعرب \"الغفيص\" عن شكره لأمير المنطقة على حسن الاستقبال."
        #expect(try events(text, root: "05").contains { $0 == ("SAUGOV", "SAUGOV") })
        let doc = try CodedText.annotated(text, published: "2015-07-20")
        let later = doc.mentions.first { doc.text(of: $0.span) == "الغفيص" }
        #expect(later?.actor.code == "SAUGOV" && later?.name == "علي بن ناصر الغفيص", "\(CodedText.mentions(doc))")
    }

    /// An honorific inside an eponym («مستشفى الدكتور سليمان الحبيب») opens no office-holder's name.
    @Test func anEponymIsNoOfficeHoldersName() throws {
        let doc = try CodedText.annotated(
            "وقال المدير التنفيذي لمستشفى الدكتور سليمان الحبيب إن المستشفى جاهز. وأضاف الحبيب أن العمل مستمر.",
            published: "2015-07-20")
        #expect(!doc.mentions.contains { doc.text(of: $0.span) == "الحبيب" }, "\(CodedText.mentions(doc))")
    }

    @Test func aKnownPersonsNisbaAloneIsThePerson() throws {
        let doc = try CodedText.annotated(
            "وقال المتحدث الأمني بوزارة الداخلية اللواء منصور التركي إن الأجهزة الأمنية تمكنت من القبض على متهمين. "
                + "وأضاف التركي أن الموقف التركي من التنظيم واضح.", published: "2015-07-20")
        let nisbas = doc.mentions.filter { doc.text(of: $0.span) == "التركي" }.map(\.actor.code)
        #expect(nisbas == ["SAUGOV", "TUR"], "\(CodedText.mentions(doc))")
        #expect(doc.events.contains { $0.code.code == "173" && $0.source?.actor.code == "SAUCOP" })
    }

    @Test func theSurnameWithAConjunctionIsTheSamePerson() throws {
        let text =
            "التقى وزير الدفاع الأسترالي كيفن أندروز نظيره الإندونيسي في جاكرتا. وأشاد أندروز بالتعاون مع إندونيسيا."
        #expect(try events(text, root: "05").contains { $0 == ("AUSGOV", "IDN") })
    }

    /// A name before an office in apposition may be a lineage («بن»، «آل») or have a given name in two words («عبد
    /// الرحمن»، «نور الدين»): the whole name is the office-holder's, so that the mention stands right after the verb.
    @Test(arguments: [
        ("وأشاد نور الدين العمراني، وزير الصحة المغربي، بجهود الأطباء في المستشفيات.", "نور الدين العمراني", "MARGOV"),
        (
            "وانتقد ماجد بن عبد الرحمن الشمري، وزير الإعلام الكويتي، القنوات التي تبث الشائعات.",
            "ماجد بن عبد الرحمن الشمري", "KWTGOV"
        ),
        ("وقال سامي الحربي، وزير النقل الأردني، إن الطريق سيفتح قريبا.", "سامي الحربي", "JORGOV"),
    ])
    func aLongNameBeforeItsOfficeIsTheOfficeHolders(_ text: String, _ name: String, _ code: String) throws {
        let doc = try CodedText.annotated(text, published: "2015-07-20")
        let holder = try #require(doc.mentions.first, "\(CodedText.mentions(doc))")
        #expect(holder.name == name)
        #expect(holder.actor.code == code)
    }

    @Test func theOfficeHolderNamedInFullActs() throws {
        let text = "وأشاد نور الدين العمراني، وزير الصحة المغربي، بجهود الحكومة الفرنسية في مكافحة الوباء."
        #expect(try events(text, root: "05").contains { $0 == ("MARGOV", "FRAGOV") })
    }

    /// A body is no office: what follows «الجيش الباكستاني» is the act, not a name.
    @Test func wordsAfterABodyAreNoName() throws {
        let text = "ونفذ الجيش الباكستاني ضربة جوية على مواقع المتشددين في وزيرستان."
        let doc = try CodedText.annotated(text, published: "2015-07-20")
        #expect(doc.mentions.allSatisfy { $0.name == nil })
    }

    /// A verb and its object after an office are no name: a name does not go on with «ال» unless it is a family name
    /// in «ـي», and an indefinite accusative is an object.
    @Test(arguments: [
        "ويبحث وزير الخارجية السعودي التعاون مع نظيره البريطاني.",
        "ويعقد وزير الخارجية الروسي اجتماعا ثلاثيا مع نظيريه في الدوحة.",
    ])
    func aVerbAndItsObjectAreNoName(_ text: String) throws {
        let doc = try CodedText.annotated(text, published: "2015-07-20")
        #expect(doc.mentions.allSatisfy { $0.name == nil }, "\(doc.mentions.map { $0.name ?? "-" })")
    }
}

/// Pronouns of style («سموه»، «فخامته») stand for the story's subject. Sentences written for these tests.
@Suite struct StyledPronounTests {
    @Test func aStyledPronounIsTheStorysFirstOfficeHolder() throws {
        let text =
            "استقبل رئيس الوزراء البحريني الأمير خليفة بن سلمان آل خليفة أمس السفير البريطاني لدى المنامة. "
            + "وأشاد سموه بدور المملكة المتحدة في مكافحة الإرهاب."
        let doc = try CodedText.annotated(text, published: "2015-07-20")
        let styled = try #require(doc.mentions.first { doc.text(of: $0.span) == "سموه" })
        #expect(styled.actor.code == "BHRGOV")
        #expect(doc.events.contains { $0.code.root == "05" && $0.source?.actor.code == "BHRGOV" })
    }

    /// With nobody named before it, the pronoun is no actor.
    @Test func aStyledPronounWithNobodyBeforeItIsNoActor() throws {
        let doc = try CodedText.annotated("وأشاد سموه بالعلاقات التاريخية بين البلدين.", published: "2015-07-20")
        #expect(!doc.mentions.contains { doc.text(of: $0.span) == "سموه" })
    }
}
