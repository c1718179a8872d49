/// Chooses one county figure from an indicator's facts in one county and period: **quote, don't
/// add** (`docs/indicators.md`).
///
/// 1. Facts set apart by the read model (rates, plans, standards, states before a change) are only listed.
/// 2. A share (其中…, 被评为…) is listed, unless nothing else was reported.
/// 3. With any county-wide fact, the figure is, over the kinds, the sum of each kind's largest
///    statement (a sentence's facts of that kind and time cue, added: a breakdown); ties go to the most recent.
///    Parts (towns, villages, units) and the other statements are listed.
/// 4. Otherwise each distinct place gets its figure by rule 3, and the figure is their sum: a
///    lower bound (`over`, or `approx` when a part is `under` or `approx`). Places named inside an
///    article about a part lie within it (``IndicatorFact/placeGroup``) and are one place.
///
///     CellChooser().cell(indicator: "volunteers", county: "太白湖新区", period: nil, facts: facts)?.estimate.formatted
///     // "≥ 1,000"  (the district's 1000余人; a community's 120人 is listed as a part)
public struct CellChooser: Sendable {
    public init() {}

    public func cell(indicator: String, county: String, period: PeriodBucket?, facts: [IndicatorFact]) -> IndicatorCell? {
        var apart: [(factID: Int64, reason: SetApartReason)] = []
        var eligible: [IndicatorFact] = []
        for fact in facts {
            if let reason = fact.setApart { apart.append((fact.factID, reason)) } else { eligible.append(fact) }
        }
        let wholes = eligible.filter { $0.relation != .share }
        if !wholes.isEmpty {
            apart += eligible.filter { $0.relation == .share }.map { ($0.factID, .share) }
            eligible = wholes
        }
        guard !eligible.isEmpty else { return nil }

        let estimate: Estimate
        let basis: IndicatorCell.Basis
        var used: [IndicatorFact] = []
        let countyWide = eligible.filter(\.isCountyWide)
        if !countyWide.isEmpty {
            apart += eligible.filter { !$0.isCountyWide }.map { ($0.factID, .part) }
            let choice = best(of: countyWide)
            estimate = choice.estimate
            used = choice.used
            apart += choice.alternatives.map { ($0.factID, .alternative) }
            basis = .countyWide
        } else {
            var places: [String] = []
            var byPlace: [String: [IndicatorFact]] = [:]
            for fact in eligible {
                if byPlace[fact.placeGroup] == nil { places.append(fact.placeGroup) }
                byPlace[fact.placeGroup, default: []].append(fact)
            }
            var parts: [Estimate] = []
            for place in places {
                let choice = best(of: byPlace[place]!)
                parts.append(choice.estimate)
                used += choice.used
                apart += choice.alternatives.map { ($0.factID, .alternative) }
            }
            estimate = Self.lowerBound(of: parts)
            basis = .places(places.count)
        }
        // Fact ids follow the text (a fresh database stores pages in path order), so they order the lists.
        return IndicatorCell(
            indicator: indicator, county: county, period: period, estimate: estimate, basis: basis,
            factIDs: used.map(\.factID).sorted(), alsoReported: apart.sorted { $0.factID < $1.factID })
    }

    /// Rule 3 over `facts`: each kind's largest statement, added over the kinds.
    private func best(of facts: [IndicatorFact]) -> (estimate: Estimate, used: [IndicatorFact], alternatives: [IndicatorFact]) {
        var kinds: [String] = []
        var statementsOfKind: [String: [IndicatorFact.StatementKey: [IndicatorFact]]] = [:]
        var statementOrder: [String: [IndicatorFact.StatementKey]] = [:]
        for fact in facts {
            if statementsOfKind[fact.kind] == nil { kinds.append(fact.kind) }
            if statementsOfKind[fact.kind, default: [:]][fact.statement] == nil { statementOrder[fact.kind, default: []].append(fact.statement) }
            statementsOfKind[fact.kind, default: [:]][fact.statement, default: []].append(fact)
        }
        var chosen: [Estimate] = []
        var used: [IndicatorFact] = []
        var alternatives: [IndicatorFact] = []
        for kind in kinds {
            let statements = statementOrder[kind]!.map { statementsOfKind[kind]![$0]! }
            // Each statement's figure once: a county can hold thousands of them in a large corpus.
            let figures = statements.map { Estimate.sum($0.map(\.estimate)) }
            var best = 0
            for index in statements.indices.dropFirst()
            where Self.isLess((figures[best], statements[best][0]), (figures[index], statements[index][0])) {
                best = index
            }
            chosen.append(figures[best])
            used += statements[best]
            for index in statements.indices where index != best { alternatives += statements[index] }
        }
        return (Estimate.sum(chosen), used, alternatives)
    }

    /// Orders statements by their figure, then by recency (publication date, then place in the corpus).
    private static func isLess(_ lhs: (Estimate, IndicatorFact), _ rhs: (Estimate, IndicatorFact)) -> Bool {
        if lhs.0.plotted != rhs.0.plotted { return lhs.0.plotted < rhs.0.plotted }
        let leftDate = lhs.1.published ?? "", rightDate = rhs.1.published ?? ""
        if leftDate != rightDate { return leftDate < rightDate }
        return (lhs.1.doc, lhs.1.ordinal) < (rhs.1.doc, rhs.1.ordinal)
    }

    /// A sum over places is a lower bound of the county, whatever its parts: `over`, or `approx`
    /// when a part may lie above its figure's value (`under`, `approx`).
    static func lowerBound(of parts: [Estimate]) -> Estimate {
        let total = Estimate.sum(parts)
        let approximate = parts.contains { $0.qualifier == .under || $0.qualifier == .approx }
        return Estimate(low: total.low, high: approximate ? total.high : total.low, qualifier: approximate ? .approx : .over)
    }
}
