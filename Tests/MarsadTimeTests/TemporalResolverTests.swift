import MarsadCore
import MarsadTime
import Testing

/// Resolver tables. The reference is Monday 2023-07-03; weeks start on Saturday (2023-07-01).
@Suite struct TemporalResolverTests {
    static let reference = CalendarDate(year: 2023, month: 7, day: 3)
    let resolver: TemporalResolver

    init() throws {
        resolver = try TemporalResolver()
    }

    static let absolute: [ResolverCase] = [
        ResolverCase("وقع الاتفاق في 30 يونيو 2023 في القاهرة", "30 يونيو 2023", "2023-06-30", .day),
        ResolverCase("وقع الاتفاق في 30 يونيو (حزيران) 2023.", "30 يونيو (حزيران) 2023", "2023-06-30", .day),
        ResolverCase("أعلن الجيش في 30 يونيو (حزيران) الماضي", "30 يونيو (حزيران) الماضي", "2023-06-30", .day),
        ResolverCase("تجري الانتخابات في 15 أغسطس المقبل", "15 أغسطس المقبل", "2023-08-15", .day),
        ResolverCase("اعتقل في 5 يوليو الماضي", "5 يوليو الماضي", "2022-07-05", .day),
        ResolverCase("تبدأ القمة في 20 أغسطس", "20 أغسطس", "2023-08-20", .day),
        ResolverCase("وقعت الحادثة في 20 ديسمبر", "20 ديسمبر", "2022-12-20", .day),
        ResolverCase("وُقّع في الخامس من يونيو الماضي", "الخامس من يونيو الماضي", "2023-06-05", .day),
        ResolverCase("وصل في الثاني من الشهر الجاري", "الثاني من الشهر الجاري", "2023-07-02", .day),
        ResolverCase("في 3 تشرين الأول 2022 أعلن", "3 تشرين الأول 2022", "2022-10-03", .day),
        ResolverCase("وفي 12 جانفي 2021 خرج المحتجون", "12 جانفي 2021", "2021-01-12", .day),
        ResolverCase("في 7 مارس من العام الماضي", "7 مارس من العام الماضي", "2022-03-07", .day),
        ResolverCase("يوم 14 أكتوبر 2021 وقع الهجوم", "يوم 14 أكتوبر 2021", "2021-10-14", .day),
        ResolverCase("وقع الانفجار الجمعة، 30 يونيو 2023", "الجمعة، 30 يونيو 2023", "2023-06-30", .day),
        ResolverCase("نُشر في ٣٠ يونيو ٢٠٢٣", "٣٠ يونيو ٢٠٢٣", "2023-06-30", .day),
        ResolverCase("صدر القرار بتاريخ 30/6/2023", "30/6/2023", "2023-06-30", .day),
        ResolverCase("صدر القرار بتاريخ 30-6-2023", "30-6-2023", "2023-06-30", .day),
        ResolverCase("صدر القرار بتاريخ 2023/06/30", "2023/06/30", "2023-06-30", .day),
        ResolverCase("صدر القرار بتاريخ ٣٠/٦/٢٠٢٣", "٣٠/٦/٢٠٢٣", "2023-06-30", .day),
        ResolverCase(
            "حزيران/يونيو 2023 كان حاراً", "حزيران/يونيو 2023", "2023-06-01", .month,
            "2023-06-01", "2023-06-30"),
        ResolverCase("زار بغداد في يونيو الماضي", "يونيو الماضي", "2023-06-01", .month, "2023-06-01", "2023-06-30"),
        ResolverCase("زار بغداد في جويلية الماضي", "جويلية الماضي", "2022-07-01", .month, "2022-07-01", "2022-07-31"),
        ResolverCase(
            "في فبراير (شباط) 2022 بدأت الحرب", "فبراير (شباط) 2022", "2022-02-01", .month,
            "2022-02-01", "2022-02-28"),
        ResolverCase("في كانون الثاني 2023", "كانون الثاني 2023", "2023-01-01", .month, "2023-01-01", "2023-01-31"),
        ResolverCase("وفي مارس الماضي قُتل", "مارس الماضي", "2023-03-01", .month, "2023-03-01", "2023-03-31"),
        // No year, no qualifier: this year's month unless it starts more than about two months ahead.
        ResolverCase("يبدأ في شهر آب", "شهر آب", "2023-08-01", .month, "2023-08-01", "2023-08-31"),
        ResolverCase("انتهى في تشرين الثاني", "تشرين الثاني", "2022-11-01", .month, "2022-11-01", "2022-11-30"),
        ResolverCase("تأسس الحزب عام 2015 في باريس", "عام 2015", "2015-01-01", .year, "2015-01-01", "2015-12-31"),
        ResolverCase("تأسس الحزب في 2014 وانتشر", "2014", "2014-01-01", .year, "2014-01-01", "2014-12-31"),
        ResolverCase("يحكم منذ عام 2015", "عام 2015", "2015-01-01", .year, "2015-01-01", "2015-12-31"),
        ResolverCase("انتخب سنة 2012م", "سنة 2012م", "2012-01-01", .year, "2012-01-01", "2012-12-31"),
    ]

