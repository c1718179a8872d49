import Testing
import TallyTestSupport
import TallyCore

/// How people say numbers in interviews and features (fact contract, "Include"): spoken ranges, 几 and
/// 数, round Chinese numerals, mixed Arabic multipliers, 块钱, 成, 个百分点, 半, ages and durations.
/// Sentences written for this test; the expected fact is marked ⟦…⟧ inside each.
@Suite struct SpokenNumberTests {
    typealias Case = QuantityGrammarTests.Case

    static let cases: [Case] = [
        // Two adjacent digits are a range at the scale of what follows them.
        Case(marked: "一亩大棚能摘⟦四五万斤⟧黄瓜。", value: 40_000, high: 50_000, qualifier: .range, unit: .count, classifier: "斤"),
        Case(marked: "村里印了⟦七八百份⟧明白纸。", value: 700, high: 800, qualifier: .range, unit: .count, classifier: "份"),
        Case(marked: "来了⟦二三十名⟧青年。", value: 20, high: 30, qualifier: .range, unit: .person, classifier: "名"),
        Case(marked: "每户能多收⟦十七八斤⟧。", value: 17, high: 18, qualifier: .range, unit: .count, classifier: "斤"),
        Case(marked: "一晃就是⟦三五天⟧。", value: 3, high: 5, qualifier: .range, unit: .day, classifier: "天"),
        // 几 after a numeral, and 数/几/上 before a round one, are lower bounds.
        Case(marked: "⟦四十几户⟧种上了蓝莓。", value: 40, qualifier: .over, unit: .household, classifier: "户"),
        Case(marked: "带回⟦十几个⟧项目。", value: 10, qualifier: .over, unit: .count, classifier: "个"),
        Case(marked: "⟦上千名⟧群众赶来。", value: 1000, qualifier: .over, unit: .person, classifier: "名"),
        Case(marked: "吸引⟦上万人次⟧观看。", value: 10_000, qualifier: .over, unit: .personTime, classifier: "人次"),
        Case(marked: "盘活资金⟦数百万元⟧。", value: 1_000_000, qualifier: .over, unit: .yuan, classifier: "元"),
        Case(marked: "合作社营收⟦数亿元⟧。", value: 100_000_000, qualifier: .over, unit: .yuan, classifier: "元"),
        Case(marked: "添置⟦几十万元⟧的农机。", value: 100_000, qualifier: .over, unit: .yuan, classifier: "元"),
        // A digit times 百 or 千 is a measurement on its own; an Arabic multiplier may be followed by a smaller one.
        Case(marked: "订出⟦三千份⟧礼盒。", value: 3000, qualifier: .exact, unit: .count, classifier: "份"),
        Case(marked: "分到⟦4万6千元⟧。", value: 46_000, qualifier: .exact, unit: .yuan, classifier: "元"),
        // 块钱 is money; 成 a share in tenths; 个百分点 a difference of percentages.
        Case(marked: "一天能挣⟦一百来块钱⟧。", value: 100, qualifier: .approx, unit: .yuan, classifier: "块钱"),
        Case(marked: "攒下⟦两千多块钱⟧。", value: 2000, qualifier: .over, unit: .yuan, classifier: "块钱"),
        Case(marked: "党员占到⟦三成以上⟧。", value: 30, qualifier: .over, unit: .percent, classifier: "成"),
        Case(marked: "覆盖率提高⟦4个百分点⟧。", value: 4, qualifier: .exact, unit: .percentagePoint, classifier: "个百分点"),
        // Durations with a bound word, and 半 after one.
        Case(marked: "他守了⟦三十多年⟧。", value: 30, qualifier: .over, unit: .year, classifier: "年"),
        Case(marked: "干了⟦将近20年⟧的村医。", value: 20, qualifier: .under, unit: .year, classifier: "年"),
        Case(marked: "筹备了⟦近半年⟧。", value: 0.5, qualifier: .under, unit: .year, classifier: "年"),
        Case(marked: "坚持义务送学⟦6年⟧。", value: 6, qualifier: .exact, unit: .year, classifier: "年"),
        // Ages are facts with their measure word.
        Case(marked: "⟦81岁⟧的老党员讲党课。", value: 81, qualifier: .exact, unit: .count, classifier: "岁"),
    ]

    @Test(arguments: cases) func readsTheSpokenQuantity(_ c: Case) throws {
        let marked = MarkedText(c.marked)
        let found = facts(marked.text).filter { $0.span.overlaps(marked.ranges[0]) }
        try #require(found.count == 1, "\(facts(marked.text).map(\.surface))")
        #expect(found[0].span == marked.ranges[0])
        #expect(found[0].value == c.value)
        #expect(found[0].high == c.high)
        #expect(found[0].qualifier == c.qualifier)
        #expect(found[0].unit == c.unit)
        #expect(found[0].classifier == c.classifier)
    }

    /// Time phrases and set phrases that look spoken but count nothing.
    @Test(arguments: ["近两年来，村里变了样。", "上半年，各项工作有序推进。", "三十多年来，他初心不改。", "五四青年节当天举行升旗仪式。",
                      "一成不变的老办法行不通了。", "举办过三次培训。"])
    func noFact(text: String) {
        #expect(facts(text).isEmpty, "\(facts(text).map(\.surface))")
    }
}
