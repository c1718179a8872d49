import Testing
import TallyTestSupport
@testable import TallyCore

/// When a figure is a rate (fact-spec "When a figure is a rate"): sentences written for this test,
/// each figure marked ⟦…⟧, with whether it is a rate.
@Suite struct RateTests {
    @Test(arguments: [
        ("合作社年收入⟦300余万元⟧。", [true]),
        ("该基地年产量达⟦80吨⟧。", [true]),
        ("全年收入达⟦500万元⟧。", [false]),
        ("今年增收⟦12万元⟧。", [false]),
        ("每个池塘配备⟦1名⟧管护员和⟦3名⟧巡查员。", [true, true]),
        ("开展“每月一讲”活动⟦12场⟧。", [false]),
        ("每人每月补贴⟦500元⟧、累计发放⟦30万元⟧。", [true, false]),
        ("对引进的硕士给予⟦5万元⟧生活补助。", [true]),
        ("年均开展巡河⟦40余次⟧，共清理垃圾⟦3吨⟧。", [true, false]),
    ])
    func rate(marked: String, expected: [Bool]) {
        #expect(ScopeAndStatusTests.marked(marked).map(\.isRate) == expected, "\(marked)")
    }
}
