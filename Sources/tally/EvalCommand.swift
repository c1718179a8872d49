import ArgumentParser
import Foundation
import TallyCore

/// `tally eval`: scores the stored facts against gold TSVs, as `eval/score.py` does.
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score the database's facts against gold fact TSVs (same figures as eval/score.py).",
        discussion: """
            Only documents with a gold file are scored; `doc` is compared by file name.

            Example: tally eval --gold eval/gold --db tally.sqlite
            """
    )

    @Option(help: "A gold .tsv file or a folder of them.")
    var gold: String

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        let goldRows: [FactRow]
        do {
            goldRows = try FactTable.read(folderOrFile: URL(fileURLWithPath: gold))
        } catch {
            throw UserError.exit(error.description)
        }
        let stored: [StoredFact]
        do {
            stored = try TallyDatabase(path: database.path, readOnly: true).facts()
        } catch {
            throw UserError.exit(error.description)
        }
        let predicted = stored.map { fact in
            FactRow(doc: fact.doc, surface: fact.surface, value: fact.value, high: fact.high, qualifier: fact.qualifier,
                    unit: fact.unit, classifier: fact.classifier, object: fact.object, county: fact.county,
                    rate: String(fact.rate))
        }
        print(FactScorer.render(FactScorer.score(gold: goldRows, predicted: predicted)), terminator: "")
    }
}
