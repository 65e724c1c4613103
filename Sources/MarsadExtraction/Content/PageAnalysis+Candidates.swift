extension PageAnalysis {
    /// Elements that mark an article body by `itemprop="articleBody"` or a content-root class or id word,
    /// best first: the earliest rule that matches wins, and among its matches the one with the most text.
    /// Other elements with the same class (a body split by advertisements) come along.
    func contentRoots() -> [Int] {
        var best: (rank: Int, node: Int)?
        for i in tree.nodes.indices where !tree[i].isText && !removed[i] && textLength[i] > 0 {
            let node = tree[i]
            var rank: Int?
            if node.attribute("itemprop")?.lowercased() == "articlebody" {
                rank = -1
            } else {
                rank = marks[i].rootRank
            }
            guard let r = rank else { continue }
            if let b = best {
                if r < b.rank || (r == b.rank && textLength[i] > textLength[b.node]) { best = (r, i) }
            } else {
                best = (r, i)
            }
        }
        guard let winner = best?.node else { return [] }
        let cls = tree[winner].attribute("class")
        var roots = [winner]
        if let cls, !cls.isEmpty {
            for i in tree.nodes.indices where i != winner && !removed[i] && tree[i].attribute("class") == cls {
                if !tree.contains(winner, i) && !tree.contains(i, winner)
                    && !roots.contains(where: { tree.contains($0, i) })
                {
                    roots.append(i)
                }
            }
        }
        return roots.sorted()
    }

    /// Commas in a text, Latin «,» and Arabic «،» (U+060C), counted on UTF-8 bytes.
    static func commas(_ text: String) -> Int {
        var count = 0
        var previous: UInt8 = 0
        for b in text.utf8 {
            if b == 0x2C || (previous == 0xD8 && b == 0x8C) { count += 1 }
            previous = b
        }
        return count
    }

    /// `<article>` / `<main>` elements (the one with the most text).
    func strongRoleRoot() -> Int? {
        var best: Int?
        for i in tree.nodes.indices where !removed[i] && named(i, NameFlags.strong) {
            if best == nil || textLength[i] > textLength[best!] { best = i }
        }
        return best
    }

    /// The element whose paragraphs score highest (after Readability): each block of 25+ characters adds
    /// 1 + its commas + up to 3 for length to its container, half to the next one up and a third to the
    /// one above; class and id words and the element name weigh in; link-heavy containers lose.
    /// Returns the winner and the siblings that belong with it.
    func scoredRoots(_ blocks: [CollectedBlock]) -> [Int] {
        var score: [Int: Double] = [:]
        func initial(_ i: Int) -> Double {
            var s = 0.0
            switch tree[i].name {
            case "div", "article", "section", "main": s += 5
            case "pre", "td", "blockquote": s += 3
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form": s -= 3
            case "h1", "h2", "h3", "h4", "h5", "h6", "th": s -= 5
            default: break
            }
            if marks[i].content { s += 25 }
            if marks[i].boilerplate { s -= 25 }
            return s
        }
        for b in blocks where b.chars >= 25 && b.block.kind != .heading {
            let commas = Self.commas(b.block.text)
            let points = 1 + Double(commas) + min(Double(b.chars) / 100, 3)
            var container = tree[b.node].name == "p" || tree[b.node].name == "pre" ? tree[b.node].parent : b.node
            var divider = 1.0
            for _ in 0..<3 {
                guard container >= 0, container != 0 else { break }
                if score[container] == nil { score[container] = initial(container) }
                score[container]! += points / divider
                divider += 1
                if container == body { break }
                container = tree[container].parent
            }
        }
        guard
            let (winner, best) = score.map({ ($0.key, $0.value * (1 - linkDensity($0.key))) }).max(by: {
                $0.1 < $1.1 || ($0.1 == $1.1 && $0.0 > $1.0)
            })
        else { return [] }
        var roots = [winner]
        let parent = tree[winner].parent
        if parent >= 0 && winner != body {
            let threshold = max(10, best * 0.2)
            for s in tree.children(of: parent) where s != winner && !removed[s] && !tree[s].isText {
                let sibling = (score[s] ?? 0) * (1 - linkDensity(s))
                if sibling >= threshold
                    || (tree[s].name == "p" && textLength[s] > 80 && linkDensity(s) < 0.25)
                {
                    roots.append(s)
                }
            }
        }
        return roots.sorted()
    }
}
