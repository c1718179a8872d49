import GRDB

/// An article as reports count it: reprints left out.
///
/// A reprint is an article whose `body_hash` an article earlier in document order already has (the
/// same article on two pages). An empty body (a headline alone) is never taken for a reprint.
///
///     let articles = try CountedArticle.fetchAll(db)   // document order, reprints dropped
struct CountedArticle: Sendable {
    let id: Int64
    let primaryTheme: String?
    /// Theme ids, primary first, joined with ','.
    let themes: String

    /// The articles of the `counted_articles` view (where the reprint rule lives, for reports and SQL
    /// alike), in document order.
    static func fetchAll(_ db: Database) throws -> [CountedArticle] {
        var articles: [CountedArticle] = []
        let rows = try Row.fetchCursor(db, sql: """
            SELECT a.id, a.primary_theme, a.themes
            FROM documents d CROSS JOIN articles a ON a.document_id = d.id
            WHERE a.id IN (SELECT id FROM counted_articles)
            ORDER BY d.name, d.path, a.seq
            """)
        while let row = try rows.next() {
            articles.append(CountedArticle(id: row[0], primaryTheme: row[1], themes: row[2] ?? ""))
        }
        return articles
    }
}
