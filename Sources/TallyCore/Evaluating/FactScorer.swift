/// Scores predicted facts against gold facts exactly as `eval/score.py` does.
///
///     let report = FactScorer.score(gold: try FactTable.read(folderOrFile: goldURL), predicted: rows)
///     report.all.f1 // detection F1
///
/// Facts are aligned per document in text order: a predicted fact matches a gold fact with the
/// same value, high and unit, first among those with the same surface, then any. Only documents
/// with gold rows are scored.
public enum FactScorer {
    /// Counts for one document (or all): gold, predicted, matched, and agreeing fields among matches.
    public struct Tally: Sendable, Hashable {
        public var gold = 0, predicted = 0, matched = 0
        public var qualifier = 0, county = 0, rate = 0, object = 0, full = 0

        public var precision: Double { predicted == 0 ? 0 : Double(matched) / Double(predicted) }
        public var recall: Double { gold == 0 ? 0 : Double(matched) / Double(gold) }
        public var f1: Double { FactScorer.f1(precision, recall) }
        /// F1 counting only matches whose qualifier, county and rate also agree.
        public var fullF1: Double {
            FactScorer.f1(predicted == 0 ? 0 : Double(full) / Double(predicted), gold == 0 ? 0 : Double(full) / Double(gold))
        }
        public var qualifierAgreement: Double { share(qualifier) }
        public var countyAgreement: Double { share(county) }
        public var rateAgreement: Double { share(rate) }
        public var objectAgreement: Double { share(object) }
        private func share(_ n: Int) -> Double { Double(n) / Double(matched == 0 ? 1 : matched) }

        static func + (a: Tally, b: Tally) -> Tally {
            Tally(gold: a.gold + b.gold, predicted: a.predicted + b.predicted, matched: a.matched + b.matched,
                  qualifier: a.qualifier + b.qualifier, county: a.county + b.county, rate: a.rate + b.rate,
                  object: a.object + b.object, full: a.full + b.full)
        }
    }

    /// A field of a matched pair that disagrees, or a missed or extra fact: the `--verbose` lines.
    public enum Finding: Sendable, Hashable {
        case disagreement(doc: String, gold: ContractFactRow, predicted: ContractFactRow, fields: [String])
        case missed(doc: String, gold: ContractFactRow)
        case extra(doc: String, predicted: ContractFactRow)
    }

    public struct Report: Sendable {
        /// Per document, sorted by name.
        public var documents: [(doc: String, tally: Tally)]
        public var all: Tally
        public var findings: [Finding]
    }

    public static func score(gold: [ContractFactRow], predicted: [ContractFactRow]) -> Report {
        let goldByDoc = Dictionary(grouping: gold, by: \.doc)
        let predictedByDoc = Dictionary(grouping: predicted, by: \.doc)
        var documents: [(String, Tally)] = []
        var findings: [Finding] = []
        var all = Tally()
        for doc in goldByDoc.keys.sorted() {
            let g = goldByDoc[doc] ?? [], p = predictedByDoc[doc] ?? []
            let pairs = align(gold: g, predicted: p)
            var tally = Tally(gold: g.count, predicted: p.count, matched: pairs.count)
            for (gi, pi) in pairs {
                let a = g[gi], b = p[pi]
                let fields = [("qualifier", a.qualifier == b.qualifier), ("county", a.county == b.county),
                              ("rate", a.isRate == b.isRate), ("object", objectAgrees(gold: a.object, predicted: b.object))]
                tally.qualifier += fields[0].1 ? 1 : 0
                tally.county += fields[1].1 ? 1 : 0
                tally.rate += fields[2].1 ? 1 : 0
                tally.object += fields[3].1 ? 1 : 0
                tally.full += fields[0].1 && fields[1].1 && fields[2].1 ? 1 : 0
                let bad = fields.filter { !$0.1 }.map(\.0)
                if !bad.isEmpty { findings.append(.disagreement(doc: doc, gold: a, predicted: b, fields: bad)) }
            }
            let matchedGold = Set(pairs.map(\.0)), matchedPredicted = Set(pairs.map(\.1))
            for (i, row) in g.enumerated() where !matchedGold.contains(i) { findings.append(.missed(doc: doc, gold: row)) }
            for (i, row) in p.enumerated() where !matchedPredicted.contains(i) { findings.append(.extra(doc: doc, predicted: row)) }
            documents.append((doc, tally))
            all = all + tally
        }
        return Report(documents: documents, all: all, findings: findings)
    }

