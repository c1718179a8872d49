import ArgumentParser
import TallyCore

/// `tally explain FACT_ID`: where a fact came from, with the quantity marked in its sentence.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Show a fact with its sentence, the quantity marked, its article and file:line.",
        discussion: "Example: tally explain 12"
    )

    @Argument(help: "The fact id (the id column of `tally facts`).")
    var id: Int64

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        let found: StoredFact?
        do {
            found = try TallyDatabase(path: database.path, readOnly: true).fact(id: id)
        } catch {
            throw UserError.exit(error.description)
        }
        guard let fact = found else { throw UserError.exit("no fact with id \(id)") }
        print(TerminalText.safe(fact.explanation), terminator: "")
    }
}
