import Foundation
import MarsadCore
import MarsadStore

/// Builds articles and events by hand and opens stores in a temporary folder.
enum StoreFixtures {
    static func temporaryStore() throws -> (SQLiteEventStore, URL) {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("marsad-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return (try SQLiteEventStore(path: dir.appendingPathComponent("test.sqlite").path), dir)
    }

    static func actor(_ code: String, _ text: String) -> EventActor {
        let parsed = ActorCode(code: code)
        return EventActor(
            code: code, country: parsed?.organization ?? parsed?.country, sector: parsed?.sector, text: text,
            name: nil)
    }

    static func event(
        _ id: String, code: String, quad: Int = 1, source: String?, target: String?, date: String?,
        place: String? = nil, sentence: Int = 0, trigger: String = "وقع", confidence: Double = 0.8
    ) -> EventRecord {
        EventRecord(
            eventID: id, sentenceIndex: sentence, trigger: trigger, triggerOffset: 0, code: code,
            root: String(code.prefix(2)), quadClass: quad, goldstein: 3, ploverType: "AGREE", ploverMode: nil,
            source: source.map { actor($0, "المصدر") }, target: target.map { actor($0, "الهدف") },
            date: date.flatMap { CalendarDate(iso: $0) }, datePrecision: date == nil ? "unknown" : "day",
            dateText: nil, location: place.map { EventPlace(country: $0, name: $0) }, rule: "test.rule",
            confidence: confidence)
    }

    static func article(
        _ id: String, text: String, url: String? = nil, published: String? = nil, events: [EventRecord] = []
    ) -> ArticleRecord {
        ArticleRecord(
            docID: id, title: nil, url: url, published: published.flatMap { CalendarDate(iso: $0) },
            language: "ar", text: text,
            sentences: [.init(text: text, start: 0, length: text.utf8.count)], events: events,
            provenance: ["test.v1"])
    }
}
