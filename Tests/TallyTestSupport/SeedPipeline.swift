import Foundation
import TallyCore

/// Runs reader → normaliser → segmenter → extractor over the seed pages: the dev loop the
/// extractor is measured with.
///
///     let rows = try SeedPipeline.factRows()
///     FactScorer.score(gold: try FactTable.read(folderOrFile: Fixtures.directory.appendingPathComponent("gold")), predicted: rows)
public enum SeedPipeline {
    public static func factRows() throws -> [ContractFactRow] {
        var rows: [ContractFactRow] = []
        let extractor = FactExtractor()
        let segmenter = ArticleSegmenter()
        for url in try Fixtures.seedPages() {
            let decoded = try PageReader.decode(try Data(contentsOf: url), path: url.path)
            let page = PageNormalizer.normalize(decoded.text)
            for article in segmenter.segment(page) {
                rows += extractor.extract(from: article, publishedYear: nil).map { ContractFactRow(doc: url.lastPathComponent, fact: $0) }
            }
        }
        return rows
    }
}
