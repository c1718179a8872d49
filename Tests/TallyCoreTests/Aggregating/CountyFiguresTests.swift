import GRDB
import Testing
@testable import TallyCore

/// The `indicator_facts` read model and ``CountyFigures`` over a database: reprints, rates and periods.
@Suite struct CountyFiguresTests {
    func figures(_ database: FixtureDatabase) throws -> CountyFigures { try database.dbQueue.read(CountyFigures.fetch) }

    @Test func onlyFactsWithAMembershipCount() throws {
        let database = try FixtureDatabase()
        let article = try database.addArticle(document: try database.addDocument("a.txt"), seq: 1, headline: "h", county: "邹城市", themes: [])
        let volunteers = try database.addFact(article: article, surface: "120名", value: 120, unit: "person", classifier: "名",
                                              object: "志愿者", county: "邹城市", indicators: ["volunteers": "志愿者"])
        try database.addFact(article: article, surface: "300人次", value: 300, unit: "person_time", classifier: "人次", object: "志愿者",
                             county: "邹城市")
        let cells = try figures(database).cells
        #expect(cells.map(\.indicator) == ["volunteers"])
        #expect(cells.first?.factIDs == [volunteers])
    }

    @Test func rateFactsAreListedApartNeverAdded() throws {
        let database = try FixtureDatabase()
        let article = try database.addArticle(document: try database.addDocument("a.txt"), seq: 1, headline: "h", county: "金乡县", themes: [])
        let total = try database.addFact(article: article, surface: "300万元", value: 3_000_000, unit: "yuan", classifier: "元",
                                         object: "帮扶资金", county: "金乡县", indicators: ["funds": "资金"])
        let rate = try database.addFact(article: article, surface: "2000元", value: 2000, unit: "yuan", classifier: "元",
                                        object: "补助资金", county: "金乡县", rate: true, indicators: ["funds": "资金"])
        let plan = try database.addFact(article: article, surface: "500万元", value: 5_000_000, unit: "yuan", classifier: "元",
                                        object: "资金", county: "金乡县", status: "plan", indicators: ["funds": "资金"])
        let cell = try figures(database).cell("funds", county: "金乡县")
        #expect(cell?.estimate.low == 3_000_000)
        #expect(cell?.factIDs == [total])
        #expect(cell?.alsoReported.map(\.factID) == [rate, plan])
        #expect(cell?.alsoReported.map(\.reason) == [.rate, .plan])
    }

    @Test func reprintedArticleIsCountedOnce() throws {
        let database = try FixtureDatabase()
        for name in ["a.txt", "b.txt"] {
            let article = try database.addArticle(document: try database.addDocument(name), seq: 1, headline: "h", county: "曲阜市",
                                                  themes: ["volunteer"], body: "招募志愿者50名。", bodyHash: "same-body")
            try database.addFact(article: article, surface: "50名", value: 50, unit: "person", classifier: "名", object: "志愿者",
                                 county: "曲阜市", indicators: ["volunteers": "志愿者"])
        }
        let cell = try figures(database).cell("volunteers", county: "曲阜市")
        #expect(cell?.factIDs.count == 1 && cell?.alsoReported.isEmpty == true)
        #expect(try database.dbQueue.read(CountedFact.fetchCounted).count == 1)
        #expect(try database.dbQueue.read(ThemeUsage.fetch)["volunteer"]?.articles == 1)
    }

    @Test func emptyBodiesAreNotReprints() throws {
        let database = try FixtureDatabase()
        for name in ["a.txt", "b.txt"] {
            try database.addArticle(document: try database.addDocument(name), seq: 1, headline: "h", county: "曲阜市",
                                    themes: ["volunteer"], body: "", bodyHash: ReprintKey.hex(of: ""))
        }
        #expect(try database.dbQueue.read(ThemeUsage.fetch)["volunteer"]?.articles == 2)
        #expect(try database.dbQueue.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM counted_articles") } == 2)
    }

    @Test func periodsFollowDatePrecisionAndEachPeriodChoosesAlone() throws {
        let database = try FixtureDatabase()
        let dated = [("q.txt", "2025-11-03", "day", 40.0), ("m.txt", "2025-08", "month", 30), ("y.txt", "2025", "year", 20),
                     ("u.txt", nil, nil, 10)]
        for (name, published, precision, value) in dated {
            let article = try database.addArticle(document: try database.addDocument(name, published: published, precision: precision),
                                                  seq: 1, headline: "h", county: "微山县", themes: [])
            try database.addFact(article: article, surface: "\(Int(value))名", value: value, unit: "person", classifier: "名",
                                 object: "志愿者", county: "微山县", indicators: ["volunteers": "志愿者"])
        }
        let result = try figures(database)
        #expect(result.periods == [.quarter(year: 2025, quarter: 3), .quarter(year: 2025, quarter: 4), .year(2025), .undated])
        // Over the corpus one kind quotes its largest figure; each period quotes its own.
        #expect(result.cell("volunteers", county: "微山县")?.estimate.low == 40)
        #expect(result.cell("volunteers", county: "微山县", period: .year(2025))?.estimate.low == 20)
        #expect(result.cell("volunteers", county: "微山县", period: .quarter(year: 2025, quarter: 3))?.estimate.low == 30)
    }

    @Test func periodBucketParsing() {
        #expect(PeriodBucket(published: "2025-01-31", precision: "day") == .quarter(year: 2025, quarter: 1))
        #expect(PeriodBucket(published: "2025-12", precision: "month") == .quarter(year: 2025, quarter: 4))
        #expect(PeriodBucket(published: "2025", precision: "year") == .year(2025))
        #expect(PeriodBucket(published: "2025-05-01", precision: "year") == .year(2025))
        #expect(PeriodBucket(published: "garbage", precision: "day") == .undated)
        #expect(PeriodBucket(published: nil, precision: nil) == .undated)
        #expect(PeriodBucket(label: "2025Q4") == .quarter(year: 2025, quarter: 4))
        #expect(PeriodBucket(label: "2025Q5") == nil)
        #expect(PeriodBucket(label: "2025") == .year(2025))
        #expect(PeriodBucket.quarter(year: 2025, quarter: 1).previous == .quarter(year: 2024, quarter: 4))
    }

    /// Reports read facts in chunks: the same facts, in the same order, as one whole list.
    @Test func chunkedReadGivesTheSameFacts() throws {
        let database = try FixtureDatabase.gold()
        let whole = try database.dbQueue.read(CountedFact.fetchCounted)
        var chunks: [[CountedFact]] = []
        try database.dbQueue.read { db in try CountedFact.fetchCounted(db, chunkSize: 7) { chunks.append($0) } }
        #expect(whole.count > 100)
        #expect(chunks.dropLast().allSatisfy { $0.count == 7 } && chunks.last!.count <= 7)
        #expect(chunks.flatMap { $0.map(\.id) } == whole.map(\.id))
    }
}
