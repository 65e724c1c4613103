import Foundation

/// The facts of a page that metadata comes from, gathered in one walk: `<meta>` tags by name or property,
/// `itemprop` values, JSON-LD, `<title>`, `<h1>`s, `<html lang>`, the canonical link and `<time>`.
///
/// ```swift
/// let facts = PageFacts(tree: tree)
/// facts.meta["og:title"]
/// ```
struct PageFacts {
    /// JSON-LD fields of the page's article object (`NewsArticle`, `Article`, `BlogPosting`, …).
    struct LinkedData {
        var headline: String?
        var alternativeHeadline: String?
        var description: String?
        var author: String?
        var datePublished: String?
        var dateModified: String?
        var publisher: String?
        var section: String?
        var language: String?
        var url: String?
    }

    var meta: [String: String] = [:]
    /// `<meta>` tags with a non-empty `content`, in document order (key lower-cased), for rules where the
    /// first tag of a kind in the page wins.
    var metaInOrder: [(key: String, content: String)] = []
    var itemprop: [String: String] = [:]
    var jsonLD: LinkedData?
    var title: String?
    var h1s: [String] = []
    var htmlLang: String?
    var canonical: String?
    var relAuthor: String?
    /// The `datetime` (or text) of the first `<time>` element, preferring one marked as the publication time.
    var timeElement: String?
    /// Raw text of scripts that are not JSON-LD (application state, which often carries the article's dates).
    var stateScripts: [String] = []

    static let articleTypes: Set<String> = [
        "newsarticle", "article", "blogposting", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
        "backgroundnewsarticle", "reviewnewsarticle", "scholarlyarticle", "techarticle", "liveblogposting",
        "socialmediaposting", "report", "posting",
    ]

