import GRDB
import Testing
@testable import TallyCore

@Suite struct AggregatorTests {
    @Test func mixedUnitsAreRefusedWithATypedError() throws {
        let database = try FixtureDatabase()
        let article = try database.addArticle(document: try database.addDocument("a.txt"), seq: 1, headline: "h", county: "邹城市", themes: [])
        let persons = try database.addFact(article: article, surface: "120名", value: 120, unit: "person", classifier: "名", object: "志愿者", county: "邹城市")
        let times = try database.addFact(article: article, surface: "300人次", value: 300, unit: "person_time", classifier: "人次", object: "志愿者", county: "邹城市")
        let facts = try database.dbQueue.read(FactRecord.fetchCounted)
        #expect(throws: AggregationError.mixedUnits(units: ["person", "person_time"], factIDs: [persons, times])) {
            try Estimate.total(of: facts)
        }
        // The volunteers indicator (persons) takes only the persons.
        let result = try Aggregator().aggregate(facts)
        #expect(result.total("volunteers", county: "邹城市")?.estimate.formatted == "120")
        #expect(result.total("volunteers", county: "邹城市")?.factIDs == [persons])
    }

    /// Reports read facts in chunks and aggregate them as they come: the same facts, in the same
    /// order, add up to the same cells as one whole list.
    @Test func chunkedReadAddsUpLikeOneList() throws {
        let database = try FixtureDatabase.gold()
        let whole = try database.dbQueue.read(FactRecord.fetchCounted)
        var chunks: [[FactRecord]] = []
        try database.dbQueue.read { db in try FactRecord.fetchCounted(db, chunkSize: 7) { chunks.append($0) } }
        #expect(whole.count > 100)
        #expect(chunks.dropLast().allSatisfy { $0.count == 7 } && chunks.last!.count <= 7)
        #expect(chunks.flatMap { $0.map(\.id) } == whole.map(\.id))
        var accumulator = Aggregator.Accumulator()
        for fact in chunks.joined() { try accumulator.add(fact) }
        let chunked = accumulator.result, once = try Aggregator().aggregate(whole)
        #expect(chunked.totals == once.totals && chunked.bucketed == once.bucketed && !once.totals.isEmpty)
    }

    @Test func rateFactsAreListedApartNeverAdded() throws {
        let database = try FixtureDatabase()
        let article = try database.addArticle(document: try database.addDocument("a.txt"), seq: 1, headline: "h", county: "金乡县", themes: [])
        let total = try database.addFact(article: article, surface: "300万元", value: 3_000_000, unit: "yuan", classifier: "元", object: "帮扶资金", county: "金乡县")
        let rate = try database.addFact(article: article, surface: "2000元", value: 2000, unit: "yuan", classifier: "元", object: "补助资金", county: "金乡县", rate: true)
        let result = try Aggregator().aggregate(try database.dbQueue.read(FactRecord.fetchCounted))
        #expect(result.total("funds", county: "金乡县")?.estimate.low == 3_000_000)
        #expect(result.total("funds", county: "金乡县")?.factIDs == [total])
        #expect(result.rates["funds"]?.map(\.id) == [rate])
    }

    @Test func reprintedArticleIsCountedOnce() throws {
        let database = try FixtureDatabase()
        for name in ["a.txt", "b.txt"] {
            let article = try database.addArticle(document: try database.addDocument(name), seq: 1, headline: "h", county: "曲阜市",
                                                  themes: ["volunteer"], body: "招募志愿者50名。", bodyHash: "same-body")
            try database.addFact(article: article, surface: "50名", value: 50, unit: "person", classifier: "名", object: "志愿者", county: "曲阜市")
        }
        let facts = try database.dbQueue.read(FactRecord.fetchCounted)
        #expect(facts.count == 1)
        #expect(try Aggregator().aggregate(facts).total("volunteers", county: "曲阜市")?.estimate.low == 50)
        #expect(try database.dbQueue.read(ThemeUsage.fetch)["volunteer"]?.articles == 1)
    }

    @Test func emptyBodiesAreNotReprints() throws {
        let database = try FixtureDatabase()
        for name in ["a.txt", "b.txt"] {
            try database.addArticle(document: try database.addDocument(name), seq: 1, headline: "h", county: "曲阜市",
                                    themes: ["volunteer"], body: "", bodyHash: ReprintKey.hex(of: ""))
        }
        #expect(try database.dbQueue.read(ThemeUsage.fetch)["volunteer"]?.articles == 2)
    }

    @Test func lowerBoundsCarryIntoTotals() throws {
        let database = try FixtureDatabase()
        let article = try database.addArticle(document: try database.addDocument("a.txt"), seq: 1, headline: "h", county: "邹城市", themes: [])
        try database.addFact(article: article, surface: "1000名", value: 1000, unit: "person", classifier: "名", object: "志愿者", county: "邹城市")
        try database.addFact(article: article, surface: "200余名", value: 200, qualifier: "over", unit: "person", classifier: "名", object: "党员志愿者", county: "邹城市")
        let result = try Aggregator().aggregate(try database.dbQueue.read(FactRecord.fetchCounted))
        #expect(result.total("volunteers", county: "邹城市")?.estimate.formatted == "≥ 1,200")
    }

    @Test func bucketsFollowDatePrecision() throws {
        let database = try FixtureDatabase()
        let dated = [("q.txt", "2025-11-03", "day"), ("m.txt", "2025-08", "month"), ("y.txt", "2025", "year"), ("u.txt", nil, nil)]
        for (name, published, precision) in dated {
            let article = try database.addArticle(document: try database.addDocument(name, published: published, precision: precision),
                                                  seq: 1, headline: "h", county: "微山县", themes: [])
            try database.addFact(article: article, surface: "10名", value: 10, unit: "person", classifier: "名", object: "志愿者", county: "微山县")
        }
        let result = try Aggregator().aggregate(try database.dbQueue.read(FactRecord.fetchCounted))
        #expect(result.buckets == [.quarter(year: 2025, quarter: 3), .quarter(year: 2025, quarter: 4), .year(2025), .undated])
        #expect(result.total("volunteers", county: "微山县")?.estimate.low == 40)
        #expect(result.total("volunteers", county: "微山县", bucket: .year(2025))?.estimate.low == 10)
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

    @Test func goldCorpusAggregatesWithoutMixingUnits() throws {
        let database = try FixtureDatabase.gold()
        let result = try Aggregator().aggregate(try database.dbQueue.read(FactRecord.fetchCounted))
        #expect(!result.totals.isEmpty)
        for aggregate in result.totals {
            #expect(aggregate.unit == Indicator.named(aggregate.indicator)?.unit)
            #expect(!aggregate.factIDs.isEmpty)
        }
        #expect(result.buckets == [.undated])
    }
}
