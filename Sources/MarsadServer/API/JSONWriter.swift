/// JSON text written straight into bytes, for the API's largest and most frequent answer, the event list.
///
/// `JSONEncoder` builds a tree of boxed values, a dictionary per object, then sorts every object's keys: for a
/// page of 50 events that was about half of the server's time per request. Types that conform to
/// ``JSONWritable`` write their fields in sorted-key order themselves and leave out nil fields, so the bytes
/// are those of `JSONEncoder` with `[.sortedKeys, .withoutEscapingSlashes]` (the tests compare them).
///
/// ```swift
/// var w = JSONWriter()
/// w.beginObject()
/// w.field("id", 7)
/// w.field("name", "صنعاء")
/// w.endObject()
/// String(decoding: w.bytes, as: UTF8.self)  // {"id":7,"name":"صنعاء"}
/// ```
struct JSONWriter {
    private(set) var bytes: [UInt8] = []
    /// One entry per open object or array: true until its first member is written.
    private var first: [Bool] = []

    init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
        first.reserveCapacity(8)
    }

    mutating func beginObject() {
        bytes.append(UInt8(ascii: "{"))
        first.append(true)
    }

    mutating func endObject() {
        first.removeLast()
        bytes.append(UInt8(ascii: "}"))
    }

    mutating func beginArray() {
        bytes.append(UInt8(ascii: "["))
        first.append(true)
    }

    mutating func endArray() {
        first.removeLast()
        bytes.append(UInt8(ascii: "]"))
    }

    /// A comma unless this is the first member of the innermost object or array.
    mutating func separator() {
        if first[first.count - 1] {
            first[first.count - 1] = false
        } else {
            bytes.append(UInt8(ascii: ","))
        }
    }

    /// `"key":` after a separator. Keys are ASCII identifiers and need no escaping.
    mutating func key(_ key: StaticString) {
        separator()
        bytes.append(UInt8(ascii: "\""))
        key.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(UInt8(ascii: "\""))
        bytes.append(UInt8(ascii: ":"))
    }

    mutating func value(_ s: String) {
        var s = s
        s.withUTF8 { utf8 in
            bytes.append(UInt8(ascii: "\""))
            var start = 0
            for i in 0..<utf8.count {
                let b = utf8[i]
                guard b < 0x20 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") else { continue }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<i]))
                start = i + 1
                appendEscape(b)
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start...]))
            bytes.append(UInt8(ascii: "\""))
        }
    }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    private mutating func appendEscape(_ b: UInt8) {
        bytes.append(UInt8(ascii: "\\"))
        switch b {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes.append(b)
        case 0x08: bytes.append(UInt8(ascii: "b"))
        case 0x09: bytes.append(UInt8(ascii: "t"))
        case 0x0A: bytes.append(UInt8(ascii: "n"))
        case 0x0C: bytes.append(UInt8(ascii: "f"))
        case 0x0D: bytes.append(UInt8(ascii: "r"))
        default:
            bytes.append(contentsOf: [UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0")])
            bytes.append(Self.hexDigits[Int(b >> 4)])
            bytes.append(Self.hexDigits[Int(b & 0xF)])
        }
    }

    mutating func value(_ n: some BinaryInteger) {
        bytes.append(contentsOf: n.description.utf8)
    }

    /// A finite number as `JSONEncoder` writes it: the shortest form that reads back exactly, without `.0`.
    /// Not-finite numbers, which JSON cannot hold and the store never keeps, are written as `null`.
    mutating func value(_ d: Double) {
        guard d.isFinite else { return bytes.append(contentsOf: "null".utf8) }
        var text = d.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        bytes.append(contentsOf: text.utf8)
    }

    mutating func value(_ b: Bool) {
        bytes.append(contentsOf: (b ? "true" : "false").utf8)
    }

    mutating func value(_ v: some JSONWritable) {
        v.write(to: &self)
    }

    // MARK: Fields, left out when nil as `encodeIfPresent` does.

    mutating func field(_ k: StaticString, _ v: String?) {
        guard let v else { return }
        key(k)
        value(v)
    }

    mutating func field(_ k: StaticString, _ v: Int64?) {
        guard let v else { return }
        key(k)
        value(v)
    }

    mutating func field(_ k: StaticString, _ v: Int?) {
        guard let v else { return }
        key(k)
        value(v)
    }

    mutating func field(_ k: StaticString, _ v: Double?) {
        guard let v else { return }
        key(k)
        value(v)
    }

    mutating func field(_ k: StaticString, _ v: Bool) {
        key(k)
        value(v)
    }

    mutating func field(_ k: StaticString, _ v: (some JSONWritable)?) {
        guard let v else { return }
        key(k)
        v.write(to: &self)
    }

    mutating func field<Item: JSONWritable>(_ k: StaticString, _ items: [Item]) {
        key(k)
        beginArray()
        for item in items {
            separator()
            item.write(to: &self)
        }
        endArray()
    }
}
