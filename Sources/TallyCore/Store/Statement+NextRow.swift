import GRDB
import GRDBSQLite

extension Statement {
    /// Steps the statement with SQLite's C API, for the readers that take a column at a time from
    /// `sqliteStatement` (GRDB's cursor added a tenth to every row of a million-fact read).
    ///
    ///     while try statement.nextRow(in: db) { let id = sqlite3_column_int64(statement.sqliteStatement, 0) }
    ///
    /// - Returns: true on a row, false after the last one.
    /// - Throws: SQLite's error as a `DatabaseError` naming the statement.
    func nextRow(in db: Database) throws -> Bool {
        let code = sqlite3_step(sqliteStatement)
        if code == SQLITE_DONE { return false }
        guard code == SQLITE_ROW else {
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)),
                                sql: sql)
        }
        return true
    }
}
