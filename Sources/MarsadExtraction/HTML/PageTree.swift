/// A parsed HTML page as a compact tree of elements and text, in document order (a parent always comes
/// before its children), built from libxml2's HTML parser.
///
/// ```swift
/// let tree = try PageTree.parse(Array("<p>Hello <b>world</b></p>".utf8))
/// tree.text(of: tree.first("p")!)  // "Hello world"
/// ```
public struct PageTree: Sendable {
    /// An element or a run of text.
    public struct Node: Sendable {
        /// Lower-cased element name; empty for text.
        public var name: String
        /// The text of a text node (entities decoded); empty for elements.
        public var text: String
        /// The attributes extraction reads (``PageTree/keptAttributes``), with lower-cased names, in source order.
        public var attributes: [(name: String, value: String)]
        /// Index of the parent node; -1 for the root.
        public var parent: Int
        public var children: [Int]

        public var isText: Bool { name.isEmpty }

        /// The value of an attribute (names are lower-case).
        public func attribute(_ name: String) -> String? {
            for a in attributes where a.name == name { return a.value }
            return nil
        }
    }

    /// All nodes; index 0 is the document root (named `#document`).
    public var nodes: [Node]

    public init(nodes: [Node]) {
        self.nodes = nodes
    }

    // NB: `_read` yields the stored node instead of a copy (a copy retains and releases its four buffers,
    // which showed in profiles: extraction reads nodes millions of times).
    public subscript(_ index: Int) -> Node {
        _read { yield nodes[index] }
    }

    /// The first element with this name in document order.
    public func first(_ name: String) -> Int? {
        nodes.indices.first { nodes[$0].name == name }
    }

    /// Every element with this name in document order.
    public func all(_ name: String) -> [Int] {
        nodes.indices.filter { nodes[$0].name == name }
    }

    /// The index one past the last descendant of `index` (descendants are contiguous in document order).
    public func subtreeEnd(_ index: Int) -> Int {
        var i = index
        while let last = nodes[i].children.last { i = last }
        return i + 1
    }

    /// True when `ancestor` is `node` or one of its ancestors.
    public func contains(_ ancestor: Int, _ node: Int) -> Bool {
        var i = node
        while i >= 0 {
            if i == ancestor { return true }
            i = nodes[i].parent
        }
        return false
    }

    /// The text under a node with whitespace runs collapsed to one space and trimmed.
    public func text(of index: Int) -> String {
        var out = WhitespaceCollapser()
        for i in index..<subtreeEnd(index) where nodes[i].isText {
            let p = nodes[i].parent
            if p >= 0, Self.invisible.contains(nodes[p].name) { continue }
            out.append(nodes[i].text)
        }
        return out.result
    }

    /// The first `characters` characters of ``text(of:)`` (whitespace collapsed), read no further than needed.
    public func textPrefix(of index: Int, characters: Int) -> String {
        var out = WhitespaceCollapser()
        for i in index..<subtreeEnd(index) where nodes[i].isText {
            let p = nodes[i].parent
            if p >= 0, Self.invisible.contains(nodes[p].name) { continue }
            out.append(nodes[i].text)
            if out.count > characters { break }
        }
        return String(out.result.prefix(characters))
    }

    /// The raw text of a node's text children, without collapsing (scripts: JSON-LD).
    public func rawText(of index: Int) -> String {
        nodes[index].children.lazy.filter { nodes[$0].isText }.map { nodes[$0].text }.joined()
    }

    /// Elements whose text is never shown.
    static let invisible: Set<String> = ["script", "style", "noscript", "template", "head", "title"]
}
