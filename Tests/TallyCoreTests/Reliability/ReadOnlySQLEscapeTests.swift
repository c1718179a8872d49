import Foundation
import Testing
@testable import TallyCore

/// `tally sql`'s guard against statements that write or reach outside the database, beyond the plain
/// cases of ReadOnlyQueryTests: writes hidden behind comments, CTEs or odd spelling, and
/// PRAGMAs that switch protections off. Each is refused (load_extension by SQLite itself when the
/// guard misses its spelling) and the file is byte-for-byte unchanged.
@Suite struct ReadOnlySQLEscapeTests {
    @Test(arguments: [
        "UPDATE facts SET value = 0",
        "REPLACE INTO documents (path) VALUES ('x')",
        "WITH gone AS (SELECT 1) DELETE FROM facts",
        "DROP TABLE facts",
        "CREATE TEMP TABLE scratch (a)",
        "PRAGMA writable_schema=1",
        "PRAGMA main.writable_schema = ON",
        "pragma\twritable_schema(1)",
        "PRAGMA query_only = 0",
        "PRAGMA trusted_schema=1",
        "/* note */ ATTACH DATABASE 'OTHER' AS other",
        "-- note\nATTACH 'OTHER' AS other",
        "/**/PRAGMA writable_schema=1",
        "  /*/ still a comment */ -- and another\n\t ATTACH 'OTHER' AS other",
        "SELECT load_extension/**/('evil')",
        "SELECT \"load_extension\"('evil')",
        "SELECT 1; /* x */ DELETE FROM facts",
    ])
    func refusesAndLeavesTheFileUnchanged(sql: String) throws {
        let folder = try TemporaryFolder()
        try TallyDatabase(path: folder.file("t.sqlite")).replace(with: SamplePage.make())
        try TallyDatabase(path: folder.file("other.sqlite")).replace(with: SamplePage.make())
        let before = try Data(contentsOf: URL(fileURLWithPath: folder.file("t.sqlite")))
        let database = try TallyDatabase(path: folder.file("t.sqlite"), readOnly: true)
        do {
            let results = try database.query(sql.replacingOccurrences(of: "OTHER", with: folder.file("other.sqlite")))
            Issue.record("ran: \(sql) → \(results)")
        } catch {
            switch error {
            case .refused: break
            // SQLite itself keeps extension loading off; spellings the guard does not read end here.
            case .query(_, let reason) where sql.contains("load_extension") && reason == "not authorized": break
            default: Issue.record("expected a refusal for \(sql), got \(error)")
            }
        }
        let attached = try database.query("PRAGMA database_list").first?.rows.map { $0[1] } ?? []
        #expect(!attached.contains(.text("other")), "a database stayed attached")
        #expect(try Data(contentsOf: URL(fileURLWithPath: folder.file("t.sqlite"))) == before)
    }
}
