import Foundation

/// Turns a saved e-paper or web article page (`.html`, `.htm`) into page text of the shape a `.md` page
/// has: headline lines (`## …`), then the dateline and body paragraphs, blank lines between them.
///
/// libxml2's HTML parser reads the markup. Scripts, styles, navigation, share widgets and other site
/// furniture (``HTMLBoilerplate``) are dropped, and so is a paragraph made only of links (a menu outside
/// `<nav>`). The publication day comes from a date `<meta>` tag, else from the page's date line
/// (`发布时间：2025-03-12`, ``PageDateLine``), which is dropped from the text since it is no news.
///
///     let page = try HTMLPageReader.read(Data(contentsOf: url), path: "archive/2025-03-12.html")
///     page.text     // "## 金乡县织密网格 服务暖到家门口\n\n本报金乡讯……"
///     page.pageDay  // 2025-03-12 when the page shows it
enum HTMLPageReader {
    static func read(_ data: Data, path: String) throws(PageReadError) -> DecodedPage {
        // Decoded as text pages are (UTF-8 or GB18030, whatever the meta tag claims), then parsed as UTF-8.
        let decoded = try PageReader.decode(data, path: path)
        guard let tree = HTMLTree(html: Array(decoded.text.utf8)), let root = tree.root else {
            throw .noArticleText(path: path)
        }
        var collector = BlockCollector()
        collector.walk(root)
        collector.flush()
        let metaDay = root.elements(named: "meta").lazy.compactMap(dateFromMeta).first
        var pageDay = metaDay
        var lines: [String] = []
        for block in collector.blocks {
            if let day = PageDateLine.day(inLine: block.text) {
                pageDay = pageDay ?? day
                continue
            }
            lines.append(block.isHeading ? "## " + block.text : block.text)
        }
        guard !lines.isEmpty else { throw .noArticleText(path: path) }
        return DecodedPage(text: lines.joined(separator: "\n\n") + "\n", encoding: decoded.encoding, format: .html,
                           pageDay: pageDay)
    }

    /// The day a date `<meta>` tag gives (``HTMLBoilerplate/dateMetaNames``), or nil.
    private static func dateFromMeta(_ meta: HTMLTree.Node) -> CalendarDay? {
        let name = (meta.attribute("name") ?? meta.attribute("property") ?? meta.attribute("itemprop") ?? "").lowercased()
        guard HTMLBoilerplate.dateMetaNames.contains(name), let content = meta.attribute("content") else { return nil }
        return DateText.firstDay(in: content, compact: true)
    }

    /// One paragraph or heading of visible text.
    struct Block {
        var text: String
        var isHeading: Bool
    }

    /// Walks the tree in document order, cutting text into blocks at block elements and `<br>`.
    private struct BlockCollector {
        private(set) var blocks: [Block] = []
        private var text = ""
        /// Characters of ``text`` inside links: a block that is all link text is navigation.
        private var linkedCount = 0
        private var visibleCount = 0
        private var isHeading = false

        mutating func walk(_ node: HTMLTree.Node, inLink: Bool = false) {
            if node.isText {
                append(node.text, inLink: inLink)
                return
            }
            guard node.isElement, !isFurniture(node) else { return }
            let name = node.name
            if name == "br" { flush(); return }
            let isBlock = HTMLBoilerplate.blockElements.contains(name)
            if isBlock { flush() }
            if HTMLBoilerplate.headingElements.contains(name) { isHeading = true }
            for child in node.children { walk(child, inLink: inLink || name == "a") }
            if isBlock { flush() }
        }

        /// Ends the current block, its whitespace collapsed (``collapse(_:)``).
        mutating func flush() {
            let collapsed = Self.collapse(text)
            if !collapsed.isEmpty && linkedCount < visibleCount {
                blocks.append(Block(text: collapsed, isHeading: isHeading))
            }
            text = ""
            linkedCount = 0
            visibleCount = 0
            isHeading = false
        }

        /// Whitespace as a browser shows it: a run is one space, none at the ends (the ideographic indent
        /// `　　` included), and none where the markup broke a line between two Chinese characters.
        static func collapse(_ text: String) -> String {
            var out = ""
            var pendingRun: (hasNewline: Bool, seen: Bool) = (false, false)
            for character in text {
                if character.isWhitespace {
                    pendingRun = (pendingRun.hasNewline || character.isNewline, true)
                    continue
                }
                if pendingRun.seen, let last = out.last,
                   !(pendingRun.hasNewline && !last.isASCII && !character.isASCII) {
                    out.append(" ")
                }
                pendingRun = (false, false)
                out.append(character)
            }
            return out
        }

        private mutating func append(_ fragment: String, inLink: Bool) {
            let visible = fragment.unicodeScalars.filter { !$0.properties.isWhitespace }.count
            visibleCount += visible
            if inLink { linkedCount += visible }
            text += fragment
        }

        private func isFurniture(_ node: HTMLTree.Node) -> Bool {
            if HTMLBoilerplate.droppedElements.contains(node.name) || node.attribute("hidden") != nil { return true }
            if let style = node.attribute("style")?.lowercased().filter({ !$0.isWhitespace }), style.contains("display:none") {
                return true
            }
            let marks = ((node.attribute("class") ?? "") + " " + (node.attribute("id") ?? "")).lowercased()
            return HTMLBoilerplate.furnitureWords.contains { marks.contains($0) }
        }
    }
}
