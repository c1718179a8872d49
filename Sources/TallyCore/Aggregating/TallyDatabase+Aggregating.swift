/// What aggregation and reports read from the database.
///
///     let database = try TallyDatabase(path: "tally.sqlite", readOnly: true)
///     let result = try Aggregator().aggregate(database.countedFactsAndThemeUsage().facts)
extension TallyDatabase {
    /// Articles and facts per theme id (``ThemeUsage/fetch(_:)``).
    public func themeUsage() throws(TallyDatabaseError) -> [String: ThemeUsage] {
        do { return try pool.read(ThemeUsage.fetch) } catch { throw .read(reason: TallyDatabase.reason(error)) }
    }

    /// Every fact with reprints dropped (``FactRecord/fetchCounted(_:)``) and theme usage, from one
    /// read: what a report needs, each fact decoded once.
    public func countedFactsAndThemeUsage() throws(TallyDatabaseError) -> (facts: [FactRecord], usage: [String: ThemeUsage]) {
        do {
            return try pool.read { db in
                let facts = try FactRecord.fetchCounted(db)
                return (facts, try ThemeUsage.fetch(db, countedFacts: facts))
            }
        } catch {
            throw .read(reason: TallyDatabase.reason(error))
        }
    }
}
