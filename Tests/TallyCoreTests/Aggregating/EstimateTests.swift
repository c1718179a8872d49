import Testing
@testable import TallyCore

@Suite struct EstimateTests {
    func parts(_ items: [(Double, Double?, Qualifier)]) -> Estimate {
        Estimate.sum(items.map { Estimate(value: $0.0, high: $0.1, qualifier: $0.2) })
    }

    @Test func boundMarkers() {
        #expect(parts([(1000, nil, .exact), (200, nil, .over)]).formatted == "≥ 1,200")
        #expect(parts([(1000, nil, .exact), (200, nil, .under)]).formatted == "≤ 1,200")
        #expect(parts([(1000, nil, .approx), (200, nil, .exact)]).formatted == "≈ 1,200")
        #expect(parts([(1000, nil, .over), (200, nil, .under)]).qualifier == .approx)
        #expect(parts([(1000, nil, .exact), (234, nil, .exact)]).formatted == "1,234")
    }

    @Test func rangesAddLowAndHigh() {
        let total = parts([(3, 5, .range), (10, 20, .range), (1, nil, .exact)])
        #expect(total.low == 14 && total.high == 26)
        #expect(total.formatted == "14–26")
    }

    @Test func formattingNeverTraps() {
        #expect(Estimate.format(1_234_567.5) == "1,234,567.5")
        #expect(Estimate.format(0.05) == "0.05")
        #expect(Estimate.format(1e300) == "1e+300")
        #expect(Estimate.format(.nan) == "nan")
    }
}
