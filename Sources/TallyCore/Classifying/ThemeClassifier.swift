// PLACEHOLDER (interface only): the themes/reports helper replaces this file.

/// Assigns themes to articles (primary first) and to facts (from sentence and object).
public struct ThemeClassifier: Sendable {
    public init() {}
    public func themes(of article: Article) -> [String] { [] }
    public func theme(of fact: Fact, in article: Article) -> String? { nil }
}
