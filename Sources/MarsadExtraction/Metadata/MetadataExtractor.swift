import Foundation
public import MarsadCore

/// Reads an article's metadata from a parsed page: JSON-LD (`NewsArticle` and kin), OpenGraph and
/// `article:*`, standard `<meta>` tags, `<time>`, `<title>`/`<h1>`, the URL and the text. Every field
/// names its source; the order of sources per field is in one place below.
///
/// ```swift
/// let metadata = try MetadataExtractor().extract(tree, url: "https://example.com/2023/07/03/a")
/// metadata.published  // MetadataField("2023-07-03", source: "json-ld")
/// ```
public struct MetadataExtractor: Sendable {
    public let dates: DateParser
    public let rules: ContentRules

    /// ``ContentRules/dateElementWords`` by their first byte.
    let dateWordsByFirstByte: [[[UInt8]]]

    public init() throws(MarsadError) {
        self.init(dates: try DateParser.bundled(), rules: try ContentRules.bundled())
    }

    public init(dates: DateParser, rules: ContentRules) {
        self.dates = dates
        self.rules = rules
        var table = [[[UInt8]]](repeating: [], count: 256)
        for word in rules.dateElementWords {
            if let first = word.first { table[Int(first)].append(word) }
        }
        dateWordsByFirstByte = table
    }

    /// Meta keys for the publication date, best first.
    static let publishedKeys = [
        "article:published_time", "og:published_time", "article:published", "datepublished", "pubdate",
        "publishdate", "publish-date", "publish_date", "published_time", "published-date", "article.published",
        "parsely-pub-date", "sailthru.date", "dc.date.issued", "dcterms.issued", "dc.date.created",
        "dcterms.created", "dc.date", "dcterms.date", "citation_publication_date", "citation_date",
        "originalpublicationdate", "original-publish-date", "date", "article_date_original",
        "cxenseparse:recs:publishtime",
        "og:article:published_time", "bt:pubdate", "created", "date_published", "release_date", "og:pubdate",
        "last-modified",
    ]
    /// ``publishedKeys`` without `last-modified`, for lookups.
    static let publishedKeySet = Set(publishedKeys.filter { $0 != "last-modified" })
    static let updatedKeys = [
        "article:modified_time", "og:updated_time", "og:modified_time", "datemodified", "dcterms.modified",
        "dc.date.modified", "lastmod", "last-modified", "article:updated_time", "modified",
    ]

    /// The metadata of a page; `url` is where the page came from (WARC target, JSON Lines field).
    public func extract(_ tree: PageTree, url: String? = nil) -> ArticleMetadata {
        let page = PageFacts(tree: tree)
        var m = ArticleMetadata()
        let ld = page.jsonLD

        // Title: OpenGraph, JSON-LD headline, Twitter card, the page's <h1> or <title>.
        m.title =
            field(page.meta["og:title"], "opengraph") ?? field(ld?.headline, "json-ld")
            ?? field(page.meta["twitter:title"], "meta:twitter:title") ?? titleFromHeadings(page)
        m.subtitle =
            field(ld?.alternativeHeadline, "json-ld") ?? field(page.meta["og:description"], "opengraph")
            ?? field(page.meta["description"], "meta:description") ?? field(ld?.description, "json-ld")
        m.author =
            field(ld?.author, "json-ld") ?? field(page.meta["author"], "meta:author")
            ?? field(page.meta["article:author"].flatMap { $0.hasPrefix("http") ? nil : $0 }, "meta:article:author")
            ?? field(page.meta["byl"].map { $0.replacingOccurrences(of: "By ", with: "") }, "meta:byl")
            ?? field(page.meta["dc.creator"], "meta:dc.creator") ?? field(page.meta["parsely-author"], "meta:parsely")
            ?? field(page.itemprop["author"], "itemprop") ?? field(page.relAuthor, "rel-author")
        m.published = publishedDate(page, tree: tree, ld: ld, url: url)
        m.updated =
            date(ld?.dateModified, "json-ld")
            ?? Self.updatedKeys.lazy.compactMap { self.date(page.meta[$0], "meta:" + $0) }.first
        m.site =
            field(page.meta["og:site_name"], "opengraph") ?? field(ld?.publisher, "json-ld")
            ?? field(page.meta["application-name"], "meta:application-name")
            ?? field(
                page.meta["twitter:site"].map { $0.hasPrefix("@") ? String($0.dropFirst()) : $0 }, "meta:twitter:site")
        m.section =
            field(page.meta["article:section"], "opengraph") ?? field(ld?.section, "json-ld")
            ?? field(page.meta["section"], "meta:section")
        m.language =
            field(page.htmlLang.map(Self.languageCode), "html-lang")
            ?? field(page.meta["content-language"].map(Self.languageCode), "meta:content-language")
            ?? field(page.meta["og:locale"].map(Self.languageCode), "opengraph") ?? field(ld?.language, "json-ld")
        m.url =
            field(page.canonical, "link-canonical") ?? field(page.meta["og:url"], "opengraph")
            ?? field(ld?.url, "json-ld") ?? field(url, "input")
        return m
    }

