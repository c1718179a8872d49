import GRDB
import GRDBSQLite

/// A fact of a counted article (reprints dropped) with what theme pages count: its numbers, unit,
/// object, county, theme and period, not its text (a report shows the sentences of a few hundred
/// facts, which it reads as ``StoredFact``s by id).
///
/// A struct: a report reads a million of them in chunks and lets each chunk go once it is added up,
/// so an object each was a million allocations and frees; its texts are shared (``TextInterner``).
///
///     let facts = try dbQueue.read { try CountedFact.fetchCounted($0) }
public struct CountedFact: Sendable {
    public let id: Int64
    public let articleID: Int64
    public let value: Double
    public let high: Double?
    public let qualifier: Qualifier
    /// Nil when the stored unit is not a ``QuantityUnit`` (a newer extractor's unit): never aggregated.
    public let unit: QuantityUnit?
    public let unitName: String
    public let classifier: String
    public let object: String
    public let county: String
    public let isRate: Bool
    public let isCumulative: Bool
    /// The fact's theme, else its article's primary theme.
    public let theme: String?
    public let bucket: PeriodBucket

    init(id: Int64, articleID: Int64, value: Double, high: Double?, qualifier: Qualifier, unit: QuantityUnit?,
         unitName: String, classifier: String, object: String, county: String, isRate: Bool, isCumulative: Bool,
         theme: String?, bucket: PeriodBucket) {
        self.id = id
        self.articleID = articleID
        self.value = value
        self.high = high
        self.qualifier = qualifier
        self.unitName = unitName
        self.unit = unit
        self.classifier = classifier
        self.object = object
        self.county = county
        self.isRate = isRate
        self.isCumulative = isCumulative
        self.theme = theme
        self.bucket = bucket
    }

    /// Ordinals follow the text, so they order articles too; the CROSS JOIN keeps documents the
    /// outer loop, so SQLite reads in index order (`documents_name`, then `(document_id, ordinal)`)
    /// and sorts nothing. Articles are read apart (``CountedArticle``): their rows hold the body,
    /// and joining them to every fact walked each body once a fact (0.5 s of a million facts).
    static let selection = """
        SELECT f.id, f.article_id, f.value, f.high, f.qualifier, f.unit, f.classifier, f.object, f.county, f.rate,
               f.period_cumulative, f.theme, d.id, d.published, d.published_precision
        FROM documents d CROSS JOIN facts f ON f.document_id = d.id
        ORDER BY d.name, d.path, f.ordinal
        """

    /// Positions in ``selection``.
    private enum Column: Int32, CaseIterable {
        case id, articleID, value, high, qualifier, unit, classifier, object, county, rate, cumulative, theme
        case documentID, published, precision
    }

    /// Every fact, in document and text order, with reprints dropped: when several articles share a
    /// `body_hash` (the same article on two pages), only the first one's facts are kept.
    ///
    /// Rows are stepped and columns read by position with SQLite's own functions, texts through a
    /// ``TextInterner``: through GRDB's `Row`, decoding a million rows took four times as long as
    /// SQLite's walk.
    public static func fetchCounted(_ db: Database) throws -> [CountedFact] {
        var facts: [CountedFact] = []
        try fetchCounted(db) { facts += $0 }
        return facts
    }

    /// ``fetchCounted(_:)`` handed over in chunks of `chunkSize` facts, in order, as they are read;
    /// `articles` when the caller has read them already.
    static func fetchCounted(
        _ db: Database, articles: [CountedArticle]? = nil, chunkSize: Int = 16_384, _ body: ([CountedFact]) -> Void
    ) throws {
        // The primary theme of every article that is not a reprint.
        var primaryThemes: [Int64: String?] = [:]
        for article in try articles ?? CountedArticle.fetchAll(db) { primaryThemes[article.id] = .some(article.primaryTheme) }

        var facts: [CountedFact] = []
        facts.reserveCapacity(chunkSize)
        var texts = [TextInterner](repeating: TextInterner(), count: Column.allCases.count)
        // Rows come document by document and article by article: each one's period, reprint check
        // and theme are worked out once.
        var document: (id: Int64, bucket: PeriodBucket)?
        var article: (id: Int64, primaryTheme: String??)?
        // Units and qualifiers parsed once a distinct text, by the text's number in its interner:
        // parsing compares a text with every case of the enum.
        var units: [QuantityUnit?] = []
        var qualifiers: [Qualifier] = []
        let statement = try db.makeStatement(sql: selection)
        let sqlite = statement.sqliteStatement
        func number(_ column: Column) -> Int? {
            guard let bytes = sqlite3_column_text(sqlite, column.rawValue) else { return nil }
            return texts[Int(column.rawValue)].number(of: UnsafeRawBufferPointer(start: bytes, count: Int(sqlite3_column_bytes(sqlite, column.rawValue))))
        }
        func text(_ column: Column) -> String? { number(column).map { texts[Int(column.rawValue)][$0] } }
        func isNull(_ column: Column) -> Bool { sqlite3_column_type(sqlite, column.rawValue) == SQLITE_NULL }
        func integer(_ column: Column) -> Int64 { sqlite3_column_int64(sqlite, column.rawValue) }
        func real(_ column: Column) -> Double { sqlite3_column_double(sqlite, column.rawValue) }
        while try statement.nextRow(in: db) {
            let articleID = integer(.articleID)
            if article?.id != articleID { article = (articleID, primaryThemes[articleID]) }
            // A reprint's facts, or a fact whose article is missing, are not counted.
            guard let primaryTheme = article?.primaryTheme else { continue }
            let documentID = integer(.documentID)
            if document?.id != documentID {
                document = (documentID, PeriodBucket(published: text(.published), precision: text(.precision)))
            }
            // The columns are NOT NULL: a number is always there.
            let unit = number(.unit) ?? 0, qualifier = number(.qualifier) ?? 0
            let unitName = texts[Int(Column.unit.rawValue)][unit]
            if unit == units.count { units.append(QuantityUnit(rawValue: unitName)) }
            if qualifier == qualifiers.count {
                qualifiers.append(Qualifier(rawValue: texts[Int(Column.qualifier.rawValue)][qualifier]) ?? .approx)
            }
            facts.append(CountedFact(
                id: integer(.id), articleID: articleID, value: real(.value), high: isNull(.high) ? nil : real(.high),
                qualifier: qualifiers[qualifier], unit: units[unit], unitName: unitName,
                classifier: text(.classifier) ?? "", object: text(.object) ?? "", county: text(.county) ?? "",
                isRate: integer(.rate) == 1, isCumulative: integer(.cumulative) == 1, theme: text(.theme) ?? primaryTheme,
                bucket: document!.bucket))
            if facts.count == chunkSize {
                body(facts)
                facts.removeAll(keepingCapacity: true)
            }
        }
        if !facts.isEmpty { body(facts) }
    }
}
