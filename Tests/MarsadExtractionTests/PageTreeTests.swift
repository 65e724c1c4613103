import Testing

@testable import MarsadExtraction

/// The compact page tree (subtree ends instead of child arrays, text in one buffer, numbered names) and the
/// fast paths of extraction checked against the plain definitions they replace.
@Suite struct PageTreeTests {
    /// Every structural promise of ``PageTree``: parents come first, subtrees are contiguous and nested,
    /// ``PageTree/children(of:)`` lists exactly the nodes whose parent is the node, names match their IDs,
    /// text ranges lie in the buffer. Returns a description of the first broken promise.
    static func brokenInvariant(_ tree: PageTree) -> String? {
        let n = tree.nodes.count
        guard n > 0, tree[0].parent == -1, tree[0].end == n else { return "root" }
        for i in 1..<n {
            let node = tree[i]
            guard node.parent >= 0, node.parent < i else { return "parent of \(i)" }
            guard node.end > i, node.end <= tree[node.parent].end else { return "end of \(i)" }
            guard tree.names[node.nameID] == node.name else { return "name of \(i)" }
            if node.isText {
                guard node.end == i + 1, node.textStart + node.textCount <= tree.textBytes.count else {
                    return "text \(i)"
                }
            }
        }
        for i in 0..<n {
            let listed = Array(tree.children(of: i))
            let expected = (i + 1..<tree[i].end).filter { tree[$0].parent == i }
            guard listed == expected else { return "children of \(i)" }
        }
        return nil
    }

    @Test func structureOfMessyMarkup() throws {
        let pages = [
            "<p>Hello <b>world</b></p>",
            "<div><p>one<p>two<ul><li>a<li>b</ul></div><table><tr><td>x<td>y</table>tail",
            "<html><body><div><span>unclosed <i>tags <b>everywhere",
            "text &amp; <!-- a comment --> more text<script>var x = '<p>';</script><p>end",
            "</div></span>stray ends<br><br/><img src=x>",
        ]
        for html in pages {
            let tree = try PageTree.parse(Array(html.utf8))
            #expect(Self.brokenInvariant(tree) == nil, "\(html)")
        }
    }

    @Test func textJoinsAcrossCommentsAndKeepsEntities() throws {
        let tree = try PageTree.parse(Array("<p>a &amp; b<!-- x -->c <b>d</b> e</p>".utf8))
        let p = try #require(tree.first("p"))
        let texts = tree.children(of: p).filter { tree[$0].isText }.map { tree.nodeText($0) }
        #expect(texts == ["a & bc ", " e"])
        #expect(tree.text(of: p) == "a & bc d e")
        #expect(tree.rawText(of: p) == "a & bc  e")
        #expect(tree.all("b").count == 1 && tree.first("h1") == nil)
    }

    @Test func invisibleTextIsLeftOut() throws {
        let tree = try PageTree.parse(
            Array("<body><p>shown </p><script>hidden()</script><style>p{}</style><p>too</p></body>".utf8))
        #expect(tree.text(of: try #require(tree.first("body"))) == "shown too")
        #expect(tree.textPrefix(of: try #require(tree.first("body")), characters: 7) == "shown t")
    }

    /// The in-place class-word reading against the sets of patterns it replaces.
    @Test func classWordsReadInPlaceAgreeWithThePatternSets() throws {
        let rules = try ContentRules.bundled()
        let values = [
            "share-bar article-body Story-Body", "wp-caption-text", "row clearfix", "SIDEBAR main-content",
            "entry-content  comments", "photo-credit", "", "   ", "الخبر تفاصيل-الخبر", "navbar--top Nav_Menu",
            "x", "social-share-buttons", "post__content", "related-posts widget", "ad-slot advert", "c-ARTICLE",
        ]
        for value in values {
            let words = WordPatternSet.tokens(value)
            let marks = rules.classWords.marks(of: value)
            #expect(marks.boilerplate == rules.boilerplateWords.matchesAny(words), "\(value)")
            #expect(marks.caption == rules.captionWords.matchesAny(words), "\(value)")
            #expect(marks.content == rules.contentWords.matchesAny(words), "\(value)")
            let ranks = words.compactMap { rules.contentRoots[ByteWord($0)] }
            #expect(marks.rootRank == ranks.min(), "\(value)")
            #expect(rules.dateSkipWords.matchesAny(in: value) == rules.dateSkipWords.matchesAny(words), "\(value)")
        }
    }

