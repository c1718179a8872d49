import ArgumentParser
import TallyCore

/// `tally indicators`: the county figures, one row a cell, as the reports print them.
struct IndicatorsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "indicators",
        abstract: "List county figures: one per indicator and county, chosen by 'quote, don't add'.",
        discussion: """
            Each figure quotes the best county-wide figure of each kind of thing counted (added over the
            kinds), or, when nothing county-wide was reported, the sum over the places that were, marked
            as a lower bound (basis 'N places'). Rates, plans, standards, shares and smaller alternatives
            are listed in also_reported (fact:reason), never added. See docs/indicators.md.

            Columns: indicator label county period value high qualifier basis facts also_reported.
            'period' is 'all' for the whole corpus. The TSV is what eval/score_indicators.py reads.

            Examples:
              tally indicators --format tsv > cells.tsv
              tally indicators --county 曲阜 --period 2025Q1
              tally explain 12        (a fact id from the facts column)
            """
    )

    @Option(help: "Only this period (2025Q1, 2025 or undated); 'all' (the default) is the whole corpus.")
    var period = "all"

    @Option(help: "Only this county (canonical name, or its start: 邹城).")
    var county: String?

    @Option(help: "table, tsv, csv or json.")
    var format: OutputFormat = .table

    @OptionGroup var database: DatabaseOptions

    static let columns = ["indicator", "label", "county", "period", "value", "high", "qualifier", "basis", "facts", "also_reported"]

    func validate() throws {
        if period != "all", PeriodBucket(label: period) == nil {
            throw ValidationError("'\(period)' is not a period like 2025Q4, 2025, undated or all")
        }
    }

    func run() throws {
        let figures: CountyFigures
        do { figures = try TallyDatabase(path: database.path, readOnly: true).countyFigures() } catch {
            throw UserError.exit(error.description)
        }
        let bucket = PeriodBucket(label: period)
        let cells = (bucket == nil ? figures.cells : figures.periodCells.filter { $0.period == bucket })
            .filter { cell in county.map { cell.county.hasPrefix($0) } ?? true }
        let rows: [[Cell]] = cells.map { cell in
            let estimate = cell.estimate
            return [
                .text(cell.indicator), .text(Indicator.named(cell.indicator)?.label ?? ""), .text(cell.county),
                .text(cell.period.map(String.init(describing:)) ?? "all"), .real(estimate.low),
                estimate.qualifier == .range ? .real(estimate.high) : .null, .text(estimate.qualifier.rawValue),
                .text(cell.basis.description), .text(cell.factIDs.map(String.init).joined(separator: ",")),
                .text(cell.alsoReported.map { "\($0.factID):\($0.reason.rawValue)" }.joined(separator: ",")),
            ]
        }
        print(RowWriter(format: format).render(columns: Self.columns, rows: rows), terminator: "")
    }
}
