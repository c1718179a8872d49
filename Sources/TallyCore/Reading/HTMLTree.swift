import CLibXML2

/// A markup document parsed by libxml2 and walked as ``Node``s: e-paper pages with its HTML parser
/// (unclosed tags and stray markup read as browsers read them), `pdftotext`'s XHTML with its XML parser.
///
/// Markup is never matched with patterns: the parser decides what is an element, a comment or a script.
///
///     let tree = HTMLTree(html: Array("<p>本报讯</p>".utf8))
///     tree?.root?.children.first?.name // "head" or "body", as the parser built them
final class HTMLTree {
    /// One element or text node; holds its tree, so the document lives while any node does.
    struct Node {
        fileprivate let pointer: xmlNodePtr
        fileprivate let tree: HTMLTree

        var isElement: Bool { pointer.pointee.type == XML_ELEMENT_NODE }
        var isText: Bool { pointer.pointee.type == XML_TEXT_NODE || pointer.pointee.type == XML_CDATA_SECTION_NODE }

        /// The element's name in lower case (`""` for other nodes).
        var name: String {
            guard isElement, let name = pointer.pointee.name else { return "" }
            return String(cString: name).lowercased()
        }

        /// A text node's text, entities decoded (`""` for other nodes).
        var text: String {
            guard isText, let content = pointer.pointee.content else { return "" }
            return String(cString: content)
        }

        /// The value of attribute `name` (compared in lower case), or nil.
        func attribute(_ name: String) -> String? {
            var attribute = pointer.pointee.properties
            while let current = attribute {
                if let attributeName = current.pointee.name, String(cString: attributeName).lowercased() == name {
                    var value = ""
                    var child = current.pointee.children
                    while let node = child {
                        if let content = node.pointee.content { value += String(cString: content) }
                        child = node.pointee.next
                    }
                    return value
                }
                attribute = current.pointee.next
            }
            return nil
        }

        var children: [Node] {
            var nodes: [Node] = []
            var child = pointer.pointee.children
            while let current = child {
                nodes.append(Node(pointer: current, tree: tree))
                child = current.pointee.next
            }
            return nodes
        }

        /// The descendant elements named `name`, in document order.
        func elements(named name: String) -> [Node] {
            children.filter(\.isElement).flatMap { $0.name == name ? [$0] : $0.elements(named: name) }
        }
    }

    private let document: xmlDocPtr

    /// Parses HTML given as UTF-8 (a `<meta charset>` is ignored: the bytes were decoded already); nil when
    /// libxml2 builds no document.
    convenience init?(html bytes: [UInt8]) {
        let options = HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_IGNORE_ENC.rawValue
        self.init(bytes: bytes) { buffer, count in htmlReadMemory(buffer, count, nil, "UTF-8", Int32(options)) }
    }

    /// Parses XML given as UTF-8, recovering from errors; no network, no external DTD.
    convenience init?(xml bytes: [UInt8]) {
        let options = XML_PARSE_RECOVER.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
            | XML_PARSE_NONET.rawValue
        self.init(bytes: bytes) { buffer, count in xmlReadMemory(buffer, count, nil, "UTF-8", Int32(options)) }
    }

    private init?(bytes: [UInt8], parse: (UnsafePointer<CChar>, Int32) -> xmlDocPtr?) {
        _ = HTMLTree.initialized
        guard !bytes.isEmpty, bytes.count < Int(Int32.max) else { return nil }
        let parsed = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { parse($0, Int32(buffer.count)) }
        }
        guard let parsed else { return nil }
        document = parsed
    }

    deinit { xmlFreeDoc(document) }

    /// The root element (`html`), or nil for an empty document.
    var root: Node? { xmlDocGetRootElement(document).map { Node(pointer: $0, tree: self) } }

    /// libxml2 wants its globals set up once before threads parse at the same time.
    private static let initialized: Void = xmlInitParser()
}
