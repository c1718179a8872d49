import Foundation
import Testing
@testable import TallyCore

/// Charts that do not mislead: what each bar, tick and note of a generated script says.
@Suite struct BarChartTests {
    /// One data row of a panel: position from the bottom, county, drawn length, printed text, bound, cut short.
    struct Row: Equatable {
        var position: Int
        var county: String
        var length: Double
        var text: String
        var bound: Int
        var isClipped: Bool
    }

    /// The rows of the first panel's datablock, read back with the quotes gnuplot reads.
    static func rows(_ script: String) -> [Row] {
        let lines = script.split(separator: "\n").map(String.init)
        guard let start = lines.firstIndex(of: "$P1 << \(GnuplotText.datablockEnd)") else { return [] }
        return lines[(start + 1)...].prefix { $0 != GnuplotText.datablockEnd }.map { line in
            let quoted = line.split(separator: "\"", omittingEmptySubsequences: false).map(String.init)
            let numbers = quoted[2].split(separator: " ")
            let tail = quoted[4].split(separator: " ")
            return Row(position: Int(quoted[0].trimmingCharacters(in: .whitespaces))!, county: quoted[1],
                       length: Double(numbers[0])!, text: quoted[3], bound: Int(tail[0])!, isClipped: tail[1] == "1")
        }
    }

    static func cell(_ indicator: String, _ county: String, _ value: Double, _ qualifier: Qualifier, high: Double? = nil) -> IndicatorCell {
        IndicatorCell(indicator: indicator, county: county, period: nil, estimate: Estimate(value: value, high: high, qualifier: qualifier),
                      basis: .countyWide, factIDs: [], alsoReported: [])
    }

    static func chart(_ indicator: String, _ cells: [IndicatorCell], language: ReportLanguage = .zh) -> BarChart {
        BarChart(title: indicator, panels: [.init(title: "", indicator: Indicator.named(indicator)!, cells: cells, language: language)],
                 labels: ChartLabels(language))
    }

    @Test func barsAreSortedLargestOnTopAndPrintTheirBound() {
        let script = Self.chart("volunteers", [
            Self.cell("volunteers", "曲阜市", 120, .exact), Self.cell("volunteers", "邹城市", 1_200, .over),
            Self.cell("volunteers", "微山县", 300, .under),
        ]).script()
        let rows = Self.rows(script)
        #expect(rows.map(\.county) == ["邹城市", "微山县", "曲阜市"])
        #expect(rows.map(\.position) == [2, 1, 0])
        #expect(rows.map(\.text) == ["≥ 1,200名", "≤ 300名", "120名"])
        #expect(rows.map(\.length) == [1_200, 300, 120])
        #expect(script.contains("using 3:1:4:ytic(2) with labels"))
    }

    @Test func countiesWithoutAFigureAreNamedUnderThePanelNotDrawn() {
        let script = Self.chart("volunteers", [Self.cell("volunteers", "邹城市", 40, .exact)]).script()
        #expect(Self.rows(script).map(\.county) == ["邹城市"])
        #expect(!script.contains("NaN \""))
        // The fourteen units: 济宁市, the city as a whole, is named only when it reported.
        let others = County.allCases.filter { $0 != .zoucheng && $0 != .jiningCity }.map(\.rawValue)
        let notes = script.split(separator: "\n").filter { $0.hasPrefix("set label") && $0.contains(" at screen ") }
        #expect(notes.map { $0.split(separator: "'")[1] }.joined() == "暂无报道：" + others.joined(separator: "、"))
    }

