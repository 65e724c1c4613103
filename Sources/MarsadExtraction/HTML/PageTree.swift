/// A parsed HTML page as a compact tree of elements and text, in document order (a parent always comes
/// before its children, and an element's descendants follow it contiguously), built from libxml2's HTML parser.
///
/// ```swift
/// let tree = try PageTree.parse(Array("<p>Hello <b>world</b></p>".utf8))
/// tree.text(of: tree.first("p")!)  // "Hello world"
/// ```
///
/// NB: the tree holds no array or string per node: children are found through ``Node/end`` (the index past
/// a node's last descendant), text is a range of one byte buffer, and element names are numbered per page
/// (``Node/nameID`` into ``names``) so that rules about names are looked up once per distinct name. Building
/// and freeing per-node arrays and strings was a large share of extraction's time.
public struct PageTree: Sendable {
    /// An element or a run of text.
    public struct Node: Sendable {
        /// Lower-cased element name; empty for text.
        public var name: String
        /// The name's index in ``PageTree/names`` (0 for text, whose name is empty).
        public var nameID: Int
        /// The attributes extraction reads (``PageTree/keptAttributes``), with lower-cased names, in source order:
        /// a slice of one array for the whole page (an array per element was a large share of parsing).
        public var attributes: ArraySlice<(name: String, value: String)>
        /// Index of the parent node; -1 for the root.
        public var parent: Int
        /// The index one past the node's last descendant (its next sibling, when it has one).
        public var end: Int
        /// The text of a text node (entities decoded): a range of ``PageTree/textBytes``; empty for elements.
        var textStart: Int
        var textCount: Int

        public var isText: Bool { name.isEmpty }

        /// The value of an attribute (names are lower-case).
        public func attribute(_ name: String) -> String? {
            // NB: byte counts first: most names differ in length, and a failed string comparison is a call
            // into the runtime (it showed in profiles).
            let count = name.utf8.count
            for a in attributes where a.name.utf8.count == count && a.name == name { return a.value }
            return nil
        }
    }

    /// All nodes; index 0 is the document root (named `#document`).
    public var nodes: [Node]
    /// The distinct element names of the page; index 0 is the empty name of text nodes.
    public var names: [String]
    /// The UTF-8 text of all text nodes, one after another.
    public var textBytes: [UInt8]

    /// For each name of ``names``: whether its text is never shown (``invisible``).
    let invisibleNames: [Bool]

    public init(nodes: [Node], names: [String], textBytes: [UInt8]) {
        self.nodes = nodes
        self.names = names
        self.textBytes = textBytes
        invisibleNames = names.map(Self.invisible.contains)
    }

    /// For each name of ``names``, whether it is in `set` (rules about names are looked up once per page).
    public func nameTable(_ set: Set<String>) -> [Bool] {
        names.map(set.contains)
    }

    /// True when node `index` is an element whose text is never shown (``invisible``).
    @inline(__always)
    public func isInvisible(_ index: Int) -> Bool { invisibleNames[nodes[index].nameID] }

    // NB: `_read` yields the stored node instead of a copy (a copy retains and releases its buffers, which
    // showed in profiles: extraction reads nodes millions of times).
    public subscript(_ index: Int) -> Node {
        _read { yield nodes[index] }
    }

    /// The first element with this name in document order.
    public func first(_ name: String) -> Int? {
        guard let id = names.firstIndex(of: name), id > 0 else { return nil }
        return nodes.indices.first { nodes[$0].nameID == id }
    }

    /// Every element with this name in document order.
    public func all(_ name: String) -> [Int] {
        guard let id = names.firstIndex(of: name), id > 0 else { return [] }
        return nodes.indices.filter { nodes[$0].nameID == id }
    }

    /// The index one past the last descendant of `index` (descendants are contiguous in document order).
    public func subtreeEnd(_ index: Int) -> Int {
        nodes[index].end
    }

    /// The children of a node, in document order.
    public func children(of index: Int) -> Children {
        Children(tree: self, position: index + 1, end: nodes[index].end)
    }

    /// The children of a node: each child's successor is the index past its subtree.
    public struct Children: Sequence, IteratorProtocol {
        let tree: PageTree
        var position: Int
        let end: Int

        public mutating func next() -> Int? {
            guard position < end else { return nil }
            let child = position
            position = tree.nodes[child].end
            return child
        }
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

    /// Calls `body` with the UTF-8 bytes of a text node (empty for an element).
    @inline(__always)
    public func withText<R>(of index: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        // NB: the two fields only: a copy of the node retains and releases its name and attributes.
        let start = nodes[index].textStart
        let count = nodes[index].textCount
        return try textBytes.withUnsafeBufferPointer {
            try body(UnsafeBufferPointer(rebasing: $0[start..<start + count]))
        }
    }

    /// The text of a text node as it is (entities decoded, whitespace kept); empty for an element.
    public func nodeText(_ index: Int) -> String {
        withText(of: index) { String(decoding: $0, as: UTF8.self) }
    }

    /// The byte count of a text node's text.
    public func textByteCount(_ index: Int) -> Int { nodes[index].textCount }

    /// The text under a node with whitespace runs collapsed to one space and trimmed.
    public func text(of index: Int) -> String {
        var out = WhitespaceCollapser()
        for i in index..<subtreeEnd(index) where nodes[i].isText {
            let p = nodes[i].parent
            if p >= 0, isInvisible(p) { continue }
            withText(of: i) { out.append($0) }
        }
        return out.result
    }

    /// The first `characters` characters of ``text(of:)`` (whitespace collapsed), read no further than needed.
    public func textPrefix(of index: Int, characters: Int) -> String {
        var out = WhitespaceCollapser()
        for i in index..<subtreeEnd(index) where nodes[i].isText {
            let p = nodes[i].parent
            if p >= 0, isInvisible(p) { continue }
            withText(of: i) { out.append($0) }
            if out.count > characters { break }
        }
        return String(out.result.prefix(characters))
    }

    /// The raw text of a node's text children, without collapsing (scripts: JSON-LD).
    public func rawText(of index: Int) -> String {
        var bytes: [UInt8] = []
        for c in children(of: index) where nodes[c].isText { withText(of: c) { bytes.append(contentsOf: $0) } }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Elements whose text is never shown.
    static let invisible: Set<String> = ["script", "style", "noscript", "template", "head", "title"]
}
