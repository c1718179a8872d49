/// One cell of a report: an indicator's total in one county, over all periods or in one bucket,
/// with the facts it was added from.
public struct Aggregate: Sendable, Hashable {
    public var indicator: String
    public var county: String
    /// Nil for the total over every period.
    public var bucket: PeriodBucket?
    public var unit: QuantityUnit
    public var estimate: Estimate
    /// The facts summed, in document order: every number in a report can be traced back.
    public var factIDs: [Int64]
}
