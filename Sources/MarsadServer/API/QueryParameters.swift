import Foundation
import MarsadCore
import MarsadStore

/// The query string of a request, decoded the way HTML forms encode it (`+` is a space), with typed
/// accessors that reject malformed values instead of ignoring them.
///
/// ```swift
/// let q = try QueryParameters("actor=IRN&limit=20&q=%D8%A7").eventQuery()
/// ```
struct QueryParameters: Sendable {
    private var values: [String: String] = [:]

    init(_ query: String?) {
        for pair in (query ?? "").split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decode(_ s: Substring) -> String {
                let spaced = s.replacingOccurrences(of: "+", with: " ")
                return spaced.removingPercentEncoding ?? spaced
            }
            let key = decode(parts[0])
            let value = parts.count > 1 ? decode(parts[1]) : ""
            if !key.isEmpty && values[key] == nil { values[key] = value }
        }
    }

    /// A non-empty, trimmed value.
    subscript(_ key: String) -> String? {
        guard let v = values[key]?.trimmingCharacters(in: .whitespaces), !v.isEmpty else { return nil }
        return v
    }

    /// The dashboard's address with these parameters, `changes` applied (nil removes one), in name order:
    /// `/?country=IRN&offset=50`. HTML-escaped, for an `href`.
    func link(_ changes: [String: String?]) -> String {
        var merged = values
        for (key, value) in changes { merged[key] = value }
        let pairs = merged.filter { !$0.value.isEmpty }.sorted { $0.key < $1.key }
            .map { HTML.query($0.key) + "=" + HTML.query($0.value) }
        return HTML.escape("/" + (pairs.isEmpty ? "" : "?" + pairs.joined(separator: "&")))
    }

    func int(_ key: String, default value: Int) throws(MarsadError) -> Int {
        guard let raw = self[key] else { return value }
        guard let v = Int(raw) else {
            throw MarsadError(.invalidInput, "parameter \(key) must be an integer, got \"\(raw.prefix(40))\"")
        }
        return v
    }

    func date(_ key: String) throws(MarsadError) -> String? {
        guard let raw = self[key] else { return nil }
        guard let d = CalendarDate(iso: raw), raw.count == 10 else {
            throw MarsadError(.invalidInput, "parameter \(key) must be a date YYYY-MM-DD, got \"\(raw.prefix(40))\"")
        }
        return d.description
    }

    func eventQuery(defaultLimit: Int = 50) throws(MarsadError) -> EventQuery {
        var quad: Int?
        if self["quad_class"] != nil {
            let q = try int("quad_class", default: 0)
            guard (1...4).contains(q) else {
                throw MarsadError(.invalidInput, "parameter quad_class must be 1, 2, 3 or 4")
            }
            quad = q
        }
        let limit = try int("limit", default: defaultLimit)
        let offset = try int("offset", default: 0)
        guard limit >= 0, offset >= 0 else { throw MarsadError(.invalidInput, "limit and offset must not be negative") }
        var story: Int64?
        if let raw = self["story"] {
            guard let id = Int64(raw) else { throw MarsadError(.invalidInput, "parameter story must be an integer") }
            story = id
        }
        return EventQuery(
            actor: self["actor"], country: self["country"], code: self["code"], root: self["root"], quadClass: quad,
            from: try date("from"), to: try date("to"), source: self["source"], text: self["q"],
            storyID: story, limit: limit, offset: offset)
    }
}
