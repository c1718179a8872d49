import GRDB

/// What aggregation and reports read from the database: the read model (`indicator_facts`) and
/// theme counts. Every SQL statement lives in Store; Aggregating only computes.
///
///     let database = try TallyDatabase(path: "tally.sqlite", readOnly: true)
///     let usage = try database.themeUsage()
extension TallyDatabase {
    /// Articles and facts per theme id (``ThemeUsage/fetch(_:)``).
    public func themeUsage() throws(TallyDatabaseError) -> [String: ThemeUsage] {
        do { return try pool.read(ThemeUsage.fetch) } catch { throw .read(reason: TallyDatabase.reason(error)) }
    }

    /// Every county figure (``CountyFigures/fetch(_:)``).
    public func countyFigures() throws(TallyDatabaseError) -> CountyFigures {
        do { return try pool.read(CountyFigures.fetch) } catch { throw .read(reason: TallyDatabase.reason(error)) }
    }
}

extension CountyFigures {
    /// Reads `indicator_facts` and chooses the cells.
    public static func fetch(_ db: Database) throws -> CountyFigures {
        CountyFigures(facts: try IndicatorFact.fetchAll(db))
    }
}

extension ThemeUsage {
    /// Articles (reprints once) and facts per theme id.
    public static func fetch(_ db: Database) throws -> [String: ThemeUsage] {
        let articles = try CountedArticle.fetchAll(db)
        var factsPerTheme: [String: Int] = [:]
        try CountedFact.fetchCounted(db, articles: articles) { chunk in
            for fact in chunk {
                if let theme = fact.theme { factsPerTheme[theme, default: 0] += 1 }
            }
        }
        return counting(articles: articles, factsPerTheme: factsPerTheme)
    }
}
