import ArgumentParser
import Foundation
import TallyCore

/// `tally run`: the whole pipeline: ingest the pages into the database, then regenerate every report.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Ingest seeds/ (or the given paths) into the database, then regenerate reports/.",
        discussion: "Example: tally run --db tally.sqlite --out reports"
    )

    @Argument(help: "Page files or folders.") var paths: [String] = ["seeds"]
    @OptionGroup var database: DatabaseOptions
    @Option(help: "Output folder.") var out: String = "reports"
    @Option(help: "Language of the reports: zh (Chinese, the default) or en (English).") var lang: ReportLanguage = .zh

    func validate() throws {
        if let first = paths.first,
           let error = SubcommandSuggestion.error(for: first, pathExists: FileManager.default.fileExists(atPath: first)) {
            throw error
        }
        if out.isEmpty { throw ValidationError("--out needs a folder name") }
    }

    func run() throws {
        let ingested: IngestSummary
        do {
            ingested = try Ingestor(database: TallyDatabase(path: database.path)).ingest(paths: PathArguments.bytes(of: paths))
        } catch {
            throw UserError.exit(error.description)
        }
        for warning in ingested.warnings { Stderr.print("warning: \(warning)") }
        for failure in ingested.failed { Stderr.print("failed: \(failure)") }
        print("\(ingested.stored) files stored, \(ingested.skipped.count) unchanged, \(ingested.failed.count) failed; \(ingested.facts) facts")
        try ReportCommand.writeReports(db: database.path, out: out, theme: nil, period: nil, language: lang)
        if !ingested.failed.isEmpty { throw ExitCode(2) }
    }
}
