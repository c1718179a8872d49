// PLACEHOLDER (interface only): the reading helper replaces this file.

/// A page's text after normalisation, with the map back to source lines.
public struct NormalizedPage: Sendable {
    public var text: String
    public var sourceMap: SourceMap
    public init(text: String, sourceMap: SourceMap) {
        self.text = text
        self.sourceMap = sourceMap
    }
}

public enum PageNormalizer {
    public static func normalize(_ text: String) -> NormalizedPage {
        NormalizedPage(text: text, sourceMap: SourceMap(anchors: [.init(offset: 0, line: 1)]))
    }
}
