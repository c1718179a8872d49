/// Adds facts into indicator totals per county, and per county and period bucket.
///
/// Rules: only facts an ``Indicator`` matches (so of its one unit) are added; rate facts
/// (每亩, 年均 …) are never added and are listed apart in ``Result/rates``; reprints are already
/// dropped by ``FactRecord/fetchCounted(_:)``; bounds carry through ``Estimate``.
///
///     let result = try Aggregator().aggregate(try dbQueue.read(FactRecord.fetchCounted))
public struct Aggregator: Sendable {
    public struct Result: Sendable {
        /// Indicator × county over every period, in indicator-table then county order.
        public var totals: [Aggregate]
        /// Indicator × county × bucket, by bucket, then indicator, then county.
        public var bucketed: [Aggregate]
        /// Rate facts each indicator matched, by indicator id: shown, never summed.
        public var rates: [String: [FactRecord]]

        public func total(_ indicator: String, county: String, bucket: PeriodBucket? = nil) -> Aggregate? {
            (bucket == nil ? totals : bucketed).first { $0.indicator == indicator && $0.county == county && $0.bucket == bucket }
        }

        /// Buckets that have at least one aggregate, oldest first, `undated` last.
        public var buckets: [PeriodBucket] { Set(bucketed.compactMap(\.bucket)).sorted() }
    }

    public var indicators: [Indicator]

    public init(indicators: [Indicator] = Indicator.all) {
        self.indicators = indicators
    }

    /// The facts of `facts` that count toward each of ``indicators`` (same order), rates included.
    ///
    /// Each distinct (unit, classifier, object) is matched once: a corpus repeats a few thousand
    /// objects over a million facts, and keyword matching is the costly part.
    public func matchedFacts(_ facts: [FactRecord]) -> [[FactRecord]] {
        struct Key: Hashable {
            var unit: QuantityUnit
            var classifier: String
            var object: String
        }
        var memo: [Key: [Int]] = [:]
        var matched = Array(repeating: [FactRecord](), count: indicators.count)
        for fact in facts {
            guard let unit = fact.unit else { continue }
            let key = Key(unit: unit, classifier: fact.classifier, object: fact.object)
            let hits = memo[key] ?? {
                let hits = indicators.indices.filter {
                    indicators[$0].matches(unit: unit, classifier: fact.classifier, object: fact.object)
                }
                memo[key] = hits
                return hits
            }()
            for index in hits { matched[index].append(fact) }
        }
        return matched
    }

    public func aggregate(_ facts: [FactRecord]) throws(AggregationError) -> Result {
        var result = Result(totals: [], bucketed: [], rates: [:])
        var bucketed: [Aggregate] = []
        for (indicator, matched) in zip(indicators, matchedFacts(facts)) {
            let rates = matched.filter(\.isRate)
            if !rates.isEmpty { result.rates[indicator.id] = rates }
            let byCounty = Dictionary(grouping: matched.lazy.filter { !$0.isRate }, by: \.county)
            for county in byCounty.keys.sorted(by: Self.countyOrder) {
                let inCounty = byCounty[county]!
                result.totals.append(try Self.aggregate(inCounty, indicator: indicator, county: county, bucket: nil))
                let byBucket = Dictionary(grouping: inCounty, by: \.bucket)
                for bucket in byBucket.keys.sorted() {
                    bucketed.append(try Self.aggregate(byBucket[bucket]!, indicator: indicator, county: county, bucket: bucket))
                }
            }
        }
        let indicatorOrder = Dictionary(uniqueKeysWithValues: indicators.enumerated().map { ($1.id, $0) })
        result.bucketed = bucketed.sorted {
            let left = Self.countyRank($0.county), right = Self.countyRank($1.county)
            return ($0.bucket!, indicatorOrder[$0.indicator]!, left.0, left.1)
                < ($1.bucket!, indicatorOrder[$1.indicator]!, right.0, right.1)
        }
        return result
    }

    private static func aggregate(
        _ facts: [FactRecord], indicator: Indicator, county: String, bucket: PeriodBucket?
    ) throws(AggregationError) -> Aggregate {
        Aggregate(indicator: indicator.id, county: county, bucket: bucket, unit: indicator.unit,
                  estimate: try Estimate.total(of: facts), factIDs: facts.map(\.id))
    }

    /// Canonical counties in the city's order, then any other stored names sorted.
    static func counties(of facts: [FactRecord]) -> [String] { counties(ofNames: facts.map(\.county)) }

    static func counties(ofNames names: [String]) -> [String] { Set(names).sorted(by: countyOrder) }

    static func countyOrder(_ lhs: String, _ rhs: String) -> Bool { countyRank(lhs) < countyRank(rhs) }

    /// Position in ``County/allCases``, unknown names after them by name.
    static func countyRank(_ name: String) -> (Int, String) {
        (County.allCases.firstIndex { $0.rawValue == name } ?? County.allCases.count, name)
    }
}
