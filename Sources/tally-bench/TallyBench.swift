import ArgumentParser
import Foundation
import TallyCore
import TallyTestSupport

/// `tally-bench`: throughput of the whole pipeline on a large generated corpus.
///
/// Generates `--megabytes` of distinct pages from the seeds (``SyntheticCorpus``), then measures each
/// stage on one core, the end-to-end ingest on one worker and with the ``Ingestor``'s default
/// parallelism, peak resident memory of each phase and the database size. The last line sums it up
/// for CI logs and the README's ≥ 50 MB/s budget.
///
///     swift run -c release tally-bench --megabytes 100 --keep /tmp/bench
@main
struct TallyBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tally-bench",
        abstract: "Measure Tally's pipeline throughput (MB/s, facts/s) and peak memory on a generated corpus.",
        discussion: """
            MB are 10^6 bytes of page files. Run a release build: swift run -c release tally-bench.

            Example: tally-bench --megabytes 300 --seed 2 --keep /tmp/bench
            """
    )

    @Option(help: "Corpus size to generate, in MB.")
    var megabytes: Double = 100

    @Option(help: "Seed of the corpus generator: the same seed gives the same corpus.")
    var seed: UInt64 = 1

    @Option(help: "Keep the corpus and databases in this folder (default: a temporary folder, removed).")
    var keep: String?

    @Option(help: "Folder of seed pages to re-assemble.")
    var seeds: String = Fixtures.seeds.path

    @Option(help: "Facts to time the report over: the ingested ones are copied up to this count (0 skips the report).")
    var reportFacts: Int = 1_000_000

    @Flag(help: "Skip the per-stage breakdown (only the end-to-end figures).")
    var skipStages = false

    /// Prints and flushes, so each figure shows as soon as it is measured, also in a log file.
    private func say(_ line: String) {
        print(line)
        fflush(nil)
    }

    mutating func run() throws {
        let workFolder = keep ?? (NSTemporaryDirectory() as NSString).appendingPathComponent("tally-bench-\(getpid())")
        let corpusFolder = (workFolder as NSString).appendingPathComponent("corpus")
        try FileManager.default.createDirectory(atPath: corpusFolder, withIntermediateDirectories: true)
        defer { if keep == nil { try? FileManager.default.removeItem(atPath: workFolder) } }

        var corpus = try SyntheticCorpus(seed: seed, seeds: URL(fileURLWithPath: seeds))
        let generation = try Phase.run {
            try BenchCorpus.write(&corpus, megabytes: megabytes, to: corpusFolder)
        }
        let files = generation.value
        let megabytesRead = Double(files.bytes) / 1_000_000
        say("corpus: \(files.paths.count) files, \(Format.number(megabytesRead)) MB in \(corpusFolder) "
            + "(generated in \(Format.seconds(generation.seconds)))")

        var peaks: [Double] = []
        if !skipStages {
            let database = try TallyDatabase(path: (workFolder as NSString).appendingPathComponent("stages.sqlite"))
            let stages = try Phase.run { try StageBreakdown.measure(paths: files.paths, database: database) }
            say("per stage, one core:")
            for line in stages.value.lines(megabytes: megabytesRead) { say("  " + line) }
            peaks.append(stages.peakResidentMegabytes)
        }

        var endToEnd: [(workers: String, megabytesPerSecond: Double)] = []
        var facts = 0
        let cores = ProcessInfo.processInfo.activeProcessorCount
        for (label, pinned) in [("1 core", 1 as Int?), ("\(cores) cores", nil)] {
            let databasePath = (workFolder as NSString).appendingPathComponent("ingest-\(pinned ?? cores).sqlite")
            let database = try TallyDatabase(path: databasePath)
            try CorePinning.pin(cores: pinned)
            let run = try Phase.run { try Ingestor(database: database).ingest(paths: [corpusFolder]) }
            try CorePinning.pin(cores: nil)
            let summary = run.value
            guard summary.failed.isEmpty else {
                throw ValidationError("ingest failed for \(summary.failed.count) files, first: \(summary.failed[0])")
            }
            facts = summary.facts
            let rate = megabytesRead / run.seconds
            endToEnd.append((label, rate))
            peaks.append(run.peakResidentMegabytes)
            say("end to end, \(label)\(pinned == nil ? "" : " (every thread pinned)"): "
                + "\(Format.number(rate)) MB/s, \(Format.number(Double(summary.facts) / run.seconds)) facts/s, "
                + "\(summary.items) items, \(summary.facts) facts in \(Format.seconds(run.seconds)) "
                + "(CPU \(Format.seconds(run.cpuSeconds)), \(Format.number(run.cpuSeconds / run.seconds)) cores busy); "
                + "peak RSS \(Format.number(run.peakResidentMegabytes)) MB; "
                + "database \(Format.number(Probe.megabytes(ofDatabase: databasePath))) MB")
        }
        var reportFigures = "report skipped"
        if reportFacts > 0 {
            let databasePath = (workFolder as NSString).appendingPathComponent("ingest-\(cores).sqlite")
            let grown = try FactMultiplier.grow(databaseAt: databasePath, to: reportFacts)
            let reportsFolder = URL(fileURLWithPath: (workFolder as NSString).appendingPathComponent("reports"))
            for (label, renderer) in [("scripts only", nil as GnuplotRenderer?), ("with gnuplot", GnuplotRenderer.installed())] {
                if label == "with gnuplot" && renderer == nil { say("report with gnuplot: skipped (gnuplot is not installed)"); continue }
                var split: [(String, Double)] = []
                func timed<T>(_ step: String, _ work: () throws -> T) rethrows -> T {
                    let start = ContinuousClock.now
                    defer { split.append((step, Probe.seconds(since: start))) }
                    return try work()
                }
                let run = try Phase.run {
                    let generator = try timed("read and aggregate") {
                        try ReportGenerator(data: ReportData.fetch(from: TallyDatabase(path: databasePath, readOnly: true)), renderer: renderer)
                    }
                    return try timed("write") { try generator.write(to: reportsFolder) }
                }
                reportFigures = "report over \(grown) facts \(Format.seconds(run.seconds)) (\(label)), "
                    + "peak RSS \(Format.number(run.peakResidentMegabytes)) MB"
                say("report over \(grown) facts, \(label): \(run.value.files.count) files in \(Format.seconds(run.seconds)); "
                    + "peak RSS \(Format.number(run.peakResidentMegabytes)) MB")
                say("  " + split.map { "\($0.0) \(Format.seconds($0.1))" }.joined(separator: ", "))
            }
        }

        let peak = peaks.max() ?? Probe.peakResidentMegabytes()
        say("tally-bench: end-to-end \(Format.number(endToEnd[0].megabytesPerSecond)) MB/s (1 core), "
            + "\(Format.number(endToEnd[1].megabytesPerSecond)) MB/s (\(endToEnd[1].workers)), "
            + "ingest peak RSS \(Format.number(peak)) MB, \(facts) facts; \(reportFigures)")
    }
}
