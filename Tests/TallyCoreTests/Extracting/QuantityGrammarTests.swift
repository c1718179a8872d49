import Testing
import TallyCore
import TallyTestSupport

/// The number grammar on hand-written cases of every row of the fact contract. Spans are
/// given as ⟦…⟧ markers (``MarkedText``); every marked span must be found and nothing else.
@Suite struct QuantityGrammarTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var marked: String
        var value: Double
        var high: Double? = nil
        var qualifier: Qualifier
        var unit: QuantityUnit
        var classifier: String
        var testDescription: String { marked }
    }

    static let cases: [Case] = [
        Case(marked: "举办学习活动⟦60余场次⟧。", value: 60, qualifier: .over, unit: .event, classifier: "场次"),
        Case(marked: "服务⟦1.2万余人次⟧。", value: 12000, qualifier: .over, unit: .personTime, classifier: "人次"),
        Case(marked: "覆盖群众⟦近3万人次⟧。", value: 30000, qualifier: .under, unit: .personTime, classifier: "人次"),
        Case(marked: "增加集体收入⟦3万元以上⟧。", value: 30000, qualifier: .over, unit: .yuan, classifier: "元"),
        Case(marked: "撰写⟦10余万字⟧的书。", value: 100000, qualifier: .over, unit: .word, classifier: "字"),
        Case(marked: "参与率达⟦75%以上⟧。", value: 75, qualifier: .over, unit: .percent, classifier: "%"),
        Case(marked: "铺设沥青路面⟦2万余平方米⟧。", value: 20000, qualifier: .over, unit: .areaSquareMetre, classifier: "平方米"),
        Case(marked: "给予⟦30万元—500万元⟧资金扶持。", value: 300000, high: 5000000, qualifier: .range, unit: .yuan, classifier: "元"),
        Case(marked: "奖励⟦1万元—1.5万元⟧。", value: 10000, high: 15000, qualifier: .range, unit: .yuan, classifier: "元"),
        Case(marked: "办理⟦3至5件⟧实事。", value: 3, high: 5, qualifier: .range, unit: .count, classifier: "件"),
        Case(marked: "联系⟦2至5个⟧党组织。", value: 2, high: 5, qualifier: .range, unit: .count, classifier: "个"),
        Case(marked: "成立了 ⟦21 支⟧队伍。", value: 21, qualifier: .exact, unit: .count, classifier: "支"),
        Case(marked: "全区⟦1 200余名⟧离退休干部。", value: 1200, qualifier: .over, unit: .person, classifier: "名"),
        Case(marked: "争取资金⟦4 600万元⟧。", value: 46_000_000, qualifier: .exact, unit: .yuan, classifier: "元"),
        Case(marked: "开展巡查⟦1 024 次⟧。", value: 1024, qualifier: .exact, unit: .event, classifier: "次"),
        Case(marked: "科级干部⟦11 名⟧。", value: 11, qualifier: .exact, unit: .person, classifier: "名"),
        Case(marked: "开展活动⟦50 余次⟧。", value: 50, qualifier: .over, unit: .event, classifier: "次"),
        Case(marked: "打造⟦26\n\n个⟧党支部。", value: 26, qualifier: .exact, unit: .count, classifier: "个"),
        Case(marked: "开展培训⟦十余次⟧。", value: 10, qualifier: .over, unit: .event, classifier: "次"),
        Case(marked: "吸引⟦两千余人⟧参加。", value: 2000, qualifier: .over, unit: .person, classifier: "人"),
        Case(marked: "筹集⟦三万余元⟧。", value: 30000, qualifier: .over, unit: .yuan, classifier: "元"),
        Case(marked: "投入⟦164.2万元⟧。", value: 1642000, qualifier: .exact, unit: .yuan, classifier: "元"),
        Case(marked: "慰问金⟦20余万元⟧。", value: 200000, qualifier: .over, unit: .yuan, classifier: "元"),
        Case(marked: "带动增收⟦2万多元⟧。", value: 20000, qualifier: .over, unit: .yuan, classifier: "元"),
        Case(marked: "服务⟦１２０人⟧。", value: 120, qualifier: .exact, unit: .person, classifier: "人"),
        Case(marked: "收集⟦1,200条⟧意见。", value: 1200, qualifier: .exact, unit: .count, classifier: "条"),
        Case(marked: "受益居民⟦超过1500人次⟧。", value: 1500, qualifier: .over, unit: .personTime, classifier: "人次"),
        Case(marked: "控制在 ⟦20 人左\n右⟧，", value: 20, qualifier: .approx, unit: .person, classifier: "人"),
        Case(marked: "实现⟦15分钟内⟧响应。", value: 15, qualifier: .under, unit: .minute, classifier: "分钟"),
        Case(marked: "⟦6至8小时⟧用水量为零。", value: 6, high: 8, qualifier: .range, unit: .hour, classifier: "小时"),
        Case(marked: "连续⟦3年⟧开展培训。", value: 3, qualifier: .exact, unit: .year, classifier: "年"),
        Case(marked: "修建道路⟦4公里⟧。", value: 4000, qualifier: .exact, unit: .lengthMetre, classifier: "公里"),
        Case(marked: "流转土地⟦约300亩⟧。", value: 300, qualifier: .approx, unit: .areaMu, classifier: "亩"),
        Case(marked: "用时⟦3个月⟧。", value: 3, qualifier: .exact, unit: .month, classifier: "个月"),
        Case(marked: "每亩增收⟦500元⟧。", value: 500, qualifier: .exact, unit: .yuan, classifier: "元"),
        Case(marked: "发放贷款⟦2.3亿元⟧。", value: 230_000_000, qualifier: .exact, unit: .yuan, classifier: "元"),
        Case(marked: "规划⟦3至5万元⟧。", value: 30000, high: 50000, qualifier: .range, unit: .yuan, classifier: "元"),
        Case(marked: "满意率达⟦百分之九十⟧。", value: 90, qualifier: .exact, unit: .percent, classifier: "百分之"),
        Case(marked: "覆盖率⟦超百分之80⟧。", value: 80, qualifier: .over, unit: .percent, classifier: "百分之"),
        Case(marked: "化解纠纷⟦83起⟧。", value: 83, qualifier: .exact, unit: .count, classifier: "起"),
        // Bound words keep their place in the surface (fact contract, "qualifier").
        Case(marked: "单笔贷款⟦不超8万元⟧。", value: 80_000, qualifier: .under, unit: .yuan, classifier: "元"),
        Case(marked: "全年营收⟦过5亿元⟧。", value: 500_000_000, qualifier: .over, unit: .yuan, classifier: "元"),
        Case(marked: "每季度走访⟦不少于2次⟧。", value: 2, qualifier: .over, unit: .event, classifier: "次"),
        Case(marked: "补助⟦不低于800元⟧。", value: 800, qualifier: .over, unit: .yuan, classifier: "元"),
        Case(marked: "奖金⟦超过12万元⟧。", value: 120_000, qualifier: .over, unit: .yuan, classifier: "元"),
        Case(marked: "⟦约90余名⟧党员报名。", value: 90, qualifier: .over, unit: .person, classifier: "名"),
        Case(marked: "带动增收⟦15万元以上⟧。", value: 150_000, qualifier: .over, unit: .yuan, classifier: "元"),
        Case(marked: "销售额⟦过亿元⟧。", value: 100_000_000, qualifier: .over, unit: .yuan, classifier: "元"),
        Case(marked: "卖了⟦近万元⟧。", value: 10_000, qualifier: .under, unit: .yuan, classifier: "元"),
        Case(marked: "考核得分⟦85分以下⟧的要整改。", value: 85, qualifier: .under, unit: .count, classifier: "分"),
        Case(marked: "打了⟦12眼⟧机井。", value: 12, qualifier: .exact, unit: .count, classifier: "眼"),
        Case(marked: "老年人约占⟦31%⟧。", value: 31, qualifier: .approx, unit: .percent, classifier: "%"),
    ]

    @Test(arguments: cases) func readsTheQuantity(_ c: Case) throws {
        let marked = MarkedText(c.marked)
        let found = facts(marked.text)
        try #require(found.count == 1, "\(found.map(\.surface))")
        let fact = found[0]
        #expect(fact.span == marked.ranges[0])
        #expect(fact.value == c.value)
        #expect(fact.high == c.high)
        #expect(fact.qualifier == c.qualifier)
        #expect(fact.unit == c.unit)
        #expect(fact.classifier == c.classifier)
        let printed = Array(marked.text.unicodeScalars)[marked.ranges[0]].filter { !$0.properties.isWhitespace }
        #expect(fact.surface == String(String.UnicodeScalarView(printed)))
    }

    /// Texts with no fact: calendar expressions, ordinals, quoted names, set phrases.
    @Test(arguments: [
        "2024年以来，全县上下齐心。", "2025年下半年以来成效明显。", "3月9日召开会议。", "纳入2026年工作要点。",
        "第一批论证通过。", "获第1名。", "构建“1+1+N”培训体系。", "合作共建“15分钟文化养老服务站”。",
        "开设四点半课堂。", "带头下沉110接处警。", "考核排名后3位的要约谈。", "上午9点30分开会。", "“93后”青年。", "智慧养老等6大功能模块。", "聚焦三大维度。",
        "建立一人一档。", "每季度举办一次。", "近两年来，企业家走出去。", "学习《100位新中国成立以来感动中国人物》。",
        "庆祝成立75周年。", "2019—2024年。", "编号123456789012345678901234567890个。",
    ])
    func findsNothingIn(_ text: String) {
        #expect(facts(text).map(\.surface) == [])
    }

    @Test func surfacesDropWhitespaceAndKeepAdjacentApproximationWords() {
        #expect(facts("打造26\n\n个党支部，惠及 近 3 万 人次。").map(\.surface) == ["26个", "近3万人次"])
        // A bound word separated by a verb sets the qualifier but stays out of the surface.
        let capped = facts("引进人才最高可获 2000 万元资金扶持。")
        #expect(capped.map(\.surface) == ["2000万元"])
        #expect(capped.first?.qualifier == .under)
    }

    @Test func suffixWordsQualifyOnlyWhereTheyEndTheQuantity() {
        #expect(facts("每组20人上下。").map(\.qualifier) == [.approx])
        #expect(facts("组建3个上下联动的专班。").map(\.qualifier) == [.exact])
        #expect(facts("签约3个项目，附近5个村。").map(\.qualifier) == [.exact, .exact])
    }

    @Test func oneNumberWithTwoMeasureWordsIsOneFact() {
        #expect(facts("走访120余户群众。").map(\.unit) == [.household])
        #expect(facts("组建5类志愿服务队伍120支。").map(\.surface) == ["5类", "120支"])
    }
}
