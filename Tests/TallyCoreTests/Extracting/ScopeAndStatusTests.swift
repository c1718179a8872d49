import Testing
import TallyTestSupport
@testable import TallyCore

/// Scope, place, status and relation of facts (fact-spec "Scope and status"): sentences written for
/// this test, each figure marked ⟦…⟧.
@Suite struct ScopeAndStatusTests {
    /// The facts at the marked spans, in an article with `headline`.
    static func marked(_ marked: String, headline: String = "", county: County = .jinxiang) -> [Fact] {
        let text = MarkedText(marked)
        var page = article(text.text, county: county)
        page.headline = headline
        page.subject = ScopeFinder(gazetteer: .jining).subject(ofHeadline: headline)
        let found = FactExtractor().extract(from: page, publishedYear: nil)
        return text.ranges.compactMap { range in found.first { $0.span == range } }
    }

    @Test func headlineSubjectMakesFiguresParts() {
        let town = Self.marked("街道累计调解纠纷⟦56起⟧。", headline: "嘉祥县卧龙山街道 打造红色物业")
        #expect(town.map(\.scope) == [.town] && town.first?.place == "卧龙山街道")
        let school = Self.marked("全县建成老年学校⟦30所⟧；学校开设班级⟦45个⟧。", headline: "金乡县老年大学 探索老年教育新路径")
        #expect(school.map(\.scope) == [.county, .unit])
        #expect(school.last?.place == "老年大学")
        let community = Self.marked("招募志愿者⟦80人⟧。", headline: "金乡县鱼山街道东城社区 绘就幸福底色")
        #expect(community.first?.scope == .village && community.first?.place == "鱼山街道东城社区")
        // A county organ, or a headline that starts with a verb, is the county.
        #expect(Self.marked("开展宣讲⟦18场⟧。", headline: "金乡县委宣传部 推动理论宣讲").first?.scope == .county)
        #expect(Self.marked("开展宣讲⟦18场⟧。", headline: "金乡县打造宣讲品牌").first?.scope == .county)
        #expect(Self.marked("开展宣讲⟦18场⟧。", headline: "金乡县：打造宣讲品牌").first?.scope == .county)
    }

    @Test func placesNamedInTheClause() {
        let village = Self.marked("带动前屯村村集体增收⟦8万元⟧。")
        #expect(village.first?.scope == .village && village.first?.place == "前屯村")
        // 帮扶村, 进社区 are common nouns, not names.
        #expect(Self.marked("为帮扶村争取资金⟦30万元⟧。").first?.scope == .county)
        #expect(Self.marked("依托社区开展活动⟦20场⟧。").first?.scope == .county)
        let team = Self.marked("其中市派工作队协调资金⟦60万元⟧。")
        #expect(team.first?.scope == .unit && team.first?.place == "市派工作队")
        #expect(Self.marked("全县共有网格员⟦900名⟧。").first?.scope == .county)
        // 村情 is no village; a school is the actor only with a verb between it and the figure.
        #expect(Self.marked("第一书记立足村情，帮助村集体增收⟦60万元⟧。").first?.scope == .county)
        let school = Self.marked("县老年大学举办师资培训⟦6期⟧；建成镇街老年学校⟦12所⟧。")
        #expect(school.map(\.scope) == [.unit, .county])
        #expect(Self.marked("全市共有网格员⟦900名⟧。", county: .jiningCity).first?.scope == .city)
    }

    @Test(arguments: [
        ("预计年底前建成⟦20个⟧服务站点。", FactStatus.plan),
        ("力争到2026年培育⟦50名⟧乡村工匠。", .plan),
        ("打造⟦15个左右⟧示范点。", .plan),
        ("年内将新建⟦6处⟧党群服务中心。", .plan),
        ("对新引进的博士给予⟦最高50万元⟧安家补贴。", .standard),
        ("每个支部党员控制在⟦30人以内⟧。", .standard),
        ("投入资金⟦120万元⟧。", .actual),
        ("将原有⟦9个⟧党支部合并。", .actual),
    ])
    func status(marked: String, expected: FactStatus) {
        #expect(Self.marked(marked).first?.status == expected, "\(marked)")
    }

