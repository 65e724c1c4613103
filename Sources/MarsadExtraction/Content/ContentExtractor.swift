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
    /// How much more text the page's paragraphs must hold than the chosen container to be taken with it.
    static let splitArticleRatio = 1.5
    /// Blocks before the chosen ones searched for a lead, and the characters a lead sentence has.
    static let leadWindow = 3
    static let minimumLeadChars = 60
    /// Lines shorter than this at the ends of the article may be debris; at most this many go per end.
    static let edgeDebrisChars = 50
    static let maxEdgeDebris = 3

    let analysis: PageAnalysis

    /// What a pass yields: the article's blocks, the pass, and the short lines trimmed from the article's
    /// start (a dateline or date line the metadata may still read).
    typealias Outcome = (blocks: [TextBlock], method: String, leadingDebris: [TextBlock])

    /// The main content of a page and the pass that found it.
    static func extract(_ tree: PageTree, rules: ContentRules, title: String?) -> Outcome {
        let first = ContentExtractor(analysis: PageAnalysis(tree: tree, rules: rules)).extract(title: title)
        let chars = first.blocks.reduce(0) { $0 + $1.text.count }
        guard chars < minimumChars, tree.first("noscript") != nil else { return first }
        let again = ContentExtractor(analysis: PageAnalysis(tree: tree, rules: rules, showNoscript: true)).extract(
            title: title)
        return again.blocks.reduce(0, { $0 + $1.text.count }) > chars
            ? (again.blocks, "noscript:" + again.method, again.leadingDebris) : first
    }

    func extract(title: String?) -> Outcome {
        let all = analysis.collectBlocks(from: analysis.body)
        let facts = BlockFacts(all, analysis: analysis, title: title)
        func within(_ roots: [Int]) -> [Int] {
            let ranges = roots.map { $0..<analysis.tree.subtreeEnd($0) }
            return all.indices.filter { k in ranges.contains { $0.contains(all[k].node) } }
        }
        var contentRoots = analysis.roots
        if contentRoots.isEmpty, let strong = analysis.strongRoleRoot() { contentRoots = [strong] }
        let rootBlocks = facts.clean(within(contentRoots))
        let scoredBlocks = facts.clean(within(analysis.scoredRoots(all)))
        let rootChars = chars(rootBlocks)
        let scoredChars = chars(scoredBlocks)
        let decision = choose()
        return (decision.0.map { all[$0].block }, decision.1, decision.2.map { all[$0].block })

        func choose() -> ([Int], String, [Int]) {
            let paragraphBlocks = facts.clean(paragraphs(all))
            var picked: ([Int], String)
            if rootChars >= Self.minimumChars && Double(rootChars) >= 0.3 * Double(scoredChars) {
                picked = (rootBlocks, "content-root")
            } else if scoredChars >= Self.minimumChars {
                picked = (scoredBlocks, "scored")
            } else if chars(paragraphBlocks) >= Self.minimumChars {
                return (paragraphBlocks, "paragraphs", [])
            } else {
                let bodyBlocks = facts.clean(all.indices.filter { all[$0].linkDensity <= 0.5 })
                let candidates: [([Int], String)] = [
                    (rootBlocks, "content-root"), (scoredBlocks, "scored"), (paragraphBlocks, "paragraphs"),
                    (bodyBlocks, "body"),
                ]
                let best = candidates.max { chars($0.0) < chars($1.0) } ?? (bodyBlocks, "body")
                return (best.0, best.1, [])
            }
            // The page's paragraphs hold much more text than the chosen container: the article is split over
            // several containers (modules, an intro box); take them all.
            if Double(chars(paragraphBlocks)) > Self.splitArticleRatio * Double(chars(picked.0)) {
                picked = (Array(Set(picked.0).union(paragraphBlocks)).sorted(), picked.1 + "+paragraphs")
            }
            let chosen = leadBlocks(before: picked.0, all, facts) + picked.0
            let (kept, debris) = trimEdges(chosen.filter { !facts.headsFurniture($0) }, facts)
            return (kept, picked.1, debris)
        }

        func chars(_ indices: [Int]) -> Int { indices.reduce(0) { $0 + all[$1].chars } }
    }

    /// The standfirst or lead paragraphs just before the chosen blocks (outside the marked body): sentences
    /// of ``minimumLeadChars``+ characters among the ``leadWindow`` blocks before it, up to the page's `<h1>`;
    /// bylines, dates and captions in between are skipped.
    func leadBlocks(before chosen: [Int], _ blocks: [CollectedBlock], _ facts: BlockFacts) -> [Int] {
        guard let first = chosen.first else { return [] }
        var out: [Int] = []
        var k = first - 1
        while k >= 0 && k >= first - Self.leadWindow {
            let b = blocks[k]
            if facts.marker[k] || (b.linkDensity > 0.5 && b.chars > 30) { break }
            if analysis.tree[b.node].name == "h1" { break }
            if !facts.furniture[k] && facts.sentence[k] && b.chars >= Self.minimumLeadChars && b.linkDensity <= 0.3 {
                out.append(k)
            }
            k -= 1
        }
        return out.reversed()
    }

    /// Drops debris at both ends of the article — up to ``maxEdgeDebris`` short lines that are not sentences,
    /// headings or list items (a byline, a date, «Artikel», «Tipp favorisieren») — while at least
    /// ``minimumChars`` characters remain.
    /// Returns the blocks kept and those dropped from the start.
    func trimEdges(_ chosen: [Int], _ facts: BlockFacts) -> (kept: [Int], droppedFromStart: [Int]) {
        var out = chosen[...]
        var droppedFromStart: [Int] = []
        var total = out.reduce(0) { $0 + facts.chars[$1] }
        func debris(_ k: Int) -> Bool {
            facts.chars[k] < Self.edgeDebrisChars && !facts.sentence[k] && facts.kinds[k] != .item
                && facts.kinds[k] != .heading
        }
        for fromEnd in [true, false] {
            var dropped = 0
            while dropped < Self.maxEdgeDebris, let k = fromEnd ? out.last : out.first, debris(k),
                total - facts.chars[k] >= Self.minimumChars
            {
                total -= facts.chars[k]
                if fromEnd { out.removeLast() } else { droppedFromStart.append(out.removeFirst()) }
                dropped += 1
            }
        }
        return (Array(out), droppedFromStart)
    }

    /// Paragraph-like blocks of 50+ characters with few links, and the headings right before them.
    func paragraphs(_ blocks: [CollectedBlock]) -> [Int] {
        var out: [Int] = []
        for (k, b) in blocks.enumerated() {
            if b.block.kind == .heading {
                if k + 1 < blocks.count, blocks[k + 1].chars >= 50, blocks[k + 1].linkDensity <= 0.3 { out.append(k) }
            } else if b.chars >= 50 && b.linkDensity <= 0.3 {
                out.append(k)
            }
        }
        return out
    }

    /// What each block of the page is, judged once for all passes.
    struct BlockFacts {
        /// Furniture wherever it appears: mostly links, an item of a link list, a boilerplate line, an image
        /// caption ending in a credit «(REUTERS/…)», a heading that repeats the title.
        var furniture: [Bool]
        /// A «related articles» marker.
        var marker: [Bool]
        /// Reads as a sentence (ends a run of related headlines).
        var sentence: [Bool]
        var linkDensity: [Double]
        var chars: [Int]
        var kinds: [TextBlock.Kind]

        init(_ blocks: [CollectedBlock], analysis: PageAnalysis, title: String?) {
            let lines = analysis.rules.lines
            let titleKey = title.map(BoilerplateLines.key)
            furniture = []
            marker = []
            sentence = []
            linkDensity = blocks.map(\.linkDensity)
            chars = blocks.map(\.chars)
            kinds = blocks.map(\.block.kind)
            for b in blocks {
                let text = b.block.text
                let kind = lines.classify(text)
                var junk =
                    b.linkDensity > 0.5 || kind.boilerplate
                    || (b.chars < 300 && lines.isCaption(text))
                if !junk, b.block.kind == .item, let list = ContentExtractor.listOf(b.node, in: analysis.tree),
                    analysis.linkDensity(list) > 0.5
                {
                    junk = true
                }
                if !junk, b.block.kind == .heading, let titleKey, text.utf8.count < 600,
                    BoilerplateLines.key(text) == titleKey
                {
                    junk = true
                }
                furniture.append(junk)
                marker.append(kind.related)
                sentence.append(ScrapedTextCleaner.isSentence(text))
            }
        }

        /// A heading whose next block is furniture, a «related» marker or mostly links: the title of a
        /// «more on this» box or a share bar, not of a part of the article.
        func headsFurniture(_ k: Int) -> Bool {
            guard kinds[k] == .heading, k + 1 < furniture.count else { return false }
            return furniture[k + 1] || marker[k + 1] || linkDensity[k + 1] > 0.5
        }

        /// Drops furniture, «related» markers and the headline-like blocks after them.
        func clean(_ indices: [Int]) -> [Int] {
            var out: [Int] = []
            var inRelated = false
            for k in indices {
                if marker[k] {
                    inRelated = true
                    continue
                }
                if inRelated {
                    if linkDensity[k] > 0.3 || (chars[k] < 120 && !sentence[k]) { continue }
                    inRelated = false
                }
                if !furniture[k] { out.append(k) }
            }
            return out
        }
    }

    /// The list (`ul`, `ol`, `dl`) an item belongs to.
    static func listOf(_ node: Int, in tree: PageTree) -> Int? {
        var i = node
        for _ in 0..<4 {
            guard i >= 0 else { return nil }
            let name = tree[i].name
            if name == "ul" || name == "ol" || name == "dl" { return i }
            i = tree[i].parent
        }
        return nil
    }
}
