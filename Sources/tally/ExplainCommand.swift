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
        print(Self.explanation(of: fact), terminator: "")
    }

    /// The rendered explanation, compiler-diagnostic style.
    static func explanation(of fact: StoredFact) -> String {
        let range = fact.high.map { "\(Cell.format(fact.value))–\(Cell.format($0))" } ?? Cell.format(fact.value)
        var header = "fact \(fact.id): \(fact.surface) = \(range) \(fact.unit) (\(fact.qualifier))"
        header += fact.rate == 1 ? ", rate" : ""
        header += "; object \(fact.object); county \(fact.county)"
        if let theme = fact.theme { header += "; theme \(theme)" }
        if let period = fact.period { header += "; period \(period)" }
        let caret = CaretLine(text: fact.sentence, marked: fact.spanInSentence)
        let gutter = String(repeating: " ", count: String(fact.line).count)
        return """
            \(header)
            \(gutter)--> \(fact.location)
            \(gutter) |
            \(fact.line) | \(caret.text)
            \(gutter) | \(caret.caret)
            article \(fact.articleSeq): \(fact.headline.isEmpty ? "(no headline)" : fact.headline)

            """
    }
}
