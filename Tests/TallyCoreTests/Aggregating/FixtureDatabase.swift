import Foundation
import GRDB
import TallyCore
import TallyTestSupport

/// An in-memory Tally database filled row by row, independent of the extractor: hand-written
/// (hostile) rows, or the gold facts of `Fixtures/gold` with the gold article list.
struct FixtureDatabase {
    let dbQueue: DatabaseQueue

    /// In memory, or in a file at `path` (for code that opens the database itself).
    init(path: String? = nil) throws {
        dbQueue = try path.map { try DatabaseQueue(path: $0) } ?? DatabaseQueue()
        try TallySchema.migrator.migrate(dbQueue)
    }

    @discardableResult
    func addDocument(_ name: String, published: String? = nil, precision: String? = nil) throws -> Int64 {
        try dbQueue.write { db in
            try db.execute(sql: """
                INSERT INTO documents (path, name, sha256, bytes, encoding, published, published_precision, published_source, ingested_at)
                VALUES (?, ?, '', 0, 'utf-8', ?, ?, ?, '2026-01-01T00:00:00Z')
                """, arguments: ["seeds/\(name)", name, published, precision, published == nil ? nil : "manifest"])
            return db.lastInsertedRowID
        }
    }

    @discardableResult
    func addArticle(
        document: Int64, seq: Int, headline: String, county: String, themes: [String], body: String = "", bodyHash: String? = nil,
        subject: String = ""
    ) throws -> Int64 {
        try dbQueue.write { db in
            try db.execute(sql: """
                INSERT INTO articles (document_id, seq, kind, headline, county, primary_theme, themes, reporters, body, body_start,
                                      body_hash, first_line, last_line, subject)
                VALUES (?, ?, 'article', ?, ?, ?, ?, '', ?, '', ?, 1, 1, ?)
                """, arguments: [document, seq, headline, county, themes.first, themes.joined(separator: ","), body,
                                 bodyHash ?? "hash-\(document)-\(seq)", subject])
            return db.lastInsertedRowID
        }
    }

    @discardableResult
    func addFact(
        article: Int64, surface: String, value: Double, high: Double? = nil, qualifier: String = "exact", unit: String,
        classifier: String, object: String, county: String, rate: Bool = false, cumulative: Bool = false,
        theme: String? = nil, sentence: String? = nil, line: Int = 1, scope: String = "county", place: String = "",
        status: String = "actual", relation: String? = nil, indicators: [String: String] = [:], inSentenceAt: Int? = nil
    ) throws -> Int64 {
        let sentence = sentence ?? object + surface
        let scalars = Array(sentence.unicodeScalars)
        let surfaceScalars = Array(surface.unicodeScalars)
        let lastStart = max(0, scalars.count - surfaceScalars.count)
        let start: Int = (0...lastStart).first { (offset: Int) -> Bool in
            offset + surfaceScalars.count <= scalars.count && scalars[offset..<(offset + surfaceScalars.count)].elementsEqual(surfaceScalars)
        } ?? 0
        // The sentence is appended to the article's body, where the store reads sentences from.
        return try dbQueue.write { db in
            let (document, body) = try Row.fetchOne(db, sql: "SELECT document_id, body FROM articles WHERE id = ?",
                                                    arguments: [article]).map { ($0[0] as Int64, $0[1] as String) }!
            // `inSentenceAt`: the fact stands in a sentence already in the body, at that offset.
            let sentenceStart = inSentenceAt ?? body.unicodeScalars.count
            let ordinal = try Int.fetchOne(db, sql: "SELECT COUNT(*) + 1 FROM facts WHERE document_id = ?", arguments: [document])!
            if inSentenceAt == nil { try db.execute(sql: "UPDATE articles SET body = body || ? WHERE id = ?", arguments: [sentence, article]) }
            let fields: [(any DatabaseValueConvertible)?] = [
                document, article, ordinal, surface, value, high, qualifier, unit, classifier, object, county, rate ? 1 : 0,
                cumulative ? 1 : 0, theme, sentenceStart, sentenceStart + scalars.count, sentenceStart + start,
                sentenceStart + start + surfaceScalars.count, line, scope, place, status, relation,
            ]
            try db.execute(sql: """
                INSERT INTO facts (document_id, article_id, ordinal, surface, value, high, qualifier, unit, classifier, object, county,
                                   rate, period_cumulative, theme, sentence_start, sentence_end, span_start, span_end, line,
                                   scope, place, status, relation)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: StatementArguments(fields))
            let id = db.lastInsertedRowID
            for (indicator, kind) in indicators.sorted(by: { $0.key < $1.key }) {
                try db.execute(sql: "INSERT INTO fact_indicators (fact_id, indicator, kind) VALUES (?, ?, ?)", arguments: [id, indicator, kind])
            }
            return id
        }
    }

    /// The gold corpus: every gold article, and each gold fact attached to the first article of its
    /// document and county, themed by ``ThemeClassifier`` from its object and article headline.
    static func gold(path: String? = nil) throws -> FixtureDatabase {
        let database = try FixtureDatabase(path: path)
        let classifier = ThemeClassifier()
        var documents: [String: Int64] = [:]
        var articles: [String: [(county: String, id: Int64, themes: [String])]] = [:]
        for row in try tsvRows(Fixtures.directory.appendingPathComponent("articles.tsv")) {
            let doc = row["doc"]!
            if documents[doc] == nil { documents[doc] = try database.addDocument(doc) }
            let headline = row["headline"] ?? ""
            let article = Article(sequence: Int(row["seq"]!) ?? 0, kind: .article, headline: headline, datelinePlace: nil,
                                  reporters: [], county: County(rawValue: row["county"]!) ?? .jiningCity,
                                  body: row["body_start"] ?? "", sourceMap: SourceMap(anchors: [.init(offset: 0, line: 1)]), lines: 1...1)
            let themes = classifier.themes(of: article)
            let id = try database.addArticle(document: documents[doc]!, seq: article.sequence, headline: headline,
                                             county: row["county"]!, themes: themes, body: article.body)
            articles[doc, default: []].append((row["county"]!, id, themes))
        }
        let goldFiles = try FileManager.default.contentsOfDirectory(
            at: Fixtures.directory.appendingPathComponent("gold"), includingPropertiesForKeys: nil
        ).filter { $0.pathExtension == "tsv" }.sorted { $0.lastPathComponent < $1.lastPathComponent }
        for file in goldFiles {
            for (index, row) in try tsvRows(file).enumerated() {
                let candidates = articles[row["doc"]!] ?? []
                guard let article = candidates.first(where: { $0.county == row["county"] }) ?? candidates.first else { continue }
                try database.addFact(
                    article: article.id, surface: row["surface"]!, value: Double(row["value"]!) ?? 0,
                    high: row["high"].flatMap(Double.init), qualifier: row["qualifier"]!, unit: row["unit"]!,
                    classifier: row["classifier"]!, object: row["object"]!, county: row["county"]!, rate: row["rate"] == "1",
                    theme: nil, line: index + 2)
            }
        }
        return database
    }

    private static func tsvRows(_ url: URL) throws -> [[String: String]] {
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map {
            $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        }
        guard let header = lines.first else { return [] }
        return lines.dropFirst().map { fields in
            Dictionary(uniqueKeysWithValues: header.enumerated().map { ($1, $0 < fields.count && !fields[$0].isEmpty ? fields[$0] : nil) })
                .compactMapValues { $0 }
        }
    }
}
