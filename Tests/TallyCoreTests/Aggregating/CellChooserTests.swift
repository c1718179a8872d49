import Testing
@testable import TallyCore

/// The choice rules of `docs/indicators.md`, one per test, on facts written by hand.
@Suite struct CellChooserTests {
    var nextID: Int64 = 0

    /// A fact of `party-organisations` in 梁山县 unless told otherwise; each in its own sentence unless `sentence` is shared.
    mutating func fact(
        _ value: Double, _ qualifier: Qualifier = .exact, kind: String = "党支部", scope: Scope = .county, place: String = "",
        placeGroup: String? = nil, relation: FactRelation? = nil, apart: SetApartReason? = nil, sentence: Int? = nil,
        published: String? = nil, high: Double? = nil
    ) -> IndicatorFact {
        nextID += 1
        return IndicatorFact(
            indicator: "party-organisations", county: "梁山县", kind: kind, scope: scope, place: place, placeGroup: placeGroup,
            relation: relation, setApart: apart, estimate: Estimate(value: value, high: high, qualifier: qualifier),
            published: published, factID: nextID, statementStart: sentence ?? Int(nextID) * 100, ordinal: Int(nextID))
    }

    func choose(_ facts: [IndicatorFact]) -> IndicatorCell? {
        CellChooser().cell(indicator: "party-organisations", county: "梁山县", period: nil, facts: facts)
    }

    @Test mutating func kindsAreAddedAndEachKindQuotesItsLargestFigure() {
        let branches = fact(61), generalBranches = fact(15, kind: "党总支"), smaller = fact(40)
        let cell = choose([generalBranches, branches, smaller])
        #expect(cell?.estimate.formatted == "76")
        #expect(cell?.basis == .countyWide)
        #expect(cell?.factIDs == [branches.factID, generalBranches.factID])
        #expect(cell?.alsoReported.map(\.reason) == [.alternative])
    }

    @Test mutating func aBreakdownInOneSentenceIsAdded() {
        let first = fact(44, kind: "党组织", sentence: 7), second = fact(10, kind: "党组织", sentence: 7), other = fact(50, kind: "党组织")
        #expect(choose([first, second, other])?.estimate.formatted == "54")
    }

    @Test mutating func partsAreListedWhenACountyWideFigureExists() {
        let county = fact(1000, .over, kind: "志愿者"), community = fact(120, kind: "志愿者", scope: .village, place: "南风花园社区")
        let cell = choose([county, community])
        #expect(cell?.estimate.formatted == "≥ 1,000")
        #expect(cell?.alsoReported.first?.reason == .part)
        #expect(cell?.alsoReported.first?.factID == community.factID)
    }

    @Test mutating func withoutACountyWideFigureDistinctPlacesAddUpToALowerBound() {
        let town = fact(9, scope: .town, place: "高峪镇"), village = fact(6, scope: .village, place: "东李村")
        let cell = choose([town, village])
        #expect(cell?.estimate.formatted == "≥ 15")
        #expect(cell?.basis == .places(2))
        // One exact place is still a lower bound of the county.
        #expect(choose([town])?.estimate.qualifier == .over)
        // A part printed with 近 makes the bound approximate.
        #expect(choose([town, fact(30, .under, scope: .village, place: "西村")])?.estimate.qualifier == .approx)
    }

    @Test mutating func placesInsideAnArticlesSubjectAreOnePlace() {
        let team = fact(520, .over, scope: .unit, place: "8个市派单位", placeGroup: "下派干部工作团")
        let member = fact(160, scope: .unit, place: "驻村工作组", placeGroup: "下派干部工作团")
        let cell = choose([team, member])
        #expect(cell?.estimate.formatted == "≥ 520")
        #expect(cell?.basis == .places(1))
    }

    @Test mutating func sharesAndBeforeStatesAreNeverAdded() {
        let total = fact(26), share = fact(4, kind: "党组织", relation: .share), before = fact(15, apart: .superseded)
        let cell = choose([total, share, before])
        #expect(cell?.estimate.formatted == "26")
        #expect(Set(cell?.alsoReported.map(\.reason) ?? []) == [.share, .superseded])
        // A share with nothing else reported is still the county's figure.
        #expect(choose([fact(300, relation: .share)])?.estimate.formatted == "300")
    }

    @Test mutating func ratesPlansAndStandardsAloneMakeNoFigure() {
        let facts = [fact(1, apart: .rate), fact(10, .approx, apart: .plan), fact(20_000_000, .under, apart: .standard)]
        #expect(choose(facts) == nil)
        #expect(choose([]) == nil)
    }

    @Test mutating func aRunningTotalAndThisYearsFigureAreAlternativesOfOneKind() {
        let running = fact(3000, .over, kind: "志愿服务活动"), thisYear = fact(130, .over, kind: "志愿服务活动")
        let cell = choose([thisYear, running])
        #expect(cell?.estimate.formatted == "≥ 3,000")
        #expect(cell?.alsoReported.map(\.factID) == [thisYear.factID])
    }

    @Test mutating func tiesGoToTheMostRecentPage() {
        let older = fact(8, published: "2024-05"), newer = fact(8, published: "2025-02")
        #expect(choose([newer, older])?.factIDs == [newer.factID])
    }

    @Test mutating func boundsFollowTheChosenParts() {
        #expect(choose([fact(20, .over), fact(7, kind: "党委")])?.estimate.formatted == "≥ 27")
        #expect(choose([fact(30_000, .under)])?.estimate.formatted == "≤ 30,000")
        #expect(choose([fact(3, .range, high: 5)])?.estimate.formatted == "3–5")
    }
}
