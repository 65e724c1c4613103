import Foundation
import MarsadCore
import Testing

@testable import MarsadPipeline

@Test func zzDebug() throws {
    guard let text = try? String(contentsOfFile: "/tmp/t/dbg.txt", encoding: .utf8) else { return }
    for (k, part) in text.components(separatedBy: "\n\n").enumerated() {
        let doc = try CodedText.document(part.trimmingCharacters(in: .whitespacesAndNewlines), published: "2015-08-12")
        print("M\(k)", CodedText.mentions(doc))
        for t in doc.triggers {
            let w = doc.tokens[t.tokens].map { doc.text(of: $0.span) }.joined(separator: " ")
            print("T\(k)", t.code, t.pattern, t.sentence, w)
        }
        for e in doc.events {
            print("E\(k)", e.code.code, e.source?.actor.code ?? "-", e.target?.actor.code ?? "-", e.rule)
        }
    }
}
