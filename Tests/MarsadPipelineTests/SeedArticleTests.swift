import Foundation
import MarsadCore
import MarsadPipeline
import MarsadTesting
import Testing

/// The foundation's acceptance test: the seed article (first record of the dev gold) yields the signing,
/// the EU accusation and the sanctions threats with the right actors and dates.
@Suite struct SeedArticleTests {
    static let seed = SharedData.seedArticle()

    func codedSeed() throws -> Document {
        let seed = try #require(Self.seed)
        var doc = Document(id: seed.id, text: seed.text, published: CalendarDate(iso: seed.published))
        try MarsadPipeline.standard().run(&doc)
        return doc
    }

    func has(
        _ doc: Document, code: String, sources: Set<String>, targets: Set<String>, symmetric: Bool = false
    ) -> [Event] {
        doc.events.filter { e in
            guard e.code.code == code, let s = e.source?.actor.code, let t = e.target?.actor.code else { return false }
            return (sources.contains(s) && targets.contains(t))
                || (symmetric && sources.contains(t) && targets.contains(s))
        }
    }

    @Test(.enabled(if: seed != nil, "../shared/eval/dev-gold.jsonl is not present"))
    func memorandumSigning() throws {
        let doc = try codedSeed()
        #expect(!has(doc, code: "057", sources: ["IRNCOP"], targets: ["RUSMIL"], symmetric: true).isEmpty)
    }

    @Test(.enabled(if: seed != nil, "../shared/eval/dev-gold.jsonl is not present"))
    func europeanAccusation() throws {
        let doc = try codedSeed()
        let events = has(doc, code: "112", sources: ["IGOEUREEC"], targets: ["IRN", "IRNGOV"])
        #expect(events.contains { $0.date?.description == "2023-06-30" && $0.datePrecision == .day })
    }

    @Test(.enabled(if: seed != nil, "../shared/eval/dev-gold.jsonl is not present"))
    func sanctionsThreats() throws {
        let doc = try codedSeed()
        for source in ["USA", "GBR", "IGOEUREEC"] {
            let events = has(doc, code: "1312", sources: [source], targets: ["IRN", "IRNGOV"])
            #expect(
                events.contains { $0.date?.year == 2022 && $0.datePrecision == .year }, "\(source) → IRN 1312 in 2022")
        }
    }
}
