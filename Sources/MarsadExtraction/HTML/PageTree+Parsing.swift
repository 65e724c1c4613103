import CLibXML2
public import MarsadCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension PageTree {
    /// NB: libxml2 must be initialised once before threads parse concurrently.
    private static let libxmlReady: Bool = {
        xmlInitParser()
        return true
    }()

    /// Builds the tree from libxml2's SAX events (no libxml2 DOM is built or freed): each start tag opens
    /// an element under the innermost open one, text joins a preceding text node.
    ///
    /// NB: a struct the callbacks reach through a pointer: the stored properties of a class are checked
    /// for exclusive access at run time on every mutation, which showed in profiles.
    struct Builder {
        var nodes: [Node] = [
            Node(
                name: "#document", nameID: 1, attributes: [], parent: -1, end: Int.max, textStart: 0, textCount: 0)
        ]
        var names: [String] = ["", "#document"]
        /// The kept attributes of all elements in document order, and the elements that have some with their
        /// range (made slices when the array is complete).
        var attributes: [(name: String, value: String)] = []
        var attributeRanges: [(node: Int, range: Range<Int>)] = []
        var textBytes: [UInt8] = []
        var open: [Int] = [0]
        /// Name IDs by the address of libxml2's name, in a direct-mapped cache (names come from the parser's
        /// dictionary or are constants, so one address is one name during a parse), then by the name itself.
        var recentAddresses = [UInt](repeating: 0, count: 64)
        var recentIDs = [Int](repeating: 0, count: 64)
        var idsByName: [String: Int] = ["#document": 1]
        /// Attribute names by address, as for element names: the index in ``PageTree/keptAttributes`` plus one,
        /// or 0 for an attribute that is not kept.
        var attributeAddresses = [UInt](repeating: 0, count: 64)
        var attributeKinds = [Int](repeating: 0, count: 64)

        /// The index of a kept attribute name in ``PageTree/keptAttributes``, or nil.
        mutating func keptIndex(_ name: UnsafePointer<xmlChar>) -> Int? {
            let address = UInt(bitPattern: name)
            let slot = Int((address >> 3) & 63)
            if attributeAddresses[slot] == address {
                let kind = attributeKinds[slot]
                return kind > 0 ? kind - 1 : nil
            }
            let index = PageTree.keptIndex(name)
            attributeAddresses[slot] = address
            attributeKinds[slot] = index.map { $0 + 1 } ?? 0
            return index
        }

        mutating func nameID(_ name: UnsafePointer<xmlChar>) -> Int {
            let address = UInt(bitPattern: name)
            let slot = Int((address >> 3) & 63)
            if recentAddresses[slot] == address { return recentIDs[slot] }
            let string = String(cString: name)
            let id: Int
            if let known = idsByName[string] {
                id = known
            } else {
                id = names.count
                names.append(string)
                idsByName[string] = id
            }
            recentAddresses[slot] = address
            recentIDs[slot] = id
            return id
        }

        mutating func start(
            _ name: UnsafePointer<xmlChar>, _ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
        ) {
            let first = self.attributes.count
            if var a = attributes {
                while let n = a.pointee {
                    // NB: only the attributes extraction reads become Swift strings (most of a page's attributes
                    // are src, srcset, data-*, on*: allocating them was a large share of parsing).
                    // NB: the kept name's own string is reused (no string is made from libxml2's).
                    if let k = keptIndex(n) {
                        let v = a.advanced(by: 1).pointee
                        self.attributes.append((PageTree.keptAttributes[k], v.map { String(cString: $0) } ?? ""))
                    }
                    a = a.advanced(by: 2)
                }
            }
            let id = nameID(name)
            // NB: libxml2's HTML parser lower-cases element and attribute names already.
            nodes.append(
                Node(
                    name: names[id], nameID: id, attributes: [], parent: open.last ?? 0, end: Int.max,
                    textStart: 0, textCount: 0))
            if self.attributes.count > first {
                attributeRanges.append((nodes.count - 1, first..<self.attributes.count))
            }
            open.append(nodes.count - 1)
        }

        mutating func end() {
            guard open.count > 1 else { return }
            nodes[open.removeLast()].end = nodes.count
        }

        mutating func text(_ bytes: UnsafePointer<xmlChar>, _ count: Int32) {
            guard count > 0 else { return }
            let parent = open.last ?? 0
            // The parent's last child is the last node of all when it is a text node (any element started
            // under the parent since would come after it), and its bytes end the buffer: extend them.
            if let last = nodes.last, last.isText, last.parent == parent,
                last.textStart + last.textCount == textBytes.count
            {
                textBytes.append(contentsOf: UnsafeBufferPointer(start: bytes, count: Int(count)))
                nodes[nodes.count - 1].textCount += Int(count)
                return
            }
            let start = textBytes.count
            textBytes.append(contentsOf: UnsafeBufferPointer(start: bytes, count: Int(count)))
            nodes.append(
                Node(
                    name: "", nameID: 0, attributes: [], parent: parent, end: nodes.count + 1, textStart: start,
                    textCount: Int(count)))
        }

        /// The tree, with the elements left open ended at the end of the page.
        mutating func finish() -> PageTree {
            for i in open { nodes[i].end = nodes.count }
            open = []
            for (node, range) in attributeRanges { nodes[node].attributes = attributes[range] }
            return PageTree(nodes: nodes, names: names, textBytes: textBytes)
        }
    }

    /// Parses UTF-8 HTML with libxml2's error-recovering HTML parser (no network, no error output).
    public static func parse(_ utf8: [UInt8], location: String? = nil) throws(MarsadError) -> PageTree {
        _ = libxmlReady
        guard !utf8.isEmpty else { throw MarsadError(.invalidInput, "empty page", location: location) }
        guard utf8.count < Int32.max else { throw MarsadError(.tooLarge, "page over 2 GB", location: location) }
        // NB: libxml2 stops at a NUL byte; browsers read it as a replacement character, so it becomes a space.
        var input = utf8
        if input.withUnsafeBytes({ memchr($0.baseAddress!, 0, $0.count) }) != nil {
            for k in input.indices where input[k] == 0 { input[k] = 0x20 }
        }
        guard let context = htmlNewParserCtxt() else {
            throw MarsadError(.internalFailure, "libxml2 could not create a parser", location: location)
        }
        defer { htmlFreeParserCtxt(context) }
        let builder = UnsafeMutablePointer<Builder>.allocate(capacity: 1)
        builder.initialize(to: Builder())
        defer {
            builder.deinitialize(count: 1)
            builder.deallocate()
        }
        builder.pointee.nodes.reserveCapacity(utf8.count / 40)
        builder.pointee.textBytes.reserveCapacity(utf8.count / 4)
        let sax = context.pointee.sax!
        sax.pointee.startElement = { ctx, name, attributes in
            guard let ctx, let name else { return }
            Builder.of(ctx).pointee.start(name, attributes)
        }
        sax.pointee.endElement = { ctx, _ in
            guard let ctx else { return }
            Builder.of(ctx).pointee.end()
        }
        let characters: charactersSAXFunc = { ctx, bytes, count in
            guard let ctx, let bytes else { return }
            Builder.of(ctx).pointee.text(bytes, count)
        }
        sax.pointee.characters = characters
        sax.pointee.ignorableWhitespace = characters
        sax.pointee.cdataBlock = characters
        sax.pointee.comment = nil
        sax.pointee.processingInstruction = nil
        sax.pointee.startElementNs = nil
        sax.pointee.endElementNs = nil
        sax.pointee.initialized = 0
        let options =
            Int32(HTML_PARSE_RECOVER.rawValue) | Int32(HTML_PARSE_NOERROR.rawValue)
            | Int32(HTML_PARSE_NOWARNING.rawValue) | Int32(HTML_PARSE_NONET.rawValue)
            | Int32(HTML_PARSE_IGNORE_ENC.rawValue)
        context.pointee._private = UnsafeMutableRawPointer(builder)
        let document = input.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                htmlCtxtReadMemory(context, $0, Int32(buffer.count), nil, "UTF-8", options)
            }
        }
        if let document { xmlFreeDoc(document) }
        return builder.pointee.finish()
    }
}

