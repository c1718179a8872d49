import GRDB

/// An article row with its document's name, as `tally articles` lists it.
///
///     let articles = try database.articles(county: "邹城市")
public struct StoredArticle: Sendable, Hashable, FetchableRecord {
    public var id: Int64
    public var doc: String
    public var seq: Int
    public var kind: String
    public var county: String
    public var dateline: String?
    public var headline: String
    public var bodyStart: String
    public var primaryTheme: String?
    public var themes: String
    public var firstLine: Int
    public var lastLine: Int
    /// The document's publication date (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`) and how it was known
    /// (`manifest`, `file-name`, `page`, `inferred`); nil when undated.
    public var published: String?
    public var publishedSource: String?

    public init(row: Row) {
        id = row["id"]
        doc = row["doc"]
        seq = row["seq"]
        kind = row["kind"]
        county = row["county"]
        dateline = row["dateline"]
        headline = row["headline"]
        bodyStart = row["body_start"]
        primaryTheme = row["primary_theme"]
        themes = row["themes"]
        firstLine = row["first_line"]
        lastLine = row["last_line"]
        published = row["published"]
        publishedSource = row["published_source"]
    }
}
