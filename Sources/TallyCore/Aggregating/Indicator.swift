/// A named figure reports compare across counties: which facts count toward it, in one unit.
///
/// The table ``Indicator/all`` is the one place match rules live. A fact counts when its unit is
/// the indicator's ``unit`` (so totals never mix units), its classifier is one of
/// ``classifiers`` (any, when empty), its object contains one of ``objectKeywords`` and none of
/// ``excludedKeywords``.
///
///     Indicator.named("volunteers")?.matches(unit: .person, classifier: "名", object: "志愿者")  // true
public struct Indicator: Sendable, Hashable {
    public var id: String
    /// Chinese label, as printed in reports.
    public var label: String
    /// The one unit the indicator is counted in.
    public var unit: QuantityUnit
    public var objectKeywords: [String]
    public var classifiers: [String]
    public var excludedKeywords: [String]
    /// Theme ids whose reports show this indicator; the first is its home theme.
    public var themes: [String]

    public init(
        id: String, label: String, unit: QuantityUnit, objectKeywords: [String], classifiers: [String] = [],
        excludedKeywords: [String] = [], themes: [String]
    ) {
        self.id = id
        self.label = label
        self.unit = unit
        self.objectKeywords = objectKeywords
        self.classifiers = classifiers
        self.excludedKeywords = excludedKeywords
        self.themes = themes
    }

    public static func named(_ id: String) -> Indicator? { all.first { $0.id == id } }

    /// True when a fact with this unit, classifier and object counts toward the indicator.
    public func matches(unit: QuantityUnit, classifier: String, object: String) -> Bool {
        unit == self.unit
            && (classifiers.isEmpty || classifiers.contains(classifier))
            && objectKeywords.contains { object.contains($0) }
            && !excludedKeywords.contains { object.contains($0) }
    }

    /// Every indicator, in the order reports list them.
    public static let all: [Indicator] = [
        Indicator(id: "volunteers", label: "志愿者人数", unit: .person,
                  objectKeywords: ["志愿"], themes: ["volunteer"]),
        Indicator(id: "volunteer-teams", label: "志愿服务队伍", unit: .count,
                  objectKeywords: ["志愿服务队", "志愿队", "志愿服务团队", "志愿者队伍", "志愿服务小分队"],
                  classifiers: ["支", "队", "个"], themes: ["volunteer"]),
        Indicator(id: "volunteer-activities", label: "志愿服务活动", unit: .event,
                  objectKeywords: ["志愿"], themes: ["volunteer"]),
        Indicator(id: "people-served", label: "服务群众人次", unit: .personTime,
                  objectKeywords: ["群众", "居民", "服务", "儿童", "青少年", "受益", "惠及"],
                  themes: ["community-grid", "volunteer"]),
        Indicator(id: "retired-cadres", label: "参与的离退休干部", unit: .person,
                  objectKeywords: ["离退休", "老干部", "老同志", "老党员", "五老"],
                  themes: ["retired-cadres"]),
        Indicator(id: "retired-cadre-organisations", label: "离退休干部党组织与社团", unit: .count,
                  objectKeywords: ["离退休干部党", "老干部社团", "银龄"], themes: ["retired-cadres"]),
        Indicator(id: "grid-workers", label: "网格员与楼长", unit: .person,
                  objectKeywords: ["网格员", "楼长", "红色管家", "服务专员"], themes: ["community-grid"]),
        Indicator(id: "resolved-issues", label: "解决的诉求与问题", unit: .count,
                  objectKeywords: ["诉求", "问题", "纠纷", "矛盾", "微实事", "意见建议"],
                  themes: ["community-grid", "digital-governance"]),
        Indicator(id: "funds", label: "资金", unit: .yuan,
                  objectKeywords: ["资金", "经费", "投资", "物资", "奖励", "补贴", "补助", "慰问金"],
                  themes: ["rural-revitalisation", "talent"]),
        Indicator(id: "collective-income", label: "村集体收入", unit: .yuan,
                  objectKeywords: ["集体收入", "集体经济", "集体增收"], themes: ["rural-revitalisation"]),
        Indicator(id: "first-secretary-projects", label: "第一书记与帮扶项目", unit: .count,
                  objectKeywords: ["第一书记", "帮扶项目", "帮扶基地"], classifiers: ["个", "项", "处"],
                  themes: ["rural-revitalisation"]),
        Indicator(id: "cadres-evaluated", label: "考核选拔的干部", unit: .person,
                  objectKeywords: ["干部", "科长", "科股长", "书记"], excludedKeywords: ["离退休", "老干部"],
                  themes: ["cadre-evaluation"]),
        Indicator(id: "party-organisations", label: "党组织", unit: .count,
                  objectKeywords: ["党支部", "党组织", "党总支", "党小组"], themes: ["party-organisation"]),
        Indicator(id: "party-members", label: "党员", unit: .person,
                  objectKeywords: ["党员"], excludedKeywords: ["离退休", "老党员"], themes: ["party-organisation"]),
        Indicator(id: "trainings", label: "培训与宣讲", unit: .event,
                  objectKeywords: ["培训", "讲座", "课程", "公开课", "宣讲", "讲堂", "学习"],
                  themes: ["party-organisation", "cadre-evaluation", "elderly-education"]),
        Indicator(id: "elderly-schools", label: "老年大学与教学点", unit: .count,
                  objectKeywords: ["老年大学", "教学点", "教学班", "班级", "课程"], themes: ["elderly-education"]),
        Indicator(id: "elderly-students", label: "老年学员", unit: .person,
                  objectKeywords: ["学员"], themes: ["elderly-education"]),
        Indicator(id: "talents", label: "人才", unit: .person,
                  objectKeywords: ["人才", "博士", "硕士", "专家"], themes: ["talent"]),
        Indicator(id: "enterprises", label: "企业", unit: .count,
                  objectKeywords: ["企业", "商户"], classifiers: ["家"], themes: ["enterprise-party"]),
        Indicator(id: "new-sector-workers", label: "新就业群体", unit: .person,
                  objectKeywords: ["外卖", "快递", "网约", "新就业"], themes: ["enterprise-party"]),
        Indicator(id: "digital-services", label: "智慧服务功能与设备", unit: .count,
                  objectKeywords: ["功能", "服务场景", "智能设备", "平台", "数据"], themes: ["digital-governance"]),
    ]
}
