import CLibXML2
public import MarsadCore

extension PageTree {
    /// NB: libxml2 must be initialised once before threads parse concurrently.
    private static let libxmlReady: Bool = {
        xmlInitParser()
        return true
    }()

    /// Parses UTF-8 HTML with libxml2's error-recovering HTML parser (no network, no error output).
    public static func parse(_ utf8: [UInt8], location: String? = nil) throws(MarsadError) -> PageTree {
        _ = libxmlReady
        guard !utf8.isEmpty else { throw MarsadError(.invalidInput, "empty page", location: location) }
        guard utf8.count < Int32.max else { throw MarsadError(.tooLarge, "page over 2 GB", location: location) }
        let options =
            Int32(HTML_PARSE_RECOVER.rawValue) | Int32(HTML_PARSE_NOERROR.rawValue)
            | Int32(HTML_PARSE_NOWARNING.rawValue) | Int32(HTML_PARSE_NONET.rawValue)
            | Int32(HTML_PARSE_IGNORE_ENC.rawValue) | Int32(HTML_PARSE_COMPACT.rawValue)
        // NB: libxml2 stops at a NUL byte; browsers read it as a replacement character, so it becomes a space.
        var input = utf8
        if input.contains(0) {
            for k in input.indices where input[k] == 0 { input[k] = 0x20 }
        }
        let document = input.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                htmlReadMemory($0, Int32(buffer.count), nil, "UTF-8", options)
            }
        }
        guard let document else {
            throw MarsadError(.invalidInput, "not an HTML page (libxml2 could not parse it)", location: location)
        }
        defer { xmlFreeDoc(document) }
        var tree = PageTree(nodes: [
            Node(name: "#document", text: "", attributes: [], parent: -1, children: [])
        ])
        tree.nodes.reserveCapacity(utf8.count / 40)
        // Iterative pre-order walk; a stack of (libxml2 node, parent index).
        var stack: [(UnsafeMutablePointer<xmlNode>, Int)] = []
        var child = document.pointee.children
        var pendingChildren: [UnsafeMutablePointer<xmlNode>] = []
        while let c = child {
            pendingChildren.append(c)
            child = c.pointee.next
        }
        for c in pendingChildren.reversed() { stack.append((c, 0)) }
        while let (node, parent) = stack.popLast() {
            let index: Int
            switch node.pointee.type {
            case XML_ELEMENT_NODE:
                // NB: libxml2's HTML parser lower-cases element and attribute names already.
                let name = String(cString: node.pointee.name)
                var attributes: [(name: String, value: String)] = []
                var attribute = node.pointee.properties
                while let a = attribute {
                    var value = ""
                    var valueNode = a.pointee.children
                    while let v = valueNode {
                        if let content = v.pointee.content { value += String(cString: content) }
                        valueNode = v.pointee.next
                    }
                    attributes.append((String(cString: a.pointee.name), value))
                    attribute = a.pointee.next
                }
                index = tree.nodes.count
                tree.nodes.append(Node(name: name, text: "", attributes: attributes, parent: parent, children: []))
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                guard let content = node.pointee.content else { continue }
                index = tree.nodes.count
                tree.nodes.append(
                    Node(name: "", text: String(cString: content), attributes: [], parent: parent, children: []))
            default:
                continue
            }
            tree.nodes[parent].children.append(index)
            var grandchild = node.pointee.children
            pendingChildren.removeAll(keepingCapacity: true)
            while let g = grandchild {
                pendingChildren.append(g)
                grandchild = g.pointee.next
            }
            for g in pendingChildren.reversed() { stack.append((g, index)) }
        }
        return tree
    }
}
