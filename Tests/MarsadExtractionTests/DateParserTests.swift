import Testing

@testable import MarsadExtraction

/// Dates in metadata and text: ISO, numeric, written-out months in several languages, Arabic-Indic digits,
/// Solar Hijri (Persian) dates converted to Gregorian.
@Suite struct DateParserTests {
    @Test(arguments: [
        ("2023-07-03T10:15:00+03:00", "2023-07-03"),
        ("Veröffentlicht am 12. Mai 2019 um 10:00", "2019-05-12"),
        ("May 12, 2019", "2019-05-12"),
        ("Sun, 12 May 2019 10:00:00 GMT", "2019-05-12"),
        ("12 de mayo de 2019", "2019-05-12"),
        ("12.05.2019", "2019-05-12"),
        ("05/28/2019", "2019-05-28"),
        ("الاثنين ٣ يوليو ٢٠٢٣", "2023-07-03"),
        ("3 تموز 2023", "2023-07-03"),
        ("15 كانون الثاني 2020", "2020-01-15"),
        ("۲۱ اردیبهشت ۱۳۹۹", "2020-05-10"),
        ("1399/01/01", "2020-03-20"),
        ("1403/01/01", "2024-03-20"),
        ("1396/01/01", "2017-03-21"),
        ("تم نشره الجمعة 24 نيسان / أبريل 2020 09:22 مساءً", "2020-04-24"),
        ("1 كانون الثاني - يناير 2020", "2020-01-01"),
        ("duminică, 20 septembrie 2020", "2020-09-20"),
    ])
    func dates(text: String, expected: String) throws {
        #expect(try DateParser.bundled().firstDate(in: text)?.description == expected)
    }

    @Test(arguments: ["no date here", "31.02.2019", "12 Mai", "1850-01-01", "24 نيسان / مايو 2020"])
    func notDates(text: String) throws {
        #expect(try DateParser.bundled().firstDate(in: text) == nil)
    }

    /// Two-digit years only when the caller trusts the text (a date element), never in a longer dotted number.
    @Test func twoDigitYears() throws {
        let parser = try DateParser.bundled()
        #expect(parser.firstDate(in: "Von: Jana Beispiel | 31.10.23", twoDigitYears: true)?.description == "2023-10-31")
        #expect(
            parser.firstDate(in: "von lupa am 26/10/13, 03:48 pm", twoDigitYears: true)?.description == "2013-10-26")
        #expect(parser.firstDate(in: "Stand 3.4.98", twoDigitYears: true)?.description == "1998-04-03")
        #expect(parser.firstDate(in: "Von: Jana Beispiel | 31.10.23") == nil)
        #expect(parser.firstDate(in: "Version 1.2.10.4", twoDigitYears: true) == nil)
    }
}
