import Testing
@testable import TallyCore

@Suite struct ReadOnlyQueryTests {
    let folder: TemporaryFolder
    let database: TallyDatabase

    init() throws {
        folder = try TemporaryFolder()
        try TallyDatabase(path: folder.file("t.sqlite")).replace(with: SamplePage.make())
        database = try TallyDatabase(path: folder.file("t.sqlite"), readOnly: true)
    }

    @Test func bindsNamedParameters() throws {
        let results = try database.query("SELECT surface, value FROM facts WHERE county = :county ORDER BY ordinal",
                                         parameters: ["county": "微山县", "unused": "x"])
        #expect(results == [QueryResult(columns: ["surface", "value"], rows: [[.text("300万元"), .real(3_000_000)]])])
    }

    @Test func runsEveryStatementAndReturnsEachResult() throws {
        let results = try database.query("SELECT 1 AS a; SELECT 'x' AS b;")
        #expect(results.map(\.columns) == [["a"], ["b"]])
    }

    @Test func aMissingParameterIsAnError() {
        #expect(throws: TallyDatabaseError.self) { try database.query("SELECT :county") }
    }

    @Test(arguments: [
        "DELETE FROM facts",
        "INSERT INTO documents (path) VALUES ('x')",
        "DROP VIEW fact_view",
        "CREATE TABLE x (a)",
        "ATTACH DATABASE 'other.sqlite' AS other",
        "detach other",
        "PRAGMA journal_mode = DELETE",
        "PRAGMA writable_schema",
        "SELECT load_extension('evil')",
        "SELECT LOAD_EXTENSION ('evil')",
        "BEGIN",
        "VACUUM INTO 'copy.sqlite'",
        "SELECT 1; DELETE FROM facts",
    ])
    func refusesStatementsThatWriteOrEscape(sql: String) throws {
        do {
            _ = try database.query(sql)
            Issue.record("ran: \(sql)")
        } catch {
            guard case .refused = error else {
                Issue.record("expected a refusal for \(sql), got \(error)")
                return
            }
        }
        #expect(try database.facts().count == 3)
    }

    @Test func allowsReadOnlyPragmas() throws {
        let results = try database.query("PRAGMA table_info(facts)")
        #expect(results.first?.rows.isEmpty == false)
    }
}
