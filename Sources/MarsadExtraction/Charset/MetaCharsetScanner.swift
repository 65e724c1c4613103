/// Finds the encoding a page declares in a `<meta>` tag in its first bytes, as the HTML5 prescan does
/// (a byte scanner over tag attributes, before any parsing; the page cannot be parsed before its
/// encoding is known).
///
/// ```swift
/// MetaCharsetScanner.scan(Array(#"<meta charset="windows-1256">"#.utf8))  // "windows-1256"
/// ```
enum MetaCharsetScanner {
    /// How far into the page to look (the HTML5 prescan looks at 1,024 bytes; real pages put the tag later).
    static let window = 8192

    static func scan(_ bytes: [UInt8]) -> String? {
        let end = min(bytes.count, window)
        var i = 0
        while i < end {
            guard bytes[i] == UInt8(ascii: "<") else {
                i += 1
                continue
            }
            if i + 3 < end, bytes[i + 1] == UInt8(ascii: "!"), bytes[i + 2] == UInt8(ascii: "-"),
                bytes[i + 3] == UInt8(ascii: "-")
            {
                i = skipComment(bytes, from: i + 4, end: end)
                continue
            }
            if i + 5 < end, lower(bytes[i + 1]) == 0x6D, lower(bytes[i + 2]) == 0x65, lower(bytes[i + 3]) == 0x74,
                lower(bytes[i + 4]) == 0x61, isSpaceOrSlash(bytes[i + 5])
            {
                let (attributes, next) = attributesOfTag(bytes, from: i + 5, end: end)
                i = next
                if let charset = attributes["charset"], !charset.isEmpty { return charset }
                if attributes["http-equiv"]?.lowercased() == "content-type", let content = attributes["content"],
                    let charset = CharsetLabel.parameter(in: content)
                {
                    return charset
                }
                continue
            }
            i += 1
        }
        return nil
    }

    static func lower(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b | 0x20 : b }

    static func isSpaceOrSlash(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0C || b == 0x2F
    }

    static func skipComment(_ bytes: [UInt8], from start: Int, end: Int) -> Int {
        var i = start
        while i + 2 < end {
            if bytes[i] == UInt8(ascii: "-") && bytes[i + 1] == UInt8(ascii: "-") && bytes[i + 2] == UInt8(ascii: ">") {
                return i + 3
            }
            i += 1
        }
        return end
    }

    /// The attributes of a tag (names lower-cased) and the index after its `>`.
    static func attributesOfTag(_ bytes: [UInt8], from start: Int, end: Int) -> ([String: String], Int) {
        var attributes: [String: String] = [:]
        var i = start
        while i < end {
            while i < end, isSpaceOrSlash(bytes[i]) { i += 1 }
            guard i < end, bytes[i] != UInt8(ascii: ">") else { return (attributes, i + 1) }
            var name: [UInt8] = []
            while i < end, !isSpaceOrSlash(bytes[i]), bytes[i] != UInt8(ascii: "="), bytes[i] != UInt8(ascii: ">") {
                name.append(lower(bytes[i]))
                i += 1
            }
            while i < end, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0A || bytes[i] == 0x0D { i += 1 }
            var value: [UInt8] = []
            if i < end, bytes[i] == UInt8(ascii: "=") {
                i += 1
                while i < end, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0A || bytes[i] == 0x0D { i += 1 }
                if i < end, bytes[i] == UInt8(ascii: "\"") || bytes[i] == UInt8(ascii: "'") {
                    let quote = bytes[i]
                    i += 1
                    while i < end, bytes[i] != quote {
                        value.append(bytes[i])
                        i += 1
                    }
                    i += 1
                } else {
                    while i < end, !isSpaceOrSlash(bytes[i]), bytes[i] != UInt8(ascii: ">") {
                        value.append(bytes[i])
                        i += 1
                    }
                }
            }
            if !name.isEmpty, attributes[String(decoding: name, as: UTF8.self)] == nil {
                attributes[String(decoding: name, as: UTF8.self)] = String(decoding: value, as: UTF8.self)
            }
        }
        return (attributes, end)
    }
}