    /// score.py's `align`: pairs (gold index, predicted index), sorted.
    static func align(gold: [ContractFactRow], predicted: [ContractFactRow]) -> [(Int, Int)] {
        var usedPredicted = Set<Int>()
        var matchedGold = Set<Int>()
        var pairs: [(Int, Int)] = []
        for preferSurface in [true, false] {
            for (gi, g) in gold.enumerated() where !matchedGold.contains(gi) {
                for (pi, p) in predicted.enumerated() where !usedPredicted.contains(pi) && keyEqual(g, p) {
                    if preferSurface && g.surface != p.surface { continue }
                    pairs.append((gi, pi))
                    usedPredicted.insert(pi)
                    matchedGold.insert(gi)
                    break
                }
            }
        }
        return pairs.sorted { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
    }

    static func keyEqual(_ g: ContractFactRow, _ p: ContractFactRow) -> Bool {
        sameNumber(g.value, p.value) && sameNumber(g.high, p.high) && g.unit == p.unit
    }

    /// `math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)`; two missing numbers are the same.
    static func sameNumber(_ a: Double?, _ b: Double?) -> Bool {
        guard let a, let b else { return a == nil && b == nil }
        if a == b { return true }
        guard a.isFinite, b.isFinite else { return false }
        return abs(a - b) <= max(1e-9 * max(abs(a), abs(b)), 1e-9)
    }

    /// score.py's `object_agrees`: equal, or one contains the other (prediction ≥ 2 scalars),
    /// or both ≥ 2 and ending in the same two characters.
    public static func objectAgrees(gold: String, predicted: String) -> Bool {
        if gold == predicted { return true }
        if gold.isEmpty || predicted.isEmpty { return false }
        let g = ScalarText.scalars(of: gold), p = ScalarText.scalars(of: predicted)
        if p.count >= 2, gold.contains(predicted) || predicted.contains(gold) { return true }
        return g.count >= 2 && p.count >= 2 && g.suffix(2) == p.suffix(2)
    }

    static func f1(_ p: Double, _ r: Double) -> Double { p + r == 0 ? 0 : 2 * p * r / (p + r) }

    /// The figures as score.py prints them: one line per document, `ALL`, and the summary line.
    public static func render(_ report: Report) -> String {
        func row(_ name: String, _ t: Tally) -> String {
            let cells = [t.precision, t.recall, t.f1, t.fullF1, t.countyAgreement, t.objectAgreement].map { fixed($0, 3) }
            return "\(name) \(t.gold) \(t.predicted) \(t.matched) " + cells.joined(separator: " ")
        }
        var out = "document gold pred match P R F1 full county object\n"
        for (doc, t) in report.documents { out += row(doc, t) + "\n" }
        out += row("ALL", report.all) + "\n"
        let a = report.all
        out += "detection F1 \(fixed(a.f1, 3)) (P \(fixed(a.precision, 3)) R \(fixed(a.recall, 3))) · full-fact F1 \(fixed(a.fullF1, 3)) · "
            + "qualifier \(fixed(a.qualifierAgreement, 3)) county \(fixed(a.countyAgreement, 3)) object \(fixed(a.objectAgreement, 3)) rate \(fixed(a.rateAgreement, 3))\n"
        return out
    }

    static func fixed(_ x: Double, _ digits: Int) -> String {
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let n = Int64((x * scale).rounded())
        let whole = n / Int64(scale), frac = n % Int64(scale)
        let fracText = String(frac)
        return "\(whole)." + String(repeating: "0", count: digits - fracText.count) + fracText
    }
}