    @Test func boundsAreDrawnDifferentlyAndNamedInTheKey() throws {
        let script = Self.chart("volunteers", [
            Self.cell("volunteers", "曲阜市", 100, .exact), Self.cell("volunteers", "邹城市", 90, .over),
            Self.cell("volunteers", "微山县", 80, .under), Self.cell("volunteers", "鱼台县", 60, .range, high: 80),
            Self.cell("volunteers", "金乡县", 50, .approx),
        ]).script()
        #expect(Self.rows(script).map(\.bound) == [0, 1, 2, 3, 3])
        let clauses = script.split(separator: "\n").filter { $0.contains("with boxxyerror") && $0.contains("title '") }
        let fills = clauses.map { String($0.split(separator: " fs ")[1].split(separator: " border")[0]) }
        #expect(Set(fills).count == 4, "each bound has its own fill: \(fills)")
        for key in ["确数", "下限 ≥", "上限 ≤", "约数或区间 ≈"] { #expect(clauses.contains { $0.contains("title '\(key)") }) }
        let exactOnly = Self.chart("volunteers", [Self.cell("volunteers", "曲阜市", 100, .exact)]).script()
        #expect(exactOnly.contains("title '确数'") && !exactOnly.contains("下限"))
    }

    @Test func anOutlierIsCutShortSoTheOthersStayReadable() {
        let script = Self.chart("party-members", [
            Self.cell("party-members", "曲阜市", 60_000_000, .exact), Self.cell("party-members", "邹城市", 500, .over),
            Self.cell("party-members", "微山县", 300, .exact),
        ]).script()
        let rows = Self.rows(script)
        #expect(rows[0].isClipped && rows[0].text == "60,000,000名（条形截断）")
        #expect(rows[0].length > 500 && rows[0].length < 1_000)
        #expect(rows.dropFirst().map(\.length) == [500, 300] && !rows[1].isClipped)
        let axisEnd = script.split(separator: "\n").first { $0.hasPrefix("set xrange [0:") }
        #expect(axisEnd.flatMap { Double($0.dropFirst(14).dropLast()) }.map { $0 < 1_500 } == true)
        #expect(script.contains("noborder lc rgb 'white'"), "a white gap breaks the cut bar")
        // Within ten times the next, no bar is cut.
        let close = Self.chart("party-members", [Self.cell("party-members", "曲阜市", 4_000, .exact),
                                                 Self.cell("party-members", "邹城市", 500, .exact)]).script()
        #expect(Self.rows(close).allSatisfy { !$0.isClipped })
    }

    @Test func ticksAreWrittenOutNeverInScientificNotation() {
        let script = Self.chart("people-served", [
            Self.cell("people-served", "曲阜市", 60_000_000, .exact), Self.cell("people-served", "邹城市", 45_000_000, .exact),
        ]).script()
        #expect(script.contains("set xtics ('0' 0, '20,000,000' 20000000, '40,000,000' 40000000, '60,000,000' 60000000)"))
        #expect(!script.lowercased().contains("e+"))
        #expect(Self.rows(script).map(\.text) == ["60,000,000人次", "45,000,000人次"])
    }

    @Test func moneyIsDrawnInTenThousandYuanAndMeasureWordsNameTheUnit() {
        let funds = Self.chart("funds", [Self.cell("funds", "曲阜市", 6_800_000, .over)]).script()
        #expect(Self.rows(funds).map(\.text) == ["≥ 680万元"] && Self.rows(funds).map(\.length) == [680])
        #expect(funds.contains("set xlabel '单位：万元'"))
        #expect(Self.chart("volunteer-teams", [Self.cell("volunteer-teams", "曲阜市", 6, .exact)]).script().contains("'单位：支'"))
        let english = Self.chart("funds", [Self.cell("funds", "曲阜市", 6_800_000, .over)], language: .en).script()
        #expect(english.contains("set xlabel 'unit: yuan'"))
        #expect(english.contains("'No report: 任城区, 兖州区"))
        #expect(english.contains("title 'at least (≥)'") && english.contains("'County' at graph 0"))
        #expect(!english.contains("暂无报道") && !english.contains("单位") && !english.contains("县市区"))
    }

    @Test func longNoReportListsWrapAndTheyGrowThePanel() {
        let panel = BarChart.Panel(title: "", axisLabel: "", bars: [.init(label: "邹城市", estimate: Estimate(value: 1, high: nil, qualifier: .exact), text: "1")],
                                   unreported: (1...30).map { "第\($0)个很长的县市区名称" })
        let layout = BarChart.PanelLayout(panel, labels: ChartLabels(.zh))
        #expect(layout.notes.count > 1)
        #expect(layout.notes.allSatisfy { DisplayWidth.of($0) <= BarChart.noteWidth })
        #expect(layout.notes.joined() == "暂无报道：" + panel.unreported.joined(separator: "、"))
        let short = BarChart.PanelLayout(BarChart.Panel(title: "", axisLabel: "", bars: panel.bars, unreported: ["任城区"]), labels: ChartLabels(.zh))
        #expect(layout.height > short.height)
    }

    @Test(.enabled(if: GnuplotRenderer.installed() != nil, "gnuplot is not installed"))
    func everyKindOfBarRenders() throws {
        let temporary = try TemporaryFolder()
        let script = URL(fileURLWithPath: temporary.path).appendingPathComponent("all.gp")
        try Data(Self.chart("volunteers", [
            Self.cell("volunteers", "曲阜市", 100_000, .exact), Self.cell("volunteers", "邹城市", 90, .over),
            Self.cell("volunteers", "微山县", 80, .under), Self.cell("volunteers", "金乡县", 50, .approx),
        ]).script().utf8).write(to: script)
        try GnuplotRenderer.installed()!.render(script: script)
        let svg = try String(contentsOf: script.deletingPathExtension().appendingPathExtension("svg"), encoding: .utf8)
        for text in ["100,000名（条形截断）", "≥ 90名", "≤ 80名", "≈ 50名", "暂无报道："] { #expect(svg.contains(text), "\(text)") }
    }
}
