import Foundation
import GRDB

/// The SQLite file Tally writes and every command reads, laid out by ``TallySchema``.
///
/// Opened as a WAL `DatabasePool` with a busy timeout, so reports can read while an ingest writes.
/// Each document is written in one transaction with its articles and facts: a crash mid-ingest
/// leaves whole documents or none, and a rerun completes the work.
///
///     let database = try TallyDatabase(path: "tally.sqlite")
///     try database.replace(with: page)
public final class TallyDatabase: Sendable {
    public let path: String
    let pool: DatabasePool

    /// Opens (creating and migrating when needed) the database at `path`.
    ///
    /// - Parameter readOnly: for commands that only read: the file must exist, nothing is migrated or written.
    public init(path: String, readOnly: Bool = false) throws(TallyDatabaseError) {
        self.path = path
        if readOnly && !FileManager.default.fileExists(atPath: path) { throw .missing(path: path) }
        var configuration = Configuration()
        configuration.busyMode = .timeout(10)
        configuration.foreignKeysEnabled = true
        configuration.readonly = readOnly
        do {
            pool = try DatabasePool(path: path, configuration: configuration)
            if readOnly {
                let isTally = try pool.read { db in try db.tableExists("documents") && db.tableExists("facts") }
                guard isTally else { throw TallyDatabaseError.open(path: path, reason: "not a Tally database") }
            } else {
                try TallySchema.migrator.migrate(pool)
            }
        } catch let error as TallyDatabaseError {
            throw error
        } catch {
            throw .open(path: path, reason: TallyDatabase.reason(error))
        }
    }

    /// The stored sha256 of every document by path: lets ingest skip unchanged files without parsing them.
    public func storedDigests() throws(TallyDatabaseError) -> [String: String] {
        do {
            return try pool.read { db in
                var digests: [String: String] = [:]
                let rows = try Row.fetchCursor(db, sql: "SELECT path, sha256 FROM documents")
                while let row = try rows.next() { digests[row["path"]] = row["sha256"] }
                return digests
            }
        } catch {
            throw .read(reason: TallyDatabase.reason(error))
        }
    }

    /// Stores `page`, replacing any document with the same path, in one transaction.
    ///
    /// - Returns: the new document id.
    @discardableResult
    public func replace(with page: ProcessedPage) throws(TallyDatabaseError) -> Int64 {
        do {
            return try pool.write { db in
                try db.execute(sql: "DELETE FROM documents WHERE path = ?", arguments: [page.path])
                try db.execute(
                    sql: """
                        INSERT INTO documents (path, name, sha256, bytes, encoding, published, published_precision,
                                               published_source, source, ingested_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """,
                    arguments: [page.path, page.name, page.sha256, page.byteCount, page.encoding,
                                page.published.map(TallyDatabase.storedText), page.published?.precision.rawValue,
                                page.published?.source.rawValue, page.source, TallyDatabase.timestamp()])
                let documentID = db.lastInsertedRowID
                var articleIDs: [Int: Int64] = [:]
                let insertArticle = try db.cachedStatement(sql: """
                    INSERT INTO articles (document_id, seq, kind, headline, dateline, reporters, county, primary_theme,
                                          themes, body, body_start, body_hash, first_line, last_line)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """)
                for (article, bodyHash) in zip(page.articles, page.bodyHashes) {
                    try insertArticle.execute(arguments: [
                        documentID, article.sequence, article.kind.rawValue, article.headline, article.datelinePlace,
                        article.reporters.joined(separator: "、"), article.county.rawValue, article.themes.first,
                        article.themes.joined(separator: ","), article.body, article.bodyStart, bodyHash,
                        article.lines.lowerBound, article.lines.upperBound,
                    ])
                    articleIDs[article.sequence] = db.lastInsertedRowID
                }
                let insertFact = try db.cachedStatement(sql: """
                    INSERT INTO facts (document_id, article_id, ordinal, surface, value, high, qualifier, unit, classifier,
                                       object, county, rate, period, period_start_year, period_cumulative, theme,
                                       sentence, sentence_start, sentence_end, span_start, span_end, line)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """)
                for (index, fact) in page.facts.enumerated() {
                    guard let articleID = articleIDs[fact.articleSequence] else {
                        throw TallyDatabaseError.write(
                            document: page.path, reason: "fact \(fact.surface) names article \(fact.articleSequence), which the page does not have")
                    }
                    let values: [(any DatabaseValueConvertible)?] = [
                        documentID, articleID, index + 1, fact.surface, fact.value, fact.high, fact.qualifier.rawValue,
                        fact.unit.rawValue, fact.classifier, fact.object, fact.county.rawValue, fact.isRate ? 1 : 0,
                        fact.period?.text, fact.period?.startYear, (fact.period?.isCumulative ?? false) ? 1 : 0,
                        fact.theme, fact.sentence, fact.sentenceRange.lowerBound, fact.sentenceRange.upperBound,
                        fact.span.lowerBound, fact.span.upperBound, fact.line,
                    ]
                    try insertFact.execute(arguments: StatementArguments(values))
                }
                return documentID
            }
        } catch let error as TallyDatabaseError {
            throw error
        } catch {
            throw .write(document: page.path, reason: TallyDatabase.reason(error))
        }
    }

    /// The `published` column: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, as precise as known.
    static func storedText(_ date: PublicationDate) -> String {
        func twoDigits(_ number: Int) -> String { number < 10 ? "0\(number)" : "\(number)" }
        var text = String(date.year)
        if let month = date.month {
            text += "-" + twoDigits(month)
            if let day = date.day { text += "-" + twoDigits(day) }
        }
        return text
    }

    private static func timestamp() -> String {
        ISO8601DateFormatter().string(from: Date())
    }

    /// SQLite's message without GRDB's decoration of the SQL text.
    static func reason(_ error: any Error) -> String {
        if let error = error as? DatabaseError { return error.message ?? error.resultCode.description }
        return String(describing: error)
    }
}
