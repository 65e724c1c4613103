import Foundation
import MarsadCore
import MarsadPipeline
import MarsadTesting
import Testing

/// HTML pages and WARC files as inputs of `marsad code`: extracted and coded; a bad page or record is one
/// clear error naming the file (and record), and the inputs around it are still coded.
@Suite struct PageInputTests {
    let dir: URL

    init() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("marsad-pages-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    static let sentence = "وقع وزير الخارجية السعودي ونظيره التركي مذكرة تفاهم في الرياض أمس."

    static func page(_ title: String, published: String = "2023-07-02") -> String {
        """
        <html lang="ar"><head><title>\(title)</title>
        <meta property="article:published_time" content="\(published)T08:00:00Z"></head>
        <body><nav><a href="/">الرئيسية</a></nav><article><h1>\(title)</h1><p>\(sentence)</p></article></body></html>
        """
    }

    func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        let url = dir.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    func gzip(_ path: String) throws -> [UInt8] { try Gzip.member(ofFile: path) }

    static func warcRecord(_ n: Int, html: String, length: Int? = nil) -> [UInt8] {
        let http = Array("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n\(html)".utf8)
        let header =
            "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://example.com/\(n)\r\n"
            + "WARC-Date: 2024-01-01T10:00:00Z\r\nContent-Length: \(length ?? http.count)\r\n\r\n"
        return Array(header.utf8) + http + Array("\r\n\r\n".utf8)
    }

    func run(_ paths: [String]) async throws -> (CodingRunner.Stats, [String], String) {
        var errors: [String] = []
        var output = ""
        let runner = CodingRunner(pipeline: try .standard(), options: .init(jobs: 2))
        let stats = await runner.run(
            InputEnumerator(paths: paths, options: .init()), write: { output += $0 },
            report: { errors.append($0.description) })
        return (stats, errors, output)
    }

    @Test func pagesAndWARCRecordsAreCodedAndBadOnesReported() async throws {
        let html = try write("page.html", Array(Self.page("مذكرة تفاهم").utf8))
        let plain = try write("plain.html", Array(Self.page("صفحة مضغوطة").utf8))
        let gz = try write("page.html.gz", try gzip(plain))
        let malformed = try write(
            "malformed.html", Array("<html><body><div class='article-body'><p>\(Self.sentence)<p><b>x</i></table".utf8))
        var noise: [UInt8] = []
        var x: UInt32 = 99
        for _ in 0..<20_000 {
            x = x &* 1_664_525 &+ 1_013_904_223
            noise.append(UInt8(truncatingIfNeeded: x >> 24))
        }
        let garbage = try write("garbage.html", noise)
        let warc = try write(
            "crawl.warc",
            Self.warcRecord(1, html: Self.page("سجل أول")) + Self.warcRecord(2, html: Self.page("سجل ثان"), length: 30)
                + Self.warcRecord(3, html: Self.page("سجل ثالث")))
        let (stats, errors, output) = try await run([html, gz, malformed, garbage, warc])
        #expect(errors.count == 2, "\(errors)")
        #expect(errors.contains { $0.hasPrefix("\(garbage): invalid-input:") })
        #expect(errors.contains { $0.hasPrefix("\(warc)#2: invalid-input: record's Content-Length 30") })
        #expect(stats.documents == 5)
        for id in [html, gz, malformed, "\(warc)#1", "\(warc)#3"] {
            #expect(output.contains("\"doc_id\":\"\(id)\""), "\(id)")
        }
        // The page's own date is the reference date of its events.
        #expect(output.contains("\"date\":\"2023-07-0"))
    }

    @Test func aHundredMegabytePageIsSkippedAndTheNextInputIsCoded() async throws {
        let big = dir.appendingPathComponent("big.html")
        _ = FileManager.default.createFile(atPath: big.path, contents: nil)
        let handle = try FileHandle(forWritingTo: big)
        let block = Data(String(repeating: "<p>نص طويل جدا</p>", count: 40_000).utf8)
        while try handle.offset() < 100 << 20 { handle.write(block) }
        try handle.close()
        let after = try write("after.html", Array(Self.page("بعد الصفحة الكبيرة").utf8))
        let (stats, errors, output) = try await run([big.path, after])
        #expect(errors.count == 1)
        #expect(errors.first?.hasPrefix("\(big.path): too-large:") == true)
        #expect(stats.documents == 1)
        #expect(output.contains("\"doc_id\":\"\(after)\""))
    }

    @Test func aTruncatedWARCGzipKeepsTheRecordsBeforeTheCut() async throws {
        let members = try (1...3).map { n -> [UInt8] in
            try gzip(try write("r\(n).warc", Self.warcRecord(n, html: Self.page("سجل \(n)"))))
        }
        let cut = try write("cut.warc.gz", members[0] + members[1] + members[2].prefix(members[2].count - 20))
        let (stats, errors, _) = try await run([cut])
        #expect(stats.documents == 2)
        #expect(errors.count == 1)
        #expect(errors.first?.hasPrefix(cut) == true)
    }
}
