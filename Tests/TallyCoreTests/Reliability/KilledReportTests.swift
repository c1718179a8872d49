import Foundation
import Testing
import TallyTestSupport

/// `tally report` killed with SIGKILL while gnuplot renders (issue #14: 2): no gnuplot child lives on to
/// write into the staging folder, and the next run removes the staging folder the killed one left.
@Suite(.serialized) struct KilledReportTests {
    /// A stand-in for gnuplot that records its pid and then renders forever.
    static let slowGnuplot = """
        #!/bin/sh
        echo $$ >> "$GNUPLOT_PIDS"
        exec sleep 120
        """

    /// The processes of `pids` that still run (a zombie, killed but not yet reaped by init, does not).
    static func running(_ pids: [pid_t]) -> [pid_t] {
        pids.filter { pid in
            guard kill(pid, 0) == 0 else { return false }
            let stat = (try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)) ?? ""
            // `PID (COMMAND) STATE …`: the state follows the last parenthesis.
            return stat.split(separator: ")").last?.split(separator: " ").first != "Z"
        }
    }

    @Test(.enabled(if: TallyEndToEndTests.executable != nil && FileManager.default.fileExists(atPath: "/proc/self/stat"),
                   "needs the built tally executable and /proc"))
    func gnuplotDiesWithAKilledReportAndTheNextRunRemovesItsStaging() throws {
        let folder = try TemporaryFolder()
        #expect(try TallyEndToEndTests().tally(["ingest", Fixtures.seeds.path, "--db", "t.sqlite"], in: folder.path).status == 0)
        let gnuplot = try folder.write(Self.slowGnuplot, to: "bin/gnuplot")
        #expect(chmod(gnuplot, 0o755) == 0)
        let pidsFile = folder.file("gnuplot-pids.txt")

        let report = Process()
        report.executableURL = TallyEndToEndTests.executable
        report.arguments = ["report", "--db", "t.sqlite", "--out", "out"]
        report.currentDirectoryURL = URL(fileURLWithPath: folder.path)
        report.environment = ["PATH": folder.file("bin") + ":/usr/bin:/bin", "GNUPLOT_PIDS": pidsFile]
        report.standardOutput = FileHandle.nullDevice
        report.standardError = FileHandle.nullDevice
        try report.run()
        func pids() -> [pid_t] {
            ((try? String(contentsOfFile: pidsFile, encoding: .utf8)) ?? "").split(separator: "\n").compactMap { pid_t($0) }
        }
        let deadline = ContinuousClock.now + .seconds(30)
        while pids().isEmpty && report.isRunning && ContinuousClock.now < deadline { Thread.sleep(forTimeInterval: 0.05) }
        Thread.sleep(forTimeInterval: 0.3)  // let more charts start
        try #require(report.isRunning, "tally report ended before it could be killed")
        let started = pids()
        try #require(!started.isEmpty, "the stand-in gnuplot never started")
        defer { for pid in Self.running(pids()) { kill(pid, SIGKILL) } }
        kill(report.processIdentifier, SIGKILL)
        report.waitUntilExit()

        let settled = ContinuousClock.now + .seconds(3)
        while !Self.running(pids()).isEmpty && ContinuousClock.now < settled { Thread.sleep(forTimeInterval: 0.05) }
        #expect(Self.running(pids()).isEmpty, "gnuplot outlived the killed report: \(Self.running(pids()))")
        let staging = ".tally-staging-\(report.processIdentifier)"
        #expect(FileManager.default.fileExists(atPath: folder.file("out/\(staging)")), "a killed run cannot remove its staging folder")

        // The next run (without gnuplot) removes the dead run's staging folder, and keeps one of a live process.
        try FileManager.default.createDirectory(atPath: folder.file("out/.tally-staging-1"), withIntermediateDirectories: true)
        let next = try TallyEndToEndTests().tally(["report", "--db", "t.sqlite", "--out", "out"], in: folder.path,
                                                  wrapper: ["/usr/bin/env", "PATH=" + folder.file("empty")])
        #expect(next.status == 0, "\(next.stderr)")
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.file("out")).filter { $0.hasPrefix(".tally-staging-") }
        #expect(left == [".tally-staging-1"])
    }
}
