import Foundation
import Testing
import TallyCore
import TallyTestSupport

/// The dev loop: the whole pipeline over the seed pages, scored against the gold facts.
/// Writes the predicted rows to `$TMPDIR/tally-extracted.tsv` for
/// `python3 eval/score.py eval/gold --pred … --verbose`.
@Suite struct SeedScoreTests {
    @Test func seedPagesMeetTheQualityTargets() throws {
        let rows = try SeedPipeline.factRows()
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("tally-extracted.tsv")
        try FactTable.tsv(rows).write(to: output, atomically: true, encoding: .utf8)
        let gold = try FactTable.read(folderOrFile: Fixtures.directory.appendingPathComponent("gold"))
        let report = FactScorer.score(gold: gold, predicted: rows)
        print(FactScorer.render(report))
        #expect(report.all.f1 >= 0.97)
        #expect(report.all.fullF1 >= 0.93)
        #expect(report.all.countyAgreement >= 0.98)
        #expect(report.all.objectAgreement >= 0.85)
    }
}
