extension InputDocument {
    /// The document of a JSON line that is one flat object whose values are strings or `null` (what every JSON
    /// Lines corpus we know writes), read in one pass over the bytes; nil for anything else (then
    /// ``decode(_:location:)`` runs `JSONDecoder`, which also words the errors).
    ///
    /// ```swift
    /// InputDocument.flat(Array(#"{"id": "a", "text": "نص"}"#.utf8))?.text  // "نص"
    /// ```
    ///
    /// NB: `JSONDecoder` took a twentieth of the coding time per article (it builds a map of the whole line first).
    /// Anything this reader is not sure of gives nil, never a different answer: a repeated known key, a number,
    /// array or object as a value, a raw control character or invalid UTF-8 in a string, a lone surrogate, text
    /// after the object. Tests compare both readers on real and generated lines.
    static func flat(_ bytes: [UInt8]) -> InputDocument? {
        bytes.withUnsafeBufferPointer { b -> InputDocument? in
            var reader = FlatReader(b: b)
            return reader.document()
        }
    }
}

/// The byte reader behind ``InputDocument/flat(_:)``.
private struct FlatReader {
    let b: UnsafeBufferPointer<UInt8>
    var i = 0
    var scratch: [UInt8] = []

    init(b: UnsafeBufferPointer<UInt8>) { self.b = b }

    mutating func skipSpace() {
        while i < b.count, b[i] == 0x20 || b[i] == 0x0A || b[i] == 0x0D || b[i] == 0x09 { i += 1 }
    }

    mutating func document() -> InputDocument? {
        var doc = InputDocument()
        var seen: UInt8 = 0
        skipSpace()
        guard i < b.count, b[i] == UInt8(ascii: "{") else { return nil }
        i += 1
        skipSpace()
        if i < b.count, b[i] == UInt8(ascii: "}") {
            i += 1
        } else {
            while true {
                skipSpace()
                guard let key = string() else { return nil }
                skipSpace()
                guard i < b.count, b[i] == UInt8(ascii: ":") else { return nil }
                i += 1
                skipSpace()
                guard i < b.count else { return nil }
                var value: String?
                if b[i] == UInt8(ascii: "\"") {
                    guard let s = string() else { return nil }
                    value = s
                } else if b[i] == UInt8(ascii: "n"), i + 4 <= b.count, b[i + 1] == UInt8(ascii: "u"),
                    b[i + 2] == UInt8(ascii: "l"), b[i + 3] == UInt8(ascii: "l")
                {
                    i += 4
                } else {
                    return nil
                }
                let bit: UInt8
                switch key {
                case "id": (bit, doc.id) = (1, value)
                case "text": (bit, doc.text) = (2, value)
                case "html": (bit, doc.html) = (4, value)
                case "title": (bit, doc.title) = (8, value)
                case "published": (bit, doc.published) = (16, value)
                case "url": (bit, doc.url) = (32, value)
                case "language": (bit, doc.language) = (64, value)
                case "dateline": (bit, doc.dateline) = (128, value)
                default: bit = 0
                }
                if seen & bit != 0 { return nil }
                seen |= bit
                skipSpace()
                guard i < b.count else { return nil }
                if b[i] == UInt8(ascii: ",") {
                    i += 1
                    continue
                }
                guard b[i] == UInt8(ascii: "}") else { return nil }
                i += 1
                break
            }
        }
        skipSpace()
        return i == b.count ? doc : nil
    }

    /// A JSON string at `i` (which holds its opening quote), unescaped; nil when it is not one this reader accepts.
    mutating func string() -> String? {
        guard i < b.count, b[i] == UInt8(ascii: "\"") else { return nil }
        i += 1
        let start = i
        // The common case: no escape, straight to the closing quote.
        while i < b.count {
            let c = b[i]
            if c == UInt8(ascii: "\"") {
                let s = String(validating: UnsafeBufferPointer(rebasing: b[start..<i]), as: UTF8.self)
                i += 1
                return s
            }
            if c == UInt8(ascii: "\\") { break }
            if c < 0x20 { return nil }
            i += 1
        }
        scratch.removeAll(keepingCapacity: true)
        scratch.append(contentsOf: UnsafeBufferPointer(rebasing: b[start..<i]))
        while i < b.count {
            // NB: plain runs are copied whole: appending byte by byte (a capacity check each) cost as much as the
            // rest of the reader on texts with a line break every few sentences.
            var run = i
            while run < b.count, b[run] != UInt8(ascii: "\"") && b[run] != UInt8(ascii: "\\") && b[run] >= 0x20 {
                run += 1
            }
            if run > i {
                scratch.append(contentsOf: UnsafeBufferPointer(rebasing: b[i..<run]))
                i = run
                continue
            }
            let c = b[i]
            if c == UInt8(ascii: "\"") {
                i += 1
                return String(validating: scratch, as: UTF8.self)
            }
            if c < 0x20 { return nil }
            guard i + 1 < b.count else { return nil }
            let e = b[i + 1]
            i += 2
            switch e {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): scratch.append(e)
            case UInt8(ascii: "b"): scratch.append(0x08)
            case UInt8(ascii: "f"): scratch.append(0x0C)
            case UInt8(ascii: "n"): scratch.append(0x0A)
            case UInt8(ascii: "r"): scratch.append(0x0D)
            case UInt8(ascii: "t"): scratch.append(0x09)
            case UInt8(ascii: "u"):
                guard var v = hex4() else { return nil }
                if (0xD800..<0xDC00).contains(v) {
                    guard i + 1 < b.count, b[i] == UInt8(ascii: "\\"), b[i + 1] == UInt8(ascii: "u") else { return nil }
                    i += 2
                    guard let low = hex4(), (0xDC00..<0xE000).contains(low) else { return nil }
                    v = 0x10000 + ((v - 0xD800) << 10) + (low - 0xDC00)
                } else if (0xDC00..<0xE000).contains(v) {
                    return nil
                }
                guard let scalar = Unicode.Scalar(v) else { return nil }
                scratch.append(contentsOf: UTF8.encode(scalar)!)
            default: return nil
            }
        }
        return nil
    }

    /// Four hex digits at `i`.
    mutating func hex4() -> UInt32? {
        guard i + 4 <= b.count else { return nil }
        var v: UInt32 = 0
        for k in 0..<4 {
            let c = b[i + k]
            let d: UInt8
            switch c {
            case 0x30...0x39: d = c - 0x30
            case 0x41...0x46: d = c - 0x41 + 10
            case 0x61...0x66: d = c - 0x61 + 10
            default: return nil
            }
            v = v << 4 | UInt32(d)
        }
        i += 4
        return v
    }
}
