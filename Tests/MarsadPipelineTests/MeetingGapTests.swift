import MarsadCore
import Testing

/// Meetings whose object comes after a long place phrase («، اليوم في مقر الحكومة اليمنية المؤقت بالرياض،»: nine tokens), a call the subject
/// made with someone («خلال اتصال أجراه بالرئيس …») and a surname that names a president once the story has named him
/// in full («بخاري»). Sentences written for these tests.
@Suite struct MeetingGapTests {
    func events(_ text: String) throws -> [Event] {
        try CodedText.document(text, published: "2015-08-01").events
    }

    @Test func theObjectComesAfterALongPlacePhrase() throws {
        let coded = try events(
            "استقبل الرئيس اليمني عبدربه منصور هادي، اليوم في مقر الحكومة اليمنية المؤقت بالرياض، سفير الولايات المتحدة لدى اليمن."
        )
        #expect(coded.map(\.code.code) == ["043"])
        #expect(coded.first?.source?.actor.code == "YEMGOV")
        #expect(coded.first?.target?.actor.code == "USAGOV")
    }

    @Test func twoCallersAreTwoCallsAndTheirTalksRetellThem() throws {
        let coded = try events(
            "تلقى وزير الخارجية المصري سامح شكري اتصالين هاتفيين اليوم من وزير الخارجية الروسي سيرجي لافروف، "
                + "ووزير الخارجية الأمريكي جون كيري. وأضاف المتحدث أن الجانبين المصري والأمريكي ناقشا خلال الاتصال "
                + "الهاتفي تطورات الأوضاع في المنطقة.")
        let calls = coded.filter { $0.code.root == "04" }
        #expect(Set(calls.map { $0.source?.actor.code ?? "-" }) == ["RUSGOV", "USAGOV"], "\(calls.map(\.code.code))")
        #expect(calls.allSatisfy { $0.code.code == "041" && $0.target?.actor.code == "EGYGOV" })
    }

    @Test func meetingsToBeHeldAreAnIntent() throws {
        let coded = try events("وأضاف المبعوث الأممي أنه سيجري لقاءات مع الرئيس اليمني عبدربه منصور هادي في الرياض.")
        #expect(coded.contains { $0.code.code == "036" && $0.target?.actor.code == "YEMGOV" })
        #expect(!coded.contains { $0.code.root == "04" })
    }

    @Test func aMeetingWithTwoOfficesAndAPlaceBetween() throws {
        let coded = try events(
            "التقى وزير الخارجية الأردني ناصر جودة، أمس في مقر الوزارة الجديد المؤقت بالعاصمة، وزير الخارجية الفرنسي لوران فابيوس."
        )
        #expect(coded.map(\.code.code) == ["040"])
        #expect(coded.first?.target?.actor.code == "FRAGOV")
    }

    @Test func aPlacePhraseWithAnotherPrepositionIsNoAdverbial() throws {
        // «عن» inside: the words between are no place phrase, so the actor after them is not the object.
        let coded = try events(
            "التقى وزير الخارجية الأردني ناصر جودة، أمس في مقر الوزارة بعد الحديث عن الأوضاع، وزير الخارجية الفرنسي.")
        #expect(!coded.contains { $0.target?.actor.code == "FRAGOV" })
    }

    @Test func aCallTheSubjectMade() throws {
        let coded = try events("وبحث الرئيس المصري خلال اتصال أجراه أمس بالرئيس الفرنسي العلاقات الثنائية.")
        let call = coded.first { $0.code.code == "041" }
        #expect(call?.source?.actor.code == "EGYGOV")
        #expect(call?.target?.actor.code == "FRAGOV")
    }

    @Test func aSurnameNamesThePresidentOnceTheStoryNamedHimInFull() throws {
        let coded = try events("وصل الرئيس النيجيري محمد بخاري إلى باريس أمس. وزار بخاري تشاد الأسبوع الماضي.")
        let visit = coded.first { $0.sentence == 1 }
        #expect(visit?.code.code == "042")
        #expect(visit?.source?.actor.code == "NGAGOV")
        #expect(visit?.target?.actor.code == "TCD")
    }

    @Test func aSurnameAloneNamesNoPresident() throws {
        #expect(try events("وزار بخاري تشاد الأسبوع الماضي.").isEmpty)
    }

    /// «بين» past the time and place of talks, or past a relative verb telling they took place.
    @Test(arguments: [
        "وعقد اجتماع في القاهرة أمس بين وزير الخارجية المصري ونظيره الأردني.",
        "وجرت المحادثات، أمس، بين وزير الخارجية المصري ونظيره الأردني.",
        "وتناولت المباحثات التي جرت في عمان أمس بين وزير الخارجية المصري ونظيره الأردني الأوضاع في المنطقة.",
        // Adjectives before the relative pronoun, and the relative verb's own subject after it.
        "وأشاد الحزب بالمباحثات الإيجابية والبناءة التي جرت بين وزير الخارجية المصري ونظيره الأردني.",
        "وتوقفت المحادثات التي رعتها الأمم المتحدة في جنيف بين وزير الخارجية المصري ونظيره الأردني.",
        // A verb-first phrase with nothing in its gap: a passive.
        "وعقدت المحادثات في عمان بين وزير الخارجية المصري ونظيره الأردني.",
    ])
    func thePartiesOfTalksAfterTheirTimeAndPlace(text: String) throws {
        let coded = try events(text)
        #expect(coded.map(\.code.code) == ["040"])
        #expect(
            Set(coded.compactMap { $0.source?.actor.code } + coded.compactMap { $0.target?.actor.code }) == [
                "EGYGOV", "JORGOV",
            ])
    }

    @Test func aPairAfterAnotherPrepositionIsNotTheTalks() throws {
        // «حول الخلاف بين …»: the pair names what the talks are about, not who holds them.
        let coded = try events("وعقد اجتماع في القاهرة أمس حول الخلاف بين مصر والأردن.")
        #expect(!coded.contains { $0.code.root == "04" })
    }

    @Test func theTwoSidesAreNotTheAgencyThatReports() throws {
        let coded = try events(
            "التقى نائب الرئيس اليمني خالد بحاح وزير الدولة الإماراتي أنور قرقاش. "
                + "وذكرت وكالة الأنباء اليمنية أن الجانبين بحثا خلال اللقاء مستجدات الوضع في اليمن.")
        #expect(!coded.contains { $0.source?.actor.code == "YEMMED" || $0.target?.actor.code == "YEMMED" })
        #expect(coded.filter { $0.code.root == "04" }.count == 1)
    }

    @Test func lookingForSomeoneIsNoTalks() throws {
        let coded = try events(
            "كشفت مصادر لبنانية أن حزب الله ما زال يبحث عن عدد من عناصره فقدوا خلال المعارك مع المسلحين.")
        #expect(!coded.contains { $0.code.root == "04" })
    }
}
