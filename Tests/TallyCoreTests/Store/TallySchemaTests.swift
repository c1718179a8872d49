import GRDB
import Testing
@testable import TallyCore

@Suite struct TallySchemaTests {
    /// A database written before v3 kept each fact's sentence; after the upgrade it is read from the
    /// article body through the views, and the column and the theme and county indexes are gone.
    @Test func upgradeReadsSentencesFromArticleBodies() throws {
        let dbQueue = try DatabaseQueue()
        try TallySchema.migrator.migrate(dbQueue, upTo: "v2: documents in name order")
        try dbQueue.write { db in
            try db.execute(sql: """
                INSERT INTO documents (id, path, name, sha256, bytes, encoding, ingested_at)
                VALUES (1, 'p/a.txt', 'a.txt', '', 0, 'utf-8', '2026-01-01T00:00:00Z');
                INSERT INTO articles (id, document_id, seq, kind, headline, reporters, county, themes, body, body_start,
                                      body_hash, first_line, last_line)
                VALUES (1, 1, 1, 'article', '标题', '', '邹城市', '', '前言。招募志愿者100名。后记', '', 'h', 1, 1);
                INSERT INTO facts (document_id, article_id, ordinal, surface, value, qualifier, unit, classifier, object,
                                   county, rate, sentence, sentence_start, sentence_end, span_start, span_end, line)
                VALUES (1, 1, 1, '100名', 100, 'exact', 'person', '名', '志愿者', '邹城市', 0, '招募志愿者100名。', 3, 13, 8, 12, 1);
                """)
        }
        try TallySchema.migrator.migrate(dbQueue)
        try dbQueue.read { db in
            #expect(try String.fetchOne(db, sql: "SELECT sentence FROM fact_view") == "招募志愿者100名。")
            #expect(try !db.columns(in: "facts").map(\.name).contains("sentence"))
            let indexes = try db.indexes(on: "facts").map(\.name) + db.indexes(on: "articles").map(\.name)
            #expect(!indexes.contains("facts_theme") && !indexes.contains("articles_county") && indexes.contains("facts_article"))
            let stored = try #require(try StoredFact.fetch(db, ids: [1])[1])
            #expect(stored.sentence == "招募志愿者100名。")
            #expect(MarkdownText.marking(stored.sentence, span: stored.spanInSentence) == "招募志愿者**100名**。")
        }
    }

    /// v5 rebuilds `documents` for the new `published_source` values and `format`: rows and the views over
    /// them survive, digests are cleared (pages are dated again on the next ingest), unknown values are refused.
    @Test func upgradeKeepsDocumentsAndAcceptsTheNewDateSources() throws {
        let dbQueue = try DatabaseQueue()
        try TallySchema.migrator.migrate(dbQueue, upTo: "v4: scope, status and indicators of facts")
        try dbQueue.write { db in
            try db.execute(sql: """
                INSERT INTO documents (id, path, name, sha256, bytes, encoding, published, published_precision,
                                       published_source, ingested_at)
                VALUES (1, 'p/a.txt', 'a.txt', 'abc', 0, 'utf-8', '2024', 'year', 'inferred', '2026-01-01T00:00:00Z');
                INSERT INTO articles (id, document_id, seq, kind, headline, reporters, county, themes, body, body_start,
                                      body_hash, first_line, last_line)
                VALUES (1, 1, 1, 'article', '标题', '', '邹城市', '', '正文', '', 'h', 1, 1);
                """)
        }
        try TallySchema.migrator.migrate(dbQueue)
        try dbQueue.write { db in
            let row = try #require(try Row.fetchOne(db, sql: "SELECT sha256, published, published_source, format FROM documents"))
            let fields: [String?] = ["sha256", "published", "published_source", "format"].map { row[$0] }
            #expect(fields == ["", "2024", "inferred", "text"])
            #expect(try String.fetchOne(db, sql: "SELECT published_source FROM article_view") == "inferred")
            #expect(try db.indexes(on: "documents").map(\.name).contains("documents_name"))
            try db.execute(sql: "UPDATE documents SET published_source = 'file-name', format = 'pdf'")
            try db.execute(sql: "UPDATE documents SET published_source = 'page', format = 'html'")
            #expect(throws: DatabaseError.self) { try db.execute(sql: "UPDATE documents SET published_source = 'guessed'") }
            #expect(throws: DatabaseError.self) { try db.execute(sql: "UPDATE documents SET format = 'docx'") }
        }
    }
}