    /// The sentence test's counting shortcuts against its definition (split on spaces, count all scalars).
    @Test func sentenceTestAgreesWithItsDefinition() {
        func reference(_ line: String) -> Bool {
            let scalars = Array(line.unicodeScalars.suffix(3))
            guard let last = scalars.last else { return false }
            if line.unicodeScalars.count > 150 { return true }
            let terminators = ".!?؟…:".unicodeScalars
            var ends = terminators.contains(last)
            if !ends && "\"»”')".unicodeScalars.contains(last) {
                ends = scalars.dropLast().contains { terminators.contains($0) }
            }
            return ends && line.split(separator: " ").count >= 6
        }
        let lines = [
            "", "Short.", "one two three four five six.", "one two three four five.",
            "  one  two three four five six. ",
            "a b c d e \u{301}f.", "قال المتحدث إن التعاون سيستمر بين البلدين.", "«قال إنه سيأتي غدا إلى هنا.»",
            String(repeating: "ب", count: 151), String(repeating: "ب", count: 150), "one two three four five (six.)",
            String(repeating: "word ", count: 40),
        ]
        for line in lines { #expect(ScrapedTextCleaner.isSentence(line) == reference(line), "\(line)") }
    }

    /// Keys of caseless text lowered without Unicode tables equal `lowercased()`.
    @Test func caselessKeysEqualLowercased() {
        for text in ["Read MORE", "اقرأ أيضا", "اقرأ ALSO: ...", "Ünïcode Ĉase", "ΣΊΣΥΦΟΣ", "مـــقـــال", "ﷲ"] {
            var c = WhitespaceCollapser()
            c.append(text)
            if let fast = c.caselessLowercased() { #expect(fast == c.result.lowercased(), "\(text)") }
        }
        // Every character of ASCII, Latin-1 and the Arabic block, between letters of both cases.
        for v in Array(0x21...0xFF) + Array(0x600...0x6FF) {
            guard let scalar = Unicode.Scalar(v) else { continue }
            var c = WhitespaceCollapser()
            c.append("Ab" + String(Character(scalar)) + "Éé")
            let fast = c.caselessLowercased()
            #expect(fast != nil, "U+\(String(v, radix: 16)) has a fast path")
            if let fast { #expect(fast == c.result.lowercased(), "U+\(String(v, radix: 16))") }
        }
        var latin = WhitespaceCollapser()
        latin.append("Ünïcode")
        #expect(latin.caselessLowercased() == "ünïcode")
        var extended = WhitespaceCollapser()
        extended.append("Ĉase İ")
        #expect(extended.caselessLowercased() == nil)
    }

    /// The byte test of `style` values equals the string definition it replaces.
    @Test func hiddenStyleEqualsStringDefinition() {
        func reference(_ value: String) -> Bool {
            let style = value.lowercased().filter { $0 != " " }
            return style.utf8.contains(ascii: "display:none") || style.utf8.contains(ascii: "visibility:hidden")
        }
        let values = [
            "", "display:none", "DISPLAY : NONE", "color:red; display: none !important", "display:\u{301} none",
            "display: block", "visibility :hidden", "VISIBILITY: HIDDEN", "visİbility:hidden", "dİsplay:none",
            "display:\u{212A}none", "display:\tnone", "display:nonE;", "displaynone", "visibility:hidde",
            "ÉCRAN display:none", "ٱdisplay:none",
        ]
        for value in values { #expect(PageAnalysis.hidesByStyle(value) == reference(value), "\(value)") }
    }

    /// The digit-run test that lets `urlDate` skip most links says yes exactly when ``DateParser/pieces(_:)``
    /// finds a number of 4 or 8 digits.
    @Test func urlDateDigitRunPrefilter() throws {
        func reference(_ url: String) -> Bool {
            DateParser.pieces(Substring(url)).contains {
                if case .number(_, let digits) = $0 { return digits == 4 || digits == 8 }
                return false
            }
        }
        let urls = [
            "https://example.com/2019/05/12/story", "https://example.com/20190512-story", "/a/b/c", "/12345/",
            "https://example.com/٢٠١٩/٠٥/١٢/x", "https://example.com/۲۰۱۹-۰۵-۱۲", "/story-123456789", "/2019",
            "https://example.com/news/2019-5-1/a?id=2020", "/a/123/45678/b", "/a/12٣4/", "/x1234", "1234",
            "/é2019é/", "/123456789012/", "/ab12cd5678", "",
        ]
        for url in urls { #expect(MetadataExtractor.hasDateDigitRun(url) == reference(url), "\(url)") }
        let extractor = try MetadataExtractor()
        #expect(extractor.urlDate("https://example.com/2019/05/12/story")?.value == "2019-05-12")
        #expect(extractor.urlDate("https://example.com/story/12345") == nil)
    }
}
