import ArgumentParser
import TallyCore

/// `tally themes`: the theme table with how many articles and facts each has.
struct ThemesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "themes",
        abstract: "List themes (id, name) with their article and fact counts, as TSV."
    )

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        let usage: [String: ThemeUsage]
        do { usage = try TallyDatabase(path: database.path, readOnly: true).themeUsage() } catch {
            throw UserError.exit(error.description)
        }
        print(["theme", "name", "articles", "primary", "facts"].joined(separator: "\t"))
        for theme in Theme.all {
            let counts = usage[theme.id] ?? ThemeUsage()
            print([theme.id, theme.name, "\(counts.articles)", "\(counts.primaryArticles)", "\(counts.facts)"].joined(separator: "\t"))
        }
    }
}
