import GRDB
import GRDBSQLite

/// A row of the `indicator_facts` view: a counted fact with one indicator it counts toward, and
/// what choosing a county figure needs of it (kind, scope, status, relation, sentence, period).
///
/// The view applies the reprint, rate and indicator rules; ``CellChooser`` applies the choice.
///
///     let facts = try IndicatorFact.fetchAll(db)
///
/// A final class: choosing moves each fact through several groupings, and a struct of ten strings
/// was ten reference counts a copy (a third of a million-fact report's choosing).
public final class IndicatorFact: Sendable {
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
    /// Where the fact's statement starts in the article body: its sentence, or the part after its last ；.
    public let statementStart: Int
    public let doc: String
    public let ordinal: Int

    /// Columns read, by position in ``fetchAll(_:)``.
    static let columns = """
        indicator, county, kind, scope, place, place_group, relation, set_apart, qualifier, value, high,
        period_cue, period_cumulative, period, published, fact_id, article_id, statement_start, doc, ordinal
        """

    public init(
        indicator: String, county: String, kind: String, scope: Scope = .county, place: String = "",
        placeGroup: String? = nil, relation: FactRelation? = nil, setApart: SetApartReason? = nil, estimate: Estimate,
        periodCue: String? = nil, isCumulative: Bool = false, period: PeriodBucket = .undated, published: String? = nil,
        factID: Int64, articleID: Int64 = 1, statementStart: Int = 0, doc: String = "", ordinal: Int = 0
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
        self.statementStart = statementStart
        self.doc = doc
        self.ordinal = ordinal
    }

    /// Every row of the view, by fact id (for a fresh database, document and text order): the order
    /// `fact_indicators` is kept in, so SQLite sorts little.
    ///
    /// Stepped with SQLite's C API and its texts interned (a handful of distinct indicators, counties,
    /// kinds and pages): a million-fact report reads a third of a million rows, and a fresh string per
    /// column was most of their cost.
    public static func fetchAll(_ db: Database) throws -> [IndicatorFact] {
        let statement = try db.makeStatement(sql: "SELECT \(columns) FROM indicator_facts ORDER BY fact_id, indicator")
        let sqlite = statement.sqliteStatement
        var texts = [TextInterner](repeating: TextInterner(), count: 20)
        func text(_ column: Int32) -> String? {
            guard let bytes = sqlite3_column_text(sqlite, column) else { return nil }
            return texts[Int(column)].string(UnsafeRawBufferPointer(start: bytes, count: Int(sqlite3_column_bytes(sqlite, column))))
        }
        func real(_ column: Int32) -> Double? {
            sqlite3_column_type(sqlite, column) == SQLITE_NULL ? nil : sqlite3_column_double(sqlite, column)
        }
        var facts: [IndicatorFact] = []
        var periods: [String: PeriodBucket] = [:]
        func period(_ label: String?) -> PeriodBucket {
            let label = label ?? ""
            if let known = periods[label] { return known }
            let parsed = PeriodBucket(label: label) ?? .undated
            periods[label] = parsed
            return parsed
        }
        while try statement.nextRow(in: db) {
            let qualifier = Qualifier(rawValue: text(8) ?? "") ?? .approx
            facts.append(IndicatorFact(
                indicator: text(0) ?? "", county: text(1) ?? "", kind: text(2) ?? "", scope: Scope(rawValue: text(3) ?? "") ?? .county,
                place: text(4) ?? "", placeGroup: text(5), relation: text(6).flatMap(FactRelation.init(rawValue:)),
                setApart: text(7).flatMap(SetApartReason.init(rawValue:)),
                estimate: Estimate(value: real(9) ?? 0, high: real(10), qualifier: qualifier), periodCue: text(11),
                isCumulative: sqlite3_column_int64(sqlite, 12) == 1, period: period(text(13)),
                published: text(14), factID: sqlite3_column_int64(sqlite, 15), articleID: sqlite3_column_int64(sqlite, 16),
                statementStart: Int(sqlite3_column_int64(sqlite, 17)), doc: text(18) ?? "", ordinal: Int(sqlite3_column_int64(sqlite, 19))))
        }
        return facts
    }

    /// True when the figure describes the whole county (or the city).
    public var isCountyWide: Bool { !scope.isPart }

    /// The statement the fact stands in: the part of its sentence after the last ；before it, under one
    /// time cue. Its facts of one kind are a breakdown, added; a this-year
    /// figure beside a running total, or figures in two parts of a sentence split by ；, are not.
    var statement: StatementKey { StatementKey(articleID: articleID, statementStart: statementStart, periodCue: periodCue) }

    struct StatementKey: Hashable, Sendable {
        var articleID: Int64
        var statementStart: Int
        var periodCue: String?
    }
}
