/// Chooses a page's main content and cleans its blocks. The fallback cascade is all in ``extract(_:title:)``:
///
/// 1. `content-root` — the article body the markup names (`itemprop="articleBody"`, a content-root class
///    such as `article-body`), or else the `<article>`/`<main>` element;
/// 2. `scored` — the container whose paragraphs score highest (text length, commas, class words, link
///    density), with the sibling paragraphs that belong to it;
/// 3. `paragraphs` — every paragraph-like block of the page that is long enough and not mostly links;
/// 4. `body` — all visible text of the page that is not mostly links.
///
/// A pass is taken when it yields at least ``minimumChars`` characters and is not much shorter than the
/// scored pass (markup that names a teaser or a caption as the body); otherwise the next pass is tried,
/// and when every pass is short the longest result wins. When even that is short and the page has
/// `<noscript>` content (sites that render with JavaScript), the passes run again with it visible.
struct ContentExtractor {
    /// Characters a pass must yield to be accepted.
    static let minimumChars = 250

    let analysis: PageAnalysis

    /// The main content of a page and the pass that found it.
    static func extract(_ tree: PageTree, rules: ContentRules, title: String?) -> (blocks: [TextBlock], method: String)
    {
        let first = ContentExtractor(analysis: PageAnalysis(tree: tree, rules: rules)).extract(title: title)
        let chars = first.blocks.reduce(0) { $0 + $1.text.count }
        guard chars < minimumChars, tree.first("noscript") != nil else { return first }
        let again = ContentExtractor(analysis: PageAnalysis(tree: tree, rules: rules, showNoscript: true)).extract(
            title: title)
        return again.blocks.reduce(0, { $0 + $1.text.count }) > chars
            ? (again.blocks, "noscript:" + again.method) : first
    }

    func extract(title: String?) -> (blocks: [TextBlock], method: String) {
        let all = analysis.collectBlocks(from: analysis.body)
        func within(_ roots: [Int]) -> [CollectedBlock] {
            let ranges = roots.map { $0..<analysis.tree.subtreeEnd($0) }
            return all.filter { b in ranges.contains { $0.contains(b.node) } }
        }
        var contentRoots = analysis.contentRoots()
        if contentRoots.isEmpty, let strong = analysis.strongRoleRoot() { contentRoots = [strong] }
        let rootBlocks = clean(within(contentRoots), title: title)
        let scoredBlocks = clean(within(analysis.scoredRoots(all)), title: title)
        let rootChars = chars(rootBlocks)
        let scoredChars = chars(scoredBlocks)
        if rootChars >= Self.minimumChars && Double(rootChars) >= 0.3 * Double(scoredChars) {
            return (rootBlocks.map(\.block), "content-root")
        }
        if scoredChars >= Self.minimumChars { return (scoredBlocks.map(\.block), "scored") }
        let paragraphBlocks = clean(paragraphs(all), title: title)
        if chars(paragraphBlocks) >= Self.minimumChars { return (paragraphBlocks.map(\.block), "paragraphs") }
        let bodyBlocks = clean(all.filter { $0.linkDensity <= 0.5 }, title: title)
        let candidates: [([CollectedBlock], String)] = [
            (rootBlocks, "content-root"), (scoredBlocks, "scored"), (paragraphBlocks, "paragraphs"),
            (bodyBlocks, "body"),
        ]
        let best = candidates.max { chars($0.0) < chars($1.0) } ?? (bodyBlocks, "body")
        return (best.0.map(\.block), best.1)
    }

    func chars(_ blocks: [CollectedBlock]) -> Int { blocks.reduce(0) { $0 + $1.chars } }

    /// Paragraph-like blocks of 50+ characters with few links, and the headings right before them.
    func paragraphs(_ blocks: [CollectedBlock]) -> [CollectedBlock] {
        var out: [CollectedBlock] = []
        for (k, b) in blocks.enumerated() {
            if b.block.kind == .heading {
                if k + 1 < blocks.count, blocks[k + 1].chars >= 50, blocks[k + 1].linkDensity <= 0.3 { out.append(b) }
            } else if b.chars >= 50 && b.linkDensity <= 0.3 {
                out.append(b)
            }
        }
        return out
    }

    /// Drops blocks that are furniture: mostly links, items of link lists, boilerplate lines, «related»
    /// markers and the headline-like blocks after them, and a heading that repeats the title.
    func clean(_ blocks: [CollectedBlock], title: String?) -> [CollectedBlock] {
        let lines = analysis.rules.lines
        var out: [CollectedBlock] = []
        var inRelated = false
        let titleKey = title.map(BoilerplateLines.key)
        for b in blocks {
            let text = b.block.text
            if lines.isRelatedMarker(text) {
                inRelated = true
                continue
            }
            if inRelated {
                if b.linkDensity > 0.3 || (b.chars < 120 && !ScrapedTextCleaner.isSentence(text)) { continue }
                inRelated = false
            }
            if b.linkDensity > 0.5 { continue }
            if b.block.kind == .item, let list = listOf(b.node), analysis.linkDensity(list) > 0.5 { continue }
            if lines.isBoilerplate(text) { continue }
            if b.block.kind == .heading, let titleKey, BoilerplateLines.key(text) == titleKey { continue }
            out.append(b)
        }
        return out
    }

    /// The list (`ul`, `ol`, `dl`) an item belongs to.
    func listOf(_ node: Int) -> Int? {
        var i = node
        for _ in 0..<4 {
            guard i >= 0 else { return nil }
            let name = analysis.tree[i].name
            if name == "ul" || name == "ol" || name == "dl" { return i }
            i = analysis.tree[i].parent
        }
        return nil
    }
}
