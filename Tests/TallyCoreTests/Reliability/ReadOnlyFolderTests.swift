import Foundation
import Testing
@testable import TallyCore
import TallyTestSupport

/// The read-only commands read a database in a folder they cannot write (issue #14: 12): SQLite cannot
/// create the `-shm` file a WAL database needs there, which once failed every command with "attempt to
/// write a readonly database".
@Suite struct ReadOnlyFolderTests {
    /// Runs a command without the right to write the folder: as is for a user, and for root (who writes
    /// anywhere) through `setpriv`, which drops the capabilities that let root ignore permissions.
    static let withoutWriteAccess: [String]? = {
        if getuid() != 0 { return [] }
        let setpriv = "/usr/bin/setpriv"
        return FileManager.default.isExecutableFile(atPath: setpriv)
            ? [setpriv, "--bounding-set=-dac_override,-dac_read_search"] : nil
    }()

    static let canRun = TallyEndToEndTests.executable != nil && withoutWriteAccess != nil

    let cli = TallyEndToEndTests()

    /// Makes `folder` read-only and checks that a command run ``withoutWriteAccess`` really cannot write in it.
    func makeReadOnly(_ folder: String) throws {
        #expect(chmod(folder, 0o555) == 0)
        let wrapper = Self.withoutWriteAccess ?? []
        let probe = Process()
        probe.executableURL = URL(fileURLWithPath: wrapper.first ?? "/usr/bin/touch")
        probe.arguments = (wrapper.isEmpty ? [] : Array(wrapper.dropFirst()) + ["/usr/bin/touch"]) + [folder + "/probe"]
        probe.standardError = FileHandle.nullDevice
        try probe.run()
        probe.waitUntilExit()
        try #require(probe.terminationStatus != 0, "the test could write in the read-only folder; it would prove nothing")
    }

    @Test(.enabled(if: canRun, "needs the built tally executable, and setpriv when run as root"))
    func readCommandsReadADatabaseInAReadOnlyFolder() throws {
        let folder = try TemporaryFolder()
        try FileManager.default.createDirectory(atPath: folder.file("db"), withIntermediateDirectories: true)
        #expect(try cli.tally(["ingest", Fixtures.seeds.path, "--db", "db/t.sqlite"], in: folder.path).status == 0)
        let before = try FileManager.default.contentsOfDirectory(atPath: folder.file("db")).sorted()
        #expect(before == ["t.sqlite"], "a cleanly closed database leaves no -wal or -shm file")
        // Counted in a copy: a reader in a writable folder leaves -wal and -shm files, which SQLite could then use.
        try FileManager.default.copyItem(atPath: folder.file("db/t.sqlite"), toPath: folder.file("copy.sqlite"))
        let expected = try cli.tally(["sql", "SELECT COUNT(*) FROM facts", "--db", "copy.sqlite"], in: folder.path).stdout
        try makeReadOnly(folder.file("db"))
        defer { chmod(folder.file("db"), 0o755) }

        let wrapper = Self.withoutWriteAccess ?? []
        let counted = try cli.tally(["sql", "SELECT COUNT(*) FROM facts", "--db", "db/t.sqlite"], in: folder.path, wrapper: wrapper)
        #expect(counted.status == 0, "\(counted.stderr)")
        #expect(counted.stdout == expected)
        for command in [["facts"], ["articles"], ["explain", "1"], ["report", "--out", "out"]] {
            let run = try cli.tally(command + ["--db", "db/t.sqlite"], in: folder.path, wrapper: wrapper)
            #expect(run.status == 0, "tally \(command.joined(separator: " ")): \(run.stderr)")
            #expect(!run.stdout.isEmpty, "tally \(command.joined(separator: " ")) printed nothing")
        }
        #expect(FileManager.default.fileExists(atPath: folder.file("out/index.md")))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.file("db")).sorted() == before)
    }

    /// A `-wal` file with commits the database file lacks cannot be read without its `-shm`: refused with the
    /// reason and a way out, never read without those commits.
    @Test(.enabled(if: canRun, "needs the built tally executable, and setpriv when run as root"))
    func aDatabaseWithPendingWritesInAReadOnlyFolderIsRefusedWithTheReason() throws {
        let folder = try TemporaryFolder()
        let open = try TallyDatabase(path: folder.file("t.sqlite"))
        open.replace(with: [SamplePage.make()])
        try FileManager.default.createDirectory(atPath: folder.file("db"), withIntermediateDirectories: true)
        for suffix in ["", "-wal"] {
            try FileManager.default.copyItem(atPath: folder.file("t.sqlite" + suffix), toPath: folder.file("db/t.sqlite" + suffix))
        }
        withExtendedLifetime(open) {}
        try makeReadOnly(folder.file("db"))
        defer { chmod(folder.file("db"), 0o755) }

        let run = try cli.tally(["facts", "--db", "db/t.sqlite"], in: folder.path, wrapper: Self.withoutWriteAccess ?? [])
        #expect(run.status == 1)
        #expect(run.stderr.hasPrefix("error: cannot open database db/t.sqlite: "))
        #expect(run.stderr.contains("db/t.sqlite-wal holds changes not yet in the database"), "\(run.stderr)")
    }
}
