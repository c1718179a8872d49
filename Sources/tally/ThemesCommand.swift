import ArgumentParser
import GRDB
import TallyCore

/// `tally themes`: the theme table with how many articles and facts each has.
struct ThemesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "themes",
        abstract: "List themes with their article and fact counts."
    )

    @Option(help: "Tally database.") var db: String = "tally.sqlite"

    func run() throws {
        let usage = try TallyDatabase.open(db).read(ThemeUsage.fetch)
        print(["theme", "name", "articles", "primary", "facts"].joined(separator: "\t"))
        for theme in Theme.all {
            let counts = usage[theme.id] ?? ThemeUsage()
            print([theme.id, theme.name, "\(counts.articles)", "\(counts.primaryArticles)", "\(counts.facts)"].joined(separator: "\t"))
        }
    }
}
