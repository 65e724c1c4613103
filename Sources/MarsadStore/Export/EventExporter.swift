import Foundation

/// Writes the events of a store in an export format, page by page (memory does not grow with the store).
///
/// ```swift
/// try await EventExporter(store: store, format: .csv).export(EventQuery()) { chunk in print(chunk, terminator: "") }
/// ```
public struct EventExporter: Sendable {
    public let store: any EventStore
    public let format: ExportFormat
    public var pageSize = 1000

    public init(store: any EventStore, format: ExportFormat) {
        self.store = store
        self.format = format
    }

    /// Exports the events matching `query` (its limit and offset are ignored); returns the number written.
    @discardableResult
    public func export(_ query: EventQuery, write: (String) -> Void) async throws -> Int {
        if format == .graphml { return try await graph(query, write: write) }
        if let header = header { write(header) }
        var q = query
        q.limit = pageSize
        q.offset = 0
        var written = 0
        while true {
            let page = try await store.events(q)
            var chunk = ""
            for e in page.items { chunk += line(e) }
            write(chunk)
            written += page.items.count
            if page.items.count < pageSize { break }
            q.offset += pageSize
        }
        return written
    }

    var header: String? {
        switch format {
        case .gdelt:
            [
                "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "Actor1Code", "Actor1Name", "Actor1CountryCode",
                "Actor2Code", "Actor2Name", "Actor2CountryCode", "IsRootEvent", "EventCode", "EventBaseCode",
                "EventRootCode", "QuadClass", "GoldsteinScale", "NumArticles", "ActionGeo_FullName",
                "ActionGeo_CountryCode", "SOURCEURL",
            ].joined(separator: "\t") + "\n"
        case .csv:
            [
                "event_id", "doc_id", "date", "date_precision", "source", "source_country", "target",
                "target_country", "code", "root", "quad_class", "goldstein", "plover_type", "location", "trigger",
                "sentence", "rule", "confidence", "article_source",
            ].joined(separator: ",") + "\r\n"
        case .plover, .graphml: nil
        }
    }

    func line(_ e: StoredEvent) -> String {
        switch format {
        case .gdelt:
            func clean(_ s: String?) -> String {
                String((s ?? "").map { $0 == "\t" || $0 == "\n" || $0 == "\r" ? " " : $0 })
            }
            let day = (e.date ?? "").replacingOccurrences(of: "-", with: "")
            let fields: [String] = [
                String(e.id), day, String(day.prefix(6)), String(day.prefix(4)), clean(e.source?.code),
                clean(e.source?.name ?? e.source?.text), clean(e.source?.country), clean(e.target?.code),
                clean(e.target?.name ?? e.target?.text), clean(e.target?.country),
                e.sentenceIndex == 0 ? "1" : "0", e.code, String(e.code.prefix(3)), e.root, String(e.quadClass),
                String(e.goldstein), "1", clean(e.location?.name), clean(e.location?.country),
                clean(e.articleURL ?? e.docID),
            ]
            return fields.joined(separator: "\t") + "\n"
        case .csv:
            func field(_ s: String?) -> String {
                guard let s else { return "" }
                if s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
                    return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
                }
                return s
            }
            let fields: [String?] = [
                e.eventID, e.docID, e.date, e.datePrecision, e.source?.code, e.source?.country, e.target?.code,
                e.target?.country, e.code, e.root, String(e.quadClass), String(e.goldstein), e.plover.type,
                e.location?.name, e.trigger, e.sentence, e.rule, String(e.confidence), e.articleSource,
            ]
            return fields.map(field).joined(separator: ",") + "\r\n"
        case .plover:
            struct Plover: Encodable {
                var id: String
                var event_type: String?
                var mode: String?
                var actor: String?
                var recipient: String?
                var date: String?
                var cameo: String
                var location: String?
                var text: String
                var doc_id: String
            }
            let record = Plover(
                id: e.eventID, event_type: e.plover.type, mode: e.plover.mode, actor: e.source?.code,
                recipient: e.target?.code, date: e.date, cameo: e.code, location: e.location?.name, text: e.sentence,
                doc_id: e.docID)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            let data = (try? encoder.encode(record)) ?? Data()
            return String(decoding: data, as: UTF8.self) + "\n"
        case .graphml:
            return ""
        }
    }

    func graph(_ query: EventQuery, write: (String) -> Void) async throws -> Int {
        var q = query
        q.limit = EventQuery.maxLimit
        let dyads = try await store.dyads(q)
        func xml(_ s: String) -> String {
            s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
                .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
        }
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
              <key id="count" for="edge" attr.name="count" attr.type="int"/>
              <key id="goldstein" for="edge" attr.name="mean_goldstein" attr.type="double"/>
              <graph id="actors" edgedefault="directed">

            """
        var nodes: [String] = []
        var seen: Set<String> = []
        for d in dyads {
            for n in [d.source, d.target] where seen.insert(n).inserted { nodes.append(n) }
        }
        for n in nodes { out += "    <node id=\"\(xml(n))\"/>\n" }
        for (i, d) in dyads.enumerated() {
            out += """
                    <edge id="e\(i)" source="\(xml(d.source))" target="\(xml(d.target))">\
                <data key="count">\(d.count)</data><data key="goldstein">\(d.meanGoldstein)</data></edge>

                """
        }
        out += "  </graph>\n</graphml>\n"
        write(out)
        return dyads.count
    }
}
