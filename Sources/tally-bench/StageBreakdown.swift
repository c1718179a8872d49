import Foundation
import TallyCore

/// Time spent in each pipeline stage over a corpus, one page after another on one core.
///
/// Times ``PageProcessor`` itself — the path ingest ships — through its stage hook, then
/// ``TallyDatabase/replace(with:)`` for the store, so the table shows which stage to make faster.
///
///     let stages = try StageBreakdown.measure(paths: files.paths, database: database)
struct StageBreakdown {
    private(set) var seconds: [String: Double] = [:]
    private(set) var articles = 0
    private(set) var facts = 0
    static let storeStage = "store (a page a commit)"
    static let stageNames = ["read"] + PipelineStage.allCases.map(\.rawValue) + [storeStage]

    static func measure(paths: [String], database: TallyDatabase) throws -> StageBreakdown {
        var breakdown = StageBreakdown()
        let processor = PageProcessor()
        for path in paths {
            let data = try breakdown.time("read") { try Data(contentsOf: URL(fileURLWithPath: path)) }
            let page = try processor.process(data, path: path, manifestEntry: nil) { stage, time in
                breakdown.seconds[stage.rawValue, default: 0] += Probe.seconds(time)
            }
            try breakdown.time(storeStage) { try database.replace(with: page) }
            breakdown.articles += page.articles.count
            breakdown.facts += page.facts.count
        }
        return breakdown
    }

    /// One line a stage: seconds, MB/s and share of the stages' total.
    func lines(megabytes: Double) -> [String] {
        let stagesTotal = StageBreakdown.stageNames.reduce(0) { $0 + (seconds[$1] ?? 0) }
        var lines = StageBreakdown.stageNames.map { name in
            let time = seconds[name] ?? 0
            let share = ", \(Format.number(100 * time / stagesTotal)) %"
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