    func field(_ value: String?, _ source: String) -> MetadataField? {
        guard let value else { return nil }
        var c = WhitespaceCollapser()
        c.append(value)
        return c.isEmpty ? nil : MetadataField(c.result, source: source)
    }

    func date(_ value: String?, _ source: String) -> MetadataField? {
        guard let value, let d = dates.firstDate(in: value.prefix(200)) else { return nil }
        return MetadataField(d.description, source: source)
    }

    /// `ar-EG` → `ar`, `fa_IR` → `fa`.
    static func languageCode(_ value: String) -> String {
        String(value.lowercased().prefix { $0.isLetter })
    }

    /// The page's own title: a single `<h1>` that the `<title>` contains, else the longest part of the
    /// `<title>` split at « | », « - », « – », « — », « :: ».
    func titleFromHeadings(_ page: PageFacts) -> MetadataField? {
        let title = page.title ?? ""
        if page.h1s.count == 1, let h1 = page.h1s.first, !h1.isEmpty, title.isEmpty || title.contains(h1) {
            return MetadataField(h1, source: "h1")
        }
        guard !title.isEmpty else { return page.h1s.first.flatMap { field($0, "h1") } }
        var parts = [title]
        for separator in [" | ", " – ", " — ", " - ", " :: ", " » ", " « ", " · "] where parts.count == 1 {
            let split = title.components(separatedBy: separator)
            if split.count > 1 { parts = split }
        }
        let best = parts.max { $0.count < $1.count } ?? title
        return field(best, parts.count > 1 ? "title-tag:part" : "title-tag")
    }

