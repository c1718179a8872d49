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
            SQLCommand.self,
            ExplainCommand.self,
            ReportCommand.self,
            ThemesCommand.self,
            RunCommand.self,
        ]
    )
}
