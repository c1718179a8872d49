/// The columns and rows one SQL statement returned, typed for ``RowWriter``.
///
///     let result = try database.query("SELECT county, COUNT(*) FROM facts GROUP BY county").last
public struct QueryResult: Sendable, Hashable {
    public var columns: [String]
    public var rows: [[Cell]]

    public init(columns: [String], rows: [[Cell]]) {
        self.columns = columns
        self.rows = rows
    }
}