    init(tree: PageTree) {
        var ldObjects: [[String: Any]] = []
        var publishedTime: String?
        var firstTime: String?
        // NB: other elements without attributes say nothing (most of a page): they are passed over by name ID.
        let named = tree.nameTable(["meta", "title", "h1", "html", "link", "script", "time", "a"])
        // NB: names compared by their ID in the page (a string switch per element showed in profiles).
        func id(_ name: String) -> Int { tree.names.firstIndex(of: name) ?? -1 }
        let (metaID, titleID, h1ID, htmlID, linkID, scriptID, timeID, aID) = (
            id("meta"), id("title"), id("h1"), id("html"), id("link"), id("script"), id("time"), id("a")
        )
        for i in tree.nodes.indices where !tree[i].isText && (named[tree[i].nameID] || !tree[i].attributes.isEmpty) {
            let node = tree[i]
            switch node.nameID {
            case metaID:
                let key =
                    (node.attribute("property") ?? node.attribute("name") ?? node.attribute("itemprop")
                    ?? node.attribute("http-equiv"))?.lowercased()
                if let key, let content = node.attribute("content"),
                    content.utf8.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D })
                {
                    if meta[key] == nil { meta[key] = content }
                    metaInOrder.append((key, content))
                }
            case titleID:
                if title == nil, node.parent >= 0, tree[node.parent].name != "svg" { title = tree.text(ofRaw: i) }
            case h1ID:
                if h1s.count < 4 { h1s.append(tree.text(of: i)) }
            case htmlID:
                htmlLang = htmlLang ?? node.attribute("lang") ?? node.attribute("xml:lang")
            case linkID:
                let rel = node.attribute("rel")?.lowercased() ?? ""
                if rel.split(separator: " ").contains("canonical"), canonical == nil {
                    canonical = node.attribute("href")
                }
            case scriptID:
                if node.attribute("type")?.lowercased().contains("ld+json") == true {
                    let json = tree.rawText(of: i)
                    // NB: JSON-LD that does not parse (a stray comma, an unescaped quote) is read for its date
                    // keys like application state.
                    if !Self.collect(json: json, into: &ldObjects), stateScripts.count < 32 {
                        stateScripts.append(json)
                    }
                } else if stateScripts.count < 32 {
                    stateScripts.append(tree.rawText(of: i))
                }
            case timeID:
                let value = node.attribute("datetime") ?? tree.text(of: i)
                if firstTime == nil { firstTime = value }
                let marks = ((node.attribute("class") ?? "") + " " + (node.attribute("itemprop") ?? "")).lowercased()
                if publishedTime == nil,
                    node.attribute("pubdate") != nil || marks.utf8.contains(ascii: "publish")
                        || marks.utf8.contains(ascii: "created")
                {
                    publishedTime = value
                }
            case aID:
                if relAuthor == nil, node.attribute("rel")?.lowercased() == "author" {
                    relAuthor = tree.text(of: i)
                }
            default:
                // RDFa on any element: <span property="schema:dateCreated" content="…">.
                if let property = node.attribute("property")?.lowercased(), let content = node.attribute("content"),
                    meta[property] == nil, !content.isEmpty
                {
                    meta[property] = content
                }
            }
            if let prop = node.attribute("itemprop")?.lowercased(), itemprop[prop] == nil, node.nameID != metaID {
                let value =
                    node.attribute("content") ?? node.attribute("datetime")
                    ?? (prop == "author" ? tree.text(of: i) : (prop.hasPrefix("date") ? tree.text(of: i) : nil))
                if let value, !value.isEmpty { itemprop[prop] = String(value.prefix(300)) }
            }
        }
        timeElement = publishedTime ?? firstTime
        jsonLD = Self.linkedData(ldObjects)
    }

    /// Adds the objects of a JSON-LD script; false when it is not JSON.
    @discardableResult
    static func collect(json: String, into objects: inout [[String: Any]]) -> Bool {
        // NB: JSON allows the whitespace around a value, so the script text is parsed as it is.
        guard json.utf8.contains(where: { $0 == UInt8(ascii: "{") || $0 == UInt8(ascii: "[") }),
            let value = try? JSONSerialization.jsonObject(with: Data(json.utf8), options: [.fragmentsAllowed])
        else { return false }
        func walk(_ v: Any, depth: Int) {
            guard depth < 6 else { return }
            if let object = v as? [String: Any] {
                objects.append(object)
                if let graph = object["@graph"] { walk(graph, depth: depth + 1) }
                if let main = object["mainEntity"] { walk(main, depth: depth + 1) }
            } else if let array = v as? [Any] {
                for item in array.prefix(50) { walk(item, depth: depth + 1) }
            }
        }
        walk(value, depth: 0)
        return true
    }

    static func types(_ object: [String: Any]) -> [String] {
        if let t = object["@type"] as? String { return [t.lowercased()] }
        if let ts = object["@type"] as? [Any] { return ts.compactMap { ($0 as? String)?.lowercased() } }
        return []
    }

    static func string(_ v: Any?) -> String? {
        if let s = v as? String { return s.isEmpty ? nil : s }
        if let n = v as? NSNumber { return n.stringValue }
        if let o = v as? [String: Any] { return string(o["name"]) ?? string(o["@value"]) ?? string(o["@id"]) }
        if let a = v as? [Any] {
            let names = a.compactMap { string($0) }
            return names.isEmpty ? nil : names.joined(separator: "; ")
        }
        return nil
    }

    static func linkedData(_ objects: [[String: Any]]) -> LinkedData? {
        let article =
            objects.first { !Set(types($0)).isDisjoint(with: articleTypes) }
            ?? objects.first { $0["datePublished"] != nil || $0["headline"] != nil }
        guard let article else { return nil }
        var ld = LinkedData()
        ld.headline = string(article["headline"]) ?? string(article["name"])
        ld.alternativeHeadline = string(article["alternativeHeadline"])
        ld.description = string(article["description"])
        ld.author = string(article["author"]) ?? string(article["creator"])
        ld.datePublished = string(article["datePublished"]) ?? string(article["dateCreated"])
        ld.dateModified = string(article["dateModified"])
        ld.publisher = string(article["publisher"]) ?? string(article["sourceOrganization"])
        ld.section = string(article["articleSection"])
        ld.language = string(article["inLanguage"])
        ld.url = string(article["url"]) ?? string(article["mainEntityOfPage"])
        if let published = ld.publisher, published.hasPrefix("http") { ld.publisher = nil }
        if let author = ld.author, author.hasPrefix("http") { ld.author = nil }
        return ld
    }
}

extension PageTree {
    /// Collapsed text of an element's text children only (`<title>`, which `text(of:)` treats as invisible).
    func text(ofRaw index: Int) -> String {
        var c = WhitespaceCollapser()
        c.append(rawText(of: index))
        return c.result
    }
}

extension String.UTF8View {
    /// True when the bytes contain an ASCII word (a fast substring test for class names).
    func contains(ascii word: StaticString) -> Bool {
        withContiguousStorageIfAvailable { $0.contains(ascii: word) } ?? false
    }
}

extension UnsafeBufferPointer<UInt8> {
    /// True when the bytes contain an ASCII word.
    func contains(ascii word: StaticString) -> Bool {
        word.withUTF8Buffer { needle in
            guard let first = needle.first, count >= needle.count else { return false }
            var i = 0
            while i + needle.count <= count {
                if self[i] == first && self[i..<i + needle.count].elementsEqual(needle) { return true }
                i += 1
            }
            return false
        }
    }
}
