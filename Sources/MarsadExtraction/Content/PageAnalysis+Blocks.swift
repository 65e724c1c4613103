extension PageAnalysis {
    /// The element kinds that set a block's kind; other block elements inherit their parent's.
    static func kind(of name: String) -> TextBlock.Kind? {
        switch name {
        case "h1", "h2", "h3", "h4", "h5", "h6": return .heading
        case "li", "dd", "dt": return .item
        case "blockquote": return .quote
        case "pre": return .preformatted
        case "td", "th": return .cell
        default: return nil
        }
    }

    /// The blocks of text under `root` (removed elements skipped) in document order: every block-level
    /// element starts a new block; inline elements and links join the text around them.
    func collectBlocks(from root: Int) -> [CollectedBlock] {
        var blocks: [CollectedBlock] = []
        var text = WhitespaceCollapser()
        var linkChars = 0
        // Each entry: the node, and whether this is the exit of an element entered earlier.
        var stack: [(node: Int, exit: Bool)] = [(root, false)]
        var kinds: [TextBlock.Kind] = [.paragraph]
        var owners: [Int] = [root]
        var linkDepth = 0
        // NB: names compared by their ID in the page (string comparisons per node showed in profiles).
        func id(_ name: String) -> Int { tree.names.firstIndex(of: name) ?? -1 }
        let (a, br, hr, img, td) = (id("a"), id("br"), id("hr"), id("img"), id("td"))

        func flush() {
            if !text.isEmpty {
                blocks.append(
                    CollectedBlock(
                        block: TextBlock(kind: kinds.last ?? .paragraph, text: text.result), node: owners.last ?? root,
                        chars: text.count, linkChars: min(linkChars, text.count)))
            }
            text.reset()
            linkChars = 0
        }

        while let (i, exit) = stack.popLast() {
            let name = tree[i].nameID
            if exit {
                if name == a {
                    linkDepth -= 1
                    continue
                }
                flush()
                kinds.removeLast()
                owners.removeLast()
                continue
            }
            if removed[i] { continue }
            if tree[i].isText {
                let before = text.count
                tree.withText(of: i) { text.append($0) }
                if linkDepth > 0 { linkChars += text.count - before }
                continue
            }
            if name == br || name == hr {
                flush()
                continue
            }
            if name == a {
                linkDepth += 1
                stack.append((i, true))
            } else if named(i, NameFlags.block) || i == root {
                flush()
                kinds.append(Self.kind(of: tree.names[name]) ?? kinds.last ?? .paragraph)
                owners.append(i)
                stack.append((i, true))
            } else if name == img || name == td {
                text.separate()
            }
            // Children pushed in reverse, so that the first is popped first.
            let mark = stack.count
            for c in tree.children(of: i) { stack.append((c, false)) }
            stack[mark...].reverse()
        }
        flush()
        return blocks
    }
}
