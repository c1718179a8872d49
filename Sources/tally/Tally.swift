import ArgumentParser
import TallyCore

@main
struct Tally: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tally",
        abstract: "Turn Jining county party-building pages into typed facts and comparison reports.",
        discussion: "Exit status: 0 success; 1 usage or database error; 2 some files failed to ingest.",
        subcommands: [
            IngestCommand.self,
            ArticlesCommand.self,
            FactsCommand.self,
            IndicatorsCommand.self,
            SQLCommand.self,
            ExplainCommand.self,
            EvalCommand.self,
            ReportCommand.self,
            ThemesCommand.self,
            RunCommand.self,
        ],
        defaultSubcommand: RunCommand.self
    )

    /// ArgumentParser's own `main`, except that a usage error exits 1 (its default is 64, EX_USAGE):
    /// Tally documents 0 / 1 / 2 as its only exit statuses.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as any TallyError {
            // Library errors are data; they are rendered here, the one place that prints them.
            Stderr.print("error: \(error)")
            exit(withError: ExitCode.failure)
        } catch {
            if exitCode(for: error) == .validationFailure {
                Stderr.print(fullMessage(for: error))
                exit(withError: ExitCode.failure)
            }
            exit(withError: error)
        }
    }
}
