import Foundation
import Testing
@testable import TallyCore

/// Proof that text from pages cannot make gnuplot run a command (anchors.md §3).
@Suite struct GnuplotSafetyTests {
    @Test(.enabled(if: GnuplotRenderer.installed() != nil, "gnuplot is not installed"))
    func hostileTextRunsNothing() throws {
        let temporary = try TemporaryFolder()
        let folder = URL(fileURLWithPath: temporary.path)
        let marker = folder.appendingPathComponent("pwned").path
        let attacks = [
            "`touch \(marker)`", "$(touch \(marker))", "system(\"touch \(marker)\")", "'.system('touch \(marker)').'",
            "x\nsystem(\"touch \(marker)\")", "\(GnuplotText.datablockEnd)\n!touch \(marker)", "EOD\nEOD_TALLY\n`touch \(marker)`",
            "\"`touch \(marker)`\"", "a\r! touch \(marker)", "@cmd \\\" ' _sub^sup{x}",
        ]
        // Every word a chart prints is hostile too, and the last bar is cut short so its suffix is printed.
        var labels = ChartLabels(.zh)
        labels.countyAxis = attacks[5]
        labels.noReport = attacks[6]
        labels.exact = attacks[7]
        labels.clippedSuffix = attacks[8]
        labels.listSeparator = attacks[9]
        let chart = BarChart(title: attacks.joined(separator: " "), panels: [
            .init(title: attacks[0] + attacks[3], axisLabel: attacks[2] + attacks[4],
                  bars: attacks.enumerated().map { index, attack in
                      .init(label: attack, estimate: Estimate(value: Double(index == 0 ? 1_000 : index), high: nil, qualifier: .exact),
                            text: attack)
                  },
                  unreported: attacks),
        ], labels: labels)
        #expect(chart.script().contains(" 1\n"), "the outlier is cut short")
        let script = folder.appendingPathComponent("hostile.gp")
        try Data(chart.script().utf8).write(to: script)
        try GnuplotRenderer.installed()!.render(script: script)
        #expect(!FileManager.default.fileExists(atPath: marker))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("hostile.svg").path))
    }
}
