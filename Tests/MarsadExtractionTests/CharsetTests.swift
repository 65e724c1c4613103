import Testing

@testable import MarsadExtraction

/// Charset detection in order (BOM → HTTP header → <meta> → detector) and legacy Arabic-script decoding.
@Suite struct CharsetTests {
    /// «وقعت إيران وروسيا مذكرة تفاهم أمنية في موسكو» in windows-1256.
    static let arabic1256: [UInt8] = [
        230, 222, 218, 202, 32, 197, 237, 209, 199, 228, 32, 230, 209, 230, 211, 237, 199, 32, 227, 208, 223, 209, 201,
        32, 202, 221, 199, 229, 227, 32, 195, 227, 228, 237, 201, 32, 221, 237, 32, 227, 230, 211, 223, 230,
    ]
    static let arabic = "وقعت إيران وروسيا مذكرة تفاهم أمنية في موسكو"
    /// «پنج گزارش» (Persian letters outside Arabic's alphabet) in windows-1256.
    static let persian1256: [UInt8] = [129, 228, 204, 32, 144, 210, 199, 209, 212]

    func page(head: String, body: [UInt8]) -> [UInt8] {
        Array("<html><head>\(head)</head><body><p>".utf8) + body + Array("</p></body></html>".utf8)
    }

    func text(_ decoded: DecodedPage) -> String { String(decoding: decoded.utf8, as: UTF8.self) }

    @Test func metaCharsetDecodesWindows1256() {
        let decoded = PageDecoder.decode(page(head: #"<meta charset="windows-1256">"#, body: Self.arabic1256))
        #expect(decoded.charset == "windows-1256")
        #expect(decoded.charsetSource == .meta)
        #expect(text(decoded).contains(Self.arabic))
    }

    @Test func validUTF8UnderALegacyDeclarationIsUTF8() {
        for label in ["gb2312", "iso-8859-1", "windows-1256"] {
            let decoded = PageDecoder.decode(page(head: "<meta charset=\"\(label)\">", body: Array(Self.arabic.utf8)))
            #expect(decoded.charset == "utf-8", "\(label)")
            #expect(text(decoded).contains(Self.arabic))
        }
        // Declared windows-1256 bytes are not valid UTF-8 and stay windows-1256.
        let legacy = PageDecoder.decode(page(head: #"<meta charset="windows-1256">"#, body: Self.arabic1256))
        #expect(legacy.charset == "windows-1256")
    }

    @Test func httpEquivContentType() {
        let head = #"<meta http-equiv="Content-Type" content="text/html; charset=CP1256">"#
        let decoded = PageDecoder.decode(page(head: head, body: Self.persian1256 + [32] + Self.arabic1256))
        #expect(decoded.charsetSource == .meta)
        #expect(text(decoded).contains("پنج گزارش"))
    }

    @Test func httpHeaderWinsOverMeta() {
        let bytes = page(head: #"<meta charset="utf-8">"#, body: Self.arabic1256)
        let decoded = PageDecoder.decode(bytes, httpContentType: "text/html; charset=windows-1256")
        #expect(decoded.charsetSource == .httpHeader)
        #expect(text(decoded).contains(Self.arabic))
    }

    @Test func byteOrderMarkWinsOverEverything() {
        let bytes = [0xEF, 0xBB, 0xBF] + page(head: #"<meta charset="windows-1256">"#, body: Array(Self.arabic.utf8))
        let decoded = PageDecoder.decode(bytes, httpContentType: "text/html; charset=iso-8859-1")
        #expect(decoded.charsetSource == .bom)
        #expect(text(decoded).contains(Self.arabic))
    }

    @Test func undeclaredArabicIsDetected() {
        let decoded = PageDecoder.decode(page(head: "", body: Self.arabic1256))
        #expect(decoded.charset == "windows-1256")
        #expect(decoded.charsetSource == .detector)
        #expect(text(decoded).contains(Self.arabic))
    }

    @Test func latin1DeclaredOnAnArabicPageIsWindows1256() {
        let decoded = PageDecoder.decode(page(head: #"<meta charset="iso-8859-1">"#, body: Self.arabic1256))
        #expect(text(decoded).contains(Self.arabic))
    }

    @Test func undeclaredLatinIsWindows1252() {
        // «Grüße» in windows-1252: the detector must not take a few accented letters for Arabic.
        let body = Array("Viele ".utf8) + [0x47, 0x72, 0xFC, 0xDF, 0x65] + Array(" aus der Stadt und dem Land".utf8)
        let decoded = PageDecoder.decode(page(head: "", body: body))
        #expect(decoded.charset == "windows-1252")
        #expect(text(decoded).contains("Grüße"))
    }

    @Test func utf8WithoutDeclarationIsUTF8() {
        let decoded = PageDecoder.decode(page(head: "", body: Array(Self.arabic.utf8)))
        #expect(decoded.charset == "utf-8")
        #expect(decoded.replacements == 0)
    }

    @Test func theParserDoesNotReDecodeAfterConversion() throws {
        // The page says windows-1256; after conversion to UTF-8 libxml2 must not switch encodings again.
        let decoded = PageDecoder.decode(page(head: #"<meta charset="windows-1256">"#, body: Self.arabic1256))
        let tree = try PageTree.parse(decoded.utf8)
        #expect(tree.text(of: try #require(tree.first("p"))) == Self.arabic)
    }

    @Test(arguments: [
        ("text/html; charset=UTF-8", "UTF-8"), ("text/html;charset=\"windows-1256\"", "windows-1256"),
        ("text/html", nil),
    ])
    func contentTypeParameter(header: String, expected: String?) {
        #expect(CharsetLabel.parameter(in: header)?.lowercased() == expected?.lowercased())
    }
}
