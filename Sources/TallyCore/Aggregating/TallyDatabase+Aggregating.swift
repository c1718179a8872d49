/// What aggregation and reports read from the database.
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
