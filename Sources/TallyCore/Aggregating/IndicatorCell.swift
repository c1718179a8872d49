/// One county figure: an indicator in one county over one period, the facts it quotes, and the
/// facts left apart with why.
///
///     cell.estimate.formatted   // "≥ 1,000"
///     cell.basis                // .countyWide, or .places(2)
public struct IndicatorCell: Sendable, Hashable {
    /// Where the figure comes from.
    public enum Basis: Sendable, Hashable {
        /// The best county-wide figure of each kind.
        case countyWide
        /// No county-wide figure: the sum over this many distinct places, a lower bound.
        case places(Int)

        /// `county-wide` or `N places`, as `tally indicators` prints it.
        public var description: String {
            switch self {
            case .countyWide: return "county-wide"
            case let .places(count): return count == 1 ? "1 place" : "\(count) places"
            }
        }
    }

    public var indicator: String
    public var county: String
    /// Nil for the whole corpus.
    public var period: PeriodBucket?
    public var estimate: Estimate
    public var basis: Basis
    /// The facts quoted (added over kinds, or over places), in document order.
    public var factIDs: [Int64]
    /// The facts left apart, with why.
    public var alsoReported: [(factID: Int64, reason: SetApartReason)]

    public init(indicator: String, county: String, period: PeriodBucket?, estimate: Estimate, basis: Basis,
                factIDs: [Int64], alsoReported: [(factID: Int64, reason: SetApartReason)]) {
        self.indicator = indicator
        self.county = county
        self.period = period
        self.estimate = estimate
        self.basis = basis
        self.factIDs = factIDs
        self.alsoReported = alsoReported
    }

    public static func == (lhs: IndicatorCell, rhs: IndicatorCell) -> Bool {
        lhs.indicator == rhs.indicator && lhs.county == rhs.county && lhs.period == rhs.period && lhs.estimate == rhs.estimate
            && lhs.basis == rhs.basis && lhs.factIDs == rhs.factIDs
            && lhs.alsoReported.map(\.factID) == rhs.alsoReported.map(\.factID)
            && lhs.alsoReported.map(\.reason) == rhs.alsoReported.map(\.reason)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(indicator)
        hasher.combine(county)
        hasher.combine(period)
        hasher.combine(factIDs)
    }
}