    static let relative: [ResolverCase] = [
        ResolverCase("التقى الوزيران أمس في الرياض", "أمس", "2023-07-02", .day),
        ResolverCase("وصل وأمس غادر", "أمس", "2023-07-02", .day),
        ResolverCase("التقى الوزيران أمس الأحد", "أمس الأحد", "2023-07-02", .day),
        ResolverCase("التقى الوزيران يوم أمس", "يوم أمس", "2023-07-02", .day),
        ResolverCase("وقع الهجوم أول أمس", "أول أمس", "2023-07-01", .day),
        ResolverCase("قال الوزير اليوم إن", "اليوم", "2023-07-03", .day),
        ResolverCase("تُعقد الجلسة غداً", "غداً", "2023-07-04", .day),
        ResolverCase("قتل ثلاثة الجمعة الماضي", "الجمعة الماضي", "2023-06-30", .day),
        ResolverCase("قتل ثلاثة الجمعة الماضية", "الجمعة الماضية", "2023-06-30", .day),
        ResolverCase("قتل ثلاثة يوم الجمعة", "يوم الجمعة", "2023-06-30", .day),
        ResolverCase("قتل ثلاثة الجمعة", "الجمعة", "2023-06-30", .day),
        ResolverCase("تظاهروا الاثنين أمام البرلمان", "الاثنين", "2023-07-03", .day),
        ResolverCase("تظاهروا الاثنين الماضي", "الاثنين الماضي", "2023-06-26", .day),
        ResolverCase("يزور القاهرة الجمعة المقبل", "الجمعة المقبل", "2023-07-07", .day),
        ResolverCase("يزور القاهرة الاثنين المقبل", "الاثنين المقبل", "2023-07-10", .day),
        ResolverCase("اجتمعا الأسبوع الماضي", "الأسبوع الماضي", "2023-06-26", .month, "2023-06-24", "2023-06-30"),
        ResolverCase("يجتمعان الأسبوع المقبل", "الأسبوع المقبل", "2023-07-10", .month, "2023-07-08", "2023-07-14"),
        ResolverCase("اجتمعا هذا الأسبوع", "هذا الأسبوع", "2023-07-03", .month, "2023-07-01", "2023-07-07"),
        ResolverCase("زار موسكو الشهر الماضي", "الشهر الماضي", "2023-06-01", .month, "2023-06-01", "2023-06-30"),
        ResolverCase("زار موسكو العام الماضي", "العام الماضي", "2022-07-03", .year, "2022-01-01", "2022-12-31"),
        ResolverCase("زار موسكو السنة الماضية", "السنة الماضية", "2022-07-03", .year, "2022-01-01", "2022-12-31"),
        ResolverCase("يزور موسكو العام المقبل", "العام المقبل", "2024-07-03", .year, "2024-01-01", "2024-12-31"),
        ResolverCase(
            "وقع في نهاية الشهر الماضي", "نهاية الشهر الماضي", "2023-06-30", .month,
            "2023-06-21", "2023-06-30"),
        ResolverCase(
            "وقع في مطلع الشهر الجاري", "مطلع الشهر الجاري", "2023-07-01", .month,
            "2023-07-01", "2023-07-10"),
        ResolverCase(
            "وقع في منتصف العام الماضي", "منتصف العام الماضي", "2022-07-02", .year,
            "2022-05-02", "2022-09-01"),
        ResolverCase("أُسس في أواخر 2015", "أواخر 2015", "2015-12-31", .year, "2015-09-02", "2015-12-31"),
        ResolverCase("وصل قبل يومين", "قبل يومين", "2023-07-01", .day),
        ResolverCase("وصل قبل ثلاثة أيام", "قبل ثلاثة أيام", "2023-06-30", .day),
        ResolverCase("وصل قبل 10 أيام", "قبل 10 أيام", "2023-06-23", .day),
        ResolverCase("وصل منذ أسبوع", "منذ أسبوع", "2023-06-26", .month, "2023-06-23", "2023-06-29"),
        ResolverCase("غادر منذ 20 عاما", "منذ 20 عاما", "2003-07-03", .year, "2003-01-01", "2003-12-31"),
        ResolverCase(
            "تصاعد القتال خلال الأسبوعين الماضيين", "الأسبوعين الماضيين", "2023-06-26", .month,
            "2023-06-19", "2023-07-03"),
    ]

