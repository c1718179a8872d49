import Foundation
import GRDB
import Testing
import TallyTestSupport
@testable import TallyCore

@Suite struct SavedQueryTests {
    static let folder = Fixtures.packageRoot.appendingPathComponent("queries")

    /// Example values for the documented parameters.
    static let examples: [String: DatabaseValue] = [
        "county": "曲阜市".databaseValue, "theme": "retired-cadres".databaseValue, "limit": 20.databaseValue,
        "period": "undated".databaseValue,
    ]

    @Test func everySavedQueryIsDocumentedReadOnlyAndRuns() throws {
        let queries = try SavedQuery.load(from: Self.folder)
        #expect(queries.count >= 6)
        let database = try FixtureDatabase.gold()
        for query in queries {
            #expect(!query.title.isEmpty && !query.answers.isEmpty)
            try database.dbQueue.read { db in
                let statement = try db.makeStatement(sql: query.sql)
                #expect(statement.isReadonly, "\(query.name) must only read")
                let arguments = StatementArguments(Dictionary(uniqueKeysWithValues: query.parameters.map { ($0, Self.examples[$0] ?? .null) }))
                let rows = try Row.fetchAll(statement, arguments: arguments)
                #expect(!rows.isEmpty, "\(query.name) returned nothing on the gold corpus")
            }
        }
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
