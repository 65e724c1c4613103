import MarsadCore
import MarsadPipeline
import Testing

/// Sports reports and film synopses tell no political event (`domains.ar.txt`, `EventCoder+Domains.swift`); a
/// political act in a sports or film setting is still coded.
@Suite struct GenericDomainTests {
    static func codes(_ text: String) throws -> [String] {
        try CodedText.document(text, published: "2024-05-12", id: "generic").events.map(\.code.code)
    }

    @Test func aSportsParagraphHasNoEvent() throws {
        let text = """
            أعلن النادي الأهلي تعاقده مع المدرب البرتغالي لقيادة الفريق في الموسم المقبل. \
            وطالب المدرب اللاعبين بالتركيز قبل مباراة الديربي على الملعب الجديد. \
            وقال اللاعب إن المباراة ستكون صعبة وإن الفريق جاهز للفوز.
            """
        #expect(try Self.codes(text).isEmpty)
    }

    @Test func aFilmSynopsisHasNoEvent() throws {
        let text = """
            يروي الفيلم قصة صحافي يكتشف مؤامرة في مدينة صغيرة، ويحذر بطل الفيلم السكان من كارثة قادمة. \
            وقالت الممثلة التي تؤدي دور أمه إن المسلسل المقبل سيعرض في رمضان. \
            ويعرض الفيلم في دور السينما الشهر المقبل.
            """
        #expect(try Self.codes(text).isEmpty)
    }

    /// One sport word in a political article does not make it generic.
    @Test func aPoliticalArticleMentioningAMatchIsCoded() throws {
        let text = """
            التقى وزير الخارجية الأردني نظيره المصري في القاهرة أمس وبحثا العلاقات الثنائية. \
            وأكد الوزيران بعد المباراة الودية بين منتخبي البلدين أهمية التعاون الاقتصادي.
            """
        #expect(try Self.codes(text).contains { $0.hasPrefix("04") })
    }

    @Test func aMinisterReceivingTheTeamIsCoded() throws {
        let text = """
            استقبل وزير الداخلية المصري أمس السفير الياباني بحضور لاعبي الفريق والمدرب بعد المباراة النهائية في البطولة. \
            وأعلن النادي أن اللاعبين سيحصلون على مكافأة بعد الفوز في المباراة.
            """
        #expect(try Self.codes(text).contains { $0.hasPrefix("04") })
    }

    @Test func aBombingAtAStadiumIsCoded() throws {
        let text = """
            قتل خمسة أشخاص في تفجير انتحاري قرب ملعب لكرة القدم خلال مباراة في الدوري المحلي. \
            وقال المدرب إن اللاعبين غادروا الملعب بعد الانفجار.
            """
        #expect(try Self.codes(text).contains { $0.hasPrefix("18") })
    }

    @Test func aMoveOfPlayIsNoAttack() throws {
        let text = """
            وتوغل اللاعب من الجهة اليمنى وسدد الكرة في المرمى في الشوط الثاني من المباراة. \
            وقال مدرب النادي إن الفريق لعب بشكل جيد.
            """
        #expect(try Self.codes(text).isEmpty)
    }

    /// Officials of no state («المسؤولون») are no clearly political actor in a sports report.
    @Test func officialsOfNoStateAreNotPolitical() throws {
        let text = "وقال المسؤولون في العاصمة أمس إن المباراة النهائية في البطولة ستقام على الملعب الجديد."
        #expect(try Self.codes(text).isEmpty)
    }

    /// A statement is its speaker's act: a coach's words naming a prime minister are still a sports report.
    @Test func aStatementNamingAMinisterIsNotPolitical() throws {
        let text = """
            وقال مدرب الفريق بعد المباراة النهائية في البطولة إن الجميع سعداء بالنتيجة وإن رئيس الوزراء المصري \
            سيحضر الحفل الأسبوع المقبل.
            """
        #expect(try Self.codes(text).isEmpty)
    }

    /// «رئيس البعثة»: a bare title of any body's officials is no political actor in a sports report; a minister is.
    @Test func aBareTitleIsNotPoliticalButAMinisterIs() throws {
        let tail = "خالد العمر في ختام البطولة أن اللاعبين قدموا مباراة كبيرة أمام الفريق المنافس."
        #expect(try Self.codes("وأكد رئيس البعثة السعودية " + tail).isEmpty)
        #expect(try Self.codes("وأكد وزير الشباب والرياضة المصري " + tail) == ["010"])
    }
}
