import Foundation
import MarsadCore
import MarsadPipeline
import Testing

/// Parties the dictionaries do not name: groups of people in either case of the plural, people named after a slash
/// in interior-ministry statements, and a collective or a titled person followed by another party. Sentences written
/// for these tests.
@Suite struct UnknownActorTests {
    func run(_ text: String) throws -> Document {
        try CodedText.annotated(text, published: "2015-08-01", id: "unknown")
    }

    func described(_ doc: Document) -> String {
        "\(doc.mentions.map { "\($0.actor.code) \(doc.text(of: $0.span))" })"
    }

    /// A sound masculine plural names the group in the nominative («-ون») as in the oblique case («-ين»).
    @Test(arguments: [
        ("وقال المصلون إن الشرطة منعتهم من دخول المسجد.", "المصلون", "CVL"),
        ("وأكد مزارعون في المنطقة أن السيول أتلفت محاصيلهم.", "مزارعون", "CVL"),
        ("وقال المسافرون إن الرحلة تأخرت ست ساعات.", "المسافرون", "CVL"),
        ("واشتكى الصيادون من منعهم من دخول البحر.", "الصيادون", "CVL"),
        ("وأضاف المبتعثون أن الملحقية تابعت أوضاعهم.", "المبتعثون", "EDU"),
    ])
    func aPluralInTheNominativeIsAGroupOfPeople(_ text: String, _ phrase: String, _ sector: String) throws {
        let doc = try run(text)
        let m = doc.mentions.first { doc.text(of: $0.span).hasSuffix(phrase) }
        #expect(m?.actor.sector == sector, "\(described(doc))")
    }
}
