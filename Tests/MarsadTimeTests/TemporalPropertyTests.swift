import MarsadCore
import MarsadTesting
import MarsadTime
import Testing

/// Properties over many reference dates drawn with a fixed seed.
@Suite struct TemporalPropertyTests {
    let resolver: TemporalResolver

    init() throws {
        resolver = try TemporalResolver()
    }

    static func references(count: Int, seed: UInt64) -> [CalendarDate] {
        var rng = SeededGenerator(seed: seed)
        let from = CalendarDate(year: 1990, month: 1, day: 1).dayNumber
        let to = CalendarDate(year: 2060, month: 12, day: 31).dayNumber
        return (0..<count).map { _ in CalendarDate(dayNumber: Int.random(in: from...to, using: &rng)) }
    }

    static let months = [
        "يناير", "شباط", "آذار", "أبريل", "أيار", "يونيو", "تموز", "أغسطس", "أيلول", "أكتوبر",
        "تشرين الثاني", "ديسمبر",
    ]
    static let hijriMonths = ["محرم", "شهر رمضان", "شوال", "ذي الحجة", "ربيع الأول"]
    static let jalaliMonths = ["فروردين", "شهريور", "مهر", "إسفند"]
    static let weekdays = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]

    static let past: [String] =
        weekdays.map { "\($0) الماضي" } + months.map { "في \($0) الماضي" } + months.map { "في 28 \($0) الماضي" }
        + (hijriMonths + jalaliMonths).map { "في 29 \($0) الماضي" } + ["عيد الفطر الماضي", "عيد الميلاد الماضي"]
        + [
            "الأسبوع الماضي", "الشهر الماضي", "العام الماضي", "السنة الماضية", "نهاية الشهر الماضي",
            "منتصف العام الماضي", "قبل ثلاثة أيام", "منذ أسبوعين", "أمس", "أول أمس", "الأسبوعين الماضيين",
            "اليوم الماضي", "الأسبوع قبل الماضي", "العام ما قبل الماضي", "العقد الماضي", "العقدين الماضيين",
            "منذ ثلاثة عقود",
        ] + weekdays.map { "\($0) قبل الماضي" }

    static let next: [String] =
        weekdays.map { "\($0) المقبل" } + months.map { "في \($0) المقبل" } + months.map { "في 28 \($0) المقبل" }
        + (hijriMonths + jalaliMonths).map { "في 29 \($0) المقبل" } + ["عيد الأضحى المقبل", "عيد الميلاد المقبل"]
        + [
            "الأسبوع المقبل", "الشهر المقبل", "العام المقبل", "السنة القادمة", "مطلع الشهر المقبل", "غدا",
            "بعد يومين", "الأيام الثلاثة المقبلة",
            "الأسبوع بعد المقبل", "الشهر ما بعد القادم", "العقد المقبل", "بعد عقدين",
        ] + weekdays.map { "\($0) بعد المقبل" }

    @Test func pastExpressionsNeverResolveAfterTheReference() {
        for reference in Self.references(count: 300, seed: 2023) {
            for text in Self.past {
                let found = resolver.resolve(text, reference: reference)
                #expect(found.count == 1, "«\(text)» at \(reference)")
                for e in found {
                    #expect(e.value <= reference && e.start <= reference, "«\(text)» at \(reference) → \(e.value)")
                }
            }
        }
    }

    @Test func nextExpressionsNeverResolveBeforeTheReference() {
        for reference in Self.references(count: 300, seed: 7) {
            for text in Self.next {
                let found = resolver.resolve(text, reference: reference)
                #expect(found.count == 1, "«\(text)» at \(reference)")
                for e in found {
                    #expect(e.value >= reference && e.end >= reference, "«\(text)» at \(reference) → \(e.value)")
                }
            }
        }
    }

    @Test func everyResultIsAnOrderedPeriodAroundItsValue() {
        let texts = Self.past + Self.next + ["الجمعة", "في 30 يونيو", "عام 2015", "هذا الأسبوع", "أواخر 2015"]
        for reference in Self.references(count: 100, seed: 99) {
            for text in texts {
                for e in resolver.resolve(text, reference: reference) {
                    #expect(e.start <= e.value && e.value <= e.end, "«\(text)» at \(reference)")
                }
            }
        }
    }

    @Test func calendarDayNumberRoundTrips() {
        var rng = SeededGenerator(seed: 1)
        for _ in 0..<10_000 {
            let n = Int.random(in: -200_000...200_000, using: &rng)
            let date = CalendarDate(dayNumber: n)
            #expect(date.dayNumber == n)
            #expect(CalendarDate(iso: date.description) == date || date.year < 0 || date.year > 9999)
            #expect(date.adding(days: 1).weekday == date.weekday % 7 + 1)
        }
    }
}
