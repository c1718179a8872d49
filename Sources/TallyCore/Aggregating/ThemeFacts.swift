/// A theme's facts as its page uses them: how many, from which counties, and the first ones in full.
///
///     var facts = ThemeFacts()
///     facts.add(record)
///     facts.counties   // ["邹城市", "曲阜市"]
public struct ThemeFacts: Sendable {
    /// Rows of a theme page's fact table: beyond this a page stops being readable (and a
    /// million-fact corpus would write hundreds of MB); the rest are one `tally facts --theme` away.
    public static let shownLimit = 200

    public private(set) var count = 0
    /// The first ``shownLimit`` facts, in document order.
    public private(set) var first: [CountedFact] = []
    private var countyNumbers = FirstSeenNumbers<UTF8Key>()

    public init() {}

    public mutating func add(_ fact: CountedFact) {
        count += 1
        if first.count < Self.shownLimit { first.append(fact) }
        _ = countyNumbers.number(of: UTF8Key(fact.county))
    }

    /// Canonical counties in the city's order, then any others.
    public var counties: [String] { countyNumbers.keys.map(\.text).sorted(by: County.isOrdered) }
}
