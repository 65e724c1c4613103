import Foundation
import MarsadCore
import MarsadTesting
import MarsadTime
import Testing

/// Hijri (tabular and Umm al-Qura) and Jalali (33-year rule) conversions: known days and round trips.
@Suite struct CalendarConversionTests {
    struct Known: Sendable, CustomTestStringConvertible {
        var gregorian: String
        var year: Int
        var month: Int
        var day: Int
        var testDescription: String { "\(year)-\(month)-\(day) = \(gregorian)" }
    }

    /// Days the tabular calendar agrees on with published Hijri dates (it may differ by a day elsewhere:
    /// 11 September 2001 was 23 Jumada II 1422 by Umm al-Qura, the 22nd by the tabular rule).
    static let hijri: [Known] = [
        Known(gregorian: "2023-04-06", year: 1444, month: 9, day: 15),
        Known(gregorian: "2023-03-23", year: 1444, month: 9, day: 1),
        Known(gregorian: "1970-01-01", year: 1389, month: 10, day: 22),
        Known(gregorian: "0622-07-19", year: 1, month: 1, day: 1),  // proleptic Gregorian for 16 July 622 Julian
    ]

    /// Nowruz and other days of Iran's calendar.
    static let jalali: [Known] = [
        Known(gregorian: "2023-03-21", year: 1402, month: 1, day: 1),
        Known(gregorian: "2024-03-20", year: 1403, month: 1, day: 1),
        Known(gregorian: "2020-03-20", year: 1399, month: 1, day: 1),
        Known(gregorian: "2021-03-20", year: 1399, month: 12, day: 30),
        Known(gregorian: "1979-02-11", year: 1357, month: 11, day: 22),
        Known(gregorian: "2022-09-16", year: 1401, month: 6, day: 25),
    ]

    @Test(arguments: hijri)
    func hijriKnownDays(_ k: Known) {
        let h = HijriDate(year: k.year, month: k.month, day: k.day)
        #expect(h.gregorian.description == k.gregorian)
        #expect(HijriDate(CalendarDate(iso: k.gregorian)!) == h)
    }

    @Test(arguments: jalali)
    func jalaliKnownDays(_ k: Known) {
        let j = JalaliDate(year: k.year, month: k.month, day: k.day)
        #expect(j.gregorian.description == k.gregorian)
        #expect(JalaliDate(CalendarDate(iso: k.gregorian)!) == j)
    }

    static func days(count: Int, seed: UInt64) -> [CalendarDate] {
        var rng = SeededGenerator(seed: seed)
        let from = CalendarDate(year: 1800, month: 1, day: 1).dayNumber
        let to = CalendarDate(year: 2200, month: 12, day: 31).dayNumber
        return (0..<count).map { _ in CalendarDate(dayNumber: Int.random(in: from...to, using: &rng)) }
    }

    @Test func hijriRoundTripsOverAThousandRandomDays() {
        for day in Self.days(count: 1000, seed: 1444) {
            let h = HijriDate(day)
            #expect(h.gregorian == day, "\(day) → \(h)")
            #expect((1...12).contains(h.month) && h.day >= 1 && h.day <= HijriDate.daysIn(month: h.month, year: h.year))
            // The next day is the next Hijri day, or the first of the next month.
            let n = HijriDate(day.adding(days: 1))
            #expect(n.day == h.day + 1 || (n.day == 1 && (n.month == h.month % 12 + 1)), "\(h) then \(n)")
        }
    }

    /// Official Saudi (Umm al-Qura) days where the tabular rule is a day off.
    static let ummAlQura: [Known] = [
        Known(gregorian: "2023-04-21", year: 1444, month: 10, day: 1),  // Eid al-Fitr 1444
        Known(gregorian: "2023-06-28", year: 1444, month: 12, day: 10),  // Eid al-Adha 1444
        Known(gregorian: "2024-06-16", year: 1445, month: 12, day: 10),  // Eid al-Adha 1445
        Known(gregorian: "2001-09-11", year: 1422, month: 6, day: 23),
        Known(gregorian: "2023-03-23", year: 1444, month: 9, day: 1),
    ]

