import Foundation
import Testing
import TallyTestSupport
@testable import TallyCore

@Suite struct ReportGeneratorTests {
    static let hostileHeadline = "志愿|服务 \"引号\" `touch /tmp/tally-x` <script>alert(1)</script>"
    static let hostileCounty = "X\"|`touch /tmp/tally-y`\nEOD_TALLY"
    static let volunteers = ["volunteers": "志愿者"]

    /// Volunteers in 邹城市 in 2025Q3 (exact) and 2025Q4 (lower bound), in 微山县 on a year-only page,
    /// a rate, and a county name built to break Markdown and gnuplot.
    func hostileCorpus() throws -> FixtureDatabase {
        let database = try FixtureDatabase()
        let q3 = try database.addArticle(document: try database.addDocument("q3.txt", published: "2025-08", precision: "month"),
                                         seq: 1, headline: Self.hostileHeadline, county: "邹城市", themes: ["volunteer"])
        try database.addFact(article: q3, surface: "100名", value: 100, unit: "person", classifier: "名", object: "志愿者",
                             county: "邹城市", theme: "volunteer", sentence: "招募志愿者100名|`x`", indicators: Self.volunteers)
        let q4 = try database.addArticle(document: try database.addDocument("q4.txt", published: "2025-11-03", precision: "day"),
                                         seq: 1, headline: "志愿服务", county: "邹城市", themes: ["volunteer"])
        try database.addFact(article: q4, surface: "200余名", value: 200, qualifier: "over", unit: "person", classifier: "名",
                             object: "志愿者", county: "邹城市", theme: "volunteer", indicators: Self.volunteers)
        try database.addFact(article: q4, surface: "20名", value: 20, unit: "person", classifier: "名", object: "志愿者",
                             county: Self.hostileCounty, theme: "volunteer", indicators: Self.volunteers)
        try database.addFact(article: q4, surface: "5场次", value: 5, unit: "event", classifier: "场次", object: "志愿服务活动",
                             county: "邹城市", rate: true, theme: "volunteer", sentence: "每个社区每月开展志愿服务活动5场次",
                             indicators: ["volunteer-activities": "志愿服务活动"])
        let year = try database.addArticle(document: try database.addDocument("y.txt", published: "2025", precision: "year"),
                                           seq: 1, headline: "志愿", county: "微山县", themes: ["volunteer"])
        try database.addFact(article: year, surface: "50名", value: 50, unit: "person", classifier: "名", object: "志愿者",
                             county: "微山县", cumulative: true, theme: "volunteer", indicators: Self.volunteers)
        return database
    }

    /// Writes the hostile corpus's reports into a fresh folder (removed when the returned folder is released).
    func generate(renderer: GnuplotRenderer?, language: ReportLanguage = .en) throws -> (TemporaryFolder, URL, ReportGenerator.Summary) {
        let database = try hostileCorpus()
        let temporary = try TemporaryFolder()
        let folder = URL(fileURLWithPath: temporary.path)
        var generator = ReportGenerator(data: try database.dbQueue.read { try ReportData($0) }, language: language, renderer: renderer)
        generator.savedQueries = try SavedQuery.load(from: Fixtures.packageRoot.appendingPathComponent("queries"))
        return (temporary, folder, try generator.write(to: folder))
    }

