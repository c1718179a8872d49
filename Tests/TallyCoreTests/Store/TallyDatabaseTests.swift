import Foundation
import Testing
import GRDB
@testable import TallyCore

@Suite struct TallyDatabaseTests {
    @Test func storesDocumentArticlesAndFactsInTextOrder() throws {
        let folder = try TemporaryFolder()
        let database = try TallyDatabase(path: folder.file("t.sqlite"))
        try database.replace(with: SamplePage.make())
        let facts = try database.facts()
        #expect(facts.map(\.ordinal) == [1, 2, 3])
        #expect(facts.map(\.surface) == ["60余场次", "5000余人次", "300万元"])
        #expect(facts[2].headline == "微山县 赛马")
        #expect(facts[2].location == "pages/a.txt:7")
        #expect(facts[0].spanInSentence == 9..<14)
        let articles = try database.articles()
        #expect(articles.map(\.county) == ["邹城市", "微山县"])
        #expect(articles[0].dateline == "邹城")
        let published = try database.query("SELECT published, published_precision, published_source FROM documents")
        #expect(published.first?.rows == [[.text("2025-03"), .text("month"), .text("manifest")]])
    }

    @Test func filtersFacts() throws {
        let folder = try TemporaryFolder()
        let database = try TallyDatabase(path: folder.file("t.sqlite"))
        try database.replace(with: SamplePage.make())
        #expect(try database.facts(county: "邹城").count == 2)
        #expect(try database.facts(county: "邹城市", unit: "event").map(\.surface) == ["60余场次"])
        #expect(try database.facts(objectLike: "资金").map(\.county) == ["微山县"])
        #expect(try database.facts(objectLike: "%").isEmpty)
        #expect(try database.articles(county: "微山").count == 1)
        let first = try #require(try database.facts().first)
        #expect(try database.fact(id: first.id) == first)
        #expect(try database.fact(id: 999) == nil)
    }

    @Test func replacingAChangedDocumentSwapsItsRows() throws {
        let folder = try TemporaryFolder()
        let database = try TallyDatabase(path: folder.file("t.sqlite"))
        try database.replace(with: SamplePage.make(sha256: "old"))
        var changed = SamplePage.make(sha256: "new")
        changed.facts.removeLast()
        try database.replace(with: changed)
        #expect(try database.storedDocuments().mapValues(\.sha256) == ["pages/a.txt": "new"])
        #expect(try database.facts().count == 2)
        #expect(try database.articles().count == 2)
    }

    @Test func aFailedWriteLeavesThePreviousVersionWhole() throws {
        let folder = try TemporaryFolder()
        let database = try TallyDatabase(path: folder.file("t.sqlite"))
        try database.replace(with: SamplePage.make(sha256: "old"))
        #expect(throws: TallyDatabaseError.self) {
            try database.replace(with: SamplePage.make(sha256: "new", orphanFact: true))
        }
        #expect(try database.storedDocuments().mapValues(\.sha256) == ["pages/a.txt": "old"])
        #expect(try database.facts().count == 3)
        #expect(try database.articles().count == 2)
    }

    /// A batch is one transaction, but a page that cannot be stored is rolled back alone (its
    /// savepoint): the pages before and after it are kept, and it keeps its previous version.
    @Test func aBatchKeepsEveryPageButTheOneThatFails() throws {
        let folder = try TemporaryFolder()
        let database = try TallyDatabase(path: folder.file("t.sqlite"))
        try database.replace(with: SamplePage.make(path: "pages/b.txt", sha256: "old"))
        let results = database.replace(with: [
            SamplePage.make(path: "pages/a.txt", sha256: "a"),
            SamplePage.make(path: "pages/b.txt", sha256: "new", orphanFact: true),
            SamplePage.make(path: "pages/c.txt", sha256: "c"),
        ])
        #expect(results.map { (try? $0.get()) != nil } == [true, false, true])
        guard case .failure(let error) = results[1] else { return }
        #expect(error.description.contains("pages/b.txt"))
        #expect(try database.storedDocuments().mapValues(\.sha256) == ["pages/a.txt": "a", "pages/b.txt": "old", "pages/c.txt": "c"])
        #expect(try database.articles().count == 6)
        #expect(try database.facts().count == 9)
    }

    @Test func ingestTimesAreISO8601InUTC() {
        #expect(TallyDatabase.timestamp(0) == "1970-01-01T00:00:00Z")
        #expect(TallyDatabase.timestamp(1_764_000_000) == "2025-11-24T16:00:00Z")
    }

    @Test func readOnlyOpenNeedsAnExistingTallyDatabase() throws {
        let folder = try TemporaryFolder()
        #expect(throws: TallyDatabaseError.missing(path: folder.file("none.sqlite"))) {
            try TallyDatabase(path: folder.file("none.sqlite"), readOnly: true)
        }
        #expect(!FileManager.default.fileExists(atPath: folder.file("none.sqlite")))
        try folder.write("not sqlite at all", to: "junk.sqlite")
        #expect(throws: TallyDatabaseError.self) { try TallyDatabase(path: folder.file("junk.sqlite"), readOnly: true) }
    }
}

