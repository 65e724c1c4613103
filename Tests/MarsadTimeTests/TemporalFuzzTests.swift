import MarsadCore
import MarsadTesting
import MarsadTime
import Testing

/// Random strings of date words, numbers and marks: the resolver never crashes, and what it returns is
/// ordered, non-overlapping, inside the text, and a period around its value.
@Suite struct TemporalFuzzTests {
    static let pool: [String] = [
        "في", "من", "إلى", "حتى", "بين", "و", "يوم", "عام", "سنة", "شهر", "قبل", "منذ", "بعد", "الآن", "خلال",
        "الماضي", "المقبل", "الجاري", "هذا", "الأسبوع", "أسبوع", "الشهر", "العام", "الأيام", "أيام", "يومين",
        "الجمعة", "الأحد", "أمس", "اليوم", "غدا", "يونيو", "حزيران", "شباط", "مارس", "رمضان", "شوال", "ذي الحجة",
        "فروردين", "بهمن", "الأول", "الثاني", "الحادي والعشرين", "الأخير", "الربع", "النصف", "نهاية", "بقية",
        "مطلع", "منتصف", "عيد الفطر", "عيد الميلاد", "السبعينيات", "ألف", "ألفين", "وتسعمائة", "وعشرين", "خمسة",
        "عشر", "ثلاثة", "هـ", "م", "ش", ".", "/", "-", "(", ")", "،", "%", "1", "4", "12", "15", "22", "31",
        "32", "99", "2015", "2023", "1444", "1402", "٣٠", "9999",
    ]

    @Test func randomDateWordSoupNeverBreaksTheResolver() throws {
        var rng = SeededGenerator(seed: 2026)
        let resolvers = [try TemporalResolver(), try TemporalResolver(weekStart: 1)]
        let from = CalendarDate(year: 1950, month: 1, day: 1).dayNumber
        let to = CalendarDate(year: 2050, month: 12, day: 31).dayNumber
        for round in 0..<3000 {
            let count = Int.random(in: 1...12, using: &rng)
            var text = ""
            for k in 0..<count {
                let word = Self.pool[Int.random(in: 0..<Self.pool.count, using: &rng)]
                // Marks are glued to their neighbours half of the time («30/6»، «1444هـ»).
                let glue = k > 0 && Bool.random(using: &rng)
                text += (glue || k == 0 ? "" : " ") + word
            }
            let reference = CalendarDate(dayNumber: Int.random(in: from...to, using: &rng))
            let found = resolvers[round % 2].resolve(text, reference: reference)
            for e in found {
                #expect(e.start <= e.value && e.value <= e.end, "«\(text)» at \(reference): \(e.text)")
                #expect(e.range.upperBound <= text.utf8.count)
                #expect(String(decoding: Array(text.utf8)[e.range], as: UTF8.self) == e.text)
            }
            for (a, b) in zip(found, found.dropFirst()) {
                #expect(a.range.upperBound <= b.range.lowerBound, "«\(text)»")
            }
        }
    }
}
