import MarsadCore
import MarsadTime
import Testing

/// Decades and centuries, «بعد المقبل» / «قبل الماضي», the weekend, days counted from the story, and numbers
/// after a month. Sentences written for these tests; the reference is Monday 2023-07-03, weeks start on
/// Saturday (2023-07-01) unless a test says otherwise.
@Suite struct TemporalResolverPeriodTests {
    static let reference = CalendarDate(year: 2023, month: 7, day: 3)
    let resolver: TemporalResolver

    init() throws {
        resolver = try TemporalResolver()
    }

    static let decades: [ResolverCase] = [
        // A decade counts ten years from the reference; calendar decades have their own names.
        ResolverCase(
            "تضاعف عدد السكان خلال العقدين الماضيين", "العقدين الماضيين", "2013-07-02", .year, "2003-07-03",
            "2023-07-03"),
        ResolverCase(
            "شهدت المنطقة حروبا في العقد الماضي", "العقد الماضي", "2018-07-03", .year, "2013-07-03", "2023-07-03"),
        ResolverCase(
            "يتوقع البنك نموا خلال العقد المقبل", "العقد المقبل", "2028-07-03", .year, "2023-07-04", "2033-07-03"),
        ResolverCase(
            "تراجع الإنتاج في العقود الثلاثة الماضية", "العقود الثلاثة الماضية", "2008-07-02", .year, "1993-07-03",
            "2023-07-03"),
        ResolverCase("هاجر منذ ثلاثة عقود", "منذ ثلاثة عقود", "1993-07-03", .year, "1993-01-01", "1993-12-31"),
        ResolverCase("أغلق المصنع قبل عقدين", "قبل عقدين", "2003-07-03", .year, "2003-01-01", "2003-12-31"),
        ResolverCase(
            "يحكم منذ عقدين من الزمن", "منذ عقدين من الزمن", "2003-07-03", .year, "2003-01-01", "2003-12-31"),
        ResolverCase("ازدهرت الصناعة في التسعينيات", "التسعينيات", "1990-01-01", .year, "1990-01-01", "1999-12-31"),
        ResolverCase(
            "هاجر في ثمانينيات القرن الماضي", "ثمانينيات القرن الماضي", "1980-01-01", .year, "1980-01-01",
            "1989-12-31"),
        ResolverCase(
            "هاجر في الثمانينات من القرن الماضي", "الثمانينات من القرن الماضي", "1980-01-01", .year, "1980-01-01",
            "1989-12-31"),
        ResolverCase(
            "بني الجسر في تسعينيات القرن التاسع عشر", "تسعينيات القرن التاسع عشر", "1890-01-01", .year, "1890-01-01",
            "1899-12-31"),
        ResolverCase(
            "تأسست في خمسينيات القرن العشرين", "خمسينيات القرن العشرين", "1950-01-01", .year, "1950-01-01",
            "1959-12-31"),
        ResolverCase(
            "بدأت الأزمة في عشرينيات هذا القرن", "عشرينيات هذا القرن", "2020-01-01", .year, "2020-01-01",
            "2029-12-31"),
        // «السبعينيات القرن» is no construct (the decade has «ال»): the century is not its.
        ResolverCase("في السبعينيات القرن التاسع عشر", "السبعينيات", "1970-01-01", .year, "1970-01-01", "1979-12-31"),
    ]

