import GRDB

/// Ad-hoc read-only SQL for `tally sql`.
///
/// Two guards: the database is opened read-only, and each statement is checked before it runs:
/// SQLite must call it read-only (`sqlite3_stmt_readonly`), and ATTACH/DETACH, PRAGMA (except a
/// read-only allowlist), transaction control, VACUUM and `load_extension(` are refused, since SQLite
/// calls some of those read-only too.
///
///     let results = try TallyDatabase(path: "tally.sqlite", readOnly: true)
///         .query("SELECT * FROM fact_view WHERE county = :county", parameters: ["county": "邹城市"])
extension TallyDatabase {
    /// PRAGMAs that only report: everything else is refused.
    static let readOnlyPragmas: Set<String> = [
        "table_info", "table_xinfo", "table_list", "index_list", "index_info", "index_xinfo",
        "foreign_key_list", "database_list", "collation_list", "function_list", "pragma_list",
        "compile_options", "user_version", "schema_version", "page_count", "page_size", "encoding",
    ]

    /// Runs every statement of `sql` and returns the rows of each one that returns columns.
    /// Named parameters (`:county`) are bound from `parameters`; a missing one is an error.
    public func query(_ sql: String, parameters: [String: String] = [:]) throws(TallyDatabaseError) -> [QueryResult] {
        var results: [QueryResult] = []
        try stream(sql, parameters: parameters,
                   start: { results.append(QueryResult(columns: $0, rows: [])) },
                   row: { results[results.count - 1].rows.append($0) })
        return results
    }

    /// ``query(_:parameters:)`` row by row: `start` gets the columns of each statement that returns
    /// any, then `row` each of its rows as SQLite steps to it, so memory stays flat for any result.
    ///
    ///     try database.stream(sql, start: { print($0) }, row: { print($0) })
    public func stream(
        _ sql: String, parameters: [String: String] = [:], start: ([String]) throws -> Void, row: ([Cell]) throws -> Void
    ) throws(TallyDatabaseError) {
        var currentStatement = sql
        do {
            try pool.read { db in
                let statements = try db.allStatements(sql: sql)
                while let statement = try statements.next() {
                    currentStatement = statement.sql.trimmingCharacters(in: .whitespacesAndNewlines)
                    try TallyDatabase.checkReadOnly(statement)
                    let bound = StatementArguments(parameters.mapValues { $0 as (any DatabaseValueConvertible)? })
                    try statement.setArguments(bound)
                    let columns = statement.columnNames
                    if !columns.isEmpty { try start(columns) }
                    let cursor = try Row.fetchCursor(statement)
                    while let next = try cursor.next() {
                        if !columns.isEmpty { try row(next.databaseValues.map(TallyDatabase.cell)) }
                    }
                }
            }
        } catch let error as TallyDatabaseError {
            throw error
        } catch {
            throw .query(statement: currentStatement, reason: TallyDatabase.reason(error))
        }
    }

    /// Throws ``TallyDatabaseError/refused(statement:reason:)`` for a statement that could write or escape.
    static func checkReadOnly(_ statement: Statement) throws(TallyDatabaseError) {
        let text = statement.sql.trimmingCharacters(in: .whitespacesAndNewlines)
        // Leading comments hide the statement's first word: `/* x */ ATTACH …` must read as ATTACH.
        let lowered = withoutLeadingComments(text).lowercased()
        let words = lowered.split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "_") })
        let firstWord = words.first.map(String.init) ?? ""
        if String(lowered.unicodeScalars.filter { !$0.properties.isWhitespace }).contains("load_extension(") {
            throw .refused(statement: text, reason: "load_extension is not allowed")
        }
        if firstWord == "attach" || firstWord == "detach" {
            throw .refused(statement: text, reason: "ATTACH and DETACH are not allowed")
        }
        if ["begin", "commit", "end", "rollback", "savepoint", "release", "vacuum"].contains(firstWord) {
            throw .refused(statement: text, reason: "transaction control and VACUUM are not allowed")
        }
        if firstWord == "pragma" {
            let name = words.dropFirst().first.map(String.init) ?? ""
            let pragma = name == "main" || name == "temp" ? (words.dropFirst(2).first.map(String.init) ?? "") : name
            let assigns = lowered.contains("=")
            guard readOnlyPragmas.contains(pragma), !assigns else {
                throw .refused(statement: text, reason: "only read-only PRAGMAs (\(readOnlyPragmas.sorted().joined(separator: ", "))) are allowed")
            }
            return
        }
        guard statement.isReadonly else {
            throw .refused(statement: text, reason: "the statement would write; `tally sql` is read-only")
        }
    }

    /// `sql` from its first token on: leading whitespace, `-- …` and `/* … */` comments dropped.
    static func withoutLeadingComments(_ sql: String) -> String {
        let scalars = ScalarText.scalars(of: sql)
        var index = 0
        while index < scalars.count {
            if scalars[index].properties.isWhitespace {
                index += 1
            } else if index + 1 < scalars.count && scalars[index] == "-" && scalars[index + 1] == "-" {
                while index < scalars.count && scalars[index] != "\n" { index += 1 }
            } else if index + 1 < scalars.count && scalars[index] == "/" && scalars[index + 1] == "*" {
                index += 3
                while index < scalars.count && !(scalars[index - 1] == "*" && scalars[index] == "/") { index += 1 }
                index += 1
            } else {
                break
            }
        }
        return ScalarText.string(scalars[min(index, scalars.count)...])
    }

    static func cell(_ value: DatabaseValue) -> Cell {
        switch value.storage {
        case .null: return .null
        case .int64(let number): return .integer(number)
        case .double(let number): return .real(number)
        case .string(let text): return .text(text)
        case .blob(let data): return .text("<\(data.count) bytes>")
        }
    }
}
