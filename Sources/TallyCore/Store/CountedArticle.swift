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

    /// The hash `body_hash` has for a body without text.
    private static let emptyBodyHash = ReprintKey.hex(of: "")

    static func fetchAll(_ db: Database) throws -> [CountedArticle] {
        // Hashes through their covering index: in the table `body_hash` lies after the body, and
        // reading it there walked every body's overflow pages.
        var bodyHashes: [Int64: String] = [:]
        let hashes = try Row.fetchCursor(db, sql: "SELECT id, body_hash FROM articles")
        while let row = try hashes.next() { bodyHashes[row[0]] = row[1] }
        var seenBodies = Set<String>()
        var articles: [CountedArticle] = []
        let rows = try Row.fetchCursor(db, sql: """
            SELECT a.id, a.primary_theme, a.themes
            FROM documents d CROSS JOIN articles a ON a.document_id = d.id
            ORDER BY d.name, d.path, a.seq
            """)
        while let row = try rows.next() {
            let id: Int64 = row[0]
            let bodyHash = bodyHashes[id] ?? ""
            if !bodyHash.isEmpty, bodyHash != emptyBodyHash, !seenBodies.insert(bodyHash).inserted { continue }
            articles.append(CountedArticle(id: id, primaryTheme: row[1], themes: row[2] ?? ""))
        }
        return articles
    }
}
