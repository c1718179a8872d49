import ArgumentParser
import Foundation
import TallyCore

/// `tally sql`: read-only SQL over the database, with named parameters.
struct SQLCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sql",
        abstract: "Run read-only SQL (text, or a .sql file) against the database.",
        discussion: """
            The database is opened read-only and statements that write, ATTACH/DETACH, change PRAGMAs or load
            extensions are refused. Tables: documents, articles, facts; views: article_view, fact_view, fact_contract.

            Example: tally sql "SELECT unit, COUNT(*) FROM facts WHERE county = :county GROUP BY unit" --param county=邹城市
            Example: tally sql queries/by-county.sql --format csv
            """
    )

    @Argument(help: "SQL text, or the path of a .sql file.")
    var query: String

    @Option(name: .customLong("param"), help: "A named parameter NAME=VALUE, bound to :NAME (repeatable).")
    var parameters: [String] = []

    @Option(help: "table, tsv, csv or json.")
    var format: OutputFormat = .table

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        var bindings: [String: String] = [:]
        for parameter in parameters {
            guard let equals = parameter.firstIndex(of: "="), equals != parameter.startIndex else {
                throw UserError.exit("--param wants NAME=VALUE, got '\(parameter)'")
            }
            bindings[String(parameter[..<equals])] = String(parameter[parameter.index(after: equals)...])
        }
        var sql = query
        // A name ending in .sql is a file, never SQL text: a typo must not run the name as a statement.
        let looksLikeFile = query.hasSuffix(".sql") && !query.contains(where: \.isWhitespace)
        if looksLikeFile, !FileManager.default.fileExists(atPath: query) { throw UserError.exit("no such file: \(query)") }
        if looksLikeFile {
            guard let data = FileManager.default.contents(atPath: query), let text = String(data: data, encoding: .utf8)
            else { throw UserError.exit("cannot read \(query) as UTF-8 text") }
            sql = text
        }
        do {
            try write(sql, bindings: bindings)
        } catch {
            throw UserError.exit(error.description)
        }
    }

    /// Runs `sql` and prints its results: a table needs every row for its column widths; the piped
    /// formats stream, so memory stays flat for any number of rows.
    private func write(_ sql: String, bindings: [String: String]) throws(TallyDatabaseError) {
        let writer = RowWriter(format: format)
        let tally = try TallyDatabase(path: database.path, readOnly: true)
        guard format != .table else {
            for (index, result) in try tally.query(sql, parameters: bindings).enumerated() {
                if index > 0 { print("") }
                print(writer.render(columns: result.columns, rows: result.rows), terminator: "")
            }
            return
        }
        let rows = StreamedRows(writer: writer)
        try tally.stream(sql, parameters: bindings, start: rows.start, row: rows.add)
        rows.finish()
    }
}
