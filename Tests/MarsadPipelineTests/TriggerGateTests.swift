import Foundation
import MarsadCoding
import MarsadCore
import MarsadPipeline
import MarsadTesting
import Testing

/// The standard pipeline's gate (`TriggerGate`): a document in which no trigger can be found skips the actors, the
/// triggers and the coder; the gate must never close on a document the full pipeline would find a trigger in.
@Suite struct TriggerGateTests {
    static let gated = CodedText.pipeline
    /// The same stages with no gate.
    static let ungated = CodedText.ungated

    @Test func sportResultSkipsTheCoder() throws {
        let doc = try CodedText.document("فاز فريق الهلال على فريق النصر بثلاثة أهداف مقابل هدف في المباراة.")
        #expect(doc.provenance.last == "ar.trigger-gate.v1")
        #expect(doc.mentions.isEmpty && doc.events.isEmpty)
    }

    @Test func politicalNewsPassesTheGate() throws {
        let doc = try CodedText.document("التقى وزير الخارجية السعودي نظيره التركي في أنقرة أمس.")
        #expect(!doc.provenance.contains("ar.trigger-gate.v1"))
        #expect(doc.events.contains { $0.code.root == "04" })
    }

    /// A pattern with a gap whose words are an actor's: the gate counts every word as free, so it still passes.
    @Test func gapSpannedByActorsPasses() throws {
        let doc = try CodedText.document("حذرت الولايات المتحدة وبريطانيا وفرنسا وألمانيا إيران من فرض عقوبات جديدة.")
        #expect(!doc.provenance.contains("ar.trigger-gate.v1"))
    }

    /// Every sentence of the trigger cases (positive and negative) and, when the shared data is present, the
    /// first SaudiNewsNet articles: whenever the ungated pipeline finds a trigger, the gate admits the text.
    @Test func gateNeverHidesATrigger() throws {
        var texts: [String] = []
        let url = SharedData.packageRoot.appendingPathComponent("Tests/MarsadCodingTests/Fixtures/trigger-cases.ar.tsv")
        for line in try String(contentsOf: url, encoding: .utf8).split(separator: "\n") where !line.hasPrefix("#") {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false)
            if f.count >= 3 { texts.append(String(f[2])) }
        }
        if let path = SharedData.path("data/saudinewsnet/articles.jsonl.gz") {
            let runner = CodingRunner(pipeline: CodedText.pipeline, options: .init(jobs: 1))
            let inputs = InputEnumerator(paths: [path], options: .init())
            while texts.count < 800, let item = inputs.next() {
                if case .success(let doc) = runner.document(for: item) { texts.append(doc.text) }
            }
        }
        #expect(texts.count > 400)
        var closed = 0
        for (i, text) in texts.enumerated() {
            var full = Document(id: "u\(i)", text: text, published: CalendarDate(iso: "2015-08-01"))
            try Self.ungated.run(&full)
            var gated = Document(id: "g\(i)", text: text, published: CalendarDate(iso: "2015-08-01"))
            try Self.gated.run(&gated)
            if gated.provenance.last == "ar.trigger-gate.v1" {
                closed += 1
                #expect(full.triggers.isEmpty, "gate closed on a text with triggers: \(text.prefix(80))")
            } else {
                #expect(gated.events.count == full.events.count)
            }
        }
        // The gate does close on some texts (negative cases and sport or market news).
        #expect(closed > 0)
    }
}
