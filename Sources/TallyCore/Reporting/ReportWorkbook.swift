/// The office's workbook, `reports/tally.xlsx`: one sheet per indicator (county, figure, bound,
/// basis, source sentences and `file:line`), one of every period's figures and one of all facts,
/// with Chinese headers. It holds what the Markdown pages' tables hold, in cells a spreadsheet can
/// sort and filter; money is in 万元, as on the charts.
///
///     try ReportWorkbook(data: data, facts: try database.facts(limit: ReportWorkbook.factSheetLimit),
///                        factTotal: try database.factCount()).file().write(to: "reports/tally.xlsx")
struct ReportWorkbook {
    var data: ReportData
    /// The facts for the sheet of all facts: every one, up to ``factSheetLimit``.
    var facts: [StoredFact]
    /// How many facts the database holds: past the limit, the sheet ends with a line saying how many more there are.
    var factTotal: Int

    /// Most facts the sheet lists. A spreadsheet of a whole archive's million facts (150 MB with their sentences)
    /// serves nobody, and reading them all took most of a report's time; `tally facts` lists every one.
    static let factSheetLimit = 50_000

    static let fileName = "tally.xlsx"

    /// Every header and fixed word of the workbook, in one place.
    enum Words {
        static let indicatorHeader = ["县市区", "数值", "界限", "下限", "上限", "单位", "依据", "事实编号", "来源句子", "出处"]
        static let apartTitle = "另有报道（未计入）"
        static let apartHeader = ["县市区", "事实编号", "未计入原因", "来源句子", "出处"]
        static let periodHeader = ["时期", "指标", "县市区", "数值", "界限", "下限", "上限", "单位", "含累计数", "上一时期",
                                   "上一时期数值", "变化", "变化为约数", "事实编号"]
        static let factHeader = ["事实编号", "县市区", "数量（原文）", "数值", "上限", "界限", "单位", "量词", "对象", "比率",
                                 "时期", "主题", "指标", "来源句子", "文章", "出处"]
        static let bounds: [Qualifier: String] = [.exact: "确数", .over: "下限（≥）", .under: "上限（≤）", .approx: "约数（≈）",
                                                  .range: "区间"]
        static let noReport = "暂无报道"
        static let noCounty = "暂无县市区报道此指标"
        static let yes = "是"
        static let noPrevious = "暂无报道"
        static let periodsSheet = "分期数值"
        static let factsSheet = "全部事实"
        static func more(_ count: Int, command: String) -> String { "另有\(count)条，`\(command)` 列出全部" }
    }

    /// An indicator's figures are in the charts' Chinese units (money in 万元), so the workbook and the charts agree.
    private func indicatorUnit(_ indicator: Indicator) -> (word: String, divisor: Double) {
        let text = FigureText(.zh, indicator: indicator)
        return (text.axisLabel, text.chartDivisor)
    }

    /// A fact's unit word, money in 万元.
    private func factUnit(_ unit: QuantityUnit) -> (word: String, divisor: Double) {
        let tenThousand = ReportVocabulary.moneyScales[1]
        return unit == .yuan ? (tenThousand.word.zh, tenThousand.yuan) : (ReportVocabulary.units[unit]?.zh ?? unit.rawValue, 1)
    }

    func file() -> XlsxFile {
        XlsxFile(title: "Tally", sheets: Indicator.all.map(indicatorSheet) + [periodSheet(), factSheet()])
    }

    private func indicatorSheet(_ indicator: Indicator) -> XlsxFile.Sheet {
        let unit = indicatorUnit(indicator)
        let cells = data.figures.cells.filter { $0.indicator == indicator.id }.sorted(by: IndicatorPage.ranking)
        var rows = [XlsxFile.Row(cells: Words.indicatorHeader.map(Cell.text), isHeader: true)]
        for cell in cells {
            let figure = cell.estimate.divided(by: unit.divisor)
            // The pages' words, so a cell reads the same in the workbook.
            let basis = ReportVocabulary(.zh).basis(cell.basis)
            rows.append(XlsxFile.Row(cells: [.text(cell.county), .text(figure.formatted), .text(Words.bounds[figure.qualifier] ?? ""),
                                             .real(figure.low), .real(figure.high), .text(unit.word), .text(basis),
                                             .text(Self.ids(cell.factIDs))] + sources(cell.factIDs)))
        }
        if cells.isEmpty { rows.append(XlsxFile.Row(cells: [.text(Words.noCounty)])) }
        let reported = Set(cells.map(\.county))
        let silent = ReportVocabulary.counties.filter { !reported.contains($0) }
        if !cells.isEmpty, !silent.isEmpty {
            rows += [XlsxFile.Row(cells: []), XlsxFile.Row(cells: [.text(Words.noReport), .text(silent.joined(separator: "、"))])]
        }
        let apart = data.figures.listedApart(indicator.id)
        if !apart.isEmpty {
            rows += [XlsxFile.Row(cells: []), XlsxFile.Row(cells: [.text(Words.apartTitle)], isHeader: true),
                     XlsxFile.Row(cells: Words.apartHeader.map(Cell.text), isHeader: true)]
            for (county, factID, reason) in apart.prefix(ThemeFacts.shownLimit) {
                rows.append(XlsxFile.Row(cells: [.text(county), .integer(factID), .text(reason.chineseLabel)] + sources([factID])))
            }
            if apart.count > ThemeFacts.shownLimit {
                rows.append(XlsxFile.Row(cells: [.text(Words.more(apart.count - ThemeFacts.shownLimit,
                                                                  command: "tally indicators --format tsv"))]))
            }
        }
        return XlsxFile.Sheet(name: indicator.label, columnWidths: [18, 14, 10, 10, 10, 8, 16, 10, 80, 36], rows: rows)
    }