    @Test(arguments: absolute + relative)
    func resolvesOneExpression(_ c: ResolverCase) throws {
        let found = resolver.resolve(c.sentence, reference: Self.reference)
        try #require(found.count == 1, "found \(found.map(\.text))")
        let e = found[0]
        #expect(e.text == c.text)
        #expect(e.value.description == c.value)
        #expect(e.precision == c.precision)
        #expect(e.start.description == c.start)
        #expect(e.end.description == c.end)
        // The range points at the text in the original sentence.
        let utf8 = Array(c.sentence.utf8)
        #expect(String(decoding: utf8[e.range], as: UTF8.self) == e.text)
    }

    static let noDate: [String] = [
        "وقال الرئيس إن الحل ممكن",
        "احتفلت البلاد في اليوم الوطني",
        "وصل في اليوم التالي",
        "في اليوم نفسه أعلنت الحكومة",
        "مارس الرئيس ضغوطا على البرلمان",
        "قتل 30 شخصا في الهجوم",
        "وصل إلى 1500 موقع",
        "قبل يومين من الانتخابات",
        "بعد ثلاثة أيام على التفجير",
        "يتدهور الوضع يوما بعد يوم",
        "قبل الاجتماع وبعد المؤتمر",
        "أكد أحد المسؤولين",
        "اتصل على الرقم 12/34/5678/90",
    ]

    @Test(arguments: noDate)
    func findsNothing(_ sentence: String) {
        let found = resolver.resolve(sentence, reference: Self.reference)
        #expect(found.isEmpty, "found \(found.map(\.text))")
    }

    @Test func longestMatchWinsAndResultsAreSortedWithoutOverlap() {
        let text = "قال أمس إن الاتفاق الموقع في 30 يونيو (حزيران) الماضي سيطبق الأسبوع المقبل وحتى نهاية العام"
        let found = resolver.resolve(text, reference: Self.reference)
        #expect(found.map(\.text) == ["أمس", "30 يونيو (حزيران) الماضي", "الأسبوع المقبل", "نهاية العام"])
        for (a, b) in zip(found, found.dropFirst()) {
            #expect(a.range.upperBound <= b.range.lowerBound)
        }
    }
}
