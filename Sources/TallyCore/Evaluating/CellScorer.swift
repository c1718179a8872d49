import Foundation

/// Scores county figures against gold cells, as `eval/score_indicators.py` does: a predicted cell
/// is right when indicator and county match and its value (within 0.5 %), high and qualifier agree.
///
///     let gold = try CellScorer.read(file: URL(fileURLWithPath: "gold.tsv"))
///     let score = CellScorer.score(gold: gold, predicted: figures.cells.map(CellScorer.Row.init))
///     score.f1
public enum CellScorer {
    /// One cell: the columns the scorer reads.
    public struct Row: Sendable, Hashable {
        public var indicator: String
        public var county: String
        public var value: Double
        public var high: Double?
        public var qualifier: String

        public init(indicator: String, county: String, value: Double, high: Double?, qualifier: String) {
            self.indicator = indicator
            self.county = county
            self.value = value
            self.high = high
            self.qualifier = qualifier
        }

        public init(_ cell: IndicatorCell) {
            self.init(indicator: cell.indicator, county: cell.county, value: cell.estimate.low,
                      high: cell.estimate.qualifier == .range ? cell.estimate.high : nil, qualifier: cell.estimate.qualifier.rawValue)
        }
    }

    public struct Score: Sendable, Hashable {
        public var gold: Int
        public var predicted: Int
        public var correct: Int
        /// Gold cells whose value (and high) agree, qualifier ignored.
        public var valueCorrect: Int
        /// One line per missed, wrong or extra cell.
        public var differences: [String]

        public var precision: Double { predicted == 0 ? 0 : Double(correct) / Double(predicted) }
        public var recall: Double { gold == 0 ? 0 : Double(correct) / Double(gold) }
        public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

        /// The scorer's two summary lines, then the differences.
        public var rendered: String {
            func fixed(_ value: Double) -> String { String(format: "%.3f", value) }
            return (["gold cells \(gold) · predicted \(predicted) · correct \(correct)",
                     "cell F1 \(fixed(f1)) (P \(fixed(precision)) R \(fixed(recall))) · value accuracy "
                        + fixed(gold == 0 ? 0 : Double(valueCorrect) / Double(gold))] + differences)
                .joined(separator: "\n") + "\n"
        }
    }

    /// Compares only the indicators of ``Indicator/all`` (a prediction may hold others).
    public static func score(gold: [Row], predicted: [Row]) -> Score {
        let scored = Set(Indicator.all.map(\.id))
        func keyed(_ rows: [Row]) -> [String: Row] {
            Dictionary(rows.filter { scored.contains($0.indicator) }.map { ("\($0.indicator) \($0.county)", $0) }) { first, _ in first }
        }
        let goldCells = keyed(gold), predictedCells = keyed(predicted)
        var score = Score(gold: goldCells.count, predicted: predictedCells.count, correct: 0, valueCorrect: 0, differences: [])
        for key in goldCells.keys.sorted() {
            let expected = goldCells[key]!
            guard let got = predictedCells[key] else {
                score.differences.append("  - missed \(key): gold \(expected.value) \(expected.qualifier)")
                continue
            }
            let valueAgrees = close(got.value, expected.value) && close(got.high, expected.high)
            if valueAgrees { score.valueCorrect += 1 }
            if valueAgrees && got.qualifier == expected.qualifier {
                score.correct += 1
            } else {
                score.differences.append("  ~ \(key): gold \(expected.value) \(expected.qualifier) got \(got.value) \(got.qualifier)")
            }
        }
        for key in predictedCells.keys.sorted() where goldCells[key] == nil {
            score.differences.append("  + extra \(key): \(predictedCells[key]!.value) \(predictedCells[key]!.qualifier)")
        }
        return score
    }

    private static func close(_ a: Double?, _ b: Double?) -> Bool {
        guard let a, let b else { return a == nil && b == nil }
        return abs(a - b) <= 0.005 * max(abs(a), abs(b), 1e-9)
    }

    /// Reads a gold (or predicted) cell TSV: header row with at least indicator, county, value, qualifier.
    public static func read(file url: URL) throws(FactTableError) -> [Row] {
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { throw .unreadable(path: url.path) }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: true).map { String($0).trimmingCharacters(in: .init(charactersIn: "\r")) }
        guard let header = lines.first?.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) else { return [] }
        let missing = ["indicator", "county", "value", "qualifier"].filter { !header.contains($0) }
        guard missing.isEmpty else { throw .missingColumns(path: url.path, columns: missing) }
        var rows: [Row] = []
        for (index, line) in lines.dropFirst().enumerated() {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            func field(_ name: String) -> String {
                guard let column = header.firstIndex(of: name), column < fields.count else { return "" }
                return fields[column].trimmingCharacters(in: .whitespaces)
            }
            guard let value = Double(field("value").replacingOccurrences(of: ",", with: "")) else {
                throw .badValue(path: url.path, line: index + 2, text: field("value"))
            }
            let highText = field("high")
            guard highText.isEmpty || Double(highText) != nil else { throw .badValue(path: url.path, line: index + 2, text: highText) }
            rows.append(Row(indicator: field("indicator"), county: field("county"), value: value, high: Double(highText),
                            qualifier: field("qualifier").isEmpty ? "exact" : field("qualifier")))
        }
        return rows
    }
}
