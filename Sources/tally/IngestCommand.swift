import ArgumentParser
import TallyCore

/// `tally ingest [PATH…]`: stores pages, their articles and facts.
struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Read page files and folders into the database (unchanged files are skipped).",
        discussion: """
            Folders are searched recursively for *.txt and *.md; a folder's manifest.tsv (file, published, source)
            gives publication dates. A file that cannot be read is reported and skipped; the rest are stored.
            Exit status: 0 all stored or unchanged; 2 some files failed; 1 usage or database error.

            Example: tally ingest seeds/ more-pages/page.txt --db tally.sqlite
            """
    )

    @Argument(help: "Page files or folders.")
    var paths: [String] = ["seeds"]

    @Flag(help: "Remove stored documents under PATHs whose files are gone.")
    var prune = false

    @OptionGroup var database: DatabaseOptions

    /// Above this many files, progress is shown on stderr.
    static let progressThreshold = 20

    func run() throws {
        let summary: IngestSummary
        do {
            let ingestor = Ingestor(database: try TallyDatabase(path: database.path))
            summary = try ingestor.ingest(paths: PathArguments.bytes(of: paths), prune: prune) { done, total in
                guard total > IngestCommand.progressThreshold else { return }
                if Stderr.isTerminal {
                    Stderr.print("\(done)/\(total) files", terminator: done == total ? "\n" : "", prefix: "\r")
                } else if done % 100 == 0 || done == total {
                    Stderr.print("\(done)/\(total) files")
                }
            }
        } catch {
            throw UserError.exit(error.description)
        }
        for warning in summary.warnings { Stderr.print("warning: \(warning)") }
        for failure in summary.failed { Stderr.print("failed: \(failure)") }
        print("""
            \(summary.files) files: \(summary.stored) stored, \(summary.skipped.count) skipped (unchanged), \
            \(summary.failed.count) failed; \(summary.items) items, \(summary.facts) facts
            """)
        if summary.pruned {
            print("removed \(summary.vanished.count) stored documents whose files are gone")
        } else if !summary.vanished.isEmpty {
            print("\(summary.vanished.count) stored documents no longer exist on disk (tally ingest --prune removes them)")
        }
        if !summary.failed.isEmpty { throw ExitCode(2) }
    }
}