    func read(_ folder: URL, _ path: String) throws -> String {
        try String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)
    }

    @Test func themePageEscapesHeadlinesAndLinksItsIndicatorsWithoutRepeatingThem() throws {
        let (temporary, folder, _) = try generate(renderer: nil)
        defer { withExtendedLifetime(temporary) {} }
        let page = try read(folder, "volunteer.md")
        #expect(page.contains("志愿\\|服务 \"引号\" \\`touch /tmp/tally-x\\` &lt;script&gt;"))
        #expect(!page.contains("<script>"))
        #expect(page.contains("[志愿者](indicators/volunteers.md) — 3 counties reported it"))
        #expect(!page.contains("≥ 200"))
        #expect(page.contains("招募志愿者**100名**\\|\\`x\\`"))
        #expect(page.contains("seeds/q3.txt:1"))
    }

    @Test func indicatorPageQuotesOneFigureAndCitesItsSentences() throws {
        let (temporary, folder, _) = try generate(renderer: nil)
        defer { withExtendedLifetime(temporary) {} }
        let page = try read(folder, "indicators/volunteers.md")
        // 邹城市's two statements are alternatives of one kind: the larger is quoted, not the sum.
        #expect(page.contains("| 邹城市 | ≥ 200 | county-wide | [2](#fact-2) |"))
        #expect(!page.contains("300"))
        #expect(page.contains("Unit: persons. 2 of 14 counties reported a figure."))
        #expect(page.contains("No report: 任城区, 兖州区"))
        #expect(!page.contains("济宁市"))
        #expect(!page.contains("| 0 |"))
        #expect(page.contains("smaller figure of the same kind"))
        #expect(page.contains("<a id=\"fact-1\"></a>**1** 邹城市, seeds/q3.txt:1: 招募志愿者**100名**\\|\\`x\\`"))
        // The hostile county stays on its own table row.
        #expect(page.contains("| X\"\\|\\`touch /tmp/tally-y\\` EOD\\_TALLY | 20 | county-wide |"))
        let activities = try read(folder, "indicators/volunteer-activities.md")
        #expect(activities.contains("No county reported this indicator"))
        #expect(activities.contains("— rate, fact [4](#fact-4)"))
        #expect(activities.contains("…每个社区每月开展志愿服务活动**5场次**…"))
    }

    @Test func gnuplotScriptKeepsHostileTextInsideItsFields() throws {
        let (temporary, folder, _) = try generate(renderer: nil)
        defer { withExtendedLifetime(temporary) {} }
        let script = try read(folder, "indicators/volunteers.gp")
        let lines = script.split(separator: "\n")
        #expect(lines.filter { $0.hasPrefix("EOD_TALLY") }.allSatisfy { $0 == "EOD_TALLY" })
        #expect(script.contains("\"X＂|`touch /tmp/tally-y` EOD_TALLY\" 20 \"20\""))
        #expect(script.contains("\"任城区\"") == false)
        #expect(script.contains("set termoption noenhanced"))
    }

    @Test func periodsAreQuartersOnlyWhenTheDateSaysSo() throws {
        let (temporary, folder, summary) = try generate(renderer: nil)
        defer { withExtendedLifetime(temporary) {} }
        #expect(summary.files.filter { $0.hasPrefix("periods/") } == ["periods/2025.md", "periods/2025Q3.md", "periods/2025Q4.md"])
        let q4 = try read(folder, "periods/2025Q4.md")
        #expect(q4.contains("| 邹城市 | ≥ 200 | 100 | ≈ +100 |"))
        #expect(q4.contains("1 page in this period (date known from the folder's manifest: 1)."))
        #expect(q4.contains("No report: 任城区, 兖州区, 曲阜市, 微山县"))
        let year = try read(folder, "periods/2025.md")
        #expect(year.contains("| 微山县 | 50 † |"))
        #expect(year.contains("† quotes a running total"))
        #expect(!q4.contains("†"))
        #expect(!q4.contains("| 微山县"))
        let index = try read(folder, "index.md")
        #expect(index.contains("[2025](periods/2025.md) — 1 page"))
        #expect(index.contains("These reports read 3 pages (2025Q3: 1, 2025Q4: 1, 2025: 1)"))
        #expect(index.contains("`tally sql queries/indicator_cells.sql --param indicator=…`"))
    }

    @Test func outputIsByteDeterministic() throws {
        let renderer = GnuplotRenderer.installed()
        let (firstFolder, first, firstSummary) = try generate(renderer: renderer)
        let (secondFolder, second, secondSummary) = try generate(renderer: renderer)
        defer { withExtendedLifetime((firstFolder, secondFolder)) {} }
        #expect(firstSummary == secondSummary)
        #expect(firstSummary.files.contains("indicators/volunteers.md"))
        if renderer != nil { #expect(firstSummary.files.contains("volunteer.svg")) }
        for file in firstSummary.files {
            let a = try Data(contentsOf: first.appendingPathComponent(file))
            let b = try Data(contentsOf: second.appendingPathComponent(file))
            #expect(a == b, "\(file) differs between runs")
        }
    }

    @Test func fullRunRemovesReportsThatNoLongerHaveData() throws {
        let (temporary, folder, _) = try generate(renderer: nil)
        defer { withExtendedLifetime(temporary) {} }
        let notes = folder.appendingPathComponent("notes.txt")
        try Data("mine".utf8).write(to: notes)
        let empty = try FixtureDatabase()
        let generator = ReportGenerator(data: try empty.dbQueue.read { try ReportData($0) }, renderer: nil)
        let summary = try generator.write(to: folder)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("periods/2025Q4.md").path))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("periods").path))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("volunteer.gp").path))
        #expect(FileManager.default.fileExists(atPath: notes.path))
        #expect(summary.files.contains("volunteer.md"))
    }

    @Test func goldCorpusReportsEveryTheme() throws {
        let database = try FixtureDatabase.gold()
        let temporary = try TemporaryFolder()
        let folder = URL(fileURLWithPath: temporary.path)
        let generator = ReportGenerator(data: try database.dbQueue.read { try ReportData($0) }, renderer: nil)
        let summary = try generator.write(to: folder)
        for theme in Theme.all { #expect(summary.files.contains("\(theme.id).md")) }
        for indicator in Indicator.all { #expect(summary.files.contains("indicators/\(indicator.id).md")) }
        #expect(summary.files.contains("index.md"))
    }
}

extension ReportGeneratorTests {
    /// Without gnuplot, pages read the same and a chart rendered before is kept, not deleted.
    @Test func withoutGnuplotRenderedChartsStayAndPagesReadTheSame() throws {
        let (temporary, folder, summary) = try generate(renderer: nil)
        defer { withExtendedLifetime(temporary) {} }
        #expect(!summary.chartsRendered)
        let chart = folder.appendingPathComponent("indicators/volunteers.svg")
        try Data("<svg/>".utf8).write(to: chart)
        let data = try hostileCorpus().dbQueue.read { try ReportData($0) }
        _ = try ReportGenerator(data: data, language: .en, renderer: nil).write(to: folder)
        #expect(FileManager.default.fileExists(atPath: chart.path))
        let page = try read(folder, "indicators/volunteers.md")
        #expect(page.contains("![volunteers by county](volunteers.svg)"))
        #expect(try read(folder, "index.md").contains("`gnuplot NAME.gp` renders the `.svg` beside it"))
    }
}

/// Reports never write or delete through a link, delete only what Tally wrote, and leave the previous
/// report whole when they fail (issue #14: 1, 2, 3).
extension ReportGeneratorTests {
    @Test func aLinkWhereTallyWritesIsRefusedAndItsTargetUntouched() throws {
        let (temporary, folder, _) = try generate(renderer: nil)
        defer { withExtendedLifetime(temporary) {} }
        let victim = URL(fileURLWithPath: temporary.file("victim.txt"))
        try Data("keep me".utf8).write(to: victim)
        let index = folder.appendingPathComponent("index.md")
        try FileManager.default.removeItem(at: index)
        try FileManager.default.createSymbolicLink(at: index, withDestinationURL: victim)
        let data = try hostileCorpus().dbQueue.read { try ReportData($0) }
        #expect(throws: ReportError.self) { try ReportGenerator(data: data, renderer: nil).write(to: folder) }
        #expect(try String(contentsOf: victim, encoding: .utf8) == "keep me")
        // Nothing was moved into place: the earlier pages are as they were.
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("indicators/volunteers.md").path))
        let linkedOut = URL(fileURLWithPath: temporary.file("linked-out"))
        try FileManager.default.createSymbolicLink(at: linkedOut, withDestinationURL: folder)
        #expect(throws: ReportError.self) { try ReportGenerator(data: data, renderer: nil).write(to: linkedOut) }
    }

    @Test func onlyFilesTallyWroteAreDeleted() throws {
        let (temporary, folder, _) = try generate(renderer: nil)
        defer { withExtendedLifetime(temporary) {} }
        // A period-named page someone else put there is theirs.
        let theirs = folder.appendingPathComponent("periods/2019Q1.md")
        try Data("mine".utf8).write(to: theirs)
        let empty = ReportGenerator(data: try FixtureDatabase().dbQueue.read { try ReportData($0) }, renderer: nil)
        _ = try empty.write(to: folder)
        #expect(FileManager.default.fileExists(atPath: theirs.path))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("periods/2025Q4.md").path))
        #expect(!FileManager.default.contents(atPath: folder.appendingPathComponent(ReportGenerator.writtenList).path)!.isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).allSatisfy { !$0.hasPrefix(".tally-staging") })
    }
}
