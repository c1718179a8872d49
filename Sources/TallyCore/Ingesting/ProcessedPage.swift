/// Everything Tally stores about one page file, computed off the writer's thread.
///
/// ``PageProcessor`` builds it from bytes; ``TallyDatabase/replace(with:)`` writes it in one transaction.
///
///     let page = try PageProcessor().process(data, path: "seeds/000.txt", manifestEntry: nil)
///     page.articles.count; page.facts.count
public struct ProcessedPage: Sendable {
    /// The path as given (folder argument joined with the file's relative path): the document's key.
    public var path: String
    /// The file name without folders: the `doc` column of gold files and reports.
    public var name: String
    public var sha256: String
    public var byteCount: Int
    /// `utf-8` or `gb18030`.
    public var encoding: String
    /// What the file was read as: its `format` column.
    public var format: PageFormat
    /// From the manifest, the file name, the page's date line or the body text, in that order
    /// (``PublicationDate/resolve(manifest:fileName:pageDay:body:today:)``), else nil.
    public var published: PublicationDate?
    /// The manifest's `source` column.
    public var source: String?
    /// Items in page order, themes filled.
    public var articles: [Article]
    /// ``ReprintKey`` of each article body, parallel to ``articles``: finds reprints.
    public var bodyHashes: [String]
    /// Facts in text order (article sequence, then offset), themes filled; ordinal = index + 1.
    public var facts: [Fact]

    public init(path: String, name: String, sha256: String, byteCount: Int, encoding: String, format: PageFormat = .text,
                published: PublicationDate?, source: String?, articles: [Article], bodyHashes: [String],
                facts: [Fact]) {
        self.path = path
        self.name = name
        self.sha256 = sha256
        self.byteCount = byteCount
        self.encoding = encoding
        self.format = format
        self.published = published
        self.source = source
        self.articles = articles
        self.bodyHashes = bodyHashes
        self.facts = facts
    }
}