    /// Publication date, best source first (original date, not the last modification).
    func publishedDate(_ page: PageFacts, tree: PageTree, ld: PageFacts.LinkedData?, url: String?) -> MetadataField? {
        // A full date in the article's address is set when it is published, in the site's own time zone
        // (JSON-LD and meta times are often UTC and fall on the next or previous day), as htmldate reads it.
        for (address, source) in [
            (url, "url"), (page.canonical, "url:link-canonical"), (page.meta["og:url"], "url:opengraph"),
        ] {
            if let address, let d = urlDate(address) { return MetadataField(d.value, source: source) }
        }
        // The first publication-date <meta> tag of the page, then JSON-LD (as htmldate reads them: a page's
        // JSON-LD is more often a template's or a syndication copy's than its <meta> tags are).
        for (key, content) in page.metaInOrder where Self.publishedKeySet.contains(key) {
            if let d = date(content, "meta:" + key) { return localDate(for: d, raw: content, page) }
        }
        if let d = date(ld?.datePublished, "json-ld") { return localDate(for: d, raw: ld?.datePublished, page) }
        if let d = date(page.itemprop["datepublished"], "itemprop:datePublished") { return d }
        if let d = date(page.itemprop["datecreated"], "itemprop:dateCreated") { return d }
        // Any other meta tag that names a publication or creation date (site-specific vocabularies).
        for key in page.meta.keys.sorted()
        where (key.contains("publish") || key.contains("created") || key.hasSuffix("date") || key.hasSuffix("uploaded"))
            && !key.contains("modif") && !key.contains("updat") && !key.contains("expir")
        {
            if let d = date(page.meta[key], "meta:" + key) { return d }
        }
        if let d = stateScriptDate(page) { return d }
        if let d = dateElementDate(tree) { return d }
        // NB: after the date-labelled elements: the first <time> of a page is often a sidebar's or a comment's.
        if let d = date(page.timeElement, "time") { return d }
        if let d = date(ld?.dateModified, "json-ld:dateModified") { return d }
        for key in Self.updatedKeys {
            if let d = date(page.meta[key], "meta:" + key) { return d }
        }
        return nil
    }

    /// Characters read from the start of a date element's text (a date line is short; later dates in a long
    /// element are more often a comment's or a related article's).
    static let dateElementChars = 60

    /// The first date at the start of an element that shows a date (``ContentRules/dateElementWords``,
    /// ``ContentRules/dateElementNames``), in document order; two-digit years are read there.
    /// Date elements inside the page's furniture (``ContentRules/dateSkipElements``,
    /// ``ContentRules/dateSkipWords``, a `<header>` outside an `<article>`) are skipped: there the date is
    /// the edition's, a teaser's or a comment's.
    func dateElementDate(_ tree: PageTree) -> MetadataField? {
        let dateNames = tree.nameTable(rules.dateElementNames)
        for i in tree.nodes.indices where !tree[i].isText && (dateNames[tree[i].nameID] || hasDateWords(tree[i])) {
            let text = tree.textPrefix(of: i, characters: Self.dateElementChars)
            if let d = dates.firstDate(in: text, twoDigitYears: true), !inFurniture(i, tree) {
                return MetadataField(d.description, source: "text:date-element")
            }
        }
        return nil
    }

    /// True when an ancestor of element `i` is page furniture for dates (see ``dateElementDate(_:)``).
    func inFurniture(_ i: Int, _ tree: PageTree) -> Bool {
        var a = tree[i].parent
        var headerOutsideArticle = false
        // NB: the walk stops below <body>, whose classes describe the page's layout («one-sidebar»).
        while a > 0, tree[a].name != "body" {
            let node = tree[a]
            if rules.dateSkipElements.contains(node.name) { return true }
            if node.name == "header" { headerOutsideArticle = true }
            if node.name == "article" { headerOutsideArticle = false }
            let cls = node.attribute("class")
            let id = node.attribute("id")
            if cls != nil || id != nil,
                rules.dateSkipWords.matchesAny(in: (cls ?? "") + " " + (id ?? ""))
            {
                return true
            }
            a = node.parent
        }
        return headerOutsideArticle
    }

    /// True when an element's class, id or itemprop words say it shows a date.
    func hasDateWords(_ node: PageTree.Node) -> Bool {
        for (name, value) in node.attributes where name == "class" || name == "id" || name == "itemprop" {
            var value = value
            let found = value.withUTF8 { Self.containsAnyIgnoringCase($0, dateWordsByFirstByte) }
            if found { return true }
        }
        return false
    }

    /// True when one of the lower-case ASCII words (listed by their first byte) occurs in `bytes`, ASCII
    /// letters compared without case; one pass for all the words.
    static func containsAnyIgnoringCase(_ bytes: UnsafeBufferPointer<UInt8>, _ wordsByFirstByte: [[[UInt8]]]) -> Bool {
        @inline(__always) func lower(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b | 0x20 : b }
        let n = bytes.count
        for i in 0..<n {
            for word in wordsByFirstByte[Int(lower(bytes[i]))] where i + word.count <= n {
                var k = 1
                while k < word.count && lower(bytes[i + k]) == word[k] { k += 1 }
                if k == word.count { return true }
            }
        }
        return false
    }

