import Foundation
import TallyCore

/// Runs ``PageProcessor`` — the path ingest ships — over the seed pages: the dev loop the
/// extractor is measured with.
///
///     let rows = try SeedPipeline.factRows()
///     FactScorer.score(gold: try FactTable.read(folderOrFile: Fixtures.directory.appendingPathComponent("gold")), predicted: rows)
public enum SeedPipeline {
    public static func factRows(in pages: [URL]? = nil) throws -> [ContractFactRow] {
        let processor = PageProcessor()
        var rows: [ContractFactRow] = []
        for url in try pages ?? Fixtures.seedPages() {
            let page = try processor.process(try Data(contentsOf: url), path: url.path, manifestEntry: nil)
            rows += page.facts.map { ContractFactRow(doc: url.lastPathComponent, fact: $0) }
        }
        return rows
    }
}
