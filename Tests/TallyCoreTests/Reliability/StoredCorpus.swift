import Foundation
import GRDB

/// What a Tally database holds, independent of row ids and ingest times: compared between a
/// database that went through kills or concurrent writers and a clean ingest of the same files.
///
///     #expect(try StoredCorpus(path: victim) == StoredCorpus(path: clean))
struct StoredCorpus: Equatable {
    struct Document: Equatable {
        var sha256: String
        var published: String?
        /// One line an article (seq, kind, county, headline, body, lines).
        var articles: [String]
        /// One line a fact (ordinal, article seq, surface, value, unit, span, line).
        var facts: [String]
    }

    /// Documents by path.
    var documents: [String: Document] = [:]
    /// `PRAGMA integrity_check` ("ok" when the file is sound).
    var integrity: String
    /// Rows `PRAGMA foreign_key_check` reports (articles or facts without their parent).
    var orphans: Int

    init(path: String) throws {
        var configuration = Configuration()
        configuration.readonly = true
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        defer { try? queue.close() }
        (integrity, orphans, documents) = try queue.read { db in
            let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check").joined(separator: "; ")
            let orphans = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").count
            var documents: [String: Document] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT path, sha256, published FROM documents") {
                documents[row["path"]] = Document(sha256: row["sha256"], published: row["published"], articles: [], facts: [])
            }
            let articles = try Row.fetchAll(db, sql: """
                SELECT d.path, a.seq || '|' || a.kind || '|' || a.county || '|' || a.headline || '|' || a.body
                       || '|' || a.first_line || '-' || a.last_line
                FROM articles a JOIN documents d ON d.id = a.document_id ORDER BY d.path, a.seq
                """)
            for row in articles { documents[row[0]]?.articles.append(row[1]) }
            let facts = try Row.fetchAll(db, sql: """
                SELECT d.path, f.ordinal || '|' || a.seq || '|' || f.surface || '|' || f.value || '|' || f.unit
                       || '|' || f.span_start || '-' || f.span_end || '|' || f.line
                FROM facts f JOIN documents d ON d.id = f.document_id JOIN articles a ON a.id = f.article_id
                ORDER BY d.path, f.ordinal
                """)
            for row in facts { documents[row[0]]?.facts.append(row[1]) }
            return (integrity, orphans, documents)
        }
    }
}
