import Foundation
import MarsadTesting
import Testing

@testable import MarsadExtraction

/// A property-test fuzzer for the HTML and WARC entry points: mutated pages and WARC files (bit flips,
/// cuts, splices, duplicated and random tags, random length fields) must give an article or a
/// `MarsadError`, never a crash or a hang, and the WARC reader must always make progress. Runs for a
/// second per entry point in `swift test`; set `MARSAD_FUZZ_SECONDS=600` for a long run.
@Suite struct FuzzTests {
    static let seconds = Double(ProcessInfo.processInfo.environment["MARSAD_FUZZ_SECONDS"] ?? "") ?? 1

    static let seedPage = """
        <!DOCTYPE html><html lang="ar"><head><meta charset="utf-8"><title>عنوان | موقع</title>
        <meta property="og:title" content="عنوان"><script type="application/ld+json">{"@type":"NewsArticle",
        "datePublished":"2023-07-03","author":{"name":"كاتب"}}</script></head><body><nav><a href="/">x</a></nav>
        <article><h1>عنوان</h1><time datetime="2023-07-03">3 يوليو 2023</time><div class="article-body">
        <p>موسكو - رويترز: وقع الجانبان مذكرة تفاهم أمنية، وقال المتحدث إن التعاون سيستمر.</p><ul><li>بند</li></ul>
        <blockquote>«اقتباس»</blockquote><p>اقرأ أيضا</p><p><a href="/r">رابط</a></p></div></article>
        <noscript><p>نص بديل</p></noscript><footer>©</footer></body></html>
        """

    struct Mutator {
        var random: SeededGenerator

        init(state: UInt64) { random = SeededGenerator(seed: state) }

        mutating func next() -> UInt64 { random.next() }

        mutating func below(_ n: Int) -> Int { n <= 0 ? 0 : Int(next() % UInt64(n)) }

        static let pieces: [[UInt8]] = [
            "<", ">", "</", "<p>", "</div>", "<script>", "<!--", "-->", "<![CDATA[", "&", "&#x", "\u{0}", "\r\n",
            "<meta charset=windows-1256>", "<table>", "<a href='/2020/01/02/x'>", "\"", "WARC/1.0\r\n",
            "Content-Length: 99999999\r\n", "\r\n\r\n", "\u{FEFF}", "ا", "<noscript>",
        ].map { Array($0.utf8) }

        mutating func mutate(_ input: [UInt8]) -> [UInt8] {
            var bytes = input
            for _ in 0..<(1 + below(6)) {
                switch below(7) {
                case 0 where !bytes.isEmpty:
                    bytes[below(bytes.count)] ^= UInt8(truncatingIfNeeded: 1 << below(8))
                case 1 where !bytes.isEmpty:
                    bytes.removeSubrange(below(bytes.count)...)
                case 2:
                    bytes.insert(contentsOf: Self.pieces[below(Self.pieces.count)], at: below(bytes.count + 1))
                case 3 where bytes.count > 2:
                    let a = below(bytes.count)
                    let b = min(bytes.count, a + below(200))
                    bytes.insert(contentsOf: bytes[a..<b], at: below(bytes.count + 1))
                case 4 where bytes.count > 2:
                    let a = below(bytes.count)
                    bytes.removeSubrange(a..<min(bytes.count, a + below(64)))
                case 5:
                    bytes.insert(UInt8(truncatingIfNeeded: next()), at: below(bytes.count + 1))
                default:
                    bytes.insert(
                        contentsOf: Array(repeating: UInt8(ascii: "<"), count: below(40)), at: below(bytes.count + 1))
                }
            }
            return bytes
        }
    }

    @Test func htmlEntryPoint() throws {
        let extractor = try HTMLExtractor()
        var m = Mutator(state: 42)
        let seed = Array(Self.seedPage.utf8)
        let deadline = Date().addingTimeInterval(Self.seconds)
        var runs = 0
        var corpus = [seed]
        while Date() < deadline {
            let input = m.mutate(corpus[m.below(corpus.count)])
            // The page tree keeps its structural promises on any input (subtree ends, children, text ranges).
            if let tree = try? PageTree.parse(PageDecoder.decode(input).utf8) {
                #expect(PageTreeTests.brokenInvariant(tree) == nil)
            }
            do {
                let article = try extractor.extract(input, location: "fuzz")
                #expect(article.blocks.allSatisfy { !$0.text.isEmpty })
                if corpus.count < 64 && m.below(8) == 0 { corpus.append(input) }
            } catch {
                #expect(error.description.hasPrefix("fuzz: "))
            }
            runs += 1
        }
        #expect(runs > 0)
        print("fuzz html: \(runs) inputs in \(Self.seconds) s")
    }

    @Test func warcEntryPoint() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("marsad-fuzz-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        func record(_ n: Int) -> [UInt8] {
            let http = Array("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n\(Self.seedPage)".utf8)
            return Array(
                "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://e.com/\(n)\r\nContent-Length: \(http.count)\r\n\r\n"
                    .utf8) + http + Array("\r\n\r\n".utf8)
        }
        let seed = record(1) + record(2) + record(3)
        var m = Mutator(state: 7)
        let deadline = Date().addingTimeInterval(Self.seconds)
        var runs = 0
        while Date() < deadline {
            let path = dir.appendingPathComponent("f\(runs % 4).warc").path
            try Data(m.mutate(seed)).write(to: URL(fileURLWithPath: path))
            let reader = try WARCReader(path: path)
            var last = 0
            var items = 0
            while let item = reader.next() {
                items += 1
                if case .record(let r) = item {
                    #expect(r.number > last)
                    last = r.number
                    _ = HTTPResponse(parsing: r.block)
                }
                #expect(items < 10_000)
                if items >= 10_000 { break }
            }
            runs += 1
        }
        #expect(runs > 0)
        print("fuzz warc: \(runs) files in \(Self.seconds) s")
    }
}
