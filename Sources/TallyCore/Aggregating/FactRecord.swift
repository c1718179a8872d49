import GRDB

/// A stored fact with what aggregation and reports need from its article and document.
///
/// A class, immutable: aggregation files each fact under indicators, counties and periods, and a
/// reference is one retain where a copy of a dozen strings is a dozen (a million-fact report).
///
///     let facts = try dbQueue.read { try FactRecord.fetchCounted($0) }
public final class FactRecord: Sendable {
    public let id: Int64
    public let articleID: Int64
    public let headline: String
    public let surface: String
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
    public let sentence: String
    /// Unicode-scalar offsets of the quantity in ``sentence``, when they fall inside it.
    public let spanInSentence: Range<Int>?
    /// The source file, as ingested.
    public let path: String
    /// 1-based line of the quantity in ``path``.
    public let line: Int
    public let bucket: PeriodBucket

    /// `path:line` of the quantity in its source file.
    public var location: String { "\(path):\(line)" }

    /// Columns are read by position (``Column``): by name, GRDB folds each name's case per row,
    /// which cost more than the rest of a million-fact report. Ordinals follow the text, so they
    /// order articles too; the CROSS JOIN keeps documents the outer loop, so SQLite reads in
    /// index order (`documents_name`, then `(document_id, ordinal)`) and sorts nothing.
    static let selection = """
        SELECT f.id, f.article_id, a.headline, f.surface, f.value, f.high, f.qualifier, f.unit, f.classifier,
               f.object, f.county, f.rate, f.period_cumulative, COALESCE(f.theme, a.primary_theme) AS theme,
               f.sentence, f.span_start - f.sentence_start AS span_lo, f.span_end - f.sentence_start AS span_hi,
               d.path, f.line, d.published, d.published_precision, a.body_hash
        FROM documents d CROSS JOIN facts f ON f.document_id = d.id JOIN articles a ON a.id = f.article_id
        ORDER BY d.name, d.path, f.ordinal
        """

    /// Positions in ``selection``.
    private enum Column: Int {
        case id, articleID, headline, surface, value, high, qualifier, unit, classifier, object, county, rate
        case cumulative, theme, sentence, spanLow, spanHigh, path, line, published, precision, bodyHash
    }

    /// Reads one row of ``selection``; `headline` and `path` are passed in so that every fact of an
    /// article shares one copy of them.
    init(row: Row, headline: String, path: String) {
        // Concrete types, so GRDB decodes straight from the statement (StatementColumnConvertible).
        func text(_ column: Column) -> String? { row[column.rawValue] }
        func integer(_ column: Column) -> Int? { row[column.rawValue] }
        func real(_ column: Column) -> Double? { row[column.rawValue] }
        id = Int64(integer(.id) ?? 0)
        articleID = Int64(integer(.articleID) ?? 0)
        self.headline = headline
        surface = text(.surface) ?? ""
        value = real(.value) ?? 0
        high = real(.high)
        qualifier = Qualifier(rawValue: text(.qualifier) ?? "") ?? .approx
        unitName = text(.unit) ?? ""
        unit = QuantityUnit(rawValue: unitName)
        classifier = text(.classifier) ?? ""
        object = text(.object) ?? ""
        county = text(.county) ?? ""
        isRate = integer(.rate) == 1
        isCumulative = integer(.cumulative) == 1
        theme = text(.theme)
        sentence = text(.sentence) ?? ""
        let low = integer(.spanLow) ?? -1
        let upper = integer(.spanHigh) ?? -1
        let length = sentence.unicodeScalars.count
        spanInSentence = (0 <= low && low <= upper && upper <= length) ? low..<upper : nil
        self.path = path
        line = integer(.line) ?? 0
        bucket = PeriodBucket(published: text(.published), precision: text(.precision))
    }

    /// Every fact, in document and text order, with reprints dropped: when several articles share a
    /// `body_hash` (the same article on two pages), only the first one's facts are kept.
    public static func fetchCounted(_ db: Database) throws -> [FactRecord] {
        var firstArticleOfBody: [String: Int64] = [:]
        var facts: [FactRecord] = []
        // Rows come article by article: the article's headline, path and reprint check are read once.
        var article: (id: Int64, headline: String, path: String, isReprint: Bool)?
        let rows = try Row.fetchCursor(db, sql: selection)
        while let row = try rows.next() {
            let articleID: Int64 = row[Column.articleID.rawValue] ?? 0
            if article?.id != articleID {
                let bodyHash: String = row[Column.bodyHash.rawValue] ?? ""
                var isReprint = false
                if !bodyHash.isEmpty {
                    let first = firstArticleOfBody[bodyHash, default: articleID]
                    firstArticleOfBody[bodyHash] = first
                    isReprint = first != articleID
                }
                let path: String = row[Column.path.rawValue] ?? ""
                article = (articleID, row[Column.headline.rawValue] ?? "",
                           path == article?.path ? article!.path : path, isReprint)
            }
            guard let article, !article.isReprint else { continue }
            facts.append(FactRecord(row: row, headline: article.headline, path: article.path))
        }
        return facts
    }
}
