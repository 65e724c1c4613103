/// Encoding labels as pages write them, mapped to the names iconv knows (after the WHATWG Encoding
/// Standard: `latin1` and `ascii` mean windows-1252, `gb2312` means GB18030, …).
///
/// ```swift
/// CharsetLabel.canonical("CP1256")  // "windows-1256"
/// CharsetLabel.parameter(in: "text/html; charset=\"utf-8\"")  // "utf-8"
/// ```
enum CharsetLabel {
    static let aliases: [String: String] = [
        "utf8": "utf-8", "unicode-1-1-utf-8": "utf-8", "x-unicode20utf8": "utf-8",
        "cp1256": "windows-1256", "x-cp1256": "windows-1256", "windows-1256": "windows-1256",
        "iso-8859-6": "iso-8859-6", "arabic": "iso-8859-6", "iso8859-6": "iso-8859-6", "iso_8859-6": "iso-8859-6",
        "latin1": "windows-1252", "iso-8859-1": "windows-1252", "iso8859-1": "windows-1252", "ascii": "windows-1252",
        "us-ascii": "windows-1252", "cp1252": "windows-1252", "windows-1252": "windows-1252", "l1": "windows-1252",
        "iso_8859-1": "windows-1252", "iso-8859-15": "iso-8859-15", "latin9": "iso-8859-15",
        "cp1251": "windows-1251", "windows-1251": "windows-1251", "koi8-r": "koi8-r", "koi8-u": "koi8-u",
        "cp1250": "windows-1250", "windows-1250": "windows-1250", "iso-8859-2": "iso-8859-2",
        "cp1253": "windows-1253", "windows-1253": "windows-1253", "cp1254": "windows-1254",
        "windows-1254": "windows-1254", "iso-8859-9": "windows-1254", "cp1255": "windows-1255",
        "windows-1255": "windows-1255", "iso-8859-8": "iso-8859-8", "cp1257": "windows-1257",
        "windows-1257": "windows-1257", "cp1258": "windows-1258", "windows-1258": "windows-1258",
        "gb2312": "gb18030", "gbk": "gb18030", "gb18030": "gb18030", "x-gbk": "gb18030", "big5": "big5",
        "big5-hkscs": "big5-hkscs", "shift_jis": "shift_jis", "shift-jis": "shift_jis", "sjis": "shift_jis",
        "x-sjis": "shift_jis", "windows-31j": "cp932", "euc-jp": "euc-jp", "iso-2022-jp": "iso-2022-jp",
        "euc-kr": "cp949", "ks_c_5601-1987": "cp949", "windows-949": "cp949", "tis-620": "cp874",
        "windows-874": "cp874", "iso-8859-11": "cp874", "utf-16": "utf-16le", "utf-16le": "utf-16le",
        "utf-16be": "utf-16be", "iso-8859-5": "iso-8859-5", "iso-8859-7": "iso-8859-7", "iso-8859-4": "iso-8859-4",
        "iso-8859-13": "iso-8859-13", "macintosh": "macintosh", "x-mac-roman": "macintosh",
    ]

    /// The canonical encoding name for a label, or nil when the label is unknown.
    static func canonical(_ label: String) -> String? {
        let key = label.trimmingASCIIWhitespaceAndQuotes().lowercased()
        if key.isEmpty { return nil }
        // NB: a page that declares UTF-16 in its markup is readable as ASCII, so it is not UTF-16 (WHATWG).
        return aliases[key]
    }

    /// The value of a `charset=` parameter in a `Content-Type` value.
    static func parameter(in contentType: String) -> String? {
        let lower = contentType.lowercased()
        guard let range = lower.range(of: "charset") else { return nil }
        var rest = lower[range.upperBound...].drop { $0 == " " }
        guard rest.first == "=" else { return nil }
        rest = rest.dropFirst().drop { $0 == " " || $0 == "\"" || $0 == "'" }
        let value = rest.prefix { $0 != ";" && $0 != "\"" && $0 != "'" && $0 != " " && $0 != "," }
        return value.isEmpty ? nil : String(value)
    }
}

extension String {
    func trimmingASCIIWhitespaceAndQuotes() -> String {
        let trimmed = self.drop { $0 == " " || $0 == "\t" || $0 == "\"" || $0 == "'" || $0 == "\n" || $0 == "\r" }
        var end = trimmed.endIndex
        while end > trimmed.startIndex {
            let before = trimmed.index(before: end)
            let c = trimmed[before]
            if c == " " || c == "\t" || c == "\"" || c == "'" || c == "\n" || c == "\r" { end = before } else { break }
        }
        return String(trimmed[trimmed.startIndex..<end])
    }
}
