import Testing
import TallyTestSupport
@testable import TallyCore

/// Indicator membership by head, role, membership, clause word and verb: each sentence written for
/// this test, the figure under test marked ⟦…⟧, and the indicators (with kinds) it must count toward.
@Suite struct IndicatorClassifierTests {
    static func memberships(_ marked: String, county: County = .jiaxiang) -> [String] {
        let text = MarkedText(marked)
        let body = article(text.text, county: county)
        let scalars = ScalarText.scalars(of: body.body)
        guard let fact = FactExtractor().extract(from: body, publishedYear: nil).first(where: { $0.span == text.ranges.first })
        else { return ["no fact at the marker"] }
        return IndicatorClassifier().memberships(of: fact, in: scalars).map { "\($0.indicator):\($0.kind)" }
    }

    @Test(arguments: [
        // Heads: the end of the object decides, not a word inside it.
        ("街道去年新组建⟦12支⟧巾帼志愿服务队。", ["volunteer-teams:志愿服务队伍"]),
        ("动员⟦45家⟧个体商户与村党组织结成帮扶对子。", []),
        ("向各教学点配送学习读本⟦800本⟧。", []),
        ("合理设置党小组⟦42个⟧，便于开展活动。", []),
        ("全镇新建⟦3个⟧联合党支部。", ["party-organisations:党支部"]),
        ("建成乡镇老年学校⟦9所⟧。", ["elderly-schools:老年学校"]),
        ("服务辖区群众⟦4600余人次⟧。", ["people-served:服务人次"]),
        ("⟦320余人次⟧离退休干部参与活动。", []),
        ("筹集帮扶资金⟦85万元⟧。", ["funds:资金"]),
        ("带动群众增收⟦40余万元⟧。", []),
        ("村集体经济收入达到⟦12万元⟧。", ["collective-income:村集体收入"]),
        // Roles: every role listed must be the indicator's.
        ("选派⟦36名⟧退休教师担任楼长、单元长。", ["grid-workers:楼长"]),
        ("组织⟦60名⟧老党员担任小区党支部书记、调解员。", ["retired-cadres:离退休干部", "party-members:党员"]),
        // Membership of a volunteer team.
        ("将⟦220名⟧老干部编入银龄志愿服务团。", ["volunteers:志愿者", "retired-cadres:离退休干部"]),
        // A clause word: 志愿 in the clause or the sentence's subject.
        ("开展健康义诊⟦15场次⟧。", []),
        ("党员志愿者走进敬老院开展义剪⟦12次⟧。", ["volunteer-activities:志愿服务活动"]),
        // The verb before the figure.
        ("累计梳理群众反映问题⟦95个⟧。", []),
        ("帮助群众解决急难愁盼事项⟦43件⟧。", ["resolved-issues:问题"]),
        ("发现并化解邻里纠纷⟦31起⟧。", ["resolved-issues:问题"]),
        ("收集群众诉求6800余条，推动解决⟦5900余件⟧。", ["resolved-issues:问题"]),
        ("引进急需紧缺专业硕士研究生⟦27名⟧。", ["talents:人才"]),
        ("为⟦58名⟧离退休干部建立人才档案。", ["retired-cadres:离退休干部"]),
        ("提拔使用表现突出的年轻干部⟦36名⟧。", ["cadres-promoted:提拔重用的干部"]),
        ("对⟦9名⟧干部进行提醒谈话。", []),
    ])
    func membership(marked: String, expected: [String]) {
        #expect(Self.memberships(marked) == expected, "\(marked)")
    }

    @Test func headsIgnoreQuotesAndMeasuringNouns() {
        #expect(IndicatorClassifier.head(of: "“红色”楼长") == "红色楼长")
        #expect(IndicatorClassifier.head(of: "党员信息") == "党员")
        #expect(IndicatorClassifier.head(of: "离退休干部党组织与") == "离退休干部党组织")
        #expect(Indicator.named("party-organisations")?.head(of: "网格(小区)党支部")?.kind == "党支部")
        #expect(Indicator.named("party-organisations")?.head(of: "企业商户") == nil)
    }

    /// Every indicator of the table has its unit's facts, a label and a home theme.
    @Test func tableIsComplete() {
        #expect(Indicator.all.count == 17)
        #expect(Set(Indicator.all.map(\.id)).count == Indicator.all.count)
        for indicator in Indicator.all {
            #expect(!indicator.label.isEmpty && !indicator.themes.isEmpty)
            #expect(indicator.themes.allSatisfy { Theme.named($0) != nil }, "\(indicator.id)")
        }
    }
}
