import ArgumentParser
import TallyCore

/// `tally articles`: the stored items, in the column order of `eval/articles.tsv`.
struct ArticlesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "articles",
        abstract: "List stored articles and captions.",
        discussion: """
            Columns: doc seq kind county dateline headline body_start (as eval/articles.tsv), then id primary_theme
            themes first_line last_line, and the page's publication date with how it was known (published_source:
            manifest, file-name, page or inferred; empty when undated).

            Example: tally articles --county 邹城市 --format tsv
            """
    )

    @Option(help: "Only this county (canonical name, or its start: 邹城).")
    var county: String?

    @Option(help: "table, tsv, csv or json.")
    var format: OutputFormat = .table

    @OptionGroup var database: DatabaseOptions

    static let columns = ["doc", "seq", "kind", "county", "dateline", "headline", "body_start",
                          "id", "primary_theme", "themes", "first_line", "last_line", "published", "published_source"]

    func run() throws {
        let articles: [StoredArticle]
        do {
            articles = try TallyDatabase(path: database.path, readOnly: true).articles(county: county)
        } catch {
            throw UserError.exit(error.description)
        }
        let rows: [[Cell]] = articles.map { article in
            [.text(article.doc), .integer(Int64(article.seq)), .text(article.kind), .text(article.county),
             article.dateline.map(Cell.text) ?? .null, .text(article.headline), .text(article.bodyStart),
             .integer(article.id), article.primaryTheme.map(Cell.text) ?? .null, .text(article.themes),
             .integer(Int64(article.firstLine)), .integer(Int64(article.lastLine)),
             article.published.map(Cell.text) ?? .null, article.publishedSource.map(Cell.text) ?? .null]
        }
        print(RowWriter(format: format).render(columns: Self.columns, rows: rows), terminator: "")
    }
}
