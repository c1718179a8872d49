/// A page's text after normalisation: blocks (headings and paragraphs) in file order,
/// each with the map back to source lines.
///
/// The segmenter works on ``blocks``; ``text`` (blocks joined by "\n", as read) and ``sourceMap``
/// serve callers that want the page as one string.
///
///     let page = PageNormalizer.normalize(decoded.text)
///     for block in page.blocks where block.kind == .heading { print(block.text) }
public struct NormalizedPage: Sendable {
    /// One heading line or one paragraph with its hard wraps joined.
    public struct Block: Sendable, Hashable {
        public enum Kind: Sendable, Hashable {
            /// A short title-like line: a Markdown heading or a plain line that reads as one.
            case heading
            case paragraph
        }

        public var kind: Kind
        /// The block as printed: Markdown marks (`#`, `**`) and pinyin glosses removed, full-width digits
        /// made ASCII, no line breaks. What headlines and bodies are made of.
        public var text: String
        /// What the segmenter reads (offsets count these): ``text``'s scalars, with traditional characters
        /// read as simplified ones (``ScriptConverter``), one for one.
        public var scalars: [Unicode.Scalar]
        /// ``text``'s scalars when they differ from ``scalars`` (a block in traditional script), else nil.
        public var printed: [Unicode.Scalar]?
        /// Maps offsets in ``text`` to source lines.
        public var sourceMap: SourceMap
        /// First and last source lines (1-based, inclusive).
        public var lines: ClosedRange<Int>
        /// Two or more blank lines precede the block: a layout gap, never a wrap inside one paragraph.
        public var followsGap: Bool

        /// - Parameters:
        ///   - scalars: the scalars read when the caller has them (the normaliser does), else `text` decoded here.
        ///   - printed: `text`'s scalars when they differ from `scalars`.
        public init(kind: Kind, text: String, scalars: [Unicode.Scalar]? = nil, printed: [Unicode.Scalar]? = nil,
                    sourceMap: SourceMap, lines: ClosedRange<Int>, followsGap: Bool) {
            self.kind = kind
            self.text = text
            self.scalars = scalars ?? ScalarText.scalars(of: text)
            self.printed = printed
            self.sourceMap = sourceMap
            self.lines = lines
            self.followsGap = followsGap
        }
    }

    public var blocks: [Block]
    /// The blocks as read (``Block/scalars``, traditional characters read as simplified ones) joined by
    /// "\n": what page-wide cues (the years that date a page) are matched on.
    public var text: String
    public var sourceMap: SourceMap

    public init(blocks: [Block]) {
        self.blocks = blocks
        // Joined as strings, not decoded: the blocks are valid UTF-8 already, so joining is a
        // copy, where re-decoding and re-encoding them was a third of normalising.
        var anchors: [SourceMap.Anchor] = []
        var offset = 0
        for (index, block) in blocks.enumerated() {
            if index > 0 { offset += 1 }
            anchors += block.sourceMap.anchors.map { .init(offset: $0.offset + offset, line: $0.line) }
            offset += block.scalars.count
        }
        self.text = blocks.map { $0.printed == nil ? $0.text : ScalarText.string($0.scalars) }.joined(separator: "\n")
        self.sourceMap = SourceMap(anchors: anchors.isEmpty ? [.init(offset: 0, line: 1)] : anchors)
    }
}
