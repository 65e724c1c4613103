/// Builds JSON text by hand, with a fixed key order (the contract's field order) and no `Foundation`.
///
/// ```swift
/// var j = JSONText()
/// j.object { j.key("code"); j.string("057") }
/// j.text  // {"code":"057"}
/// ```
///
/// NB: a writer of our own because the contract fixes the key order (JSONEncoder sorts or shuffles keys)
/// and because it runs for every event on the hot path.
public struct JSONText: Sendable {
    public private(set) var text = ""
    private var needsComma = false

    public init(capacity: Int = 0) {
        text.reserveCapacity(capacity)
    }

    public mutating func beginObject() {
        comma()
        text += "{"
        needsComma = false
    }

    public mutating func endObject() {
        text += "}"
        needsComma = true
    }

    public mutating func key(_ k: String) {
        comma()
        JSONText.appendString(k, to: &text)
        text += ":"
        needsComma = false
    }

    public mutating func string(_ s: String?) {
        comma()
        if let s { JSONText.appendString(s, to: &text) } else { text += "null" }
        needsComma = true
    }

    public mutating func int(_ v: Int) {
        comma()
        text += String(v)
        needsComma = true
    }

    public mutating func double(_ v: Double) {
        comma()
        text += v.isFinite ? "\(v)" : "null"
        needsComma = true
    }

    public mutating func null() {
        comma()
        text += "null"
        needsComma = true
    }

    public mutating func beginArray() {
        comma()
        text += "["
        needsComma = false
    }

    public mutating func endArray() {
        text += "]"
        needsComma = true
    }

    /// Appends a value already written as JSON (a fragment built once and reused, such as a document's
    /// provenance array).
    public mutating func raw(_ json: String) {
        comma()
        text += json
        needsComma = true
    }

    private mutating func comma() {
        if needsComma { text += "," }
    }

    /// Appends `s` as a JSON string literal: quotes, backslashes and control characters escaped; other
    /// characters (Arabic included) written as they are.
    public static func appendString(_ s: String, to out: inout String) {
        out += "\""
        // NB: unescaped runs are appended as whole substrings (a copy of bytes); an article's text has a
        // newline per block, and appending it scalar by scalar showed in profiles of `marsad extract`.
        let utf8 = s.utf8
        var run = utf8.startIndex
        var i = run
        while i != utf8.endIndex {
            let b = utf8[i]
            guard b < 0x20 || b == 0x22 || b == 0x5C else {
                i = utf8.index(after: i)
                continue
            }
            out.append(contentsOf: s[run..<i])
            switch b {
            case 0x22: out += "\\\""
            case 0x5C: out += "\\\\"
            case 0x0A: out += "\\n"
            case 0x0D: out += "\\r"
            case 0x09: out += "\\t"
            default:
                let hex = String(b, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            }
            i = utf8.index(after: i)
            run = i
        }
        out.append(contentsOf: s[run..<utf8.endIndex])
        out += "\""
    }
}
