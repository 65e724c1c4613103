import Foundation
import MarsadActors
import MarsadCoding
import MarsadCore
import MarsadPipeline
import Testing

@Suite struct ZZDebugTests {
    @Test func debugSentence() throws {
        guard let text = ProcessInfo.processInfo.environment["MARSAD_DEBUG"] else { return }
        var doc = Document(id: "dbg", text: text, published: CalendarDate(iso: "2023-07-03"))
        try MarsadPipeline.standard().run(&doc)
        for m in doc.mentions { print("M", m.sentence, m.actor.code, m.kind, doc.text(of: m.span)) }
        for t in doc.temporals { print("T", t.sentence, t.value, t.precision, doc.text(of: t.span)) }
        for m in TriggerFinder(triggers: try .bundled()).matches(in: doc) { print("H", m.code, m.rule, m.tokens) }
        print(EventFormatter(format: .tsv).format(doc))
    }

    @Test func dumpTriggers() throws {
        guard let path = ProcessInfo.processInfo.environment["MARSAD_DUMP"] else { return }
        let text = try String(contentsOfFile: path, encoding: .utf8)
        var out = ""
        for line in text.split(separator: "\n") {
            let o = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
            var doc = Document(
                id: o["id"] as! String, text: o["text"] as! String,
                published: CalendarDate(iso: o["published"] as! String))
            try MarsadPipeline.standard().run(&doc)
            for t in doc.triggers {
                out += "T\t\(doc.id)\t\(t.code)\t\(doc.text(of: doc.sentences[t.sentence].span))\n"
            }
            for m in doc.mentions {
                out +=
                    "M\t\(doc.id)\t\(m.actor.code)\t\(doc.text(of: m.span))\t\(doc.text(of: doc.sentences[m.sentence].span))\n"
            }
        }
        try out.write(toFile: "/tmp/ana/triggers.tsv", atomically: true, encoding: .utf8)
    }
}
