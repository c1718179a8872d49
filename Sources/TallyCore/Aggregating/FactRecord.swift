import GRDB

/// A stored fact with what aggregation and reports need from its article and document.
///
///     let facts = try dbQueue.read { try FactRecord.fetchCounted($0) }
public struct FactRecord: Sendable, Hashable {
    public var id: Int64
    public var articleID: Int64
    public var headline: String
    public var surface: String
    public var value: Double
    public var high: Double?
    public var qualifier: Qualifier
    /// Nil when the stored unit is not a ``QuantityUnit`` (a newer extractor's unit): never aggregated.
    public var unit: QuantityUnit?
    public var unitName: String
    public var classifier: String
    public var object: String
    public var county: String
    public var isRate: Bool
    public var isCumulative: Bool
    /// The fact's theme, else its article's primary theme.
    public var theme: String?
    public var sentence: String
    /// Unicode-scalar offsets of the quantity in ``sentence``, when they fall inside it.
    public var spanInSentence: Range<Int>?
    /// `path:line` of the quantity in its source file.
    public var location: String
    public var bucket: PeriodBucket

    static let selection = """
        SELECT f.id, f.article_id, a.headline, f.surface, f.value, f.high, f.qualifier, f.unit, f.classifier,
               f.object, f.county, f.rate, f.period_cumulative, COALESCE(f.theme, a.primary_theme) AS theme,
               f.sentence, f.span_start - f.sentence_start AS span_lo, f.span_end - f.sentence_start AS span_hi,
               d.path || ':' || f.line AS location, d.published, d.published_precision, a.body_hash
        FROM facts f JOIN articles a ON a.id = f.article_id JOIN documents d ON d.id = f.document_id
        ORDER BY d.name, d.path, a.seq, f.ordinal, f.id
        """

    init(row: Row) {
        id = row["id"]
        articleID = row["article_id"]
        headline = row["headline"] ?? ""
        surface = row["surface"] ?? ""
        value = row["value"] ?? 0
        high = row["high"]
        qualifier = Qualifier(rawValue: row["qualifier"] ?? "") ?? .approx
        unitName = row["unit"] ?? ""
        unit = QuantityUnit(rawValue: unitName)
        classifier = row["classifier"] ?? ""
        object = row["object"] ?? ""
        county = row["county"] ?? ""
        isRate = (row["rate"] as Int?) == 1
        isCumulative = (row["period_cumulative"] as Int?) == 1
        theme = row["theme"]
        sentence = row["sentence"] ?? ""
        let low: Int = row["span_lo"] ?? -1
        let upper: Int = row["span_hi"] ?? -1
        let length = sentence.unicodeScalars.count
        spanInSentence = (0 <= low && low <= upper && upper <= length) ? low..<upper : nil
        location = row["location"] ?? ""
        bucket = PeriodBucket(published: row["published"], precision: row["published_precision"])
    }

    /// Every fact, in document and text order, with reprints dropped: when several articles share a
    /// `body_hash` (the same article on two pages), only the first one's facts are kept.
    public static func fetchCounted(_ db: Database) throws -> [FactRecord] {
        var firstArticleOfBody: [String: Int64] = [:]
        var facts: [FactRecord] = []
        for row in try Row.fetchAll(db, sql: selection) {
            let fact = FactRecord(row: row)
            let bodyHash: String = row["body_hash"] ?? ""
            if !bodyHash.isEmpty {
                let first = firstArticleOfBody[bodyHash, default: fact.articleID]
                firstArticleOfBody[bodyHash] = first
                if first != fact.articleID { continue }
            }
            facts.append(fact)
        }
        return facts
    }
}
