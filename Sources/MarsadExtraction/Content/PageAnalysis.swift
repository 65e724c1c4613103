/// A page prepared for content extraction: boilerplate elements removed (by element, role, class and id
/// words, hidden markers) and per-element text and link-text lengths.
///
/// ```swift
/// let analysis = PageAnalysis(tree: tree, rules: rules)
/// analysis.removed[i]      // true for navigation, share bars, comments …
/// analysis.textLength[i]   // visible characters under element i
/// ```
struct PageAnalysis {
    let tree: PageTree
    let rules: ContentRules
    private(set) var removed: [Bool]
    private(set) var textLength: [Int]
    private(set) var linkLength: [Int]
    /// The `<body>` element (or the root when there is none).
    let body: Int
    /// What the class and id words of every element say, computed once per distinct class/id value.
    let marks: [ClassMarks]
    /// The content roots, computed once.
    private(set) var roots: [Int] = []
    /// What the rules say of each element name of the page (``PageTree/names``): ``NameFlags`` bits.
    let nameFlags: [UInt8]

    /// Bits of ``nameFlags``.
    enum NameFlags {
        static let drop: UInt8 = 1
        static let caption: UInt8 = 2
        static let block: UInt8 = 4
        static let strong: UInt8 = 8
        static let articlePart: UInt8 = 16
    }

    /// True when element `i`'s name has a ``NameFlags`` bit.
    @inline(__always)
    func named(_ i: Int, _ flag: UInt8) -> Bool { nameFlags[tree[i].nameID] & flag != 0 }

    /// `showNoscript`: read `<noscript>` content as visible (the last step of the cascade, for pages whose
    /// text is only there).
    init(tree: PageTree, rules: ContentRules, showNoscript: Bool = false) {
        self.tree = tree
        self.rules = rules
        let n = tree.nodes.count
        removed = [Bool](repeating: false, count: n)
        textLength = [Int](repeating: 0, count: n)
        linkLength = [Int](repeating: 0, count: n)
        body = tree.first("body") ?? 0
        nameFlags = tree.names.map { name in
            (rules.dropElements.contains(name) ? NameFlags.drop : 0)
                | (rules.captionElements.contains(name) ? NameFlags.caption : 0)
                | (rules.blockElements.contains(name) ? NameFlags.block : 0)
                | (rules.strongRoles.contains(name) ? NameFlags.strong : 0)
                | (rules.articleParts.contains(name) ? NameFlags.articlePart : 0)
        }
        // NB: the words of «class id» are those of the class and of the id, so each value is judged on its
        // own and once per page (values repeat: most elements of a list share a class).
        var memo: [String: ClassMarks] = [:]
        memo.reserveCapacity(n / 16)
        func marksOf(_ value: String) -> ClassMarks {
            if let known = memo[value] { return known }
            let marks = rules.classWords.marks(of: value)
            memo[value] = marks
            return marks
        }
        // Invisible elements first, then lengths over the whole page, then boilerplate (which needs the
        // lengths to spare a wrapper holding most of the page).
        var invisible = [Bool](repeating: false, count: n)
        for i in 0..<n where !tree[i].isText {
            if invisible[i] { continue }
            if showNoscript && tree[i].name == "noscript" { continue }
            if tree.isInvisible(i) || Self.isHidden(tree[i]) {
                for k in i..<tree.subtreeEnd(i) { invisible[k] = true }
            }
        }
        removed = invisible
        // NB: only visible elements are read for their class words (scripts, styles and hidden menus are not).
        marks = tree.nodes.indices.map { i in
            guard !invisible[i], !tree[i].isText, !tree[i].attributes.isEmpty else { return ClassMarks.none }
            var marks = ClassMarks.none
            if let cls = tree[i].attribute("class") { marks = marksOf(cls) }
            // NB: ids are read without the memo: they seldom repeat, and remembering each one cost more than reading it.
            if let id = tree[i].attribute("id") { marks.merge(rules.classWords.marks(of: id)) }
            return marks
        }
        computeLengths()
        // Paragraph text (of <p> elements with 60+ characters) under each element: a wrapper that holds
        // most of it is the page's main column, whatever its class says.
        var paragraphText = [Int](repeating: 0, count: n)
        let paragraph = tree.names.firstIndex(of: "p") ?? -1
        for i in stride(from: n - 1, through: 1, by: -1) where !removed[i] {
            if tree[i].nameID == paragraph && textLength[i] >= 60 { paragraphText[i] = textLength[i] }
            let p = tree[i].parent
            if p >= 0 { paragraphText[p] += paragraphText[i] }
        }
        // Ancestors of the body the markup names are never furniture.
        var protected = Set<Int>()
        roots = contentRoots()
        for root in roots {
            var a = root
            while a >= 0 {
                protected.insert(a)
                a = tree[a].parent
            }
        }
        let total = paragraphText[body]
        for i in 0..<n where !tree[i].isText && !removed[i] && i != body && !protected.contains(i) {
            if isBoilerplate(i, pageText: total, paragraphText: paragraphText[i]) { removeSubtree(i) }
        }
        computeLengths()
        roots = roots.filter { !removed[$0] }
    }

    mutating func removeSubtree(_ i: Int) {
        for k in i..<tree.subtreeEnd(i) { removed[k] = true }
    }

    /// Characters of each text node other than whitespace (counted once, when first needed; -1 before).
    private var textChars: [Int] = []

