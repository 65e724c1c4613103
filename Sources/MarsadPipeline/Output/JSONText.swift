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
        var needsEscape = false
        for b in s.utf8 where b < 0x20 || b == 0x22 || b == 0x5C {
            needsEscape = true
            break
        }
        if !needsEscape {
            out += s
        } else {
            for scalar in s.unicodeScalars {
                switch scalar {
                case "\"": out += "\\\""
                case "\\": out += "\\\\"
                case "\n": out += "\\n"
                case "\r": out += "\\r"
                case "\t": out += "\\t"
                default:
                    if scalar.value < 0x20 {
                        let hex = String(scalar.value, radix: 16)
                        out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                    } else {
                        out.unicodeScalars.append(scalar)
                    }
                }
            }
        }
        out += "\""
    }
}
