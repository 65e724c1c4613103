import Foundation
import MarsadTesting
import Testing

@testable import MarsadServer
@testable import MarsadStore

/// The event list's hand-written JSON against `JSONEncoder`'s bytes, on random events.
@Suite struct JSONWriterTests {
    /// Random text with Arabic, quotes, backslashes, slashes, control characters and emoji.
    static func text(_ rng: inout SeededGenerator) -> String {
        let pieces = [
            "صنعاء", "الاتفاقية", "\"", "\\", "/", "\n", "\t", "\r", "\u{08}", "\u{0C}", "\u{01}", "\u{1F}", "\u{7F}",
            "a", "Z", " ", "😀", "\u{2028}", "é", "<b>", "&amp;", "",
        ]
        return (0..<Int.random(in: 0...6, using: &rng)).map { _ in
            pieces[Int.random(in: 0..<pieces.count, using: &rng)]
        }.joined()
    }

    static func maybe<T>(_ value: T, _ rng: inout SeededGenerator) -> T? {
        Bool.random(using: &rng) ? value : nil
    }

    static func event(_ rng: inout SeededGenerator) -> StoredEvent {
        func actor() -> EventActor? {
            maybe(
                EventActor(
                    code: text(&rng), country: maybe(text(&rng), &rng), sector: maybe(text(&rng), &rng),
                    text: text(&rng), name: maybe(text(&rng), &rng)), &rng)
        }
        let numbers: [Double] = [0, -10, 10, 2.5, -0.5, 1e-7, 123456789.125, 0.1 + 0.2, 3.0, 1e22, -7.2]
        return StoredEvent(
            id: Int64.random(in: 1...Int64.max, using: &rng), articleID: Int64.random(in: -5...5, using: &rng),
            storyID: maybe(Int64.random(in: 0...1000, using: &rng), &rng), docID: text(&rng), eventID: text(&rng),
            sentenceIndex: Int.random(in: 0...99, using: &rng), sentence: text(&rng), trigger: text(&rng),
            triggerOffset: Int.random(in: 0...500, using: &rng), code: text(&rng), root: text(&rng),
            quadClass: Int.random(in: 1...4, using: &rng),
            goldstein: numbers[Int.random(in: 0..<numbers.count, using: &rng)],
            plover: .init(type: maybe(text(&rng), &rng), mode: maybe(text(&rng), &rng)), source: actor(),
            target: actor(), date: maybe(text(&rng), &rng), datePrecision: text(&rng),
            dateText: maybe(text(&rng), &rng),
            location: maybe(EventPlace(country: text(&rng), name: text(&rng)), &rng),
            language: maybe(text(&rng), &rng), rule: text(&rng),
            confidence: Double.random(in: 0...1, using: &rng), articleSource: maybe(text(&rng), &rng),
            articleURL: maybe(text(&rng), &rng), published: maybe(text(&rng), &rng))
    }

    @Test func anEventPageIsWrittenAsJSONEncoderWritesIt() throws {
        var rng = SeededGenerator(seed: 11)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        for round in 0..<60 {
            let items = (0..<(round % 7)).map { _ in Self.event(&rng) }
            let page = Page(
                total: Int.random(in: 0...20_000, using: &rng), totalExact: Bool.random(using: &rng),
                limit: round, offset: round * 3, items: items)
            var writer = JSONWriter()
            page.write(to: &writer)
            let expected = try encoder.encode(page)
            #expect(
                writer.bytes == Array(expected),
                "\(String(decoding: writer.bytes, as: UTF8.self))\n\(String(decoding: expected, as: UTF8.self))")
        }
    }

    @Test func stringsAreEscapedAndNumbersWrittenAsJSON() throws {
        var w = JSONWriter()
        w.beginArray()
        for s in ["a\"b\\c/d", "\u{0}\u{1F}\n", "سلام"] {
            w.separator()
            w.value(s)
        }
        for d in [1.0, -0.25, Double.nan, .infinity] {
            w.separator()
            w.value(d)
        }
        w.endArray()
        #expect(
            String(decoding: w.bytes, as: UTF8.self)
                == #"["a\"b\\c/d","\u0000\u001f\n","سلام",1,-0.25,null,null]"#)
        let parsed = try JSONSerialization.jsonObject(with: Data(w.bytes)) as? [Any]
        #expect(parsed?.count == 7)
    }
}
