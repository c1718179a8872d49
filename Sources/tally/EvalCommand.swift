import ArgumentParser
import Foundation
import TallyCore

/// `tally eval`: scores the stored facts against gold TSVs, as `eval/score.py` does.
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score the database's facts (or county figures) against gold TSVs (as eval/score.py and score_indicators.py).",
        discussion: """
            Only documents with a gold file are scored; `doc` is compared by file name. With --cells, the
            county figures of `tally indicators` are scored against gold cells instead.

            Examples:
              tally eval --gold eval/gold --db tally.sqlite
              tally eval --cells eval/indicators/gold.tsv --db tally.sqlite
            """
    )

    @Option(help: "A gold fact .tsv file or a folder of them.")
    var gold: String?

    @Option(help: "A gold cell .tsv (indicator county value high qualifier …).")
    var cells: String?

    func validate() throws {
        if (gold == nil) == (cells == nil) { throw ValidationError("give one of --gold (facts) or --cells (county figures)") }
    }

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        if let cells {
            let goldCells: [CellScorer.Row]
            let figures: CountyFigures
            do { goldCells = try CellScorer.read(file: URL(fileURLWithPath: cells)) } catch { throw UserError.exit(error.description) }
            do { figures = try TallyDatabase(path: database.path, readOnly: true).countyFigures() } catch {
                throw UserError.exit(error.description)
            }
            print(CellScorer.score(gold: goldCells, predicted: figures.cells.map(CellScorer.Row.init)).rendered, terminator: "")
            return
        }
        guard let gold else { return }
        let goldRows: [ContractFactRow]
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
            ContractFactRow(doc: fact.doc, surface: fact.surface, value: fact.value, high: fact.high, qualifier: fact.qualifier,
                    unit: fact.unit, classifier: fact.classifier, object: fact.object, county: fact.county,
                    isRate: fact.isRate)
        }
        print(FactScorer.render(FactScorer.score(gold: goldRows, predicted: predicted)), terminator: "")
    }
}
