import GRDB
import GRDBSQLite

/// A prepared statement whose parameters are bound with SQLite's C API, value by value.
///
/// For the rows ingest writes by the ten thousand (articles, facts): GRDB's `StatementArguments`
/// boxes every value of every row into an array, which cost a sixth of ingest's instructions.
/// Inside a GRDB transaction it is the same connection, so savepoints and errors behave as usual.
///
///     let insert = try BoundInsert(db, sql: "INSERT INTO t (a, b) VALUES (?, ?)")
///     let id = try insert.run(db) { $0.bind(12); $0.bind("邹城市") }
struct BoundInsert {
    private let statement: Statement

    init(_ db: Database, sql: String) throws {
        statement = try db.cachedStatement(sql: sql)
    }

    /// Binds the values `bind` gives, in parameter order, runs the statement and returns the new rowid.
    func run(_ db: Database, bind: (inout Parameters) -> Void) throws -> Int64 {
        let sqlite = statement.sqliteStatement
        sqlite3_reset(sqlite)
        var parameters = Parameters(statement: sqlite)
        bind(&parameters)
        let code = sqlite3_step(sqlite)
        guard code == SQLITE_DONE else {
            let message = String(cString: sqlite3_errmsg(db.sqliteConnection))
            sqlite3_reset(sqlite)
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: statement.sql)
        }
        return sqlite3_last_insert_rowid(db.sqliteConnection)
    }

    /// The next parameter to bind; nil binds NULL.
    struct Parameters {
        fileprivate let statement: OpaquePointer
        private var index: Int32 = 1

        fileprivate init(statement: OpaquePointer) { self.statement = statement }

        mutating func bind(_ value: Int?) {
            if let value { sqlite3_bind_int64(statement, index, Int64(value)) } else { sqlite3_bind_null(statement, index) }
            index += 1
        }

        mutating func bind(_ value: Int64) {
            sqlite3_bind_int64(statement, index, value)
            index += 1
        }

        mutating func bind(_ value: Double?) {
            if let value { sqlite3_bind_double(statement, index, value) } else { sqlite3_bind_null(statement, index) }
            index += 1
        }

        mutating func bind(_ value: String?) {
            if var value {
                // SQLite copies the bytes (SQLITE_TRANSIENT): the buffer only lives for this call.
                _ = value.withUTF8 { sqlite3_bind_text(statement, index, $0.baseAddress, Int32($0.count), Self.transient) }
            } else {
                sqlite3_bind_null(statement, index)
            }
            index += 1
        }

        private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
    }
}
