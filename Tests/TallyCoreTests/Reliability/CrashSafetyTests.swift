import Foundation
import Testing
import TallyTestSupport

/// `tally ingest` killed with SIGKILL at random moments never leaves a damaged database or a
/// half-stored document, and a rerun completes the work to what a clean ingest stores.
@Suite(.serialized) struct CrashSafetyTests {
    /// Wall-clock budget for the kill rounds (the clean ingest and the final rerun come on top).
    static let killBudget: Duration = .seconds(12)

    @Test(.enabled(if: TallyEndToEndTests.executable != nil, "needs the built tally executable (swift build)"))
    func killedIngestsLeaveWholeDocumentsAndARerunCompletes() throws {
        let folder = try TemporaryFolder()
        var corpus = try SyntheticCorpus(seed: 20_251_123)
        for index in 0..<40 { try folder.write(corpus.nextPage(), to: "corpus/page-\(index).txt") }

        let cleanStart = ContinuousClock.now
        #expect(try IngestProcess.run(["corpus", "--db", "clean.sqlite"], in: folder.path).status == 0)
        let cleanTime = ContinuousClock.now - cleanStart
        let clean = try StoredCorpus(path: folder.file("clean.sqlite"))
        #expect(clean.documents.count == 40)

        var random = SeededGenerator(seed: 7)
        var rounds = 0, killedMidway = 0
        let start = ContinuousClock.now
        while ContinuousClock.now - start < Self.killBudget && rounds < 30 {
            rounds += 1
            let delay = cleanTime * Double.random(in: 0.02...1.1, using: &random)
            let outcome = try IngestProcess.run(["corpus", "--db", "victim.sqlite"], in: folder.path, killAfter: delay)
            if outcome.wasKilled { killedMidway += 1 }
            guard FileManager.default.fileExists(atPath: folder.file("victim.sqlite")) else { continue }
            let victim = try StoredCorpus(path: folder.file("victim.sqlite"))
            #expect(victim.integrity == "ok", "round \(rounds), killed after \(delay)")
            #expect(victim.orphans == 0, "round \(rounds)")
            for (path, document) in victim.documents {
                #expect(document == clean.documents[path], "round \(rounds): \(path) differs from a clean ingest")
            }
        }
        #expect(killedMidway > 0, "no round was killed before it finished; \(rounds) rounds")

        let rerun = try IngestProcess.run(["corpus", "--db", "victim.sqlite"], in: folder.path)
        #expect(rerun.status == 0, "\(rerun.stderr)")
        #expect(try StoredCorpus(path: folder.file("victim.sqlite")) == clean)
    }
}

/// Two `tally ingest` runs on one database at the same time: both succeed (one waits for the
/// other's writes), nothing leaks SQLITE_BUSY or a crash report, and the database ends complete.
@Suite(.serialized) struct ConcurrentIngestTests {
    @Test(.enabled(if: TallyEndToEndTests.executable != nil, "needs the built tally executable (swift build)"),
          arguments: [0.0, 0.3])
    func twoIngestsAtOnceBothFinish(staggerSeconds: Double) throws {
        let folder = try TemporaryFolder()
        var corpus = try SyntheticCorpus(seed: 99)
        for index in 0..<24 { try folder.write(corpus.nextPage(), to: "corpus/page-\(index).txt") }
        #expect(try IngestProcess.run(["corpus", "--db", "clean.sqlite"], in: folder.path).status == 0)

        let first = try IngestProcess.start(["corpus", "--db", "shared.sqlite"], in: folder.path)
        Thread.sleep(forTimeInterval: staggerSeconds)
        let second = try IngestProcess.start(["corpus", "--db", "shared.sqlite"], in: folder.path)
        for run in [first.wait(), second.wait()] {
            #expect(run.status == 0, "stderr: \(run.stderr)")
            for leak in ["SQLITE_BUSY", "database is locked", "Fatal error", "Stack dump", "Backtrace"] {
                #expect(!run.stderr.contains(leak), "stderr: \(run.stderr)")
            }
        }
        #expect(try StoredCorpus(path: folder.file("shared.sqlite")) == StoredCorpus(path: folder.file("clean.sqlite")))
    }
}