extension PageTree {
    /// The attributes the tree keeps: those that extraction and metadata read.
    public static let keptAttributes: [String] = [
        "class", "id", "style", "hidden", "aria-hidden", "role", "itemprop", "content", "property", "name",
        "http-equiv", "datetime", "href", "rel", "type", "lang", "xml:lang", "pubdate", "data-testid", "charset",
    ]

    /// The kept names as bytes with their index in ``keptAttributes``, by length.
    private static let keptByLength: [[(bytes: [UInt8], index: Int)]] = {
        var table = [[(bytes: [UInt8], index: Int)]](repeating: [], count: 16)
        for (index, name) in keptAttributes.enumerated() { table[name.utf8.count].append((Array(name.utf8), index)) }
        return table
    }()

    /// The index in ``keptAttributes`` of a (lower-cased, NUL-terminated) attribute name, or nil.
    static func keptIndex(_ name: UnsafePointer<xmlChar>) -> Int? {
        var length = 0
        while name[length] != 0 {
            length += 1
            if length >= 16 { return nil }
        }
        for candidate in keptByLength[length] {
            var same = true
            for k in 0..<length where name[k] != candidate.bytes[k] {
                same = false
                break
            }
            if same { return candidate.index }
        }
        return nil
    }
}

extension PageTree.Builder {
    /// The builder a SAX callback's context (the parser context) carries.
    static func of(_ ctx: UnsafeMutableRawPointer) -> UnsafeMutablePointer<PageTree.Builder> {
        let parser = ctx.assumingMemoryBound(to: xmlParserCtxt.self)
        return parser.pointee._private.assumingMemoryBound(to: PageTree.Builder.self)
    }
}
