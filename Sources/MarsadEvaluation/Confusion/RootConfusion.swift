import Foundation
public import MarsadCore

/// Which CAMEO roots the coder gives where the gold has which, sentence by sentence.
///
/// ```swift
/// let confusion = try RootConfusion(gold: "dev-gold.jsonl", pred: "pred.jsonl")
/// print(confusion.text)
/// // root  gold  right  other  missed  extra
/// // 11      43     14      6      23      5
/// // gold → coded: 11 → 10 ×4, 19 → 18 ×3, …
/// ```
///
/// Events are paired inside one article and one sentence (the gold copies each sentence from the article,
/// the coder prints it): first a predicted event of the same root, then one of another root (a confusion),
/// else the gold event was missed. Predicted events left over are extra. Root 01 is left out, as in score.py.
public struct RootConfusion: Sendable {
    /// `counts[goldRoot][codedRoot]`; `none` stands for no event on that side.
    public private(set) var counts: [String: [String: Int]] = [:]
    public static let none = "none"

    struct Item {
        var root: String
        var sentence: String
    }

    public init(gold: String, pred: String) throws(MarsadError) {
        var goldEvents: [String: [Item]] = [:]
        var predEvents: [String: [Item]] = [:]
        for (location, object) in try Self.objects(gold) {
            guard let id = object["id"] as? String, let events = object["events"] as? [[String: Any]] else {
                throw MarsadError(.invalidInput, "a gold line needs \"id\" and \"events\"", location: location)
            }
            goldEvents[id, default: []] += events.compactMap(Self.item)
        }
        for (_, object) in try Self.objects(pred) {
            guard let id = object["doc_id"] as? String, let item = Self.item(object) else { continue }
            predEvents[id, default: []].append(item)
        }
        for (id, golds) in goldEvents {
            pair(golds, predEvents[id] ?? [])
        }
    }

    private mutating func pair(_ golds: [Item], _ preds: [Item]) {
        var used = [Bool](repeating: false, count: preds.count)
        var open: [Item] = []
        for g in golds {
            if let j = preds.indices.first(where: { !used[$0] && preds[$0].root == g.root && Self.same(g, preds[$0]) })
            {
                used[j] = true
                add(g.root, g.root)
            } else {
                open.append(g)
            }
        }
        for g in open {
            if let j = preds.indices.first(where: { !used[$0] && Self.same(g, preds[$0]) }) {
                used[j] = true
                add(g.root, preds[j].root)
            } else {
                add(g.root, Self.none)
            }
        }
        for (j, p) in preds.enumerated() where !used[j] { add(Self.none, p.root) }
    }

    private mutating func add(_ gold: String, _ coded: String) { counts[gold, default: [:]][coded, default: 0] += 1 }

    /// Two sentences are the same when one contains the other (the gold may trim what the splitter keeps).
    private static func same(_ a: Item, _ b: Item) -> Bool {
        !a.sentence.isEmpty && !b.sentence.isEmpty
            && (a.sentence.contains(b.sentence) || b.sentence.contains(a.sentence))
    }

    private static func item(_ event: [String: Any]) -> Item? {
        let code: String
        if let s = event["code"] as? String {
            code = s
        } else if let n = event["code"] as? Int {
            code = String(n)
        } else {
            return nil
        }
        let root = code.count >= 2 ? String(code.prefix(2)) : String(repeating: "0", count: 2 - code.count) + code
        guard root != "01" else { return nil }
        let sentence = (event["sentence"] as? String ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        return Item(root: root, sentence: sentence)
    }

    private static func objects(_ path: String) throws(MarsadError) -> [(String, [String: Any])] {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw MarsadError(.unreadable, "cannot read: \(error.localizedDescription)", location: path)
        }
        var out: [(String, [String: Any])] = []
        for (i, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.allSatisfy(\.isWhitespace) { continue }
            let location = "\(path):\(i + 1)"
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
                throw MarsadError(.invalidInput, "not a JSON object", location: location)
            }
            out.append((location, object))
        }
        return out
    }

    /// Gold roots in order, with `none` last.
    var goldRoots: [String] { counts.keys.filter { $0 != Self.none }.sorted() }

    /// A table per gold root (gold, right, other root, missed, extra) and the most frequent confusions.
    public var text: String {
        var lines = ["root confusion (by sentence; gold → coded)", "root  gold  right  other  missed  extra"]
        let extra = counts[Self.none] ?? [:]
        for r in Set(goldRoots).union(extra.keys).sorted() {
            let row = counts[r] ?? [:]
            let total = row.values.reduce(0, +)
            let right = row[r] ?? 0
            let missed = row[Self.none] ?? 0
            let other = total - right - missed
            lines.append(
                r.padding(toLength: 4, withPad: " ", startingAt: 0)
                    + [total, right, other, missed, extra[r] ?? 0].map { String($0).leftPadded(6) }.joined(
                        separator: " "))
        }
        let pairs = counts.flatMap { g, row in row.map { (g, $0.key, $0.value) } }
            .filter { $0.0 != $0.1 && $0.0 != Self.none && $0.1 != Self.none }
            .sorted { ($0.2, $1.0, $1.1) > ($1.2, $0.0, $0.1) }
        if !pairs.isEmpty {
            lines.append("confused: " + pairs.prefix(12).map { "\($0.0)→\($0.1) ×\($0.2)" }.joined(separator: ", "))
        }
        return lines.joined(separator: "\n")
    }
}

extension String {
    fileprivate func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
