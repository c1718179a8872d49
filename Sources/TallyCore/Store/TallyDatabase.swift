import Foundation
import GRDB

/// The SQLite file Tally writes and every command reads, laid out by ``TallySchema``.
///
/// Opened as a WAL `DatabasePool` with a busy timeout, so reports can read while an ingest writes.
/// Each document is written with its articles and facts in one savepoint, a batch of documents in
/// one transaction: a crash mid-ingest leaves whole documents or none, and a rerun completes the work.
///
///     let database = try TallyDatabase(path: "tally.sqlite")
///     try database.replace(with: page)
public final class TallyDatabase: Sendable {
    public let path: String
    let pool: DatabasePool

    /// Opens (creating and migrating when needed) the database at `path`.
    ///
    /// - Parameter readOnly: for commands that only read: the file must exist, nothing is migrated or written.
    public convenience init(path: String, readOnly: Bool = false) throws(TallyDatabaseError) {
        try self.init(path: path, readOnly: readOnly, maximumPageCount: nil)
    }

    /// - Parameter maximumPageCount: caps the file's pages (`PRAGMA max_page_count`), so tests can fill a
    ///   database as a full disk would.
    init(path: String, readOnly: Bool = false, maximumPageCount: Int?) throws(TallyDatabaseError) {
        self.path = path
        if readOnly && !FileManager.default.fileExists(atPath: path) { throw .missing(path: path) }
        var configuration = Configuration()
        configuration.busyMode = .timeout(10)
        // The REFERENCES clauses document the layout (and `PRAGMA foreign_key_check` verifies it, as the
        // reliability tests do), but are not enforced: checking two parents for every fact cost a
        // third of SQLite's time in ingest, and the writer removes a document's rows itself.
        configuration.foreignKeysEnabled = false
        configuration.readonly = readOnly
        if readOnly {
            // Readers map up to 1 GB of the file instead of copying every page through read(): a
            // million-fact report reads 200 MB, and the copies were a tenth of its time.
            configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA mmap_size = 1073741824") }
        }
        if !readOnly {
            // WAL with NORMAL syncs at checkpoints, not at every document's commit: a killed process
            // still leaves whole documents (CrashSafetyTests); only a power cut may lose the last ones,
            // which a rerun stores again. FULL spent most of the store's time in fsync.
            configuration.prepareDatabase { db in
                try db.execute(sql: "PRAGMA synchronous = NORMAL")
                if let maximumPageCount { try db.execute(sql: "PRAGMA max_page_count = \(maximumPageCount)") }
            }
        }
        if !readOnly { try Self.checkBeforeWriting(path: path) }
        pool = try TallyDatabase.openPool(path: path, configuration: configuration)
    }

