import ArgumentParser
import TallyCore

@main
struct Tally: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tally",
        abstract: "Turn Jining county party-building pages into typed facts and comparison reports.",
        subcommands: [ReportCommand.self, ThemesCommand.self, RunCommand.self]
    )
}
