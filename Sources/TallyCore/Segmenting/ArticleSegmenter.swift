// PLACEHOLDER (interface only): the segmenting helper replaces this file.

/// Splits a normalised page into articles and captions and attributes each to its county.
public struct ArticleSegmenter: Sendable {
    public var gazetteer: Gazetteer
    public init(gazetteer: Gazetteer = .jining) {
        self.gazetteer = gazetteer
    }

    public func segment(_ page: NormalizedPage) -> [Article] {
        [Article(sequence: 1, kind: .article, headline: "", datelinePlace: nil, reporters: [], county: .jiningCity,
                 body: page.text, sourceMap: page.sourceMap, lines: 1...1)]
    }
}
