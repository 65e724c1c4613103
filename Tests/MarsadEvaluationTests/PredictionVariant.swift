import Foundation
import MarsadTesting
import Testing

/// A prediction file derived from the gold with a fixed seed: events dropped, altered, duplicated or invented,
/// written per article or per event, for comparing the scorer with score.py on realistic mistakes.
///
/// ```swift
/// let variant = PredictionVariant("events dropped", seed: 1, layout: .events, dropRate: 0.3)
/// let lines = variant.lines(from: goldArticles)
/// ```
struct PredictionVariant: Sendable, CustomTestStringConvertible {
    /// Per-article lines (`{"id", "events"}`) or per-event lines (`{"doc_id", "code", ...}`).
    enum Layout: Sendable {
        case articles
        case events
    }

    var name: String
    var seed: UInt64
    var layout: Layout
    var dropRate = 0.0
    var alterRate = 0.0
    var inventRate = 0.0
    /// Score the real gold as predictions against this file as gold.
    var swapsRoles = false

    var testDescription: String { name }

    static let all: [PredictionVariant] = [
        PredictionVariant("the gold itself", seed: 0, layout: .articles),
        PredictionVariant("the gold as events", seed: 0, layout: .events),
        PredictionVariant("nothing predicted", seed: 0, layout: .events, dropRate: 1),
        PredictionVariant("events dropped", seed: 1, layout: .events, dropRate: 0.3),
        PredictionVariant("events altered", seed: 2, layout: .events, alterRate: 0.5),
        PredictionVariant(
            "articles altered", seed: 3, layout: .articles, dropRate: 0.2, alterRate: 0.4, inventRate: 0.2),
        PredictionVariant("heavily altered", seed: 4, layout: .events, dropRate: 0.5, alterRate: 0.9, inventRate: 0.5),
        PredictionVariant("lightly altered", seed: 5, layout: .events, dropRate: 0.1, alterRate: 0.2, inventRate: 0.1),
        PredictionVariant(
            "altered events as gold", seed: 6, layout: .events, alterRate: 0.5, inventRate: 0.3, swapsRoles: true),
        PredictionVariant(
            "altered articles as gold", seed: 7, layout: .articles, dropRate: 0.3, alterRate: 0.3, swapsRoles: true),
    ]

    init(
        _ name: String, seed: UInt64, layout: Layout, dropRate: Double = 0, alterRate: Double = 0,
        inventRate: Double = 0, swapsRoles: Bool = false
    ) {
        self.name = name
        self.seed = seed
        self.layout = layout
        self.dropRate = dropRate
        self.alterRate = alterRate
        self.inventRate = inventRate
        self.swapsRoles = swapsRoles
    }

    private static let codes = ["010", "020", "036", "042", "043", "051", "057", "061", "111", "112", "173", "190"]
    private static let actors = ["IRN", "RUS", "USAGOV", "IGOUNO", "IGOUNOHLH", "IGOEUREEC", "SYRREB", "IMGREB", ""]
    /// Precisions to draw from; `nil` is written as JSON null.
    private static let precisions: [String?] = ["day", "month", "year", "unknown", nil, "Day"]

    /// The variant's JSON lines, from the gold's articles as `JSONSerialization` reads them.
    func lines(from gold: [[String: Any]]) throws -> [String] {
        var random = SeededGenerator(seed: seed)
        var articles: [(id: Any, events: [[String: Any]])] = []
        for record in gold {
            var events: [[String: Any]] = []
            for event in record["events"] as? [[String: Any]] ?? [] {
                if Double.random(in: 0..<1, using: &random) < dropRate { continue }
                if Double.random(in: 0..<1, using: &random) < alterRate {
                    events += alter(event, using: &random)
                } else {
                    events.append(event)
                }
            }
            if Double.random(in: 0..<1, using: &random) < inventRate {
                events.append(invent(using: &random))
            }
            articles.append((record["id"] ?? NSNull(), events))
        }
        if inventRate > 0 {
            articles.append(("not-in-gold", [invent(using: &random), invent(using: &random)]))
        }
        var lines: [String] = []
        for article in articles {
            switch layout {
            case .articles:
                // Some articles come in two lines with the same id, which score.py merges.
                let split = article.events.count > 1 && Bool.random(using: &random) ? article.events.count / 2 : 0
                if split > 0 {
                    lines.append(try Self.json(["id": article.id, "events": Array(article.events[..<split])]))
                }
                lines.append(try Self.json(["id": article.id, "events": Array(article.events[split...])]))
            case .events:
                for event in article.events {
                    var line = event
                    line["doc_id"] = article.id
                    for role in ["source", "target"] where Bool.random(using: &random) {
                        // Both shapes of the project's output: {"code": ...} or the plain code.
                        line[role] = line[role] is NSNull ? NSNull() : ["code": line[role] ?? NSNull()]
                    }
                    lines.append(try Self.json(line))
                }
            }
        }
        return lines
    }

    private func alter(_ event: [String: Any], using random: inout SeededGenerator) -> [[String: Any]] {
        var changed = event
        let code = event["code"] as? String ?? "190"
        let date = event["date"] as? String ?? "2015-08-10"
        let day = String(format: "%02d", Int.random(in: 1...28, using: &random))
        let month = String(format: "%02d", Int.random(in: 1...12, using: &random))
        switch Int.random(in: 0..<13, using: &random) {
        case 0: changed["code"] = String(code.prefix(2)) + String(Int.random(in: 0...9, using: &random))
        case 1: changed["code"] = Self.codes.randomElement(using: &random)!
        case 2: (changed["source"], changed["target"]) = (event["target"] ?? NSNull(), event["source"] ?? NSNull())
        case 3: changed["source"] = Self.actors.randomElement(using: &random)!
        case 4: changed["target"] = (event["target"] as? String).map { String($0.prefix(3)) } ?? "IRN"
        case 5: changed["date"] = String(date.prefix(8)) + day
        case 6: changed["date"] = String(date.prefix(5)) + month + String(date.dropFirst(7))
        case 7: changed["date"] = Bool.random(using: &random) ? NSNull() : String(date.prefix(4))
        case 8: changed["date_precision"] = Self.precision(using: &random)
        case 9: changed["code"] = Int(code).map { $0 as Any } ?? code  // a JSON number: "042" becomes 42
        case 10: return [event, event]
        case 11: changed["source"] = (event["source"] as? String).map { " \($0) " } ?? NSNull()
        default: changed["source"] = NSNull()
        }
        return [changed]
    }

    private func invent(using random: inout SeededGenerator) -> [String: Any] {
        [
            "code": Self.codes.randomElement(using: &random)!,
            "source": Self.actors.randomElement(using: &random)!,
            "target": Self.actors.randomElement(using: &random)!,
            "date": "2015-08-\(Int.random(in: 10...19, using: &random))",
            "date_precision": Self.precision(using: &random),
        ]
    }

    private static func precision(using random: inout SeededGenerator) -> Any {
        precisions.randomElement(using: &random)!.map { $0 as Any } ?? NSNull()
    }

    private static func json(_ object: [String: Any]) throws -> String {
        String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self)
    }
}
