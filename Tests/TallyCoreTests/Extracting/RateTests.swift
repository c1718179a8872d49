import Testing
import TallyTestSupport
@testable import TallyCore

/// When a figure is a rate (fact-spec "When a figure is a rate"): sentences written for this test,
/// each figure marked ⟦…⟧, with whether it is a rate.
@Suite struct RateTests {
    @Test(arguments: [
        ("该合作社年收入⟦260余万元⟧。", [true]),
        ("该基地年产量达⟦80吨⟧。", [true]),
        ("全年收入达⟦500万元⟧。", [false]),
        ("今年增收⟦12万元⟧。", [false]),
        ("每处鱼塘配备⟦1名⟧看护员和⟦2名⟧巡逻员。", [true, true]),
        ("开展“每月一讲”活动⟦12场⟧。", [false]),
        ("每人每月补贴⟦500元⟧、累计发放⟦30万元⟧。", [true, false]),
        ("对引进的硕士给予⟦5万元⟧生活补助。", [true]),
        ("年均开展巡河⟦40余次⟧，共清理垃圾⟦3吨⟧。", [true, false]),
        // A flow told for one stretch of time (一天能, 一年也能) or a per-year verb (年加工).
        ("在车间一天能挣⟦一百多块钱⟧。", [true]),
        ("老人们一年也能分到⟦两三千元⟧。", [true]),
        ("合作社年加工花生⟦800余吨⟧。", [true]),
        ("村集体年收入从⟦不足4万元⟧提高到⟦32万元⟧。", [true, true]),
        // A bound each counted member meets; the count of members is no rate.
        ("全县⟦七成⟧的村集体收入⟦超过15万元⟧。", [false, true]),
        ("⟦3家⟧合作社营收⟦过千万元⟧。", [false, true]),
        ("其中⟦9个⟧村⟦超过50万元⟧。", [false, true]),
        ("⟦12个⟧村共增收⟦超过60万元⟧。", [false, false]),
        ("选拔⟦35岁以下⟧的年轻干部⟦40名⟧。", [true, false]),
        ("⟦78岁⟧的老党员当了⟦近20年⟧调解员。", [false, false]),
        // A 每年 opening the statement governs its later clauses until a total speaks.
        ("每年可为村集体增收⟦40万元以上⟧，提供岗位⟦60余个⟧。", [true, true]),
        ("每年开展体检⟦2次⟧，累计服务老干部⟦900人次⟧。", [true, false]),
        ("每月召开议事会，解决难题⟦80余个⟧。", [false]),
        // A 每 before an earlier figure of the clause reaches this one too.
        ("给每位⟦70岁以上⟧老人发放⟦300元⟧慰问金。", [true, true]),
        ("全村⟦210户⟧每户分红⟦1500元⟧。", [false, true]),
        ("合作社常年吸纳务工群众⟦90多人⟧。", [false]),
        // A bound that makes a class of members: before 的, before the count of the class, or ending a 的 clause.
        ("收入⟦30万元以上⟧的强村达到⟦25个⟧。", [true, false]),
        ("全年签约⟦过亿元⟧项目⟦17个⟧。", [true, false]),
        ("带动就业⟦20人以上⟧的，给予奖励。", [true]),
        // One occasion told as typical; a superlative is no cap.
        ("一场下来能吸引⟦四五十名⟧群众。", [true]),
        ("分得最多的一户达到⟦9000元⟧。", [false]),
        // A rule each recipient meets (须, 不低于 in a standard) is a rate, a share of it too.
        ("服务站须在⟦3小时以内⟧回应。", [true]),
        ("贴息比例⟦最高50%⟧。", [true]),
        ("⟦五六十岁⟧的妇女在车间务工。", [true]),
        // One stretch in a clause of its own governs the clauses after it; a list names two things, not a class.
        ("一年下来，合作社能带来⟦两万多元⟧收入。", [true]),
        ("驿站覆盖企业⟦超过80家⟧、职工⟦6000余人⟧。", [false, false]),
        ("烘干中心日烘干能力达到⟦150吨⟧。", [true]),
        ("点击量最高的一条⟦超过3万次⟧。", [false]),
        ("一个棚一季下来收入⟦3万多元⟧。", [true]),
        ("⟦逾80名⟧书记分⟦4批次⟧驻村学习。", [false, false]),
        ("预算⟦3万元至10万元⟧的，由村民代表会议表决。", [true]),
    ])
    func rate(marked: String, expected: [Bool]) {
        #expect(ScopeAndStatusTests.marked(marked).map(\.isRate) == expected, "\(marked)")
    }
}
