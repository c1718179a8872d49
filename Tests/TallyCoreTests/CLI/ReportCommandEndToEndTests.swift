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

        let one = try tally(["report", "--theme", "talent", "--quarter", "2025Q4", "--out", "one", "--db", "t.sqlite"], in: folder.path)
        #expect(one.status == 0)
        #expect(FileManager.default.fileExists(atPath: folder.file("one/talent.md")))
        #expect(FileManager.default.fileExists(atPath: folder.file("one/quarterly/2025Q4.md")))
        #expect(!FileManager.default.fileExists(atPath: folder.file("one/index.md")))

        let unknown = try tally(["report", "--theme", "nope", "--db", "t.sqlite"], in: folder.path)
        #expect(unknown.status == 1)
        #expect(unknown.stderr.hasPrefix("error: unknown theme 'nope'"))
        let badPeriod = try tally(["report", "--quarter", "2025Q9", "--db", "t.sqlite"], in: folder.path)
        #expect(badPeriod.status == 1)
    }
}