    mutating func computeLengths() {
        if textChars.isEmpty { textChars = [Int](repeating: -1, count: tree.nodes.count) }
        for i in textLength.indices {
            textLength[i] = 0
            linkLength[i] = 0
        }
        let link = tree.names.firstIndex(of: "a") ?? -1
        for i in stride(from: tree.nodes.count - 1, through: 1, by: -1) where !removed[i] {
            if tree[i].isText {
                if textChars[i] < 0 { textChars[i] = Self.countTextChars(tree, i) }
                textLength[i] = textChars[i]
            } else if tree[i].nameID == link {
                linkLength[i] = textLength[i]
            }
            let p = tree[i].parent
            if p >= 0 {
                textLength[p] += textLength[i]
                linkLength[p] += linkLength[i]
            }
        }
    }

    /// Characters other than whitespace of a text node.
    static func countTextChars(_ tree: PageTree, _ i: Int) -> Int {
        tree.withText(of: i) { p in
            var count = 0
            var k = 0
            while k < p.count {
                // NB: ASCII first, without the general whitespace test.
                let b = p[k]
                if b < 0x80 {
                    if b != 0x20 && (b < 0x09 || b > 0x0D) { count += 1 }
                    k += 1
                    continue
                }
                let w = WhitespaceCollapser.spaceWidth(p, k)
                if w > 0 {
                    k += w
                    continue
                }
                if p[k] & 0xC0 != 0x80 { count += 1 }
                k += 1
            }
            return count
        }
    }

    func linkDensity(_ i: Int) -> Double {
        textLength[i] == 0 ? 0 : Double(linkLength[i]) / Double(textLength[i])
    }

    /// True when an element is hidden: `hidden`, `aria-hidden="true"`, or a style with `display:none` or
    /// `visibility:hidden` (the first of each attribute counts, as ``PageTree/Node/attribute(_:)`` reads it).
    static func isHidden(_ node: PageTree.Node) -> Bool {
        // NB: one pass over the attributes (three lookups per element showed in profiles).
        var seenAria = false
        var seenStyle = false
        for (name, value) in node.attributes {
            switch name {
            case "hidden":
                return true
            case "aria-hidden" where !seenAria:
                if value == "true" { return true }
                seenAria = true
            case "style" where !seenStyle:
                if hidesByStyle(value) { return true }
                seenStyle = true
            default:
                break
            }
        }
        return false
    }

    /// True when a `style` value says `display:none` or `visibility:hidden` (case and spaces ignored).
    ///
    /// NB: on bytes, ASCII lower-cased and spaces dropped: the same answer as `value.lowercased()` without
    /// `" "` characters (no other character lower-cases to a run of those ASCII letters), without building
    /// strings character by character, which showed in profiles.
    static func hidesByStyle(_ value: String) -> Bool {
        var value = value
        return value.withUTF8 { bytes in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count) { scratch in
                var n = 0
                for b in bytes where b != 0x20 {
                    scratch[n] = b >= 0x41 && b <= 0x5A ? b | 0x20 : b
                    n += 1
                }
                let squeezed = UnsafeBufferPointer(rebasing: scratch[0..<n])
                return squeezed.contains(ascii: "display:none") || squeezed.contains(ascii: "visibility:hidden")
            }
        }
    }

    /// True when an ancestor of element `i` has one of these names.
    func hasAncestor(_ i: Int, named names: Set<String>) -> Bool {
        var a = tree[i].parent
        while a >= 0 {
            if names.contains(tree[a].name) { return true }
            a = tree[a].parent
        }
        return false
    }

    /// `pageText` and `paragraphText`: paragraph text of the page and under the element.
    func isBoilerplate(_ i: Int, pageText: Int, paragraphText: Int) -> Bool {
        let node = tree[i]
        if node.name == "html" { return false }
        let holdsMostParagraphs = pageText >= 200 && paragraphText * 2 > pageText
        if named(i, NameFlags.drop) {
            if named(i, NameFlags.articlePart) && hasAncestor(i, named: ["article"]) { return false }
            // NB: some sites wrap the whole article in <header> or <form> (ASP.NET), and libxml2 nests the
            // page in a <nav> left open; spare such a wrapper.
            return !holdsMostParagraphs
        }
        if let role = node.attribute("role")?.lowercased(), rules.dropRoles.contains(role) {
            return !holdsMostParagraphs
        }
        if (marks[i].caption && !marks[i].content) || named(i, NameFlags.caption) {
            return textLength[i] <= ContentRules.maxCaptionChars
        }
        guard marks[i].boilerplate, !marks[i].content else { return false }
        if node.attribute("itemprop")?.lowercased() == "articlebody" { return false }
        // A wrapper with most of the page's paragraphs is the page, not furniture («has-sidebar» on the main
        // column).
        return !holdsMostParagraphs
    }
}

/// What an element's class and id words match: boilerplate words, caption words, content words, a content-root word (its
/// rank in the rules, best first).
struct ClassMarks {
    var boilerplate = false
    /// A caption or credit word (furniture only while the element is short).
    var caption = false
    var content = false
    var rootRank: Int?

    static let none = ClassMarks()

    init() {}

    init(words: [[UInt8]], rules: ContentRules) {
        self = rules.classWords.marks(words)
    }

    /// Adds what another attribute's words say.
    mutating func merge(_ other: ClassMarks) {
        boilerplate = boilerplate || other.boilerplate
        caption = caption || other.caption
        content = content || other.content
        if let r = other.rootRank { rootRank = min(rootRank ?? r, r) }
    }
}
