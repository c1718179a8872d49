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

    /// Adds `facts` up in one pass (``Accumulator``).
    public func aggregate(_ facts: [FactRecord]) throws(AggregationError) -> Result {
        var accumulator = Accumulator(indicators: indicators)
        for fact in facts { try accumulator.add(fact) }
        return accumulator.result
    }

    /// Adds facts up as they come: each goes to the indicators it matches, then to its county's
    /// total and its county's total in its period bucket. A report feeds it one chunk of facts
    /// while the next is read.
    ///
    /// Each distinct (unit, classifier, object) is matched once: a corpus repeats a few thousand
    /// objects over a million facts, and keyword matching is the costly part.
    ///
    ///     var accumulator = Aggregator.Accumulator()
    ///     try accumulator.add(fact)
    ///     accumulator.result.totals
    public struct Accumulator: Sendable {
        private struct Match: Hashable {
            var unit: QuantityUnit
            var classifier: UTF8Key
            var object: UTF8Key
        }
        private struct Cell {
            var indicator: Int
            var county: Int
            var bucket: PeriodBucket?
        }
        public let indicators: [Indicator]
        private var matches: [Match: [Int]] = [:]
        private var counties = FirstSeenNumbers<UTF8Key>()
        private var buckets = FirstSeenNumbers<PeriodBucket>()
        /// `totals[slots[indicator][county][bucket number + 1]]`, -1 where no fact has come yet; slot 0
        /// is the total over every period. Arrays, not a dictionary of cells: two hashes a fact were
        /// a fifth of a million-fact report.
        private var slots: [[[Int]]]
        private var cells: [Cell] = []
        private var totals: [Estimate.Running] = []
        private var rates: [[FactRecord]]

        public init(indicators: [Indicator] = Indicator.all) {
            self.indicators = indicators
            slots = Array(repeating: [], count: indicators.count)
            rates = Array(repeating: [], count: indicators.count)
        }

        public mutating func add(_ fact: FactRecord) throws(AggregationError) {
            guard let unit = fact.unit else { return }
            let match = Match(unit: unit, classifier: UTF8Key(fact.classifier), object: UTF8Key(fact.object))
            let hits = matches[match] ?? {
                let hits = indicators.indices.filter {
                    indicators[$0].matches(unit: unit, classifier: fact.classifier, object: fact.object)
                }
                matches[match] = hits
                return hits
            }()
            guard !hits.isEmpty else { return }
            if fact.isRate {
                for index in hits { rates[index].append(fact) }
                return
            }
            let county = counties.number(of: UTF8Key(fact.county))
            let bucket = buckets.number(of: fact.bucket)
            for index in hits {
                try add(fact, to: Cell(indicator: index, county: county, bucket: nil), slot: 0)
                try add(fact, to: Cell(indicator: index, county: county, bucket: fact.bucket), slot: bucket + 1)
            }
        }

        private mutating func add(_ fact: FactRecord, to cell: Cell, slot: Int) throws(AggregationError) {
            if slots[cell.indicator].count <= cell.county {
                slots[cell.indicator] += Array(repeating: [], count: cell.county + 1 - slots[cell.indicator].count)
            }
            if slots[cell.indicator][cell.county].count <= slot {
                slots[cell.indicator][cell.county] += Array(repeating: -1, count: slot + 1 - slots[cell.indicator][cell.county].count)
            }
            var total = slots[cell.indicator][cell.county][slot]
            if total < 0 {
                total = totals.count
                totals.append(Estimate.Running())
                cells.append(cell)
                slots[cell.indicator][cell.county][slot] = total
            }
            try totals[total].add(fact)
        }

        /// Totals in indicator then county order; bucketed cells by bucket, then indicator, then county.
        public var result: Result {
            var result = Result(totals: [], bucketed: [], rates: [:])
            for (index, matched) in rates.enumerated() where !matched.isEmpty { result.rates[indicators[index].id] = matched }
            let countyRanks = counties.keys.map { Aggregator.countyRank($0.text) }
            func order(_ cell: Cell) -> (Int, PeriodBucket, Int, Int, String) {
                (cell.bucket == nil ? 0 : 1, cell.bucket ?? .undated, cell.indicator, countyRanks[cell.county].0,
                 countyRanks[cell.county].1)
            }
            for index in cells.indices.sorted(by: { order(cells[$0]) < order(cells[$1]) }) {
                let cell = cells[index], indicator = indicators[cell.indicator]
                let aggregate = Aggregate(indicator: indicator.id, county: counties.keys[cell.county].text, bucket: cell.bucket,
                                          unit: indicator.unit, estimate: totals[index].estimate, factIDs: totals[index].factIDs)
                if cell.bucket == nil { result.totals.append(aggregate) } else { result.bucketed.append(aggregate) }
            }
            return result
        }
    }

    /// Canonical counties in the city's order, then any other stored names sorted.
    static func counties(ofNames names: [String]) -> [String] { Set(names.map(UTF8Key.init)).map(\.text).sorted(by: countyOrder) }

    static func countyOrder(_ lhs: String, _ rhs: String) -> Bool { countyRank(lhs) < countyRank(rhs) }

    /// Position in ``County/allCases``, unknown names after them by name.
    static func countyRank(_ name: String) -> (Int, String) {
        (County.allCases.firstIndex { $0.rawValue == name } ?? County.allCases.count, name)
    }
}
