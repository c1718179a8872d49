import GRDB

/// A row of the `indicator_facts` view: a counted fact with one indicator it counts toward, and
/// what choosing a county figure needs of it (kind, scope, status, relation, sentence, period).
///
/// The view applies the reprint, rate and indicator rules; ``CellChooser`` applies the choice.
///
///     let facts = try IndicatorFact.fetchAll(db)
///
/// A final class: choosing moves each fact through several groupings, and a struct of ten strings
/// was ten reference counts a copy (a third of a million-fact report's choosing).
public final class IndicatorFact: Sendable, FetchableRecord {
    public let indicator: String
    public let county: String
    public let kind: String
    public let scope: Scope
    public let place: String
    /// The place a part is counted under: the article's subject when it has one (places named
    /// inside it lie within it), else the fact's own place.
    public let placeGroup: String
    public let relation: FactRelation?
    /// Why the fact is never added (rate, plan, standard, superseded), or nil.
    public let setApart: SetApartReason?
    public let estimate: Estimate
    /// The time cue the text gives the figure (今年以来, 2021年以来 …), if any.
    public let periodCue: String?
    public let isCumulative: Bool
    public let period: PeriodBucket
    public let published: String?
    public let factID: Int64
    public let articleID: Int64
    public let sentenceStart: Int
    public let doc: String
    public let ordinal: Int

    /// Columns read, in ``init(row:)``'s order (by position: a million-fact report reads hundreds of thousands of rows).
    static let columns = """
        indicator, county, kind, scope, place, place_group, relation, set_apart, qualifier, value, high,
        period_cue, period_cumulative, period, published, fact_id, article_id, sentence_start, doc, ordinal
        """

    public required init(row: Row) {
        indicator = row[0]
        county = row[1]
        kind = row[2]
        scope = Scope(rawValue: row[3] ?? "") ?? .county
        place = row[4] ?? ""
        placeGroup = row[5] ?? place
        relation = (row[6] as String?).flatMap(FactRelation.init(rawValue:))
        setApart = (row[7] as String?).flatMap(SetApartReason.init(rawValue:))
        let qualifier = Qualifier(rawValue: row[8] ?? "") ?? .approx
        estimate = Estimate(value: row[9], high: row[10], qualifier: qualifier)
        periodCue = row[11]
        isCumulative = (row[12] as Int?) == 1
        period = PeriodBucket(label: row[13] ?? "") ?? .undated
        published = row[14]
        factID = row[15]
        articleID = row[16]
        sentenceStart = row[17]
        doc = row[18]
        ordinal = row[19]
    }

    public init(
        indicator: String, county: String, kind: String, scope: Scope = .county, place: String = "",
        placeGroup: String? = nil, relation: FactRelation? = nil, setApart: SetApartReason? = nil, estimate: Estimate,
        periodCue: String? = nil, isCumulative: Bool = false, period: PeriodBucket = .undated, published: String? = nil,
        factID: Int64, articleID: Int64 = 1, sentenceStart: Int = 0, doc: String = "", ordinal: Int = 0
    ) {
        self.indicator = indicator
        self.county = county
        self.kind = kind
        self.scope = scope
        self.place = place
        self.placeGroup = placeGroup ?? place
        self.relation = relation
        self.setApart = setApart
        self.estimate = estimate
        self.periodCue = periodCue
        self.isCumulative = isCumulative
        self.period = period
        self.published = published
        self.factID = factID
        self.articleID = articleID
        self.sentenceStart = sentenceStart
        self.doc = doc
        self.ordinal = ordinal
    }

    /// Every row of the view, by fact id (for a fresh database, document and text order): the order
    /// `fact_indicators` is kept in, so SQLite sorts little.
    public static func fetchAll(_ db: Database) throws -> [IndicatorFact] {
        try IndicatorFact.fetchAll(db, sql: "SELECT \(columns) FROM indicator_facts ORDER BY fact_id, indicator")
    }

    /// True when the figure describes the whole county (or the city).
    public var isCountyWide: Bool { !scope.isPart }

    /// The sentence the fact stands in and its time cue: facts of one sentence and one period are one
    /// statement (a breakdown); a this-year figure beside a running total in one sentence is not.
    var statement: StatementKey { StatementKey(articleID: articleID, sentenceStart: sentenceStart, periodCue: periodCue) }

    struct StatementKey: Hashable, Sendable {
        var articleID: Int64
        var sentenceStart: Int
        var periodCue: String?
    }
}
