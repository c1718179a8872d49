import Dispatch
import GRDB

/// Reading a ``ReportData`` from a Tally database.
extension ReportData {
    /// Reads the indicator facts, then chooses the county figures on a second core while SQLite reads
    /// every fact chunk by chunk for the theme pages (each chunk digested on a third queue).
    public init(_ db: Database) throws {
        let indicatorFacts = try IndicatorFact.fetchAll(db)
        let choosing = DispatchGroup()
        nonisolated(unsafe) var chosen: CountyFigures?
        DispatchQueue.global().async(group: choosing) { chosen = CountyFigures(facts: indicatorFacts) }
        let digesting = Digesting()
        let articles = try CountedArticle.fetchAll(db)
        var factCount = 0
        try CountedFact.fetchCounted(db, articles: articles) { chunk in
            factCount += chunk.count
            digesting.add(chunk)
        }
        let themeFacts = digesting.finish()
        choosing.wait()
        let figures = chosen!
        let evidence = Indicator.all.flatMap { figures.evidence($0.id, apartLimit: ThemeFacts.shownLimit) }
        let shownIDs = Set(themeFacts.values.flatMap { $0.first.map(\.id) } + evidence)
        self.init(factCount: factCount, themeFacts: themeFacts,
                  usage: ThemeUsage.counting(articles: articles, factsPerTheme: themeFacts.mapValues(\.count)),
                  figures: figures, shown: try StoredFact.fetch(db, ids: shownIDs))
    }

    /// Reads a Tally database (``init(_:)``).
    public static func fetch(from database: TallyDatabase) throws(TallyDatabaseError) -> ReportData {
        do { return try database.pool.read { try ReportData($0) } } catch { throw .read(reason: TallyDatabase.reason(error)) }
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
