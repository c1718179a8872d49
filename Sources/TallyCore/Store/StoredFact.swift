import GRDB

/// A fact row with its article's headline and its document's name and path, as `tally facts`
/// and `tally explain` show it.
///
///     let fact = try database.fact(id: 12)
///     fact?.location // "seeds/000_a81acad557f7d2c0.txt:14"
public struct StoredFact: Sendable, Hashable, FetchableRecord {
    public var id: Int64
    public var doc: String
    public var path: String
    public var articleSeq: Int
    public var headline: String
    public var ordinal: Int
    public var surface: String
    public var value: Double
    public var high: Double?
    public var qualifier: String
    public var unit: String
    public var classifier: String
    public var object: String
    public var county: String
    public var isRate: Bool
    public var period: String?
    public var theme: String?
    public var scope: String
    public var place: String
    public var status: String
    public var relation: String?
    /// The indicators the fact counts toward, as `indicator:kind` joined with ','.
    public var indicators: String
    public var sentence: String
    public var sentenceStart: Int
    public var spanStart: Int
    public var spanEnd: Int
    public var line: Int

    public init(row: Row) {
        id = row["id"]
        doc = row["doc"]
        path = row["path"]
        articleSeq = row["article_seq"]
        headline = row["headline"]
        ordinal = row["ordinal"]
        surface = row["surface"]
        value = row["value"]
        high = row["high"]
        qualifier = row["qualifier"]
        unit = row["unit"]
        classifier = row["classifier"]
        object = row["object"]
        county = row["county"]
        isRate = (row["rate"] as Int?) == 1
        period = row["period"]
        theme = row["theme"]
        scope = row["scope"]
        place = row["place"]
        status = row["status"]
        relation = row["relation"]
        indicators = row["indicators"] ?? ""
        sentence = row["sentence"]
        sentenceStart = row["sentence_start"]
        spanStart = row["span_start"]
        spanEnd = row["span_end"]
        line = row["line"]
    }

    /// Facts with their sentence, article and document; callers add a filter and an order.
    static let selection = """
        SELECT f.*, \(TallySchema.sentenceSQL) AS sentence, d.name AS doc, d.path, a.seq AS article_seq, a.headline,
               (SELECT group_concat(fi.indicator || ':' || fi.kind, ',') FROM fact_indicators fi WHERE fi.fact_id = f.id) AS indicators
        FROM facts f JOIN articles a ON a.id = f.article_id JOIN documents d ON d.id = f.document_id
        """

    /// The facts with these ids, by id (ids without a fact are left out): what a report shows
    /// in full, a few hundred facts of a million, each found by its primary key.
    ///
    ///     let shown = try StoredFact.fetch(db, ids: [12, 40])
    static func fetch(_ db: Database, ids: some Sequence<Int64>) throws -> [Int64: StoredFact] {
        let statement = try db.cachedStatement(sql: selection + " WHERE f.id = ?")
        var facts: [Int64: StoredFact] = [:]
        for id in ids {
            if let fact = try StoredFact.fetchOne(statement, arguments: [id]) { facts[id] = fact }
        }
        return facts
    }

    /// The distinct kinds the fact is counted as (党支部, 志愿者 …), joined with ','.
    public var kinds: String {
        var seen: [String] = []
        for pair in indicators.split(separator: ",") {
            let kind = String(pair.split(separator: ":", maxSplits: 1).last ?? "")
            if !seen.contains(kind) { seen.append(kind) }
        }
        return seen.joined(separator: ",")
    }

    /// `path:line` of the source file, for editors and terminals that open it.
    public var location: String { "\(path):\(line)" }

    /// The quantity's Unicode-scalar offsets within ``sentence``.
    public var spanInSentence: Range<Int> { (spanStart - sentenceStart)..<(spanEnd - sentenceStart) }
}