@Suite struct FactExplanationTests {
    @Test func marksTheQuantityUnderItsSentence() throws {
        let folder = try TemporaryFolder()
        let database = try TallyDatabase(path: folder.file("t.sqlite"))
        try database.replace(with: SamplePage.make())
        let fact = try #require(try database.facts(unit: "event").first)
        #expect(fact.explanation == """
            fact \(fact.id): 60余场次 = 60 event (over); object 学习活动; county 邹城市; scope county
             --> pages/a.txt:3
              |
            3 | 邹城市举办学习活动60余场次，服务5000余人次。
              |                   ^^^^^^^^
            article 1: 邹城市 凝聚银发力量

            """)
    }
}

@Suite struct FactIndicatorStoreTests {
    /// A fact's scope, status and indicators are stored with it, and replaced with it.
    @Test func membershipsAreStoredAndReplacedWithTheirFact() throws {
        let folder = try TemporaryFolder()
        let database = try TallyDatabase(path: folder.file("t.sqlite"))
        var page = SamplePage.make()
        page.facts[1].indicators = [IndicatorMembership(indicator: "people-served", kind: "服务人次")]
        page.facts[1].scope = .village
        page.facts[1].place = "东城社区"
        page.facts[1].status = .plan
        page.facts[1].relation = .share
        try database.replace(with: page)
        try database.replace(with: page)
        let fact = try #require(try database.facts(unit: "person_time").first)
        #expect(fact.indicators == "people-served:服务人次" && fact.kinds == "服务人次")
        #expect((fact.scope, fact.place, fact.status, fact.relation) == ("village", "东城社区", "plan", "share"))
        let rows = try database.query("SELECT COUNT(*) AS n, MAX(set_apart) AS apart FROM indicator_facts", parameters: [:])
        #expect(rows[0].rows.map { $0.map(\.text) } == [["1", "plan"]])
    }
}

/// Databases that are not Tally's are refused before anything is written to them (issue #14: 10, 11, 14).
@Suite struct ForeignDatabaseTests {
    @Test func anotherProgramsDatabaseIsRefusedAndLeftAsItWas() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("other.sqlite")
        try DatabaseQueue(path: path).write { try $0.execute(sql: "CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)") }
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(throws: TallyDatabaseError.open(path: path, reason: "not a Tally database")) { try TallyDatabase(path: path) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
    }

    @Test func aNewerTallysDatabaseIsRefusedWithTheVersionsNamed() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("newer.sqlite")
        _ = try TallyDatabase(path: path)
        try DatabaseQueue(path: path).write { try $0.execute(sql: "INSERT INTO grdb_migrations VALUES ('v9: from the future')") }
        #expect {
            try TallyDatabase(path: path)
        } throws: { error in
            "\(error)".contains("newer Tally") && "\(error)".contains("v9: from the future")
                && "\(error)".contains(TallySchema.migrator.migrations.last!)
        }
    }

    @Test func aPathThatIsNotARegularFileIsRefused() throws {
        #expect(throws: TallyDatabaseError.open(path: "/dev/null", reason: "not a regular file")) { try TallyDatabase(path: "/dev/null") }
        let folder = try TemporaryFolder()
        #expect(throws: TallyDatabaseError.self) { try TallyDatabase(path: folder.path) }
    }

    @Test func anEmptyFileBecomesATallyDatabase() throws {
        let folder = try TemporaryFolder()
        try folder.write("", to: "empty.sqlite")
        _ = try TallyDatabase(path: folder.file("empty.sqlite"))
    }
}
