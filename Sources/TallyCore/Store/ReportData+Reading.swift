import Dispatch
import GRDB

/// Reading a ``ReportData`` from a Tally database.
extension ReportData {
    /// Reads the indicator facts, then chooses the county figures on a second core while SQLite reads
    /// every fact chunk by chunk for the theme pages (each chunk digested on a third queue).
    public init(_ db: Database) throws {
        let indicatorFacts = try IndicatorFact.fetchAll(db)
        try self.init(db, indicatorFacts: { indicatorFacts })
    }

    /// ``init(_:)`` with the indicator facts coming from elsewhere (a second connection, in
    /// ``fetch(from:)``): `indicatorFacts` runs on another thread and returns nil when its facts are not
    /// this read's, which then reads them itself.
    init(_ db: Database, indicatorFacts: @escaping @Sendable () -> [IndicatorFact]?) throws {
        let choosing = DispatchGroup()
        nonisolated(unsafe) var chosen: CountyFigures?
        DispatchQueue.global().async(group: choosing) { if let facts = indicatorFacts() { chosen = CountyFigures(facts: facts) } }
        let digesting = Digesting()
        let articles = try CountedArticle.fetchAll(db)
        var factCount = 0
        try CountedFact.fetchCounted(db, articles: articles) { chunk in
            factCount += chunk.count
            digesting.add(chunk)
        }
        let themeFacts = digesting.finish()
        choosing.wait()
        let figures = try chosen ?? CountyFigures(facts: IndicatorFact.fetchAll(db))
        let evidence = Indicator.all.flatMap { figures.evidence($0.id, apartLimit: ThemeFacts.shownLimit) }
        let shownIDs = Set(themeFacts.values.flatMap { $0.first.map(\.id) } + evidence)
        self.init(factCount: factCount, themeFacts: themeFacts,
                  usage: ThemeUsage.counting(articles: articles, factsPerTheme: themeFacts.mapValues(\.count)),
                  figures: figures, shown: try StoredFact.fetch(db, ids: shownIDs), pageDates: try Self.pageDates(db))
    }

    /// Every document's period and date source.
    static func pageDates(_ db: Database) throws -> PageDates {
        var dates = PageDates()
        for row in try Row.fetchAll(db, sql: "SELECT published, published_precision, published_source FROM documents") {
            dates.add(period: PeriodBucket(published: row[0], precision: row[1]), source: row[2])
        }
        return dates
    }

    /// Reads a Tally database (``init(_:)``): the indicator facts on a second connection while this one
    /// reads every fact. When an ingest committed between the two reads (their ``contentStamp``s
    /// differ), the indicator facts are read again in this read's snapshot, so the pages always agree.
    public static func fetch(from database: TallyDatabase) throws(TallyDatabaseError) -> ReportData {
        do {
            let reading = DispatchGroup()
            nonisolated(unsafe) var early: Result<(stamp: [String], facts: [IndicatorFact]), any Error>?
            DispatchQueue.global().async(group: reading) {
                early = Result { try database.pool.read { db in (try contentStamp(db), try IndicatorFact.fetchAll(db)) } }
            }
            return try database.pool.read { db in
                let stamp = try contentStamp(db)
                return try ReportData(db, indicatorFacts: {
                    reading.wait()
                    guard let read = try? early?.get(), read.stamp == stamp else { return nil }
                    return read.facts
                })
            }
        } catch {
            throw .read(reason: TallyDatabase.reason(error))
        }
    }

    /// What changes whenever an ingest stores or removes a document: two reads with equal stamps saw
    /// the same documents.
    static func contentStamp(_ db: Database) throws -> [String] {
        try Row.fetchOne(db, sql: """
            SELECT COUNT(*), COALESCE(MAX(id), 0), COALESCE(MAX(ingested_at), ''), (SELECT COUNT(*) FROM facts) FROM documents
            """).map { row in (0..<4).map { "\(row[$0] as DatabaseValue)" } } ?? []
    }

    /// Theme facts gathered on their own serial queue, chunk by chunk, while the reader goes on.
    private final class Digesting: @unchecked Sendable {
        private let queue = DispatchQueue(label: "tally.report.digest")
        // Touched only on `queue`, and read after `finish()` drains it.
        private var themes = FirstSeenNumbers<String>()
        private var factsOfTheme: [ThemeFacts] = []

        func add(_ chunk: [CountedFact]) {
            queue.async {
                for fact in chunk {
                    guard let theme = fact.theme else { continue }
                    let number = self.themes.number(of: theme)
                    if number == self.factsOfTheme.count { self.factsOfTheme.append(ThemeFacts()) }
                    self.factsOfTheme[number].add(fact)
                }
            }
        }

        /// Waits for the chunks handed over so far and returns each theme's facts.
        func finish() -> [String: ThemeFacts] {
            queue.sync { Dictionary(uniqueKeysWithValues: zip(themes.keys, factsOfTheme)) }
        }
    }
}