    static let steps: [ResolverCase] = [
        ResolverCase(
            "يجتمعان الأسبوع بعد المقبل", "الأسبوع بعد المقبل", "2023-07-17", .month, "2023-07-15", "2023-07-21"),
        ResolverCase(
            "يجتمعان الأسبوع ما بعد القادم", "الأسبوع ما بعد القادم", "2023-07-17", .month, "2023-07-15",
            "2023-07-21"),
        ResolverCase(
            "اجتمعا الأسبوع قبل الماضي", "الأسبوع قبل الماضي", "2023-06-19", .month, "2023-06-17", "2023-06-23"),
        ResolverCase(
            "زار موسكو الشهر قبل الماضي", "الشهر قبل الماضي", "2023-05-01", .month, "2023-05-01", "2023-05-31"),
        ResolverCase(
            "فاز في الانتخابات العام قبل الماضي", "العام قبل الماضي", "2021-07-03", .year, "2021-01-01", "2021-12-31"),
        ResolverCase(
            "تجرى الانتخابات السنة بعد المقبلة", "السنة بعد المقبلة", "2025-07-03", .year, "2025-01-01",
            "2025-12-31"),
        ResolverCase("تظاهروا الجمعة قبل الماضية", "الجمعة قبل الماضية", "2023-06-23", .day),
        ResolverCase("يصل الخميس بعد المقبل", "الخميس بعد المقبل", "2023-07-13", .day),
        // The weekend: the week's last two days (Thursday and Friday when weeks start on Saturday).
        ResolverCase(
            "سافروا في عطلة نهاية الأسبوع", "عطلة نهاية الأسبوع", "2023-07-07", .month, "2023-07-06", "2023-07-07"),
        ResolverCase(
            "سنخرج في عطلة نهاية الأسبوع بعد التالي", "عطلة نهاية الأسبوع بعد التالي", "2023-07-21", .month,
            "2023-07-20", "2023-07-21"),
        ResolverCase(
            "يعود نهاية الأسبوع المقبل", "نهاية الأسبوع المقبل", "2023-07-14", .month, "2023-07-13", "2023-07-14"),
    ]

    static let days: [ResolverCase] = [
        ResolverCase("غادر اليوم الماضي", "اليوم الماضي", "2023-07-02", .day),
        ResolverCase("سأعود اليوم التالي", "اليوم التالي", "2023-07-04", .day),
        ResolverCase("وصل في اليوم السابق", "اليوم السابق", "2023-07-02", .day),
    ]

    static let monthNumbers: [ResolverCase] = [
        // After «شهر» the number is no day of the month (Arabic puts the day first: «16 من شهر سبتمبر»).
        ResolverCase("من شهر سبتمبر 16", "شهر سبتمبر", "2023-09-01", .month, "2023-09-01", "2023-09-30"),
        ResolverCase("وفي شهر أكتوبر 10 ميلادي يحضر", "شهر أكتوبر", "2022-10-01", .month, "2022-10-01", "2022-10-31"),
        // Two digits that cannot be a day are the year: «حرب أكتوبر 73».
        ResolverCase("في ذكرى حرب أكتوبر 73", "أكتوبر 73", "1973-10-01", .month, "1973-10-01", "1973-10-31"),
        ResolverCase("اندلعت الحرب في 5 يونيو 67", "5 يونيو 67", "1967-06-05", .day),
        ResolverCase("ارتفع خام برنت تسليم سبتمبر 87 سنتا", "سبتمبر", "2023-09-01", .month, "2023-09-01", "2023-09-30"),
        ResolverCase("بلغ النمو في أغسطس 45%", "أغسطس", "2023-08-01", .month, "2023-08-01", "2023-08-31"),
    ]

    static let news: [ResolverCase] = [
        ResolverCase("قتل ثلاثة في غارة الليلة الماضية", "الليلة الماضية", "2023-07-02", .day),
        ResolverCase("وصل قبل نحو شهر", "قبل نحو شهر", "2023-06-03", .month, "2023-06-01", "2023-06-30"),
        ResolverCase("انتخب قبل أكثر من عامين", "قبل أكثر من عامين", "2021-07-03", .year, "2021-01-01", "2021-12-31"),
        ResolverCase("غادر قبل حوالي أسبوعين", "قبل حوالي أسبوعين", "2023-06-19", .month, "2023-06-16", "2023-06-22"),
        // Numeric dates of other calendars: by their era mark, or by a year far from any Gregorian one.
        ResolverCase("صدر القرار في 1-10-1444هـ", "1-10-1444هـ", "2023-04-21", .day),
        ResolverCase("صدر القرار في 1444/10/1", "1444/10/1", "2023-04-21", .day),
        ResolverCase("صدر القرار في 1402/1/12 هـ.ش", "1402/1/12 هـ.ش", "2023-04-01", .day),
    ]

