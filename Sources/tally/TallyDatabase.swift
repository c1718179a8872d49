import ArgumentParser
import Foundation
import GRDB
import TallyCore

/// Opens the database a command reads: it must exist (run `tally run` or ingest first), and is
/// brought up to the current schema.
enum TallyDatabase {
    static func open(_ path: String) throws -> DatabaseQueue {
        guard FileManager.default.fileExists(atPath: path) else {
            throw ValidationError("no database at \(path): run `tally run` first, or pass --db")
        }
        let dbQueue = try DatabaseQueue(path: path)
        try TallySchema.migrator.migrate(dbQueue)
        return dbQueue
    }
}