    private func periodSheet() -> XlsxFile.Sheet {
        var rows = [XlsxFile.Row(cells: Words.periodHeader.map(Cell.text), isHeader: true)]
        for cell in data.figures.periodCells {
            guard let period = cell.period, let indicator = Indicator.named(cell.indicator) else { continue }
            let unit = indicatorUnit(indicator)
            let figure = cell.estimate.divided(by: unit.divisor)
            let running = cell.factIDs.contains { data.figures.facts[$0]?.isCumulative == true }
            let before = period.previous.flatMap { data.figures.cell(indicator.id, county: cell.county, period: $0) }
            // The change between the plotted values; a bound or an approximation on either side makes it approximate.
            let change = before.map { (cell.estimate.plotted - $0.estimate.plotted) / unit.divisor }
            let isApproximate = before.map { $0.estimate.qualifier != .exact || cell.estimate.qualifier != .exact } ?? false
            rows.append(XlsxFile.Row(cells: [
                .text("\(period)"), .text(indicator.label), .text(cell.county), .text(figure.formatted),
                .text(Words.bounds[figure.qualifier] ?? ""), .real(figure.low), .real(figure.high), .text(unit.word),
                running ? .text(Words.yes) : .null, period.previous.map { .text("\($0)") } ?? .null,
                period.previous == nil ? .null : .text(before?.estimate.divided(by: unit.divisor).formatted ?? Words.noPrevious),
                change.map(Cell.real) ?? .null, isApproximate ? .text(Words.yes) : .null, .text(Self.ids(cell.factIDs)),
            ]))
        }
        return XlsxFile.Sheet(name: Words.periodsSheet, columnWidths: [10, 20, 18, 14, 10, 10, 10, 8, 8, 10, 14, 10, 10, 12],
                              rows: rows)
    }

    private func factSheet() -> XlsxFile.Sheet {
        var rows = [XlsxFile.Row(cells: Words.factHeader.map(Cell.text), isHeader: true)]
        for fact in facts.prefix(Self.factSheetLimit) {
            let unit = QuantityUnit(rawValue: fact.unit).map(factUnit) ?? (word: fact.unit, divisor: 1)
            let indicators = fact.indicators.split(separator: ",").compactMap { pair in
                Indicator.named(String(pair.split(separator: ":")[0]))?.label
            }
            rows.append(XlsxFile.Row(cells: [
                .integer(fact.id), .text(fact.county), .text(fact.surface), .real(fact.value / unit.divisor),
                fact.high.map { .real($0 / unit.divisor) } ?? .null,
                .text(Qualifier(rawValue: fact.qualifier).flatMap { Words.bounds[$0] } ?? fact.qualifier), .text(unit.word),
                .text(fact.classifier), .text(fact.object), fact.isRate ? .text(Words.yes) : .null, fact.period.map(Cell.text) ?? .null,
                fact.theme.map { .text(Theme.named($0)?.name ?? $0) } ?? .null, .text(indicators.joined(separator: "、")),
                .text(fact.sentence), .text(fact.headline), .text(fact.location),
            ]))
        }
        let listed = min(facts.count, Self.factSheetLimit)
        if factTotal > listed {
            rows.append(XlsxFile.Row(cells: [.text(Words.more(factTotal - listed, command: "tally facts"))]))
        }
        return XlsxFile.Sheet(name: Words.factsSheet, columnWidths: [8, 18, 14, 10, 10, 10, 8, 6, 24, 6, 8, 16, 20, 80, 30, 36],
                              rows: rows)
    }

    /// The quoted facts' sentences and `file:line`s, one a line.
    private func sources(_ factIDs: [Int64]) -> [Cell] {
        let shown = factIDs.compactMap { data.shown[$0] }
        return [.text(shown.map(\.sentence).joined(separator: "\n")), .text(shown.map(\.location).joined(separator: "\n"))]
    }

    private static func ids(_ factIDs: [Int64]) -> String { factIDs.map(String.init).joined(separator: "、") }
}
