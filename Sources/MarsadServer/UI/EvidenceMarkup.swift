import MarsadStore

/// The evidence sentence of events as HTML, with the trigger and the actors' mentions marked.
///
/// ```swift
/// EvidenceMarkup.html(sentence: "وقعت إيران اتفاقية", events: [event])
/// // "وقعت <mark class=\"actor\">إيران</mark> <mark class=\"trigger\">اتفاقية</mark>" (schematically)
/// ```
enum EvidenceMarkup {
    static func html(sentence: String, events: [StoredEvent]) -> String {
        var marks: [(Range<Int>, String)] = []
        let bytes = Array(sentence.utf8)
        func find(_ needle: String) -> Range<Int>? {
            let n = Array(needle.utf8)
            guard !n.isEmpty, n.count <= bytes.count else { return nil }
            for i in 0...(bytes.count - n.count) where bytes[i] == n[0] && Array(bytes[i..<(i + n.count)]) == n {
                return i..<(i + n.count)
            }
            return nil
        }
        for e in events {
            let lo = e.triggerOffset
            let hi = lo + e.trigger.utf8.count
            if lo >= 0, hi <= bytes.count, Array(bytes[lo..<hi]) == Array(e.trigger.utf8) {
                marks.append((lo..<hi, "trigger"))
            } else if let r = find(e.trigger) {
                marks.append((r, "trigger"))
            }
            for actor in [e.source, e.target].compactMap({ $0 }) {
                if let r = find(actor.text) { marks.append((r, "actor")) }
            }
        }
        // Triggers win over actors where they overlap; overlapping marks are dropped.
        marks.sort { ($0.0.lowerBound, $0.1 == "trigger" ? 0 : 1) < ($1.0.lowerBound, $1.1 == "trigger" ? 0 : 1) }
        var out = ""
        var at = 0
        for (range, kind) in marks where range.lowerBound >= at {
            out += HTML.escape(String(decoding: bytes[at..<range.lowerBound], as: UTF8.self))
            out += "<mark class=\"\(kind)\">" + HTML.escape(String(decoding: bytes[range], as: UTF8.self)) + "</mark>"
            at = range.upperBound
        }
        out += HTML.escape(String(decoding: bytes[at...], as: UTF8.self))
        return out
    }
}
