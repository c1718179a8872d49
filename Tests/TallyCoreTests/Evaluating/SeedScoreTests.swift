import Foundation
import Testing
import TallyCore
import TallyTestSupport

/// The dev loop: ``PageProcessor`` (the path ingest ships) over the seed pages, scored against the gold facts.
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
        // Today's measured figures (detection 1.000, full 0.989, county 1.000, object 0.963): a fact lost is a failure.
        #expect(report.all.f1 >= 0.999)
        #expect(report.all.fullF1 >= 0.98)
        #expect(report.all.countyAgreement >= 0.999)
        #expect(report.all.objectAgreement >= 0.95)
    }
}

/// Ingests `pages` into a fresh database and scores its county figures against the cells in `gold`.
func cellScore(pages: URL, gold: URL, expectedPages: Int) throws -> CellScorer.Score {
    let temporary = try TemporaryFolder()
    let path = temporary.file("cells.sqlite")
    let summary = try Ingestor(database: TallyDatabase(path: path)).ingest(paths: [pages.path])
    #expect(summary.failed.isEmpty && summary.stored == expectedPages)
    let figures = try TallyDatabase(path: path, readOnly: true).countyFigures()
    let score = CellScorer.score(gold: try CellScorer.read(file: gold), predicted: figures.cells.map(CellScorer.Row.init))
    print(pages.lastPathComponent, score.rendered)
    return score
}

/// The county figures of the seed pages, scored against the gold cells (a copy of
/// `eval/indicators/gold.tsv`, made under `docs/indicators.md`'s rules).
@Suite struct SeedCellScoreTests {
    @Test func seedCountyFiguresMeetTheTarget() throws {
        let score = try cellScore(pages: Fixtures.seeds, gold: Fixtures.directory.appendingPathComponent("indicators/seed-cells.tsv"),
                                  expectedPages: 5)
        #expect(score.gold == 69)
        #expect(score.f1 >= 0.9)
    }
}

/// Pages written for the tests, not the seeds: roundups, town and community articles, policy
/// notices, with cells made by hand under `docs/indicators.md` by writers who did not see the
/// code (`Fixtures/unseen`: eight pages; `unseen2` to `unseen6`: five or six each, with kickers, an interview,
/// numbered points, short-news columns, reposts from other sites and papers, year-in-review sections; `unseen6`,
/// a year later, scored 0.786 blind before its fixes; `unseen7` 0.874, `unseen8` 0.826 and `unseen9` 0.760 blind).
/// The floors are what the rules reached on each set: a regression guard, not a target.
@Suite struct UnseenCellScoreTests {
    @Test(arguments: [("unseen", 8, 0.95), ("unseen2", 6, 0.85), ("unseen3", 6, 0.9), ("unseen4", 6, 0.85), ("unseen5", 5, 0.85),
                      ("unseen6", 6, 0.85), ("unseen7", 6, 0.9), ("unseen8", 6, 0.8), ("unseen9", 6, 0.75)])
    func handWrittenPagesKeepTheirScore(folderName: String, pages: Int, floor: Double) throws {
        let folder = Fixtures.directory.appendingPathComponent(folderName)
        let score = try cellScore(pages: folder.appendingPathComponent("pages"), gold: folder.appendingPathComponent("cells.tsv"),
                                  expectedPages: pages)
        #expect(score.f1 >= floor)
    }
}

/// Fact-level scores on pages written for the tests by writers who did not see the code: `facts1` (ten pages:
/// roundups, interviews with spoken numbers, village reports with per-year flows, policy notices), `facts2` (six)
/// `facts3` (eight: reposts, a year-end review, a Q&A interview, a short-news column), `facts4` and `facts5` (eight
/// each, a later year, policy notices with numbered sections) and `facts6` (eight). `facts2` to `facts6` were
/// measured blind first (full-fact 0.939, 0.912, 0.910, 0.926 and 0.932). The floors are what the rules reached: a regression
/// guard, not a target.
@Suite struct UnseenFactScoreTests {
    @Test(arguments: [("facts1", 10, 0.96), ("facts2", 6, 0.955), ("facts3", 8, 0.96), ("facts4", 8, 0.96), ("facts5", 8, 0.96),
                      ("facts6", 8, 0.94)])
    func handWrittenPagesKeepTheirFactScores(folderName: String, pageCount: Int, fullFloor: Double) throws {
        let folder = Fixtures.directory.appendingPathComponent(folderName)
        let pages = try FileManager.default.contentsOfDirectory(at: folder.appendingPathComponent("pages"), includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "txt" }.sorted { $0.path < $1.path }
        #expect(pages.count == pageCount)
        let report = FactScorer.score(gold: try FactTable.read(folderOrFile: folder.appendingPathComponent("gold")),
                                      predicted: try SeedPipeline.factRows(in: pages))
        print(folderName, FactScorer.render(report))
        #expect(report.all.f1 >= 0.99)
        #expect(report.all.fullF1 >= fullFloor)
        #expect(report.all.countyAgreement >= 0.99)
        #expect(report.all.rateAgreement >= 0.94)
    }
}
