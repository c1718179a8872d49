import Foundation
import Testing
import TallyTestSupport
@testable import TallyCore

/// Runs the built `tally` executable: exit statuses, `error:` lines and output shapes that users and
/// scripts rely on. Skipped when the executable is not next to the test bundle.
@Suite struct TallyEndToEndTests {
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static let executable: URL? = {
        let candidates = [
            Bundle.main.bundleURL.appendingPathComponent("tally"),
            Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("tally"),
            Fixtures.packageRoot.appendingPathComponent(".build/debug/tally"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    /// Runs `tally ARGUMENTS` in `folder`, or `WRAPPER… tally ARGUMENTS` (as `setpriv … tally`) when `wrapper` is given.
    func tally(_ arguments: [String], in folder: String, wrapper: [String] = []) throws -> Run {
        let process = Process()
        // Callers are enabled only when the executable exists; without it `run()` throws.
        if let command = wrapper.first {
            process.executableURL = URL(fileURLWithPath: command)
            process.arguments = wrapper.dropFirst() + [Self.executable?.path ?? "tally"] + arguments
        } else {
            process.executableURL = Self.executable
            process.arguments = arguments
        }
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                   stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// Issue #13: a mixed archive in one command, one summary line with counts per format, a `failed:` line
    /// for each page that cannot be read, and every listed date within 1949…the ingest day.
    @Test(.enabled(if: executable != nil && Poppler.isInstalled)) func ingestsAMixedArchiveInOneCommand() throws {
        let folder = try TemporaryFolder()
        let archive = Fixtures.directory.appendingPathComponent("archive").path
        let ingest = try tally(["ingest", archive, "--db", "t.sqlite"], in: folder.path)
        #expect(ingest.status == 2)
        #expect(ingest.stdout.hasPrefix("22 files: 20 stored, 0 skipped (unchanged), 2 failed; "))
        #expect(ingest.stdout.hasSuffix("facts; text 9 (9 stored), pdf 7 (6 stored, 1 failed), html 6 (5 stored, 1 failed)\n"))
        let failed = ingest.stderr.split(separator: "\n").filter { $0.hasPrefix("failed: ") }
        #expect(failed.count == 2)
        #expect(failed.contains { $0.hasSuffix("/pdf/scan-20250603.pdf: no text layer (scanned page?)") })
        let articles = try tally(["articles", "--format", "tsv", "--db", "t.sqlite"], in: folder.path)
        let rows = articles.stdout.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
        #expect(rows.first?.suffix(2) == ["published", "published_source"])
        let dates = rows.dropFirst().map { String($0[$0.count - 2]) }
        #expect(!dates.isEmpty)
        #expect(dates.allSatisfy { $0 >= "1949" && $0 <= CalendarDay.today.description })
    }

    @Test(.enabled(if: executable != nil)) func ingestThenListAndQuery() throws {
        let folder = try TemporaryFolder()
        let ingest = try tally(["ingest", Fixtures.seeds.path, "--db", "t.sqlite"], in: folder.path)
        #expect(ingest.status == 0)
        #expect(ingest.stdout.hasPrefix("5 files: 5 stored, 0 skipped (unchanged), 0 failed"))
        #expect(try tally(["ingest", Fixtures.seeds.path, "--db", "t.sqlite"], in: folder.path).stdout
            .hasPrefix("5 files: 0 stored, 5 skipped"))

        let facts = try tally(["facts", "--format", "tsv", "--db", "t.sqlite"], in: folder.path)
        #expect(facts.status == 0)
        #expect(facts.stdout.hasPrefix("doc\tsurface\tvalue\thigh\tqualifier\tunit\tclassifier\tobject\tcounty\trate\t"
            + "scope\tplace\tstatus\tkind\trelation\tindicators\tid\t"))

        let cells = try tally(["indicators", "--format", "tsv", "--db", "t.sqlite"], in: folder.path)
        #expect(cells.status == 0)
        #expect(cells.stdout.hasPrefix("indicator\tlabel\tcounty\tperiod\tvalue\thigh\tqualifier\tbasis\tfacts\talso_reported\n"))
        #expect(cells.stdout.contains("volunteers\t志愿者\t太白湖新区\tall\t1000\t\tover\tcounty-wide\t"))
        let one = try tally(["indicators", "--county", "太白湖", "--format", "csv", "--db", "t.sqlite"], in: folder.path)
        #expect(one.stdout.split(separator: "\n").dropFirst().allSatisfy { $0.contains(",太白湖新区,") })
        #expect(try tally(["indicators", "--period", "2025Q9", "--db", "t.sqlite"], in: folder.path).status == 1)
        let scored = try tally(["eval", "--cells", Fixtures.directory.appendingPathComponent("indicators/seed-cells.tsv").path,
                                "--db", "t.sqlite"], in: folder.path)
        #expect(scored.stdout.contains("gold cells 69"))
        let articles = try tally(["articles", "--format", "tsv", "--db", "t.sqlite"], in: folder.path)
        #expect(articles.stdout.hasPrefix("doc\tseq\tkind\tcounty\tdateline\theadline\tbody_start\t"))

        let sql = try tally(["sql", "SELECT COUNT(*) AS n FROM documents WHERE name LIKE :p", "--param", "p=00%",
                             "--format", "csv", "--db", "t.sqlite"], in: folder.path)
        #expect(sql.stdout == "n\n5\n")
        try folder.write("SELECT name FROM documents ORDER BY name LIMIT 1;", to: "first.sql")
        #expect(try tally(["sql", "first.sql", "--format", "tsv", "--db", "t.sqlite"], in: folder.path).stdout
            == "name\n000_a81acad557f7d2c0.txt\n")
    }