    @Test func policyNoticesAmountsAreStandardsUnlessSpent() {
        let body = "近日，金乡县出台《人才引育十条》。新落户的高层次人才安居补助为⟦20万元⟧；去年累计兑现奖补资金⟦360万元⟧。"
        #expect(Self.marked(body).map(\.status) == [.standard, .actual])
        // Its limits of any unit are standards too, and so rates; an exact count it reports is not.
        let limits = "近日，汶上县出台《民宿发展八条》。合作社聘用本村村民的比例⟦不低于60%⟧，审批时限压缩至⟦10天以内⟧；全县已有民宿⟦42家⟧。"
        #expect(Self.marked(limits).map(\.status) == [.standard, .standard, .actual])
        #expect(Self.marked(limits).map(\.isRate) == [true, true, false])
        #expect(Self.marked("去年，全县村集体经济收入合计⟦1.8亿元⟧。近日，县里出台《扶持办法》。").first?.status == .actual)
        // An aim or a result in the sentence keeps a bounded figure out of the rules.
        let aims = "近日，县里出台《人才十条》。《十条》明确，力争人才总量达到⟦5万人以上⟧；已累计带动就业⟦超600人⟧。"
        #expect(Self.marked(aims).map(\.status) == [.plan, .actual])
    }

    @Test func sharesAndSupersededStates() {
        let shares = Self.marked("培训村干部⟦300名⟧，其中⟦12名⟧获评优秀学员。")
        #expect(shares.map(\.relation) == [nil, .share])
        #expect(Self.marked("⟦5个⟧党组织被评为先进基层党组织。").first?.relation == .share)
        let reform = Self.marked("将原有⟦9个⟧党支部调整为⟦3个⟧党总支。")
        #expect(reform.map(\.relation) == [.superseded, nil])
    }

    /// A short-news column kept as one item: each ■ item is about the county it opens with.
    @Test func shortNewsItemsTakeTheirOwnCounty() {
        let column = "■邹城市强化网格力量。全市配齐专职网格员⟦260名⟧。■泗水县老年教育向基层延伸。全县建成教学点⟦40余个⟧。"
        #expect(Self.marked(column, county: .jingkai).map(\.county) == [.zoucheng, .sishui])
    }

    /// A figure that names nothing takes the object of the one before it in the same measure word;
    /// a year at the start of an object is not what is counted.
    @Test func aBareFigureCountsWhatTheOneBeforeDid() {
        let found = Self.marked("今年新选派第一书记⟦46名⟧,2021年以来累计选派⟦230余名⟧。")
        #expect(found.map(\.object) == ["第一书记", "第一书记"])
    }

    /// Headline subjects need a name before the place word: 党建引领乡村振兴 is about no village.
    @Test func headlineSubjectsAreNames() {
        #expect(Self.marked("投入资金⟦3.6亿元⟧。", headline: "党建引领乡村振兴｜两地观察曲阜：激活一池春水", county: .qufu).first?.scope == .county)
        let town = Self.marked("组建志愿服务队⟦4支⟧。", headline: "微山县两城镇 渔区党建织密连心网", county: .weishan)
        #expect(town.first?.scope == .town && town.first?.place == "两城镇")
        #expect(Self.marked("组建志愿服务队⟦4支⟧。", headline: "兖州区新驿镇 老年学校办到家门口", county: .yanzhou).first?.place == "新驿镇")
    }

    /// An aim that opens a sentence governs its later clauses.
    @Test func anAimOpeningTheSentenceGovernsIt() {
        #expect(Self.marked("力争到2025年，教学点达到⟦120个⟧。").first?.status == .plan)
        #expect(Self.marked("截至目前，教学点达到⟦88个⟧。").first?.status == .actual)
    }

    /// Numbered reports kept in one item: 二、鱼台县：… opens the next county's section.
    @Test func numberedSectionsTakeTheirOwnCounty() {
        let sections = "一、济宁经济技术开发区：红管家进小区。组建服务队⟦12支⟧。二、鱼台县：银辉志愿服务队。招募志愿者⟦300余名⟧。"
        #expect(Self.marked(sections, county: .jingkai).map(\.county) == [.jingkai, .yutai])
    }

    /// Every figure a 其中 lists is a share; so is one singled out as commended or warned.
    @Test func sharesListedAfterQiZhong() {
        let listed = Self.marked("全区⟦1.2万余名⟧在职党员报到，其中县级干部党员⟦86名⟧、科级干部党员⟦1900余名⟧。")
        #expect(listed.map(\.relation) == [nil, .share, .share])
        #expect(Self.marked("评选表彰优秀第一书记⟦12名⟧。").first?.relation == .share)
    }

    /// The parts of a sentence split by ；are separate statements: their figures are alternatives, not a breakdown.
    @Test func aSemicolonStartsANewStatement() {
        let found = Self.marked("开展志愿服务活动⟦90余场⟧、慰问活动⟦12场⟧；区里还组织志愿活动⟦20余场⟧。")
        #expect(found.count == 3)
        #expect(found[0].statementStart == found[1].statementStart)
        #expect(found[2].statementStart > found[1].statementStart)
    }
}
