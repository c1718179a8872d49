import ArgumentParser
import TallyCore

/// `tally facts`: the stored facts, contract columns first so `score.py --pred` reads the TSV.
struct FactsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "facts",
        abstract: "List stored quantity facts.",
        discussion: """
            Columns: doc surface value high qualifier unit classifier object county rate (the fact contract),
            then scope place status (city|county|town|village|unit, the place's name, actual|plan|standard),
            kind (the kinds it is counted as), relation (share|superseded), indicators (indicator:kind, …),
            then id period theme line sentence.

            Example: tally facts --county 邹城市 --unit person --object-like 党员 --format tsv > facts.tsv
            """
    )

    @Option(help: "Only this county (canonical name, or its start: 邹城).")
    var county: String?

    @Option(help: "Only this canonical unit: person, person_time, event, yuan, percent, …")
    var unit: String?

    @Option(help: "Only facts whose object contains this text.")
    var objectLike: String?

    @Option(help: "Only facts of this theme id.")
    var theme: String?

    @Option(help: "table, tsv, csv or json.")
    var format: OutputFormat = .table

    @OptionGroup var database: DatabaseOptions

    static let columns = ["doc", "surface", "value", "high", "qualifier", "unit", "classifier", "object", "county",
                          "rate", "scope", "place", "status", "kind", "relation", "indicators", "id", "period", "theme", "line", "sentence"]

    func validate() throws {
        if let unit, QuantityUnit(rawValue: unit) == nil {
            throw ValidationError("unknown unit '\(unit)'; one of \(QuantityUnit.allCases.map(\.rawValue).joined(separator: ", "))")
        }
    }

    func run() throws {
        let facts: [StoredFact]
        do {
            facts = try TallyDatabase(path: database.path, readOnly: true)
                .facts(county: county, unit: unit, objectLike: objectLike, theme: theme)
        } catch {
            throw UserError.exit(error.description)
        }
        let rows: [[Cell]] = facts.map { fact in
            [.text(fact.doc), .text(fact.surface), .real(fact.value), fact.high.map(Cell.real) ?? .null,
             .text(fact.qualifier), .text(fact.unit), .text(fact.classifier), .text(fact.object), .text(fact.county),
             .integer(fact.isRate ? 1 : 0), .text(fact.scope), .text(fact.place), .text(fact.status), .text(fact.kinds),
             fact.relation.map(Cell.text) ?? .null, .text(fact.indicators), .integer(fact.id), fact.period.map(Cell.text) ?? .null,
             fact.theme.map(Cell.text) ?? .null, .integer(Int64(fact.line)), .text(fact.sentence)]
        }
        print(RowWriter(format: format).render(columns: Self.columns, rows: rows), terminator: "")
    }
}
