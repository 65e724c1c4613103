import Foundation
import MarsadTesting
import Testing

@testable import MarsadPipeline

/// The one-pass reader of flat JSON lines (`InputDocument.flat`) must give exactly what `JSONDecoder` gives, or
/// nothing (then `JSONDecoder` runs).
@Suite struct FlatJSONTests {
    static func fields(_ d: InputDocument) -> [String?] {
        [d.id, d.text, d.html, d.title, d.published, d.url, d.language, d.dateline]
    }

    static func decoded(_ bytes: [UInt8]) -> InputDocument? {
        try? JSONDecoder().decode(InputDocument.self, from: Data(bytes))
    }

    @Test func readsAFlatLine() throws {
        let line =
            #"{"id": "a1", "source": "x", "text": "قال \"الوزير\"\n\u0625\u0646 \ud83d\ude00", "published": null}"#
        let d = try #require(InputDocument.flat(Array(line.utf8)))
        #expect(d.id == "a1")
        #expect(d.text == "قال \"الوزير\"\nإن 😀")
        #expect(d.published == nil && d.title == nil)
    }

    @Test(arguments: [
        #"["a"]"#, #"{"id": 1}"#, #"{"id": "a", "x": {"y": "z"}}"#, #"{"id": "a", "id": "b"}"#, #"{"id": "a"} x"#,
        #"{"id": "a\u00"}"#, #"{"id": "\ud800"}"#, #"{"id": "a"#, #"{"id" "a"}"#, "{\"id\": \"a\tb\"}",
        #"{"id": "a",}"#,
        "", "{",
    ])
    func leavesOtherLinesToJSONDecoder(_ line: String) {
        #expect(InputDocument.flat(Array(line.utf8)) == nil)
    }

    @Test func invalidUTF8IsLeftToJSONDecoder() {
        #expect(InputDocument.flat(Array(#"{"id": ""#.utf8) + [0xFF, 0x22, 0x7D]) == nil)
    }

    /// Generated lines: random strings (Arabic, quotes, backslashes, controls, astral characters) written with
    /// random choices of escapes, random key order, spacing and extra keys.
    @Test func agreesWithJSONDecoderOnGeneratedLines() throws {
        var random = SeededGenerator(seed: 13)
        let alphabet: [Character] = Array("اب ت«»\"\\/\n\t\u{1}😀é5{}:,") + ["\u{0627}\u{064B}", "\r"]
        let keys = ["id", "text", "html", "title", "published", "url", "language", "dateline", "source", "author"]
        func escaped(_ s: String) -> String {
            var out = "\""
            for scalar in s.unicodeScalars {
                switch scalar {
                case "\"": out += "\\\""
                case "\\": out += Bool.random(using: &random) ? "\\\\" : "\\u005c"
                case "\n": out += "\\n"
                case "\t": out += "\\t"
                case "\r": out += "\\r"
                case "/": out += Bool.random(using: &random) ? "\\/" : "/"
                case _ where scalar.value < 0x20: out += String(format: "\\u%04x", scalar.value)
                case _ where scalar.value > 0xFFFF && Bool.random(using: &random):
                    let v = scalar.value - 0x10000
                    out += String(format: "\\u%04X\\u%04X", 0xD800 + (v >> 10), 0xDC00 + (v & 0x3FF))
                case _
                where scalar.value > 0x7F && scalar.value <= 0xFFFF && Int.random(in: 0..<4, using: &random) == 0:
                    out += String(format: "\\u%04x", scalar.value)
                default: out.unicodeScalars.append(scalar)
                }
            }
            return out + "\""
        }
        var flatCount = 0
        for _ in 0..<2000 {
            var parts: [String] = []
            for key in keys.shuffled(using: &random).prefix(Int.random(in: 0...keys.count, using: &random)) {
                let value: String
                if Int.random(in: 0..<8, using: &random) == 0 {
                    value = "null"
                } else {
                    value = escaped(
                        String(
                            (0..<Int.random(in: 0..<30, using: &random)).map { _ in
                                alphabet.randomElement(using: &random)!
                            }))
                }
                let space = [" ", "", "\t", " \r\n "].randomElement(using: &random)!
                parts.append("\"\(key)\"\(space):\(space)\(value)")
            }
            let line = Array(("{" + parts.joined(separator: ", ") + "}").utf8)
            let expected = Self.decoded(line)
            let fast = InputDocument.flat(line)
            #expect(expected != nil, "generated line is not JSON: \(String(decoding: line, as: UTF8.self))")
            if let fast {
                flatCount += 1
                #expect(Self.fields(fast) == expected.map(Self.fields), "\(String(decoding: line, as: UTF8.self))")
            }
        }
        // Generated lines are all flat string objects: the fast reader takes every one.
        #expect(flatCount == 2000)
    }

    /// Real lines: the dev gold (its `events` arrays leave those lines to `JSONDecoder`) and, when the shared data
    /// is present, the first 3,000 SaudiNewsNet articles (flat: every one is read by the fast reader).
    @Test func agreesWithJSONDecoderOnRealLines() throws {
        if let path = SharedData.path("eval/dev-gold.jsonl") {
            for line in try Data(contentsOf: URL(fileURLWithPath: path)).split(separator: 0x0A).map({ Array($0) }) {
                let expected = try #require(Self.decoded(line))
                if let fast = InputDocument.flat(line) { #expect(Self.fields(fast) == Self.fields(expected)) }
            }
        }
        guard let path = SharedData.path("data/saudinewsnet/articles.jsonl.gz") else { return }
        let reader = LineReader(try ByteSource.open(path: path), maxLineBytes: 10 << 20)
        var count = 0
        while count < 3000, let line = try reader.next() {
            guard case .bytes(let bytes) = line.content else { continue }
            count += 1
            let fast = try #require(InputDocument.flat(bytes))
            #expect(Self.fields(fast) == Self.decoded(bytes).map(Self.fields))
        }
        #expect(count == 3000)
    }
}
