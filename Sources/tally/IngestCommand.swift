import ArgumentParser
import TallyCore

/// `tally ingest [PATH…]`: stores pages, their articles and facts.
struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Read page files and folders into the database (unchanged files are skipped).",
        discussion: """
            Folders are searched recursively for *.txt, *.md (UTF-8 or GB18030), *.pdf (text layer, read with poppler's
            pdftotext) and *.html/*.htm (e-paper and web article pages). A publication date comes from the folder's
            manifest.tsv (file, published, source), else the file name (jnrb20250312_06.pdf, 2025-03-12-党的建设.txt),
            else the page's masthead or date line, else the body's years. A file that cannot be read is reported
            and skipped; the rest are stored. The summary line ends with counts per format.
            Exit status: 0 all stored or unchanged; 2 some files failed; 1 usage or database error.

            Example: tally ingest seeds/ archive/ more-pages/jnrb20250312_06.pdf --db tally.sqlite
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
            \(summary.failed.count) failed; \(summary.items) items, \(summary.facts) facts\(Self.byFormat(summary))
            """)
        if summary.pruned {
            print("removed \(summary.vanished.count) stored documents whose files are gone")
        } else if !summary.vanished.isEmpty {
            print("\(summary.vanished.count) stored documents no longer exist on disk (tally ingest --prune removes them)")
        }
        if !summary.failed.isEmpty { throw ExitCode(2) }
    }

    /// `; pdf 8 (7 stored, 1 failed), html 8 (8 stored)`: each format's files and what became of them.
    static func byFormat(_ summary: IngestSummary) -> String {
        let parts = summary.formats.sorted { $0.key < $1.key }.map { format, counts in
            let outcomes = [(counts.stored, "stored"), (counts.skipped, "skipped"), (counts.failed, "failed")]
                .filter { $0.0 > 0 }.map { "\($0.0) \($0.1)" }
            return "\(format.rawValue) \(counts.files) (\(outcomes.joined(separator: ", ")))"
        }
        return parts.isEmpty ? "" : "; " + parts.joined(separator: ", ")
    }
}
