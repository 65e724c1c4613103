import Foundation
import MarsadCore
import MarsadPipeline
import Testing

/// Places and event locations through the standard pipeline: gazetteer cities, locative cues, datelines.
@Suite struct EventPlaceTests {
    static let pipeline = try! MarsadPipeline.standard()

    struct Case: Sendable, CustomTestStringConvertible {
        var text: String
        var dateline: String?
        var name: String
        var country: String
        var testDescription: String { "\(name) in «\(text.prefix(40))»" }
        init(_ text: String, dateline: String? = nil, _ name: String, _ country: String) {
            self.text = text
            self.dateline = dateline
            self.name = name
            self.country = country
        }
    }

    static let cases: [Case] = [
        // A gazetteer city after «في», across a place noun, and without a cue.
        Case("اتهمت روسيا أوكرانيا بقصف محطة كهرباء في خاركيف.", "خاركيف", "UKR"),
        Case("وقعت السعودية وألمانيا اتفاقية تعاون أمس في مدينة ميونيخ.", "ميونيخ", "DEU"),
        Case("اتهمت المعارضة السورية الجيش السوري بقصف ريف إدلب الجنوبي.", "ريف إدلب", "SYR"),
        Case("اتهمت روسيا أوكرانيا بمهاجمة بيلغورود.", "بيلغورود", "RUS"),
        // A capital the actor finder keeps as an actor is still the place after «في العاصمة الصينية».
        Case("وقعت السعودية وإيران اتفاقا في العاصمة الصينية بكين.", "بكين", "CHN"),
        // «أنحاء» makes a country named as an actor the place.
        Case("واعتقلت قوات الأمن الإيرانية مئات المحتجين خلال الاحتجاجات التي عمت معظم أنحاء إيران.", "إيران", "IRN"),
        // Datelines: in the text, agency first or last, and from the input's dateline field.
        Case("موسكو - رويترز: اتهمت روسيا أوكرانيا بقصف محطة كهرباء.", "موسكو", "RUS"),
        Case("واس - الأحساء: اتهمت السعودية إيران بدعم الإرهاب.", "الأحساء", "SAU"),
        Case("اتهمت إسرائيل حزب الله بإطلاق صواريخ.", dateline: "بيروت (رويترز)", "بيروت", "LBN"),
    ]

    @Test(arguments: cases)
    func eventGetsTheLocation(_ c: Case) throws {
        var doc = Document(id: "p", text: c.text, published: CalendarDate(iso: "2023-07-03"))
        doc.dateline = c.dateline
        try CodedText.pipeline.run(&doc)
        let events = doc.events.filter { $0.code.root != "01" }
        try #require(!events.isEmpty, "no event")
        for e in events {
            #expect(
                e.location == Event.Location(country: c.country, name: c.name),
                "\(e.code.code): \(e.location.map { "\($0)" } ?? "nil")")
        }
    }

    @Test func aParenthesisAfterASubjectIsNoDateline() throws {
        var doc = Document(
            id: "p", text: "اتهمت إيران (في بيان) إسرائيل بالهجوم.", published: CalendarDate(iso: "2023-07-03"))
        try CodedText.pipeline.run(&doc)
        #expect(!doc.places.contains { $0.isDateline })
    }

    @Test func aCountryAttackedIsWhereTheAttackHappensButACountryAccusedIsNot() throws {
        var doc = Document(
            id: "p", text: "وفرضت سفن التحالف العربي حصارا شبه كامل على اليمن. واتهمت السعودية إيران بدعم الحوثيين.",
            published: CalendarDate(iso: "2015-08-06"))
        try CodedText.pipeline.run(&doc)
        let blockade = doc.events.filter { $0.code.root == "19" }
        try #require(!blockade.isEmpty, "\(doc.events.map(\.code.code))")
        for e in blockade { #expect(e.location?.country == "YEM", "\(e.location.map { "\($0)" } ?? "nil")") }
        for e in doc.events where e.code.root == "11" { #expect(e.location == nil) }
    }

    @Test func coordinatedCitiesAreLocativeAndNamedCanonically() throws {
        var doc = Document(
            id: "p", text: "قتل عشرة في حلب وإدلب، وقال مسؤول إن وفدا سيزور بالموصل.",
            published: CalendarDate(iso: "2023-07-03"))
        try CodedText.pipeline.run(&doc)
        let places = doc.places.map { "\($0.name)/\($0.country)/\($0.isLocative)" }
        #expect(places == ["حلب/SYR/true", "إدلب/SYR/true", "الموصل/IRQ/true"])
    }

    @Test func theDatelineFieldIsReadFromJSONLines() throws {
        let line = #"{"id":"x","text":"اتهمت إسرائيل حزب الله بإطلاق صواريخ.","dateline":"واس (أبوظبي)"}"#
        var doc = try InputDocument.parse(
            Array(line.utf8), location: "in.jsonl:1", fallbackID: "x", defaultPublished: nil, language: nil)
        #expect(doc.dateline == "واس (أبوظبي)")
        try CodedText.pipeline.run(&doc)
        let place = try #require(doc.places.first { $0.isDateline })
        #expect(place.name == "أبوظبي" && place.country == "ARE" && place.sentence == -1)
    }

    @Test func theLocationIsInTheEventJSON() throws {
        var doc = Document(
            id: "p", text: "اتهمت روسيا أوكرانيا بقصف محطة كهرباء في خاركيف.",
            published: CalendarDate(iso: "2023-07-03"))
        try CodedText.pipeline.run(&doc)
        let out = EventFormatter(format: .jsonl).format(doc)
        #expect(out.contains(#""location":{"country":"UKR","name":"خاركيف"}"#))
    }
}