    /// Keys of application-state JSON in scripts that hold the publication date, best first.
    static let stateKeys: [[UInt8]] = [
        "datePublished", "publishedDate", "published_at", "publishDate", "date_published", "publicationDate",
        "firstPublished", "createdAt", "created_at",
    ].map { Array($0.utf8) }

    /// A publication date that a page's application-state JSON carries («"published_at":"2019-03-02T06:22:28+01:00"»):
    /// the value of the best-ranked key found, in one pass over each script's bytes.
    func stateScriptDate(_ page: PageFacts) -> MetadataField? {
        var best: (rank: Int, date: CalendarDate)?
        for script in page.stateScripts {
            var script = script
            script.withUTF8 { p in
                let n = p.count
                var i = 0
                while i + 2 < n {
                    defer { i += 1 }
                    guard p[i] == 0x22 else { continue }
                    for (rank, key) in Self.stateKeys.enumerated() where rank < (best?.rank ?? .max) {
                        let close = i + 1 + key.count
                        guard close < n, p[close] == 0x22, p[i + 1] == key[0] else { continue }
                        var same = true
                        for k in 1..<key.count where p[i + 1 + k] != key[k] {
                            same = false
                            break
                        }
                        guard same else { continue }
                        var start = close + 1
                        while start < n && start < close + 8
                            && (p[start] == 0x20 || p[start] == 0x3A || p[start] == 0x22)
                        {
                            start += 1
                        }
                        let value = String(
                            decoding: UnsafeBufferPointer(rebasing: p[start..<min(n, start + 32)]), as: UTF8.self)
                        if let d = dates.firstDate(in: value) { best = (rank, d) }
                    }
                }
            }
            if best?.rank == 0 { break }
        }
        guard let best else { return nil }
        return MetadataField(
            best.date.description, source: "script:" + String(decoding: Self.stateKeys[best.rank], as: UTF8.self))
    }

    /// A machine date given in UTC («2023-11-09T02:11:03+00:00») falls on the next or previous day in the
    /// publisher's own time zone; when the page's application state gives the publication time with the
    /// local offset («"publicationDate":"2023-11-08T22:35:29-08:00"»), one day apart, that local day is the
    /// publication date. (Dates shown in date elements were tried too and were more often a sidebar's.)
    /// The page's JSON-LD `datePublished` given with a local offset («2020-12-25T01:59:50+02:00» beside a
    /// `<meta>` «2020-12-24T23:59:50+00:00») counts in the same way.
    func localDate(for field: MetadataField, raw: String?, _ page: PageFacts) -> MetadataField {
        guard let raw, Self.isUTCTime(raw), let machine = CalendarDate(iso: field.value) else { return field }
        if let ldRaw = page.jsonLD?.datePublished, Self.hasLocalOffset(ldRaw), let ld = date(ldRaw, "json-ld"),
            let local = CalendarDate(iso: ld.value), abs(local.dayNumber - machine.dayNumber) == 1
        {
            return MetadataField(ld.value, source: field.source + "+json-ld")
        }
        guard let state = stateScriptDate(page), let local = CalendarDate(iso: state.value),
            abs(local.dayNumber - machine.dayNumber) == 1
        else { return field }
        return MetadataField(state.value, source: field.source + "+" + state.source)
    }

    /// True when an ISO date-time has a time of day and a UTC offset other than zero («…T01:59:50+02:00»).
    static func hasLocalOffset(_ raw: String) -> Bool {
        let u = Array(raw.utf8)
        guard let t = u.firstIndex(of: UInt8(ascii: "T")), u.count >= t + 6 else { return false }
        let tail = u[(u.count - 6)...]
        guard tail.first == UInt8(ascii: "+") || tail.first == UInt8(ascii: "-"),
            tail[tail.startIndex + 3] == UInt8(ascii: ":")
        else { return false }
        return !isUTCTime(raw)
    }

