/// Builds JSON text by hand, with a fixed key order (the contract's field order) and no `Foundation`.
///
/// ```swift
/// var j = JSONText()
/// j.object { j.key("code"); j.string("057") }
/// j.text  // {"code":"057"}
/// ```
///
/// NB: a writer of our own because the contract fixes the key order (JSONEncoder sorts or shuffles keys)
/// and because it runs for every event on the hot path. It writes UTF-8 bytes and makes one `String` at the
/// end: appending to a `String` piece by piece cost more than coding the events' dates.
public struct JSONText: Sendable {
    /// The UTF-8 bytes written so far.
    public private(set) var bytes: [UInt8] = []
    private var needsComma = false

    public init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    /// The JSON written so far.
    public var text: String { String(decoding: bytes, as: UTF8.self) }

    public mutating func beginObject() {
        comma()
        bytes.append(UInt8(ascii: "{"))
        needsComma = false
    }

    public mutating func endObject() {
        bytes.append(UInt8(ascii: "}"))
        needsComma = true
    }

    public mutating func key(_ k: String) {
        comma()
        JSONText.appendString(k.utf8, to: &bytes)
        bytes.append(UInt8(ascii: ":"))
        needsComma = false
    }

    public mutating func string(_ s: String?) {
        comma()
        if let s { JSONText.appendString(s.utf8, to: &bytes) } else { appendASCII("null") }
        needsComma = true
    }

    /// A string value from a slice of a larger text (a trigger, a sentence), without copying it first.
    public mutating func string(_ s: Substring) {
        comma()
        JSONText.appendString(s.utf8, to: &bytes)
        needsComma = true
    }

    public mutating func int(_ v: Int) {
        comma()
        JSONText.appendInt(v, to: &bytes)
        needsComma = true
    }

    public mutating func double(_ v: Double) {
        comma()
        if v.isFinite { bytes.append(contentsOf: v.description.utf8) } else { appendASCII("null") }
        needsComma = true
    }

    public mutating func null() {
        comma()
        appendASCII("null")
        needsComma = true
    }

    public mutating func beginArray() {
        comma()
        bytes.append(UInt8(ascii: "["))
        needsComma = false
    }

    public mutating func endArray() {
        bytes.append(UInt8(ascii: "]"))
        needsComma = true
    }

    /// Appends a value already written as JSON (a fragment built once and reused, such as a document's
    /// provenance array).
    public mutating func raw(_ json: String) {
        comma()
        bytes.append(contentsOf: json.utf8)
        needsComma = true
    }

    /// Appends a value already written as JSON, as UTF-8 bytes.
    public mutating func raw(_ json: [UInt8]) {
        comma()
        bytes.append(contentsOf: json)
        needsComma = true
    }

    /// Appends bytes outside any value (a line break between JSON Lines records); the next value starts afresh.
    public mutating func separator(_ byte: UInt8) {
        bytes.append(byte)
        needsComma = false
    }

    private mutating func comma() {
        if needsComma { bytes.append(UInt8(ascii: ",")) }
    }

    private mutating func appendASCII(_ s: StaticString) {
        s.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// Appends UTF-8 text as a JSON string literal: quotes, backslashes and control characters escaped; other
    /// characters (Arabic included) written as they are.
    public static func appendString(_ s: some Collection<UInt8>, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        let copied: Void? = s.withContiguousStorageIfAvailable { buffer in appendEscaped(buffer, to: &out) }
        if copied == nil { Array(s).withUnsafeBufferPointer { appendEscaped($0, to: &out) } }
        out.append(UInt8(ascii: "\""))
    }

    /// NB: bytes of 0x80 and above belong to multibyte characters and are copied as they are, so escaping byte
    /// by byte equals escaping scalar by scalar.
    private static func appendEscaped(_ s: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        var needsEscape = false
        for b in s where b < 0x20 || b == 0x22 || b == 0x5C {
            needsEscape = true
            break
        }
        if !needsEscape {
            out.append(contentsOf: s)
            return
        }
        let hex: [UInt8] = Array("0123456789abcdef".utf8)
        for b in s {
            switch b {
            case 0x22: out.append(contentsOf: [0x5C, 0x22])  // \"
            case 0x5C: out.append(contentsOf: [0x5C, 0x5C])  // \\
            case 0x0A: out.append(contentsOf: [0x5C, UInt8(ascii: "n")])
            case 0x0D: out.append(contentsOf: [0x5C, UInt8(ascii: "r")])
            case 0x09: out.append(contentsOf: [0x5C, UInt8(ascii: "t")])
            case ..<0x20:
                out.append(contentsOf: [0x5C, UInt8(ascii: "u"), 0x30, 0x30, hex[Int(b >> 4)], hex[Int(b & 15)]])
            default: out.append(b)
            }
        }
    }

    /// Appends the decimal digits of `v`.
    static func appendInt(_ v: Int, to out: inout [UInt8]) {
        if v >= 0 && v < 10 {
            out.append(0x30 + UInt8(v))
            return
        }
        out.append(contentsOf: String(v).utf8)
    }
}
