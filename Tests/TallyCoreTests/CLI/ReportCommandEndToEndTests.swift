import Foundation
import Testing
import TallyTestSupport

/// `tally run`, `tally report` and `tally themes` through the built executable.
extension TallyEndToEndTests {
    @Test(.enabled(if: executable != nil)) func runWritesReportsAndThemesCounts() throws {
        let folder = try TemporaryFolder()
        let run = try tally(["run", Fixtures.seeds.path, "--db", "t.sqlite", "--out", "out"], in: folder.path)
        #expect(run.status == 0)
        #expect(FileManager.default.fileExists(atPath: folder.file("out/index.md")))
        #expect(FileManager.default.fileExists(atPath: folder.file("out/indicators/volunteers.md")))

        let themes = try tally(["themes", "--db", "t.sqlite"], in: folder.path)
        #expect(themes.status == 0)
        #expect(themes.stdout.hasPrefix("theme\tname\tarticles\tprimary\tfacts\nretired-cadres\t"))

        let one = try tally(["report", "--theme", "talent", "--period", "2025Q4", "--lang", "en", "--out", "one", "--db", "t.sqlite"],
                            in: folder.path)
        #expect(one.status == 0)
        #expect(FileManager.default.fileExists(atPath: folder.file("one/talent.md")))
        #expect(try String(contentsOfFile: folder.file("one/periods/2025Q4.md"), encoding: .utf8).hasPrefix("# 2025Q4: counties compared"))
        #expect(try String(contentsOfFile: folder.file("out/periods/2024.md"), encoding: .utf8).hasPrefix("# 2024年（只知年份）：各县市区数字对比"))
        #expect(!FileManager.default.fileExists(atPath: folder.file("one/index.md")))

        let unknown = try tally(["report", "--theme", "nope", "--db", "t.sqlite"], in: folder.path)
        #expect(unknown.status == 1)
        #expect(unknown.stderr.hasPrefix("error: unknown theme 'nope'"))
        let badPeriod = try tally(["report", "--period", "2025Q9", "--db", "t.sqlite"], in: folder.path)
        #expect(badPeriod.status == 1)
        let badLanguage = try tally(["report", "--lang", "fr", "--db", "t.sqlite"], in: folder.path)
        #expect(badLanguage.status == 1 && badLanguage.stderr.contains("fr"))
    }
}
