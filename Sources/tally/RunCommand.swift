import ArgumentParser
import TallyCore

/// `tally run`: the whole pipeline: ingest the pages into the database, then regenerate the reports.
///
/// Ingestion is the store's `Ingestor`; until it lands this command regenerates the reports
/// from an existing database only.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Regenerate every report from the database (ingestion of seeds/ is not wired in yet)."
    )

    @Option(help: "Tally database.") var db: String = "tally.sqlite"
    @Option(help: "Output folder.") var out: String = "reports"

    func run() throws {
        let summary = try ReportCommand.writeReports(db: db, out: out, theme: nil, quarter: nil)
        print("wrote \(summary.files.count) files to \(out)")
        if !summary.chartsRendered { print("charts were not rendered: gnuplot is not installed (the .gp scripts are written)") }
    }
}
