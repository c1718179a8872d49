/// How many articles and facts each theme has in a database: for `tally themes` and report summaries.
///
/// An article counts toward every theme it lists; a fact toward its own theme (else its
/// article's primary). Reprints (same `body_hash`) count once; empty bodies (a headline alone)
/// are never taken for reprints.
///
///     let usage = try dbQueue.read(ThemeUsage.fetch)
///     usage["volunteer"]?.articles
public struct ThemeUsage: Sendable, Hashable {
    public var articles: Int = 0
    public var primaryArticles: Int = 0
    public var facts: Int = 0

    public init(articles: Int = 0, primaryArticles: Int = 0, facts: Int = 0) {
        self.articles = articles
        self.primaryArticles = primaryArticles
        self.facts = facts
    }

    /// ``fetch(_:)`` from articles and fact counts already read: a report reads them once.
    static func counting(articles: [CountedArticle], factsPerTheme: [String: Int]) -> [String: ThemeUsage] {
        var usage: [String: ThemeUsage] = [:]
        for article in articles {
            for theme in Set(article.themes.split(separator: ",").map(String.init)) { usage[theme, default: ThemeUsage()].articles += 1 }
            if let primary = article.primaryTheme { usage[primary, default: ThemeUsage()].primaryArticles += 1 }
        }
        for (theme, facts) in factsPerTheme { usage[theme, default: ThemeUsage()].facts = facts }
        return usage
    }
}
