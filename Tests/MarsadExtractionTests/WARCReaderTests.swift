import Foundation
import MarsadTesting
import Testing

@testable import MarsadExtraction

/// The streaming WARC reader: records, HTTP headers, target URI and date; per-record errors for a wrong
/// length, a truncated or corrupt gzip member, and garbage, with the records around them still read.
@Suite struct WARCReaderTests {
    let dir: URL

    init() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("marsad-warc-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    static func record(_ n: Int, html: String, length: Int? = nil) -> [UInt8] {
        let http = Array("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n\(html)".utf8)
        let header = """
            WARC/1.0\r
            WARC-Type: response\r
            WARC-Record-ID: <urn:uuid:0000-\(n)>\r
            WARC-Target-URI: https://example.com/\(n)\r
            WARC-Date: 2024-01-0\(n)T10:00:00Z\r
            Content-Type: application/http; msgtype=response\r
            Content-Length: \(length ?? http.count)\r
            \r

            """
        return Array(header.utf8) + http + Array("\r\n\r\n".utf8)
    }

    static func page(_ n: Int) -> String { "<html><body><p>page \(n)</p></body></html>" }

    func gzip(_ bytes: [UInt8]) throws -> [UInt8] { try Gzip.member(bytes) }

    func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        let url = dir.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    func readAll(_ path: String) throws -> (records: [WARCRecord], errors: [String]) {
        let reader = try WARCReader(path: path)
        var records: [WARCRecord] = []
        var errors: [String] = []
        while let item = reader.next() {
            switch item {
            case .record(let r): records.append(r)
            case .failure(let e): errors.append(e.description)
            }
        }
        return (records, errors)
    }

    @Test func recordsAndHTTPHeaders() throws {
        let path = try write("ok.warc", Self.record(1, html: Self.page(1)) + Self.record(2, html: Self.page(2)))
        let (records, errors) = try readAll(path)
        #expect(errors.isEmpty)
        #expect(records.map(\.targetURI) == ["https://example.com/1", "https://example.com/2"])
        #expect(records.first?.date == "2024-01-01T10:00:00Z")
        let http = try #require(HTTPResponse(parsing: records[1].block))
        #expect(http.status == 200)
        #expect(http.contentType == "text/html; charset=utf-8")
        #expect(String(decoding: http.body, as: UTF8.self) == Self.page(2))
    }

    @Test func aWrongContentLengthIsOneErrorAndTheNextRecordIsRead() throws {
        let bad = Self.record(2, html: Self.page(2), length: 20)
        let path = try write(
            "bad-length.warc", Self.record(1, html: Self.page(1)) + bad + Self.record(3, html: Self.page(3)))
        let (records, errors) = try readAll(path)
        #expect(records.map(\.number) == [1, 3])
        #expect(errors.count == 1)
        #expect(errors.first?.hasPrefix("\(path)#2: invalid-input: record's Content-Length 20") == true)
    }

    @Test func aTooLongContentLengthSwallowsNoMoreThanItsRecord() throws {
        let bad = Self.record(2, html: Self.page(2), length: 100_000)
        let path = try write("long-length.warc", Self.record(1, html: Self.page(1)) + bad)
        let (records, errors) = try readAll(path)
        #expect(records.map(\.number) == [1])
        #expect(errors.count == 1)
        #expect(errors.first?.contains("truncated") == true)
    }

    @Test func gzipMembersOneByOneAndATruncatedLastMember() throws {
        let members = try (1...3).map { try gzip(Self.record($0, html: Self.page($0))) }
        let whole = try write("ok.warc.gz", members.flatMap { $0 })
        #expect(try readAll(whole).records.count == 3)
        let cut = members[0] + members[1] + members[2].prefix(members[2].count / 2)
        let path = try write("cut.warc.gz", Array(cut))
        let (records, errors) = try readAll(path)
        #expect(records.map(\.number) == [1, 2])
        #expect(errors.count == 1, "\(errors)")
        #expect(errors.first?.hasPrefix(path) == true)
    }

    @Test func aCorruptGzipMemberIsSkippedToTheNextMember() throws {
        var members = try (1...3).map { try gzip(Self.record($0, html: Self.page($0))) }
        // Damage the compressed data of the middle member (after its 10-byte header, before its 8-byte trailer).
        for k in 12..<(members[1].count - 8) { members[1][k] ^= 0x5A }
        let path = try write("corrupt.warc.gz", members.flatMap { $0 })
        let (records, errors) = try readAll(path)
        #expect(records.first?.number == 1)
        #expect(records.contains { $0.targetURI == "https://example.com/3" })
        #expect(!errors.isEmpty, "\(records.map(\.number))")
        #expect(errors.allSatisfy { $0.hasPrefix(path) })
    }

    @Test func garbageIsAnErrorNotACrash() throws {
        var bytes: [UInt8] = []
        var x: UInt32 = 7
        for _ in 0..<50_000 {
            x = x &* 1_664_525 &+ 1_013_904_223
            bytes.append(UInt8(truncatingIfNeeded: x >> 24))
        }
        let (records, errors) = try readAll(try write("garbage.warc", bytes))
        #expect(records.isEmpty)
        #expect(errors.count == 1)
        let (gzRecords, gzErrors) = try readAll(try write("garbage.warc.gz", bytes))
        #expect(gzRecords.isEmpty)
        #expect(!gzErrors.isEmpty)
    }

    @Test(
        .enabled(
            if: SharedData.path("data/warc/synthetic-cc-news-sample.warc.gz") != nil,
            "../shared/data/warc is not present"))
    func ccNewsSample() throws {
        let path = try #require(SharedData.path("data/warc/synthetic-cc-news-sample.warc.gz"))
        let truthPath = try #require(SharedData.path("data/warc/synthetic-cc-news-sample.truth.json"))
        // NB: the truth file writes a missing date as NaN (Python's json module), which JSONSerialization refuses.
        let text = try String(contentsOfFile: truthPath, encoding: .utf8).replacingOccurrences(
            of: ": NaN", with: ": null")
        let truth = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let (records, errors) = try readAll(path)
        #expect(errors.isEmpty)
        let responses = records.filter { $0.type == "response" }
        #expect(responses.count == truth.count)
        for r in responses {
            #expect(truth[r.targetURI ?? ""] != nil, "\(r.targetURI ?? "no target URI")")
            #expect(r.date != nil)
            #expect(HTTPResponse(parsing: r.block)?.status == 200)
        }
    }

    @Test(
        .enabled(
            if: SharedData.path("data/warc/resiliparse-test-CC-MAIN-2020-34-sample.warc.gz") != nil,
            "../shared/data/warc is not present"))
    func commonCrawlSample() throws {
        let path = try #require(SharedData.path("data/warc/resiliparse-test-CC-MAIN-2020-34-sample.warc.gz"))
        let (records, errors) = try readAll(path)
        #expect(errors.isEmpty)
        let types = Dictionary(grouping: records, by: \.type).mapValues(\.count)
        #expect(types == ["warcinfo": 1, "request": 17, "response": 16, "metadata": 16])
    }
}