    /// True when an ISO date-time has a time of day and says it is UTC.
    static func isUTCTime(_ raw: String) -> Bool {
        let u = raw.uppercased()
        guard u.utf8.contains(UInt8(ascii: "T")) || u.utf8.contains(UInt8(ascii: ":")) else { return false }
        return u.hasSuffix("Z") || u.hasSuffix("+00:00") || u.hasSuffix("+0000") || u.hasSuffix("GMT")
            || u.hasSuffix("UTC") || u.hasSuffix("-00:00")
    }

    /// The last resort for a publication date: the first date in a short text of the page (a byline, a
    /// «posted on» line), else the first date in a link's URL path.
    public func dateFromPageText(_ tree: PageTree) -> MetadataField? {
        let body = tree.first("body") ?? 0
        let end = tree.subtreeEnd(body)
        for i in body..<end where tree[i].isText {
            let parent = tree[i].parent
            guard tree.textByteCount(i) <= 400, parent >= 0, !tree.isInvisible(parent)
            else { continue }
            if let d = dates.firstDate(in: tree.nodeText(i)) {
                return MetadataField(d.description, source: "text:page")
            }
        }
        for i in body..<end where tree[i].name == "a" {
            if let href = tree[i].attribute("href"), let d = urlDate(href) {
                return MetadataField(d.value, source: "link-url")
            }
        }
        return nil
    }

    /// A date in the URL path (`/2019/05/12/`, `/2019-05-12-`, `/20190512/`).
    func urlDate(_ url: String) -> MetadataField? {
        // NB: a date needs a run of 4 or 8 digits; most links have none (pieces() of every link showed in profiles).
        guard Self.hasDateDigitRun(url) else { return nil }
        let path = url.split(separator: "?").first.map(String.init) ?? url
        let pieces = DateParser.pieces(Substring(path))
        for i in pieces.indices {
            guard case .number(let y, let yn) = pieces[i], yn == 4, dates.years.contains(y) else {
                if case .number(let v, let n) = pieces[i], n == 8,
                    let d = dates.valid(v / 10000, v / 100 % 100, v % 100)
                {
                    return MetadataField(d.description, source: "url")
                }
                continue
            }
            if i + 4 < pieces.count, case .mark(let s1) = pieces[i + 1], "/-_".contains(s1),
                case .number(let m, let mn) = pieces[i + 2], mn <= 2, case .mark(let s2) = pieces[i + 3],
                "/-_".contains(s2),
                case .number(let d, let dn) = pieces[i + 4], dn <= 2, let date = dates.valid(y, m, d)
            {
                return MetadataField(date.description, source: "url")
            }
        }
        return nil
    }

    /// True when the text has a run of exactly 4 or 8 digits (ASCII, Arabic-Indic or Extended Arabic-Indic, as
    /// ``DateParser`` reads them), which ``urlDate(_:)`` needs.
    static func hasDateDigitRun(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { p in
            var run = 0
            var i = 0
            let n = p.count
            while i < n {
                let b = p[i]
                var width = 0
                if b >= 0x30 && b <= 0x39 {
                    width = 1
                } else if i + 1 < n,
                    (b == 0xD9 && p[i + 1] >= 0xA0 && p[i + 1] <= 0xA9)
                        || (b == 0xDB && p[i + 1] >= 0xB0 && p[i + 1] <= 0xB9)
                {
                    width = 2
                }
                if width > 0 {
                    run += 1
                    i += width
                    continue
                }
                if run == 4 || run == 8 { return true }
                run = 0
                i += 1
            }
            return run == 4 || run == 8
        }
    }
}
