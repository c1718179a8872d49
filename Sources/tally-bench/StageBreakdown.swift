import Foundation
import TallyCore

/// Time spent in each pipeline stage over a corpus, one page after another on one core.
///
/// Calls each stage's public API in turn (read+decode, normalise, segment, extract, classify), then
/// ``PageProcessor`` for the whole page and ``TallyDatabase/replace(with:)`` for the store, so the
/// table shows which stage to make faster and what the processor adds around the stages.
///
///     let stages = try StageBreakdown.measure(paths: files.paths, database: database)
struct StageBreakdown {
    private(set) var seconds: [String: Double] = [:]
    private(set) var articles = 0
    private(set) var facts = 0
    static let stageNames = ["read+decode", "normalise", "segment", "extract", "classify",
                             "PageProcessor (all stages)", "store (a page a commit)"]

    static func measure(paths: [String], database: TallyDatabase) throws -> StageBreakdown {
        var breakdown = StageBreakdown()
        let segmenter = ArticleSegmenter(gazetteer: .jining)
        let extractor = FactExtractor(gazetteer: .jining)
        let classifier = ThemeClassifier()
        let processor = PageProcessor()
        for path in paths {
            let (decoded, data) = try breakdown.time("read+decode") { () throws -> (DecodedPage, Data) in
                let data = try Data(contentsOf: URL(fileURLWithPath: path))
                return (try PageReader.decode(data, path: path), data)
            }
            let normalized = breakdown.time("normalise") { PageNormalizer.normalize(decoded.text) }
            let articles = breakdown.time("segment") { segmenter.segment(normalized) }
            let published = PublicationDate.infer(from: normalized.text)?.year
            let facts = breakdown.time("extract") {
                articles.map { extractor.extract(from: $0, publishedYear: published) }
            }
            breakdown.time("classify") {
                for (article, articleFacts) in zip(articles, facts) {
                    _ = classifier.themes(of: article)
                    for fact in articleFacts { _ = classifier.theme(of: fact, in: article) }
                }
            }
            let page = try breakdown.time("PageProcessor (all stages)") {
                try processor.process(data, path: path, manifestEntry: nil)
            }
            try breakdown.time("store (a page a commit)") { try database.replace(with: page) }
            breakdown.articles += page.articles.count
            breakdown.facts += page.facts.count
        }
        return breakdown
    }

    /// One line a stage: seconds, MB/s and share of the stages' total.
    func lines(megabytes: Double) -> [String] {
        let stagesTotal = StageBreakdown.stageNames.filter { $0 != "PageProcessor (all stages)" }
            .reduce(0) { $0 + (seconds[$1] ?? 0) }
        var lines = StageBreakdown.stageNames.map { name in
            let time = seconds[name] ?? 0
            let share = name == "PageProcessor (all stages)" ? "" : ", \(Format.number(100 * time / stagesTotal)) %"
            return "\(name.padding(toLength: 27, withPad: " ", startingAt: 0)) \(Format.seconds(time)), "
                + "\(Format.number(megabytes / time)) MB/s\(share)"
        }
        lines.append("stages total: \(Format.number(megabytes / stagesTotal)) MB/s, "
            + "\(Format.number(Double(facts) / stagesTotal)) facts/s, \(articles) items, \(facts) facts")
        return lines
    }

    @discardableResult
    private mutating func time<T>(_ stage: String, _ work: () throws -> T) rethrows -> T {
        let start = ContinuousClock.now
        let result = try work()
        seconds[stage, default: 0] += Probe.seconds(since: start)
        return result
    }
}
