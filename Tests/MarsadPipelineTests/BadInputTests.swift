import Foundation
import MarsadCore
import MarsadPipeline
import Testing

/// Bad input never crashes the run and never loses other input: each gives one clear error naming the
/// file (and line), and the good inputs around it are still coded.
@Suite struct BadInputTests {
    let dir: URL

    init() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("marsad-bad-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        let url = dir.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    func run(_ paths: [String], maxBytes: Int = 10 << 20) async throws -> (CodingRunner.Stats, [MarsadError], String) {
        var options = InputEnumerator.Options()
        options.maxDocumentBytes = maxBytes
        var errors: [MarsadError] = []
        var output = ""
        let runner = CodingRunner(
            pipeline: try .standard(), options: .init(jobs: 2, published: CalendarDate(iso: "2023-07-03")))
        let stats = await runner.run(
            InputEnumerator(paths: paths, options: options), write: { output += $0 }, report: { errors.append($0) })
        return (stats, errors, output)
    }

    static let good = "وقع وزير الخارجية السعودي ونظيره التركي مذكرة تفاهم في الرياض أمس."

    @Test func eachBadFileIsReportedAndTheRestIsCoded() async throws {
        let binary = try write(
            "binary.txt", [0x7F, 0x45, 0x4C, 0x46, 0, 0, 1, 2, 0, 0xFF, 0xFE] + Array(repeating: 0, count: 100))
        let invalid = try write("invalid.txt", Array("سطر أول\n".utf8) + [0xD8, 0x28, 0xC3] + Array(" نص".utf8))
        let empty = try write("empty.txt", [])
        let good1 = try write("good1.txt", Array(Self.good.utf8))
        let jsonl = try write(
            "mixed.jsonl",
            Array(
                """
                {"id":"a","text":"\(Self.good)","published":"2023-07-03"}
                {"id":"b","text": "unterminated
                {"id":"c","html":"<p>\(Self.good)</p>"}
                {"id":"d","text":42}
                {"id":"e","text":"\(Self.good)","published":"2023-13-45"}

                {"id":"f","text":"\(Self.good)"}
                """.utf8))
        let missing = dir.appendingPathComponent("missing.txt").path
        let (stats, errors, output) = try await run([binary, invalid, empty, good1, jsonl, missing])
        let described = errors.map(\.description)
        #expect(described.contains { $0.hasPrefix("\(binary): invalid-input: binary file") })
        #expect(
            described.contains { $0.hasPrefix("\(invalid): invalid-input: not valid UTF-8 (first bad byte on line 2)") }
        )
        #expect(described.contains { $0.hasPrefix("\(empty): invalid-input: empty file") })
        #expect(described.contains { $0.hasPrefix("\(jsonl):2: invalid-input: not a JSON object") })
        #expect(described.contains { $0.hasPrefix("\(jsonl):4: invalid-input: field \"text\" has the wrong type") })
        #expect(
            described.contains { $0.hasPrefix("\(jsonl):5: invalid-input: \"published\" is not a YYYY-MM-DD date") })
        #expect(described.contains { $0.hasPrefix("\(missing): unreadable: no such file") })
        #expect(errors.count == 7)
        #expect(stats.documents == 4)  // good1, a, c (extracted from its HTML), f
        #expect(output.contains("\"doc_id\":\"c\""))
        #expect(output.contains("\"doc_id\":\"a\""))
        #expect(output.contains("\"doc_id\":\"f\""))
    }

    @Test func aFiftyMegabyteLineIsSkippedAndTheNextLineIsCoded() async throws {
        var bytes = Array("{\"id\":\"huge\",\"text\":\"".utf8)
        bytes.append(contentsOf: repeatElement(UInt8(ascii: "a"), count: 50 << 20))
        bytes.append(contentsOf: Array("\"}\n{\"id\":\"after\",\"text\":\"\(Self.good)\"}\n".utf8))
        let path = try write("huge.jsonl", bytes)
        let (stats, errors, output) = try await run([path])
        #expect(errors.count == 1)
        #expect(errors.first?.description.hasPrefix("\(path):1: too-large: line of") == true)
        #expect(stats.documents == 1)
        #expect(output.contains("\"doc_id\":\"after\""))
    }

    @Test func aLongLineWithinTheLimitTakesLinearTime() async throws {
        // One line of prose without punctuation: the splitter cuts it, nothing goes quadratic — eight
        // times the text takes well under sixty-four times as long (debug builds included).
        func seconds(_ copies: Int) async throws -> Double {
            let line = String(repeating: "قال الوزير إن الجيش قصف مواقع للمسلحين ", count: copies)
            let path = try write("long-\(copies).txt", Array(line.utf8))
            let start = Date()
            let (stats, errors, _) = try await run([path], maxBytes: 64 << 20)
            #expect(errors.isEmpty)
            #expect(stats.documents == 1)
            return Date().timeIntervalSince(start)
        }
        let small = try await seconds(4_000)
        let large = try await seconds(32_000)
        #expect(large < max(small, 0.05) * 20, "\(small) s for 4,000 copies, \(large) s for 32,000")
    }

    @Test func truncatedGzipIsReported() async throws {
        let text = Array("{\"id\":\"z\",\"text\":\"\(Self.good)\"}\n".utf8)
        let gz = try write("ok.jsonl", text)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["gzip", "-f", gz]
        try process.run()
        process.waitUntilExit()
        let full = try Data(contentsOf: URL(fileURLWithPath: gz + ".gz"))
        let cut = try write("cut.jsonl.gz", Array(full.prefix(full.count / 2)))
        let (_, errors, _) = try await run([gz + ".gz", cut])
        #expect(errors.count == 1)
        #expect(errors.first?.description.hasPrefix("\(cut)") == true)
    }

    @Test func outputOrderIsInputOrder() async throws {
        var lines = ""
        for i in 0..<300 { lines += "{\"id\":\"d\(i)\",\"text\":\"\(Self.good)\"}\n" }
        let path = try write("order.jsonl", Array(lines.utf8))
        let (_, _, output) = try await run([path])
        let ids = output.split(separator: "\n").compactMap { line -> Int? in
            guard let r = line.range(of: "\"doc_id\":\"d") else { return nil }
            return Int(line[r.upperBound...].prefix(while: \.isNumber))
        }
        #expect(ids == ids.sorted())
        #expect(Set(ids).count == 300)
    }
}
