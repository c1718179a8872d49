import ArgumentParser
import Foundation
import TallyCore

/// `tally report`: regenerates the Markdown reports and charts from the database.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write the indicator, theme and period reports (Markdown, gnuplot scripts, SVG charts, tally.xlsx).",
        discussion: """
            Without --theme and --period, writes every indicator and theme, every period the corpus has (periods/), \
            index.md and the workbook tally.xlsx. Pages are in Chinese unless --lang en.
            Example: tally report --lang en --out reports-en
            """
    )

    @Option(help: "Only this theme id (see `tally themes`).") var theme: String?
    @Option(help: "Only this period: 2025Q4, 2025 (year-only dates) or undated.") var period: String?
    @Option(help: "Language of the pages: zh (Chinese, the default) or en (English).") var lang: ReportLanguage = .zh
    @Option(help: "Output folder.") var out: String = "reports"
    @OptionGroup var database: DatabaseOptions

    func validate() throws {
        if out.isEmpty { throw ValidationError("--out needs a folder name") }
    }

    func run() throws {
        try Self.writeReports(db: database.path, out: out, theme: theme, period: period, language: lang)
    }

    /// Writes the reports and says what was written. Shared with `tally run`.
    static func writeReports(db path: String, out: String, theme: String?, period: String?, language: ReportLanguage) throws {
        do {
            let selectedTheme = try theme.map { id throws(ReportError) in
                guard let found = Theme.named(id) else { throw .unknownTheme(id) }
                return found
            }
            let selectedPeriod = try period.map { text throws(ReportError) in
                guard let bucket = PeriodBucket(label: text) else { throw .invalidPeriod(text) }
                return bucket
            }
            let database = try TallyDatabase(path: path, readOnly: true)
            var generator = try ReportGenerator(data: ReportData.fetch(from: database), themeFilter: selectedTheme,
                                                periodFilter: selectedPeriod, language: language)
            if selectedTheme == nil, selectedPeriod == nil {
                generator.workbookFacts = (try database.facts(limit: ReportGenerator.workbookFactLimit), try database.factCount())
            }
            let queries = URL(fileURLWithPath: "queries")
            if FileManager.default.fileExists(atPath: queries.path) { generator.savedQueries = try SavedQuery.load(from: queries) }
            let summary = try generator.write(to: URL(fileURLWithPath: out))
            print("wrote \(summary.files.count) files to \(out)")
            if !summary.chartsRendered { print("charts were not rendered: gnuplot is not installed (`make` installs it; the .gp scripts are written, "
                + "`gnuplot NAME.gp` renders one)") }
        } catch let error as ReportError {
            throw UserError.exit(error.description)
        } catch let error as TallyDatabaseError {
            throw UserError.exit(error.description)
        } catch let error as SavedQuery.LoadError {
            throw UserError.exit(error.description)
        }
    }
}
