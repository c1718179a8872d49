/// The report model: every county figure (``IndicatorCell``) over the whole corpus and per
/// period, chosen from the `indicator_facts` read model by ``CellChooser``.
///
/// Reports, `tally indicators` and the saved query `queries/indicator_cells.sql` show the same
/// figures: the first two read this model, and a test compares the query with it.
///
///     let figures = try database.countyFigures()
///     figures.cell("volunteers", county: "太白湖新区")?.estimate.formatted   // "≥ 1,000"
public struct CountyFigures: Sendable {
    /// Whole-corpus cells, in indicator-table then county order.
    public var cells: [IndicatorCell]
    /// Cells per period, by period, then indicator, then county.
    public var periodCells: [IndicatorCell]
    /// Counties whose facts of an indicator were all set apart (rates, plans, standards): no figure,
    /// but a report still lists what was said. Whole corpus only.
    public var setApartOnly: [SetApartFacts]
    /// The facts behind the cells, by id (one row per fact: its first indicator's).
    public var facts: [Int64: IndicatorFact]

    /// An indicator's facts in a county that make no figure.
    public struct SetApartFacts: Sendable, Hashable {
        public var indicator: String
        public var county: String
        public var factIDs: [Int64]
        public var reasons: [SetApartReason]
    }

    /// Chooses every cell from the rows of `indicator_facts`.
    public init(facts rows: [IndicatorFact], indicators: [Indicator] = Indicator.all) {
        let chooser = CellChooser()
        var byCell: [String: [String: [IndicatorFact]]] = [:]
        var facts: [Int64: IndicatorFact] = [:]
        facts.reserveCapacity(rows.count)
        for row in rows {
            byCell[row.indicator, default: [:]][row.county, default: []].append(row)
            if facts[row.factID] == nil { facts[row.factID] = row }
        }
        var cells: [IndicatorCell] = []
        var periodCells: [IndicatorCell] = []
        var setApartOnly: [SetApartFacts] = []
        for indicator in indicators {
            guard let counties = byCell[indicator.id] else { continue }
            for county in counties.keys.sorted(by: County.isOrdered) {
                let countyFacts = counties[county]!
                if let cell = chooser.cell(indicator: indicator.id, county: county, period: nil, facts: countyFacts) {
                    cells.append(cell)
                } else {
                    let apart = countyFacts.filter { $0.setApart != nil }
                    setApartOnly.append(SetApartFacts(indicator: indicator.id, county: county, factIDs: apart.map(\.factID),
                                                      reasons: apart.compactMap(\.setApart)))
                }
                let byPeriod = Dictionary(grouping: countyFacts, by: \.period)
                for period in byPeriod.keys.sorted() {
                    if let cell = chooser.cell(indicator: indicator.id, county: county, period: period, facts: byPeriod[period]!) {
                        periodCells.append(cell)
                    }
                }
            }
        }
        let rank = Dictionary(uniqueKeysWithValues: indicators.enumerated().map { ($0.element.id, $0.offset) })
        periodCells.sort { lhs, rhs in
            (lhs.period!, rank[lhs.indicator]!) < (rhs.period!, rank[rhs.indicator]!)
                || ((lhs.period!, rank[lhs.indicator]!) == (rhs.period!, rank[rhs.indicator]!) && County.isOrdered(lhs.county, rhs.county))
        }
        self.cells = cells
        self.periodCells = periodCells
        self.setApartOnly = setApartOnly
        self.facts = facts
    }

    /// The cell of an indicator in a county, over the whole corpus or one period.
    public func cell(_ indicator: String, county: String, period: PeriodBucket? = nil) -> IndicatorCell? {
        (period == nil ? cells : periodCells).first { $0.indicator == indicator && $0.county == county && $0.period == period }
    }

    /// What an indicator's page lists under "Also reported": each county figure's facts left apart,
    /// then those of counties whose facts were all set apart (rates, plans, standards).
    public func listedApart(_ indicator: String) -> [(county: String, factID: Int64, reason: SetApartReason)] {
        cells.filter { $0.indicator == indicator }.flatMap { cell in cell.alsoReported.map { (cell.county, $0.factID, $0.reason) } }
            + setApartOnly.filter { $0.indicator == indicator }.flatMap { listed in
                zip(listed.factIDs, listed.reasons).map { (listed.county, $0.0, $0.1) }
            }
    }

    /// The facts an indicator's page quotes as evidence: every fact of its figures (over the corpus and
    /// per period, so period pages can cite them too), then the first `limit` facts listed apart.
    public func evidence(_ indicator: String, apartLimit limit: Int) -> [Int64] {
        var seen = Set<Int64>()
        let quoted = (cells + periodCells).filter { $0.indicator == indicator }.flatMap(\.factIDs)
        return (quoted + listedApart(indicator).prefix(limit).map(\.factID)).filter { seen.insert($0).inserted }
    }

    /// Periods that have at least one cell, oldest first, `undated` last.
    public var periods: [PeriodBucket] { Set(periodCells.compactMap(\.period)).sorted() }
}
