import Foundation
import GRDB
import Testing
import TallyTestSupport
@testable import TallyCore

@Suite struct SavedQueryTests {
    static let folder = Fixtures.packageRoot.appendingPathComponent("queries")

    /// Example values for the documented parameters, as `tally sql --param` passes them: text.
    static let examples = ["county": "曲阜市", "theme": "retired-cadres", "limit": "20", "period": "undated"]

    /// Each query runs through `tally sql`'s engine (``TallyDatabase/query(_:parameters:)``) on the gold corpus.
    @Test func everySavedQueryIsDocumentedReadOnlyAndRuns() throws {
        let queries = try SavedQuery.load(from: Self.folder)
        #expect(queries.count >= 6)
        let temporary = try TemporaryFolder()
        let path = temporary.file("queries.sqlite")
        let fixture = try FixtureDatabase.gold(path: path)
        for query in queries {
            #expect(!query.title.isEmpty && !query.answers.isEmpty)
            let isReadonly = try fixture.dbQueue.read { db in try db.makeStatement(sql: query.sql).isReadonly }
            #expect(isReadonly, "\(query.name) must only read")
            let parameters = Dictionary(uniqueKeysWithValues: query.parameters.map { ($0, Self.examples[$0] ?? "") })
            let results = try TallyDatabase(path: path, readOnly: true).query(query.sql, parameters: parameters)
            #expect(results.count == 1 && !results[0].rows.isEmpty, "\(query.name) returned nothing on the gold corpus")
        }
        let everyCounty = try TallyDatabase(path: path, readOnly: true)
            .query(queries.first { $0.name == "funds_by_county" }!.sql, parameters: ["county": ""])
        #expect(Set(everyCounty[0].rows.map { "\($0[0])" }).count > 1)
    }

    @Test func undocumentedParametersAreRejected() {
        #expect(throws: SavedQuery.LoadError.undocumentedParameter(file: "x.sql", line: 3, name: "county")) {
            try SavedQuery(name: "x", text: "-- title: T\n-- answers: A\nSELECT :county", file: "x.sql")
        }
        #expect(throws: SavedQuery.LoadError.missingHeader(file: "x.sql", field: "answers")) {
            try SavedQuery(name: "x", text: "-- title: T\nSELECT 1", file: "x.sql")
        }
    }

    @Test func parameterNamesSkipStringLiterals() {
        #expect(SavedQuery.parameterNames(in: "WHERE a = :county AND b = ':not' AND c = :theme_2") == ["county", "theme_2"])
    }
}
