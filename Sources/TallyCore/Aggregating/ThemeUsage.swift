import GRDB

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

    public static func fetch(_ db: Database) throws -> [String: ThemeUsage] {
        try fetch(db, countedFacts: FactRecord.fetchCounted(db))
    }

    /// ``fetch(_:)`` with the facts already read by ``FactRecord/fetchCounted(_:)``: a report reads them once.
    public static func fetch(_ db: Database, countedFacts: [FactRecord]) throws -> [String: ThemeUsage] {
        var usage: [String: ThemeUsage] = [:]
        var seenBodies = Set<String>()
        let rows = try Row.fetchAll(db, sql: """
            SELECT a.themes, a.primary_theme, CASE WHEN a.body = '' THEN '' ELSE a.body_hash END AS body_hash
            FROM documents d CROSS JOIN articles a ON a.document_id = d.id
            ORDER BY d.name, d.path, a.seq
            """)
        for row in rows {
            let bodyHash: String = row["body_hash"] ?? ""
            if !bodyHash.isEmpty, !seenBodies.insert(bodyHash).inserted { continue }
            let themes: String = row["themes"] ?? ""
            for theme in Set(themes.split(separator: ",").map(String.init)) { usage[theme, default: ThemeUsage()].articles += 1 }
            if let primary: String = row["primary_theme"] { usage[primary, default: ThemeUsage()].primaryArticles += 1 }
        }
        for fact in countedFacts {
            if let theme = fact.theme { usage[theme, default: ThemeUsage()].facts += 1 }
        }
        return usage
    }
}
