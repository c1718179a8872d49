/// Why the database could not be opened, written or queried. Each case names the file or
/// statement involved and the cause, so the CLI prints one `error:` line and no stack trace.
public enum TallyDatabaseError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The database file could not be opened or migrated.
    case open(path: String, reason: String)
    /// A read-only command was pointed at a file that does not exist.
    case missing(path: String)
    /// Storing one document failed; its transaction was rolled back and nothing of it was written.
    case write(document: String, reason: String)
    /// The storage under the database failed (disk full, I/O error): ingest stops at the first one,
    /// keeping what was committed before it.
    case storage(path: String, reason: String)
    /// A read failed.
    case read(reason: String)
    /// `tally sql` refused a statement before running it (it writes, attaches, or loads code).
    case refused(statement: String, reason: String)
    /// A statement given to `tally sql` failed to compile or run.
    case query(statement: String, reason: String)

    public var description: String {
        switch self {
        case .open(let path, let reason): return "cannot open database \(path): \(reason)"
        case .missing(let path): return "no database at \(path) (run `tally ingest` first)"
        case .write(let document, let reason): return "cannot store \(document): \(reason)"
        case .storage(let path, let reason):
            return "cannot write the database \(path): \(reason); ingest stopped, what was stored before is kept"
        case .read(let reason): return "cannot read the database: \(reason)"
        case .refused(let statement, let reason): return "refused: \(reason): \(statement)"
        case .query(let statement, let reason): return "query failed: \(reason): \(statement)"
        }
    }
}
