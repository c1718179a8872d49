import Testing
@testable import TallyCore

@Suite struct GnuplotTextTests {
    @Test func stringsAreSingleQuotedWithQuotesDoubledAndLinesFlattened() {
        #expect(GnuplotText.quoted("it's `id`") == "'it''s `id`'")
        #expect(GnuplotText.quoted("a\nsystem(\"x\")\r\u{0}") == "'a system(\"x\")  '")
        #expect(GnuplotText.quoted("'x' y") == "'＇x'' y'")
    }

    @Test func datablockFieldsCannotCloseTheBlockOrTheField() {
        #expect(GnuplotText.field("say \"hi\"\nEOD_TALLY") == "\"say ＂hi＂ EOD_TALLY\"")
        #expect(GnuplotText.field("a\\") == "\"a＼\"")
        #expect(GnuplotText.number(nil) == "NaN")
        #expect(GnuplotText.number(.infinity) == "NaN")
        #expect(GnuplotText.number(1200) == "1200")
        #expect(GnuplotText.number(2.5) == "2.5")
    }

    @Test func noDataLineStartsWithTheMarker() {
        let chart = BarChart(title: "t", panels: [.init(title: "p", axisLabel: "person", bars: [
            .init(label: "\(GnuplotText.datablockEnd)\nplot 1", estimate: Estimate(value: 1, high: nil, qualifier: .exact),
                  text: "\(GnuplotText.datablockEnd)\nplot 3"),
        ], unreported: ["\(GnuplotText.datablockEnd)\nplot 2"])])
        let lines = chart.script().split(separator: "\n", omittingEmptySubsequences: false)
        let markerLines = lines.filter { $0.hasPrefix(GnuplotText.datablockEnd) }
        #expect(markerLines == [Substring(GnuplotText.datablockEnd)])
        #expect(chart.script().contains("'暂无报道：EOD_TALLY plot 2'"))
    }
}
