import GRDB

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
                for period in Set(countyFacts.map(\.period)).sorted() {
                    if let cell = chooser.cell(indicator: indicator.id, county: county, period: period,
                                               facts: countyFacts.filter { $0.period == period }) {
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

    /// Reads `indicator_facts` and chooses the cells.
    public static func fetch(_ db: Database) throws -> CountyFigures {
        CountyFigures(facts: try IndicatorFact.fetchAll(db))
    }

    /// The cell of an indicator in a county, over the whole corpus or one period.
    public func cell(_ indicator: String, county: String, period: PeriodBucket? = nil) -> IndicatorCell? {
        (period == nil ? cells : periodCells).first { $0.indicator == indicator && $0.county == county && $0.period == period }
    }

    /// Periods that have at least one cell, oldest first, `undated` last.
    public var periods: [PeriodBucket] { Set(periodCells.compactMap(\.period)).sorted() }
}
