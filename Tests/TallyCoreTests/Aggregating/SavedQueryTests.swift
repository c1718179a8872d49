import Foundation
import GRDB
import Testing
import TallyTestSupport
@testable import TallyCore


@Suite struct SavedQueryTests {
    static let folder = Fixtures.packageRoot.appendingPathComponent("queries")

    /// Example values for the documented parameters, as `tally sql --param` passes them: text.
    static let examples = ["county": "曲阜市", "theme": "retired-cadres", "limit": "20", "period": "undated",
                           "indicator": "retired-cadres"]

    /// Each query runs through `tally sql`'s engine (``TallyDatabase/query(_:parameters:)``) on the seed pages.
    @Test func everySavedQueryIsDocumentedReadOnlyAndRuns() throws {
        let queries = try SavedQuery.load(from: Self.folder)
        #expect(queries.count >= 5)
        let temporary = try TemporaryFolder()
        let path = temporary.file("queries.sqlite")
        _ = try Ingestor(database: TallyDatabase(path: path)).ingest(paths: [Fixtures.seeds.path])
        let fixture = try FixtureDatabase(path: path)
        for query in queries {
            #expect(!query.title.isEmpty && !query.answers.isEmpty)
            let isReadonly = try fixture.dbQueue.read { db in try db.makeStatement(sql: query.sql).isReadonly }
            #expect(isReadonly, "\(query.name) must only read")
            let parameters = Dictionary(uniqueKeysWithValues: query.parameters.map { ($0, Self.examples[$0] ?? "") })
            let results = try TallyDatabase(path: path, readOnly: true).query(query.sql, parameters: parameters)
            #expect(results.count == 1 && !results[0].rows.isEmpty, "\(query.name) returned nothing on the seed pages")
        }
    }

    /// `queries/indicator_cells.sql` and the report model give every county the same figure: on the
    /// seed pages, and on facts written to exercise each rule (shares, parts, places, kinds, bounds).
    @Test func savedCellQueryAgreesWithTheReportModel() throws {
        let query = try SavedQuery.load(from: Self.folder).first { $0.name == "indicator_cells" }!
        let temporary = try TemporaryFolder()
        let seeds = temporary.file("seeds.sqlite")
        _ = try Ingestor(database: TallyDatabase(path: seeds)).ingest(paths: [Fixtures.seeds.path])
        let rules = temporary.file("rules.sqlite")
        try Self.ruleCorpus(path: rules)
        for path in [seeds, rules] {
            let database = try TallyDatabase(path: path, readOnly: true)
            let model = try database.countyFigures().cells.map(CellScorer.Row.init)
            let rows = try database.query(query.sql, parameters: ["indicator": ""])[0].rows
            let fromSQL = rows.map { row in
                CellScorer.Row(indicator: row[0].text, county: row[1].text, value: Double(row[2].text) ?? .nan,
                               high: Double(row[3].text), qualifier: row[4].text)
            }
            #expect(model.count > 3)
            #expect(Set(fromSQL) == Set(model), "\(path): SQL and report model disagree")
            let one = try database.query(query.sql, parameters: ["indicator": model[0].indicator])[0].rows
            #expect(one.count == model.filter { $0.indicator == model[0].indicator }.count)
        }
    }

    /// One county per rule of `docs/indicators.md`.
    static func ruleCorpus(path: String) throws {
        let database = try FixtureDatabase(path: path)
        let page = try database.addDocument("rules.txt", published: "2025-05-02", precision: "day")
        let older = try database.addDocument("older.txt", published: "2024-03-01", precision: "day")
        func article(_ county: String, _ seq: Int, document: Int64? = nil, subject: String = "") throws -> Int64 {
            try database.addArticle(document: document ?? page, seq: seq, headline: "h", county: county, themes: [], subject: subject)
        }
        func add(_ article: Int64, _ surface: String, _ value: Double, _ qualifier: String = "exact", county: String,
                 indicator: String = "party-organisations", kind: String = "党支部", scope: String = "county", place: String = "",
                 status: String = "actual", relation: String? = nil, rate: Bool = false, sentence: String? = nil,
                 high: Double? = nil) throws {
            try database.addFact(article: article, surface: surface, value: value, high: high, qualifier: qualifier, unit: "count", classifier: "个",
                                 object: kind, county: county, rate: rate, sentence: sentence, scope: scope, place: place,
                                 status: status, relation: relation, indicators: [indicator: kind])
        }
        // Kinds added, alternatives of one kind not; a before-state and a share apart.
        let a = try article("梁山县", 1)
        try add(a, "15个", 15, county: "梁山县", status: "actual", relation: "superseded")
        try add(a, "15个", 15, county: "梁山县", kind: "党总支")
        try add(a, "61个", 61, county: "梁山县")
        try add(a, "40个", 40, "over", county: "梁山县")
        try add(a, "4个", 4, county: "梁山县", kind: "党组织", relation: "share")
        // A breakdown in one sentence is added.
        let b = try article("鱼台县", 2)
        try add(b, "44个", 44, county: "鱼台县", kind: "党组织", sentence: "组织44个党组织与10个社区党组织签订协议。")
        try database.addFact(article: b, surface: "10个", value: 10, unit: "count", classifier: "个", object: "社区党组织",
                             county: "鱼台县", sentence: "组织44个党组织与10个社区党组织签订协议。",
                             indicators: ["party-organisations": "党组织"], inSentenceAt: 0)
        try add(b, "50个", 50, county: "鱼台县", kind: "党组织")
        // Parts only: places added to a lower bound; places inside an article's subject are one place.
        let c = try article("泗水县", 3, subject: "高峪镇工作队")
        try add(c, "9个", 9, county: "泗水县", scope: "town", place: "高峪镇")
        try add(c, "6个", 6, county: "泗水县", scope: "village", place: "东李村")
        let d = try article("泗水县", 4)
        try add(d, "近30个", 30, "under", county: "泗水县", scope: "village", place: "西村")
        // County-wide first; parts listed. A range stays a range. Rates and plans never added.
        let e = try article("邹城市", 5)
        try add(e, "3至5个", 3, "range", county: "邹城市", high: 5)
        try add(e, "2个", 2, county: "邹城市", scope: "village", place: "北村")
        try add(e, "8个", 8, county: "邹城市", kind: "党委", rate: true)
        try add(e, "10个", 10, "approx", county: "邹城市", kind: "党委", status: "plan")
        // Ties go to the most recent page.
        let f = try article("金乡县", 1, document: older)
        try add(f, "12个", 12, county: "金乡县")
        let g = try article("金乡县", 6)
        try add(g, "12个", 12, county: "金乡县")
        // Only a share: it is the figure.
        let h = try article("汶上县", 7)
        try add(h, "300个", 300, county: "汶上县", relation: "share")
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