    @Test(.enabled(if: executable != nil)) func userErrorsPrintOneLineAndExitOne() throws {
        let folder = try TemporaryFolder()
        #expect(try tally(["ingest", Fixtures.seeds.path, "--db", "t.sqlite"], in: folder.path).status == 0)
        let write = try tally(["sql", "DELETE FROM documents", "--db", "t.sqlite"], in: folder.path)
        #expect(write.status == 1)
        #expect(write.stderr.hasPrefix("error: refused: "))
        #expect(try tally(["sql", "SELECT COUNT(*) FROM documents", "--format", "tsv", "--db", "t.sqlite"],
                          in: folder.path).stdout == "COUNT(*)\n5\n")
        let missing = try tally(["explain", "999999", "--db", "t.sqlite"], in: folder.path)
        #expect(missing.status == 1)
        #expect(missing.stderr == "error: no fact with id 999999\n")
        let noDatabase = try tally(["facts", "--db", "none.sqlite"], in: folder.path)
        #expect(noDatabase.status == 1)
        #expect(noDatabase.stderr.hasPrefix("error: no database at none.sqlite"))
        #expect(!FileManager.default.fileExists(atPath: folder.file("none.sqlite")))
        let usage = try tally(["facts", "--unit", "bogus", "--db", "t.sqlite"], in: folder.path)
        #expect(usage.status == 1)
        #expect(usage.stderr.hasPrefix("Error: unknown unit 'bogus'"))
        #expect(try tally(["facts", "--help"], in: folder.path).status == 0)
    }

    @Test(.enabled(if: executable != nil)) func failedFilesExitTwoAndTheRestAreStored() throws {
        let folder = try TemporaryFolder()
        try folder.write("本报邹城讯 邹城市举办活动60余场次。\n", to: "pages/good.txt")
        try folder.write(Data(), to: "pages/empty.txt")
        let run = try tally(["ingest", "pages", "--db", "t.sqlite"], in: folder.path)
        #expect(run.status == 2)
        #expect(run.stderr.contains("failed: pages/empty.txt: file is empty"))
        #expect(run.stdout.hasPrefix("2 files: 1 stored, 0 skipped (unchanged), 1 failed"))
    }
}

/// Mistakes a user makes on the command line are errors, never work done elsewhere (issue #14: 3, 16).
extension TallyEndToEndTests {
    @Test(.enabled(if: executable != nil)) func aMistypedSubcommandIsAnErrorWithASuggestion() throws {
        let folder = try TemporaryFolder()
        let typo = try tally(["fatcs"], in: folder.path)
        #expect(typo.status == 1)
        #expect(typo.stderr.contains("unknown subcommand 'fatcs' (did you mean 'facts'?)"))
        #expect(!FileManager.default.fileExists(atPath: folder.file("tally.sqlite")))
        #expect(!FileManager.default.fileExists(atPath: folder.file("reports")))
        #expect(try tally(["report", "--out", ""], in: folder.path).status == 1)
        let missing = try tally(["sql", "nope.sql", "--db", "t.sqlite"], in: folder.path)
        #expect(missing.status == 1 && missing.stderr.contains("no such file: nope.sql"))
    }
}

/// A file name with terminal control sequences cannot clear or retitle the screen (issue #14: 17).
extension TallyEndToEndTests {
    @Test(.enabled(if: executable != nil)) func controlCharactersInNamesAreEscapedOnStderr() throws {
        let folder = try TemporaryFolder()
        try folder.write("", to: "pages/a\u{1B}[2Jb.txt")
        let run = try tally(["ingest", "pages", "--db", "t.sqlite"], in: folder.path)
        #expect(run.status == 2)
        #expect(run.stderr.contains("failed: pages/a\\x1B[2Jb.txt: file is empty"))
        #expect(!run.stderr.contains("\u{1B}"))
    }
}
