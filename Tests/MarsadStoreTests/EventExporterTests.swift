import Foundation
import MarsadCore
import Testing

@testable import MarsadStore

@Suite struct EventExporterTests {
    static func store() async throws -> (SQLiteEventStore, URL) {
        let (store, dir) = try StoreFixtures.temporaryStore()
        var tricky = StoreFixtures.event(
            "b1", code: "190", quad: 4, source: "ISRMIL", target: "LBNREB", date: "2023-07-05")
        tricky.trigger = "قصف, \"عنيف\""
        try await store.insert([
            StoreFixtures.article(
                "a", text: "وقعت إيران وروسيا اتفاقية.", url: "https://one.example/a",
                events: [StoreFixtures.event("a1", code: "057", source: "IRNGOV", target: "RUSGOV", date: "2023-07-01")]
            ),
            StoreFixtures.article("b", text: "قصف\nعنيف, \"جدا\".", url: "https://two.example/b", events: [tricky]),
        ])
        return (store, dir)
    }

    static func export(_ store: SQLiteEventStore, _ format: ExportFormat, pageSize: Int = 1000) async throws -> String {
        var out = ""
        var exporter = EventExporter(store: store, format: format)
        exporter.pageSize = pageSize
        try await exporter.export(EventQuery()) { out += $0 }
        return out
    }

    @Test func csvQuotesFieldsWithCommasQuotesAndNewlines() async throws {
        let (store, dir) = try await Self.store()
        defer { try? FileManager.default.removeItem(at: dir) }
        let csv = try await Self.export(store, .csv, pageSize: 1)  // paging across pages too
        let records = csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(records.count == 3)  // header + 2 events (the quoted newline stays inside its field)
        #expect(records[0].hasPrefix("event_id,doc_id,date"))
        #expect(csv.contains("\"قصف, \"\"عنيف\"\"\""))
        #expect(csv.contains("\"قصف\nعنيف, \"\"جدا\"\".\""))
    }

    @Test func gdeltRowsHaveEveryColumn() async throws {
        let (store, dir) = try await Self.store()
        defer { try? FileManager.default.removeItem(at: dir) }
        let lines = try await Self.export(store, .gdelt).split(separator: "\n").map {
            $0.split(separator: "\t", omittingEmptySubsequences: false)
        }
        #expect(lines.count == 3)
        #expect(lines.allSatisfy { $0.count == lines[0].count })
        let header = lines[0].map(String.init)
        let row = try #require(lines.first { $0.contains("057") }).map(String.init)
        func column(_ name: String) -> String? { header.firstIndex(of: name).map { row[$0] } }
        #expect(column("SQLDATE") == "20230701" && column("EventRootCode") == "05" && column("QuadClass") == "1")
        #expect(column("Actor1Code") == "IRNGOV" && column("Actor2CountryCode") == "RUS")
        #expect(column("SOURCEURL") == "https://one.example/a")
    }

    @Test func ploverLinesAreJSON() async throws {
        let (store, dir) = try await Self.store()
        defer { try? FileManager.default.removeItem(at: dir) }
        let lines = try await Self.export(store, .plover).split(separator: "\n")
        #expect(lines.count == 2)
        for line in lines {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            #expect(object["event_type"] as? String == "AGREE")
            #expect(object["cameo"] is String && object["actor"] is String && object["recipient"] is String)
        }
    }

    @Test func graphMLHasOneNodePerActorAndOneEdgePerDyad() async throws {
        let (store, dir) = try await Self.store()
        defer { try? FileManager.default.removeItem(at: dir) }
        let xml = try await Self.export(store, .graphml)
        #expect(xml.hasPrefix("<?xml"))
        #expect(xml.components(separatedBy: "<node ").count - 1 == 4)
        #expect(xml.components(separatedBy: "<edge ").count - 1 == 2)
        #expect(xml.contains("source=\"IRN\" target=\"RUS\""))
    }
}
