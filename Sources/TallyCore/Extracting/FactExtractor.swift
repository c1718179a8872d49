// PLACEHOLDER (interface only): the extracting helper replaces this file.

/// Reads every quantity fact of an article.
public struct FactExtractor: Sendable {
    public var gazetteer: Gazetteer
    public init(gazetteer: Gazetteer = .jining) {
        self.gazetteer = gazetteer
    }

    /// - Parameter publishedYear: resolves relative periods (今年, 去年) when known.
    public func extract(from article: Article, publishedYear: Int?) -> [Fact] { [] }
}