    @Test(arguments: ummAlQura)
    func ummAlQuraKnownDays(_ k: Known) {
        let h = HijriDate(year: k.year, month: k.month, day: k.day)
        #expect(UmmAlQura.gregorian(h)?.description == k.gregorian)
        #expect(UmmAlQura.hijri(CalendarDate(iso: k.gregorian)!) == h)
    }

    @Test func ummAlQuraRoundTripsOverAThousandRandomDays() {
        for day in Self.days(count: 1000, seed: 1445) {
            let h = UmmAlQura.hijri(day)
            #expect(UmmAlQura.gregorian(h) == day, "\(day) → \(h)")
            #expect((1...12).contains(h.month) && h.day >= 1 && h.day <= UmmAlQura.daysIn(month: h.month, year: h.year))
            let n = UmmAlQura.hijri(day.adding(days: 1))
            #expect(n.day == h.day + 1 || (n.day == 1 && (n.month == h.month % 12 + 1)), "\(h) then \(n)")
        }
    }

    /// The table read once from ICU gives what ICU gives day by day.
    @Test func ummAlQuraTableAgreesWithICUDayByDay() {
        var icu = Calendar(identifier: .islamicUmmAlQura)
        icu.timeZone = TimeZone(identifier: "UTC")!
        for day in Self.days(count: 1000, seed: 1446) {
            let noon = Date(timeIntervalSince1970: Double(day.dayNumber) * 86_400 + 43_200)
            let c = icu.dateComponents([.year, .month, .day], from: noon)
            guard let year = c.year, UmmAlQura.years.contains(year) else { continue }
            let h = UmmAlQura.hijri(day)
            #expect(h.year == year && h.month == c.month && h.day == c.day, "\(day): \(h) vs \(c)")
        }
    }

    @Test func ummAlQuraMonthsAndYearsHaveTheirLengths() {
        for year in UmmAlQura.years {
            let lengths = (1...12).map { UmmAlQura.daysIn(month: $0, year: year) }
            #expect(lengths.allSatisfy { $0 == 29 || $0 == 30 }, "\(year): \(lengths)")
            #expect((354...355).contains(lengths.reduce(0, +)), "\(year)")
        }
        #expect(UmmAlQura.gregorian(HijriDate(year: 1444, month: 9, day: 30)) == nil)  // Ramadan 1444 had 29 days
    }

    @Test func jalaliRoundTripsOverAThousandRandomDays() {
        for day in Self.days(count: 1000, seed: 1402) {
            let j = JalaliDate(day)
            #expect(j.gregorian == day, "\(day) → \(j)")
            #expect(
                (1...12).contains(j.month) && j.day >= 1 && j.day <= JalaliDate.daysIn(month: j.month, year: j.year))
            let n = JalaliDate(day.adding(days: 1))
            #expect(n.day == j.day + 1 || (n.day == 1 && (n.month == j.month % 12 + 1)), "\(j) then \(n)")
        }
    }

    @Test func hijriAndJalaliYearsHaveTheirLengths() {
        for year in 1300...1500 {
            let h = (1...12).reduce(0) { $0 + HijriDate.daysIn(month: $1, year: year) }
            #expect(h == (HijriDate.isLeap(year) ? 355 : 354))
            let start = HijriDate(year: year, month: 1, day: 1).gregorian
            #expect(HijriDate(year: year + 1, month: 1, day: 1).gregorian.dayNumber - start.dayNumber == h)
            let j =
                JalaliDate(year: year + 1, month: 1, day: 1).gregorian.dayNumber
                - JalaliDate(year: year, month: 1, day: 1).gregorian.dayNumber
            #expect(j == (JalaliDate.isLeap(year) ? 366 : 365))
        }
    }
}