    /// Refuses, before anything is written, a path that is not a regular file (`/dev/null`), a
    /// non-empty SQLite file of another program, and a database of a newer Tally: opening one for
    /// writing would switch it to WAL and add Tally's tables or migrations to it.
    private static func checkBeforeWriting(path: String) throws(TallyDatabaseError) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return }
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        guard !isDirectory.boolValue, attributes?[.type] as? FileAttributeType == .typeRegular else {
            throw .open(path: path, reason: "not a regular file")
        }
        guard (attributes?[.size] as? NSNumber)?.intValue ?? 0 > 0 else { return }
        var configuration = Configuration()
        configuration.readonly = true
        let known = TallySchema.migrator.migrations
        let found: (tables: Int, isTally: Bool, applied: [String])
        do {
            found = try DatabaseQueue(path: path, configuration: configuration).read { db in
                let tables = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'") ?? 0
                // The migrations table comes first: another Tally creating this file may not have made the rest yet.
                let isTally = try db.tableExists("grdb_migrations")
                let applied = isTally ? try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations") : []
                return (tables, isTally, applied)
            }
        } catch let error as DatabaseError where [.SQLITE_BUSY, .SQLITE_LOCKED, .SQLITE_CANTOPEN].contains(error.resultCode) {
            // Another Tally is creating this database right now (ConcurrentIngestTests): only evidence
            // refuses a file, and opening it below waits for the other writer.
            return
        } catch {
            throw .open(path: path, reason: TallyDatabase.reason(error))
        }
        if found.tables > 0, !found.isTally { throw .open(path: path, reason: "not a Tally database") }
        let unknown = found.applied.filter { !known.contains($0) }
        if !unknown.isEmpty {
            throw .open(path: path, reason: "written by a newer Tally (its schema has \(unknown.joined(separator: ", ")); "
                + "this one knows up to \(known.last ?? "none"))")
        }
    }

    /// Opens and migrates (or checks, read-only) the pool. Two processes opening a new database at
    /// once can get SQLITE_BUSY while one switches it to WAL or migrates it, without the busy
    /// timeout applying (the open is then retried for up to 10 s), or both try to create the tables
    /// (the loser finds them migrated and goes on). Pinned by ConcurrentIngestTests.
    ///
    /// A read-only open falls back to ``immutableLocation(of:)`` when SQLite cannot create the `-shm` file a
    /// WAL database needs beside it (a read-only folder or mount): `facts`, `sql` or `report` then still read it.
    private static func openPool(
        path: String, configuration: Configuration, immutable: Bool = false
    ) throws(TallyDatabaseError) -> DatabasePool {
        let retryUntil = ContinuousClock.now + .seconds(10)
        while true {
            do {
                let pool = try DatabasePool(path: immutable ? immutableLocation(of: path) : path, configuration: configuration)
                if configuration.readonly {
                    let isTally = try pool.read { db in try db.tableExists("documents") && db.tableExists("facts") }
                    guard isTally else { throw TallyDatabaseError.open(path: path, reason: "not a Tally database") }
                } else {
                    do {
                        try TallySchema.migrator.migrate(pool)
                    } catch {
                        // Another process ran the same migration between our check and our CREATE.
                        guard try pool.read({ try TallySchema.migrator.hasCompletedMigrations($0) }) else { throw error }
                    }
                }
                return pool
            } catch let error as TallyDatabaseError {
                throw error
            } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY && ContinuousClock.now < retryUntil {
                Thread.sleep(forTimeInterval: 0.05)
            } catch let error as DatabaseError
                        where configuration.readonly && !immutable && [.SQLITE_READONLY, .SQLITE_CANTOPEN].contains(error.resultCode) {
                // Read as the file stands, which is the whole database only when no -wal file holds later commits.
                if let walBytes = try? FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? NSNumber,
                   walBytes.intValue > 0 {
                    throw .open(path: path, reason: "\(TallyDatabase.reason(error)): its folder cannot be written, "
                        + "and \(path)-wal holds changes not yet in the database; read it where it can be written, "
                        + "or checkpoint it first (sqlite3 \(path) 'PRAGMA wal_checkpoint(TRUNCATE)')")
                }
                return try openPool(path: path, configuration: configuration, immutable: true)
            } catch {
                throw .open(path: path, reason: TallyDatabase.reason(error))
            }
        }
    }

    /// `path` as an SQLite URI with `immutable=1`: SQLite reads the file without locks and without the
    /// `-shm` file, trusting that nothing changes it meanwhile (nothing can write in a folder this process
    /// cannot write, unless another user can). Needs an SQLite built with URI file names on (`SQLITE_USE_URI`), as Debian's is.
    ///
    ///     immutableLocation(of: "ro/t.sqlite") // "file:/work/ro/t.sqlite?immutable=1"
    static func immutableLocation(of path: String) -> String {
        var uri = URLComponents()
        uri.scheme = "file"
        uri.path = URL(fileURLWithPath: path).standardizedFileURL.path
        uri.query = "immutable=1"
        return uri.string ?? path
    }

    /// Removes the documents at `paths` with their articles, facts and indicator rows, in one transaction.
    public func remove(documentsAt paths: [String]) throws(TallyDatabaseError) {
        do {
            try pool.write { db in
                let statements = try InsertStatements(db)
                for path in paths {
                    try statements.removeDocument(at: path)
                }
            }
        } catch {
            throw .write(document: paths.first ?? "", reason: TallyDatabase.reason(error))
        }
    }

    /// What is stored of every document, by path, in one read: its sha256, so ingest skips an unchanged
    /// file without parsing it, and what its manifest row gave it, so a corrected manifest row still
    /// reaches a page that did not change.
    public func storedDocuments() throws(TallyDatabaseError) -> [String: StoredDocument] {
        do {
            return try pool.read { db in
                var documents: [String: StoredDocument] = [:]
                let rows = try Row.fetchCursor(db, sql: "SELECT path, sha256, published, published_source, source FROM documents")
                while let row = try rows.next() {
                    documents[row["path"]] = StoredDocument(
                        sha256: row["sha256"],
                        manifestFields: ManifestFields(published: row["published"], publishedSource: row["published_source"],
                                                       source: row["source"]))
                }
                return documents
            }
        } catch {
            throw .read(reason: TallyDatabase.reason(error))
        }
    }

    /// A stored document as ingest compares it with its file and manifest row.
    public struct StoredDocument: Sendable, Hashable {
        public var sha256: String
        public var manifestFields: ManifestFields
    }

    /// A document's fields that a manifest row sets.
    public struct ManifestFields: Sendable, Hashable {
        public var published: String?
        public var publishedSource: String?
        public var source: String?

        /// The fields a page gets from `entry` (nil: no manifest row).
        public init(entry: Manifest.Entry?) {
            published = entry?.published.map(TallyDatabase.storedText)
            publishedSource = entry?.published == nil ? nil : PublicationDate.Source.manifest.rawValue
            source = entry?.source
        }

        init(published: String?, publishedSource: String?, source: String?) {
            self.published = published
            self.publishedSource = publishedSource
            self.source = source
        }

        /// True when a stored document already has what `entry` says (a date not from the manifest is
        /// the text's own, which only a manifest date replaces).
        public func agree(with entry: Manifest.Entry?) -> Bool {
            let wanted = ManifestFields(entry: entry)
            if source != wanted.source { return false }
            if wanted.publishedSource != nil { return published == wanted.published && publishedSource == wanted.publishedSource }
            return publishedSource != PublicationDate.Source.manifest.rawValue
        }
    }

    /// Stores `page`, replacing any document with the same path, in one transaction.
    ///
    /// - Returns: the new document id.
    @discardableResult
    public func replace(with page: ProcessedPage) throws(TallyDatabaseError) -> Int64 {
        try replace(with: [page])[0].get()
    }

    /// Stores `pages` in one transaction, each in its own savepoint: a page that cannot be stored
    /// is rolled back alone and its error returned in its place, the others are kept.
    ///
    /// One commit for many documents writes each touched index page to the WAL once, not once a
    /// document; a crash still leaves whole documents (the batch is committed or not at all).
    ///
    /// When the transaction itself cannot begin or commit, nothing is stored and every page gets
    /// that failure, under its own path.
    ///
    ///     let ids = database.replace(with: batch) // [.success(12), .failure(.write(…)), …]
    public func replace(with pages: [ProcessedPage]) -> [Result<Int64, TallyDatabaseError>] {
        // SQLite rolls the whole transaction back on a full disk, and GRDB then reports only
        // "Transaction was aborted": the first storage error is kept here to name the cause.
        var storageFailure: DatabaseError?
        do {
            return try pool.write { db in
                let statements = try InsertStatements(db)
                var results: [Result<Int64, TallyDatabaseError>] = []
                results.reserveCapacity(pages.count)
                for page in pages {
                    var documentID: Int64 = 0
                    do {
                        try db.inSavepoint {
                            do {
                                documentID = try Self.insert(page, into: db, using: statements)
                            } catch let error as DatabaseError where Self.isStorageFailure(error) {
                                storageFailure = error
                                throw error
                            }
                            return .commit
                        }
                        results.append(.success(documentID))
                    } catch let error as TallyDatabaseError {
                        results.append(.failure(error))
                    } catch {
                        // A full disk fails every page after this one too, and the transaction is gone: stop.
                        if let storageFailure { throw storageFailure }
                        results.append(.failure(.write(document: page.path, reason: TallyDatabase.reason(error))))
                    }
                }
                return results
            }
        } catch let error as DatabaseError where Self.isStorageFailure(error) || storageFailure != nil {
            let reason = TallyDatabase.reason(storageFailure ?? error)
            return pages.map { _ in .failure(.storage(path: path, reason: reason)) }
        } catch {
            let reason = TallyDatabase.reason(error)
            return pages.map { .failure(.write(document: $0.path, reason: reason)) }
        }
    }

    /// The disk under the database is full or failing: no other page can be stored either.
    static func isStorageFailure(_ error: DatabaseError) -> Bool {
        [ResultCode.SQLITE_FULL, .SQLITE_IOERR].contains(error.resultCode)
    }

    /// The prepared statements of a write, compiled once per transaction.
    private struct InsertStatements {
        private let deleteMemberships, deleteFacts, deleteArticles, deleteDocument: Statement
        let insertDocument: Statement
        let insertArticle, insertFact, insertMembership: BoundInsert

        init(_ db: Database) throws {
            // Children first, each by its (document_id, …) unique index; foreign keys do not cascade.
            // `= (SELECT …)`, not `IN (SELECT …)`: paths are unique, and IN builds a temporary b-tree each time.
            deleteMemberships = try db.cachedStatement(sql: """
                DELETE FROM fact_indicators WHERE fact_id IN
                    (SELECT id FROM facts WHERE document_id = (SELECT id FROM documents WHERE path = ?))
                """)
            deleteFacts = try db.cachedStatement(sql: "DELETE FROM facts WHERE document_id = (SELECT id FROM documents WHERE path = ?)")
            deleteArticles = try db.cachedStatement(sql: "DELETE FROM articles WHERE document_id = (SELECT id FROM documents WHERE path = ?)")
            deleteDocument = try db.cachedStatement(sql: "DELETE FROM documents WHERE path = ?")
            insertDocument = try db.cachedStatement(sql: """
                INSERT INTO documents (path, name, sha256, bytes, encoding, published, published_precision,
                                       published_source, source, ingested_at, format)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            insertArticle = try BoundInsert(db, sql: """
                INSERT INTO articles (document_id, seq, kind, headline, dateline, reporters, county, primary_theme,
                                      themes, body, body_start, body_hash, first_line, last_line, subject)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            insertFact = try BoundInsert(db, sql: """
                INSERT INTO facts (document_id, article_id, ordinal, surface, value, high, qualifier, unit, classifier,
                                   object, county, rate, period, period_start_year, period_cumulative, theme,
                                   sentence_start, sentence_end, span_start, span_end, line, scope, place, status, relation,
                                   statement_start)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            insertMembership = try BoundInsert(db, sql: "INSERT INTO fact_indicators (fact_id, indicator, kind) VALUES (?, ?, ?)")
        }

        /// Deletes the document at `path` with everything stored from it, children first: both a removal
        /// and a re-ingest (which replaces the page) go through here.
        func removeDocument(at path: String) throws {
            for delete in [deleteMemberships, deleteFacts, deleteArticles, deleteDocument] {
                try delete.execute(arguments: [path])
            }
        }
    }

    private static func insert(_ page: ProcessedPage, into db: Database, using statements: InsertStatements) throws -> Int64 {
        try statements.removeDocument(at: page.path)
        try statements.insertDocument.execute(arguments: [
            page.path, page.name, page.sha256, page.byteCount, page.encoding,
            page.published.map(TallyDatabase.storedText), page.published?.precision.rawValue,
            page.published?.source.rawValue, page.source, TallyDatabase.timestamp(), page.format.rawValue,
        ])
        let documentID = db.lastInsertedRowID
        var articleIDs: [Int: Int64] = [:]
        for (article, bodyHash) in zip(page.articles, page.bodyHashes) {
            articleIDs[article.sequence] = try statements.insertArticle.run(db) {
                $0.bind(documentID)
                $0.bind(article.sequence)
                $0.bind(article.kind.rawValue)
                $0.bind(article.headline)
                $0.bind(article.datelinePlace)
                $0.bind(article.reporters.joined(separator: "、"))
                $0.bind(article.county.rawValue)
                $0.bind(article.themes.first)
                $0.bind(article.themes.joined(separator: ","))
                $0.bind(article.body)
                $0.bind(article.bodyStart)
                $0.bind(bodyHash)
                $0.bind(article.lines.lowerBound)
                $0.bind(article.lines.upperBound)
                $0.bind(article.subject?.name ?? "")
            }
        }
        for (index, fact) in page.facts.enumerated() {
            guard let articleID = articleIDs[fact.articleSequence] else {
                throw TallyDatabaseError.write(
                    document: page.path, reason: "fact \(fact.surface) names article \(fact.articleSequence), which the page does not have")
            }
            let factID = try statements.insertFact.run(db) {
                $0.bind(documentID)
                $0.bind(articleID)
                $0.bind(index + 1)
                $0.bind(fact.surface)
                $0.bind(fact.value)
                $0.bind(fact.high)
                $0.bind(fact.qualifier.rawValue)
                $0.bind(fact.unit.rawValue)
                $0.bind(fact.classifier)
                $0.bind(fact.object)
                $0.bind(fact.county.rawValue)
                $0.bind(fact.isRate ? 1 : 0)
                $0.bind(fact.period?.text)
                $0.bind(fact.period?.startYear)
                $0.bind((fact.period?.isCumulative ?? false) ? 1 : 0)
                $0.bind(fact.theme)
                $0.bind(fact.sentenceRange.lowerBound)
                $0.bind(fact.sentenceRange.upperBound)
                $0.bind(fact.span.lowerBound)
                $0.bind(fact.span.upperBound)
                $0.bind(fact.line)
                $0.bind(fact.scope.rawValue)
                $0.bind(fact.place)
                $0.bind(fact.status.rawValue)
                $0.bind(fact.relation?.rawValue)
                $0.bind(fact.statementStart)
            }
            for membership in fact.indicators {
                _ = try statements.insertMembership.run(db) {
                    $0.bind(factID)
                    $0.bind(membership.indicator)
                    $0.bind(membership.kind)
                }
            }
        }
        return documentID
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

    /// Now as `2026-01-31T08:00:00Z`, from the C library: Foundation's date formatting costs
    /// milliseconds a call on Linux, more than storing a whole page.
    static func timestamp(_ seconds: time_t = time(nil)) -> String {
        var seconds = seconds
        var parts = tm()
        gmtime_r(&seconds, &parts)
        func pad(_ value: Int32, _ width: Int = 2) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(parts.tm_year + 1900, 4))-\(pad(parts.tm_mon + 1))-\(pad(parts.tm_mday))"
            + "T\(pad(parts.tm_hour)):\(pad(parts.tm_min)):\(pad(parts.tm_sec))Z"
    }

    /// SQLite's message without GRDB's decoration of the SQL text.
    static func reason(_ error: any Error) -> String {
        if let error = error as? DatabaseError { return error.message ?? error.resultCode.description }
        return String(describing: error)
    }
}