    @Test(arguments: decades + steps + days + monthNumbers + news)
    func resolvesOneExpression(_ c: ResolverCase) throws {
        let found = resolver.resolve(c.sentence, reference: Self.reference)
        try #require(found.count == 1, "found \(found.map(\.text))")
        let e = found[0]
        #expect(e.text == c.text)
        #expect(e.value.description == c.value)
        #expect(e.precision == c.precision)
        #expect(e.start.description == c.start)
        #expect(e.end.description == c.end)
    }

    /// «اليوم التالي» and «اليوم السابق» count from the story; other day words from the reference.
    @Test(
        arguments: [
            ("سأعود اليوم التالي", 1), ("وصل في اليوم السابق", -1), ("غادر اليوم الماضي", nil), ("غادر أمس", nil),
            ("وصل بعد يومين", nil),
        ] as [(String, Int?)])
    func storyOffset(_ sentence: String, _ offset: Int?) throws {
        let found = resolver.resolve(sentence, reference: Self.reference)
        try #require(found.count == 1, "found \(found.map(\.text))")
        #expect(found[0].storyOffset == offset)
    }

    /// «اليوم» after a word that is not a masthead's is today: «عيّن الملك اليوم» as any other verb.
    @Test func todayAfterOtherWordsIsToday() {
        for sentence in ["أعلن المتحدث اليوم تعيين سفير جديد", "وقال الرئيس المصري اليوم إن بلاده ترحب"] {
            let found = resolver.resolve(sentence, reference: Self.reference)
            #expect(found.map(\.text) == ["اليوم"], "\(sentence)")
        }
    }

    /// A contract, the same day, a duration: no date (checked by `TemporalResolverTests.findsNothing`).
    static let noDecade: [String] = [
        "وقع الطرفان العقد الحالي مع الشركة",
        "جرى ذلك قبل عقد الاجتماع",
        "ينتهي هذا العقد بعد التسليم",
        "ألغي العقد السابق",
        "حتى نهاية العقد",
        "بلغت قيمة العقد 20 مليونا",
        // The same day is the story's, not today.
        "وفي نفس اليوم أعلنت الحكومة",
        "في ذات اليوم",
        // A news site's name: «عين اليوم» signs a story and is quoted as a source.
        "عين اليوم – متابعات",
        "محمد السالم – عين اليوم",
        "وقال مصدر مسؤول لـ“عين اليوم” إن الطريق سيفتح قريبا",
        // With «منذ» an approximate count is how long a state has lasted.
        "يسيطرون عليها منذ أكثر من عشرة أشهر",
    ]

    /// «الحادي والثلاثين» is one ordinal: in a month of 30 days it names no day, and «والثلاثين» alone is not
    /// the 30th (only the month is left).
    @Test func aLongOrdinalIsNotReadInPart() {
        let november = CalendarDate(year: 2016, month: 11, day: 7)
        let found = resolver.resolve("لقد عدت إلى الحادي والثلاثين من هذا الشهر", reference: november)
        #expect(found.map(\.text) == ["هذا الشهر"])
        let july = resolver.resolve("عاد في الحادي والثلاثين من هذا الشهر", reference: Self.reference)
        #expect(july.map(\.value.description) == ["2023-07-31"])
    }

    /// The weekend is the week's last two days under each week start: Saturday–Sunday for ISO weeks (Monday),
    /// Friday–Saturday when weeks start on Sunday.
    @Test(arguments: [
        (1, "2023-07-08", "2023-07-09"), (7, "2023-07-07", "2023-07-08"), (6, "2023-07-06", "2023-07-07"),
    ])
    func theWeekendFollowsTheWeekStart(_ weekStart: Int, _ first: String, _ last: String) throws {
        let resolver = try TemporalResolver(weekStart: weekStart)
        let found = resolver.resolve("سافروا في عطلة نهاية الأسبوع", reference: Self.reference)
        try #require(found.count == 1)
        #expect(found[0].start.description == first)
        #expect(found[0].end.description == last)
    }
}
