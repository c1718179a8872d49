/// A figure reports compare across counties, and the one table of what counts toward each.
///
/// A fact counts for an indicator when its unit is the indicator's and its clause gives the
/// counted things the indicator's meaning: by the object's **head** (the end of the object,
/// `“六好”离退休干部党支部` → 党支部), by the **role** the clause gives them
/// (`429名老同志担任网格员`), or by team **membership** (`编入…志愿服务团`); some indicators
/// also need a word in the clause (志愿) or a verb before the figure (解决, 提拔). Never by any
/// word inside the object: `85家企业商户与社区党组织` is shops. ``IndicatorClassifier`` applies
/// the table; the rules are explained for readers in `docs/indicators.md`.
///
///     Indicator.named("party-organisations")?.head(of: "网格(小区)党支部")?.kind  // "党支部"
public struct Indicator: Sendable, Hashable {
    /// An object head the indicator counts, and the kind of thing it names: figures of one kind
    /// are alternatives (the largest is quoted), figures of distinct kinds are added.
    public struct Head: Sendable, Hashable {
        public var word: String
        public var kind: String
        /// One of these must be in the object (党组织 of *retired cadres*).
        public var objectNeeds: [String]
        /// One of these must be in the sentence (文化团队 of *retired cadres*).
        public var sentenceNeeds: [String]

        public init(_ word: String, kind: String? = nil, objectNeeds: [String] = [], sentenceNeeds: [String] = []) {
            self.word = word
            self.kind = kind ?? word
            self.objectNeeds = objectNeeds
            self.sentenceNeeds = sentenceNeeds
        }
    }

    public var id: String
    /// Chinese label, as printed in reports.
    public var label: String
    /// The one unit the indicator is counted in.
    public var unit: QuantityUnit
    /// Object heads that count; empty: any object (then `verbs` or `clauseNeeds` decide).
    public var heads: [Head]
    /// Objects ending with these never count (providers are not people served, 党小组 is no 党组织).
    public var excludedHeads: [String]
    /// Objects containing these never count (困难党员和*群众* are not all members).
    public var excludedObjectWords: [String]
    /// Measure words that name other things (家 counts enterprises).
    public var excludedClassifiers: [String]
    /// Roles: `N名X担任A、B` counts when every role A, B ends with one of these.
    public var roles: [String]
    /// Membership: a person figure counts when its sentence has one of `memberVerbs` and one of `memberTeams`.
    public var memberVerbs: [String]
    public var memberTeams: [String]
    /// One of these must be in the clause or in the sentence's subject (志愿 for volunteer activities).
    public var clauseNeeds: [String]
    /// The nearest of `verbs` and `blockingVerbs` before the figure in its clause must be one of `verbs`.
    public var verbs: [String]
    public var blockingVerbs: [String]
    /// A sentence with one of these is about other people (retired cadres in a talent pool are not talents).
    public var sentenceExcludes: [String]
    /// Theme ids whose pages link to this indicator; the first is its home theme.
    public var themes: [String]

    public init(
        id: String, label: String, unit: QuantityUnit, heads: [Head] = [], excludedHeads: [String] = [],
        excludedObjectWords: [String] = [], excludedClassifiers: [String] = [], roles: [String] = [],
        memberVerbs: [String] = [], memberTeams: [String] = [], clauseNeeds: [String] = [], verbs: [String] = [],
        blockingVerbs: [String] = [], sentenceExcludes: [String] = [], themes: [String]
    ) {
        self.id = id
        self.label = label
        self.unit = unit
        self.heads = heads
        self.excludedHeads = excludedHeads
        self.excludedObjectWords = excludedObjectWords
        self.excludedClassifiers = excludedClassifiers
        self.roles = roles
        self.memberVerbs = memberVerbs
        self.memberTeams = memberTeams
        self.clauseNeeds = clauseNeeds
        self.verbs = verbs
        self.blockingVerbs = blockingVerbs
        self.sentenceExcludes = sentenceExcludes
        self.themes = themes
    }

    public static func named(_ id: String) -> Indicator? { all.first { $0.id == id } }

    /// The longest head the cleaned object ends with (``IndicatorClassifier/head(of:)`` cleans it).
    public func head(of cleanedObject: String) -> Head? {
        heads.filter { cleanedObject.hasSuffix($0.word) }.max { $0.word.unicodeScalars.count < $1.word.unicodeScalars.count }
    }

    /// The kind of a figure counted by role, membership or clause rather than by its head.
    public var defaultKind: String { heads.first?.kind ?? label }

    private static func heads(_ words: [String], kind: String? = nil, objectNeeds: [String] = [], sentenceNeeds: [String] = []) -> [Head] {
        words.map { Head($0, kind: kind, objectNeeds: objectNeeds, sentenceNeeds: sentenceNeeds) }
    }

    private static let retiredWords = ["离退休", "退休", "老干部", "老同志", "老党员", "涉老", "银龄", "五老"]
    private static let volunteerTeams = ["志愿服务队", "志愿服务团", "志愿服务分队", "志愿者团队", "志愿者队伍", "志愿服务团队", "志愿队"]
    private static let providers = ["离退休干部", "老干部", "老同志", "党员", "志愿者", "干部", "师资", "党员干部"]

    /// Every indicator, in the order reports list them.
    public static let all: [Indicator] = [
        Indicator(id: "volunteers", label: "志愿者", unit: .person,
                  heads: heads(["志愿者", "党员志愿者", "银龄志愿者", "青年志愿者", "志愿服务者"], kind: "志愿者")
                      + heads(["队员", "成员"], kind: "志愿者", sentenceNeeds: volunteerTeams),
                  excludedHeads: ["群众", "居民", "儿童", "青少年", "老人", "村民", "学生", "受众", "服务对象"],
                  roles: ["志愿者"],
                  memberVerbs: ["编入", "加入", "凝聚", "吸纳", "纳入", "招募"],
                  memberTeams: volunteerTeams,
                  themes: ["volunteer"]),
        Indicator(id: "volunteer-teams", label: "志愿服务队伍", unit: .count,
                  heads: heads(["志愿服务队", "志愿队", "志愿服务团队", "志愿者队伍", "志愿服务队伍", "志愿服务分队", "志愿服务小分队",
                                "志愿者团队", "志愿服务团", "志愿者服务队"], kind: "志愿服务队伍")
                      + heads(["分队", "小分队"], kind: "志愿服务队伍", sentenceNeeds: ["志愿"]),
                  excludedClassifiers: ["类"], themes: ["volunteer"]),
        Indicator(id: "volunteer-activities", label: "志愿服务活动", unit: .event,
                  excludedHeads: ["培训", "会议", "课程", "讲座"], clauseNeeds: ["志愿"], themes: ["volunteer"]),
        Indicator(id: "people-served", label: "服务群众人次", unit: .personTime,
                  heads: heads(["群众", "居民", "儿童", "少年儿童", "青少年", "老人", "老年人", "村民", "学生", "服务", "受益", "惠及",
                                "覆盖", "受众", "患者", "游客", "职工", "家庭", "妇女", "残疾人", "困难群众", "对象"], kind: "服务人次"),
                  excludedHeads: providers, themes: ["community-grid", "volunteer"]),
        Indicator(id: "retired-cadres", label: "参与的离退休干部", unit: .person,
                  heads: heads(["离退休干部", "退休干部", "老干部", "老同志", "老党员", "离退休干部党员", "退休干部党员", "老干部党员",
                                "五老", "老科技工作者"], kind: "离退休干部")
                      + heads(["人才", "骨干", "骨干人才", "建档"], kind: "离退休干部", sentenceNeeds: retiredWords)
                      + heads(["学员", "讲师", "宣讲员"], kind: "离退休干部", objectNeeds: retiredWords),
                  themes: ["retired-cadres"]),
        Indicator(id: "retired-cadre-organisations", label: "离退休干部党组织与社团", unit: .count,
                  heads: heads(["党组织", "党支部", "党总支"], kind: "离退休干部党组织", objectNeeds: ["离退休", "退休", "老干部", "老党员"])
                      + heads(["社团", "社团组织", "老干部社团"], kind: "社团")
                      + heads(["议事团", "银龄议事团"], kind: "议事团")
                      + heads(["文化团队", "艺术团", "涉老团队", "文艺团队", "文体团队"], kind: "文化团队", sentenceNeeds: retiredWords),
                  excludedHeads: ["党小组"], themes: ["retired-cadres"]),
        Indicator(id: "grid-workers", label: "网格员与楼长", unit: .person,
                  heads: heads(["网格员", "专职网格员", "兼职网格员", "网格长", "移动网格员", "网格指导员"], kind: "网格员")
                      + heads(["楼长", "单元长", "楼栋长", "楼长助理", "街巷长"], kind: "楼长"),
                  roles: ["网格员", "网格长", "楼长", "单元长", "楼栋长", "楼长助理", "街巷长", "网格指导员"],
                  themes: ["community-grid"]),
        Indicator(id: "party-organisations", label: "党组织", unit: .count,
                  heads: heads(["党委"]) + heads(["党总支"]) + heads(["党支部", "临时党支部", "联合党支部"], kind: "党支部")
                      + heads(["党组织", "基层党组织"], kind: "党组织"),
                  excludedHeads: ["党小组"], excludedClassifiers: ["家", "类"], themes: ["party-organisation"]),
        Indicator(id: "party-members", label: "党员", unit: .person,
                  heads: heads(["党员", "在职党员", "离退休干部党员", "退休干部党员", "流动党员", "农村党员", "无职党员", "年轻党员"], kind: "党员"),
                  excludedObjectWords: ["群众", "积极分子", "志愿者"], themes: ["party-organisation"]),
        Indicator(id: "trainings", label: "培训与宣讲", unit: .event,
                  heads: heads(["培训", "培训班", "技能培训", "师资培训"], kind: "培训") + heads(["讲座"]) + heads(["公开课"])
                      + heads(["讲堂", "大讲堂", "课堂"], kind: "讲堂") + heads(["宣讲", "宣讲活动", "理论宣讲"], kind: "宣讲"),
                  themes: ["party-organisation", "cadre-evaluation", "elderly-education"]),
        Indicator(id: "funds", label: "资金", unit: .yuan,
                  heads: heads(["资金", "经费", "投资", "补贴", "奖补", "慰问金", "物资", "资助", "专项资金", "帮扶资金", "奖励资金",
                                "捐款", "善款", "补助"], kind: "资金"),
                  excludedHeads: ["收入", "产值", "分红", "营收", "增收", "效益"], themes: ["rural-revitalisation", "talent"]),
        Indicator(id: "collective-income", label: "村集体收入", unit: .yuan,
                  heads: heads(["集体收入", "集体经济收入", "集体增收", "集体经济", "集体经营性收入"], kind: "村集体收入")
                      + heads(["收入", "增收"], kind: "村集体收入", objectNeeds: ["集体"]),
                  themes: ["rural-revitalisation"]),
        Indicator(id: "resolved-issues", label: "解决的诉求与问题", unit: .count,
                  heads: heads(["问题", "纠纷", "矛盾", "矛盾纠纷", "诉求", "困难", "隐患", "矛盾隐患", "难题", "事项", "案件", "急难愁盼",
                                "小微问题", "实际问题", "烦心事", "难事"], kind: "问题")
                      // The verb alone names what was counted when the thing stands earlier (收集诉求…，已办结1.76万件).
                      + heads(["办结", "化解", "解决", "调解成功", "调处成功", "调处"], kind: "问题"),
                  verbs: ["解决", "化解", "办结", "调解", "调处", "处置", "解答", "帮办"],
                  blockingVerbs: ["收集", "梳理", "整理", "发现", "排查", "征集", "收到", "受理", "摸排", "上报"],
                  themes: ["community-grid", "digital-governance"]),
        Indicator(id: "talents", label: "人才", unit: .person,
                  heads: heads(["人才", "博士", "硕士", "专家", "大学生", "研究生", "博士后", "工匠", "领军人才", "高层次人才"], kind: "人才"),
                  verbs: ["引进", "招引", "培养", "培育", "申报", "招聘", "招录", "引育", "吸引", "集聚", "储备", "入选"],
                  sentenceExcludes: retiredWords, themes: ["talent"]),
        Indicator(id: "first-secretaries", label: "第一书记", unit: .person,
                  heads: heads(["第一书记", "驻村第一书记"], kind: "第一书记"), roles: ["第一书记"], themes: ["rural-revitalisation"]),
        Indicator(id: "elderly-schools", label: "老年大学与教学点", unit: .count,
                  heads: heads(["老年大学"]) + heads(["老年学校"]) + heads(["教学点", "示范教学点", "基层示范教学点"], kind: "教学点"),
                  excludedClassifiers: ["本", "门"], themes: ["elderly-education"]),
        Indicator(id: "cadres-promoted", label: "提拔重用的干部", unit: .person,
                  verbs: ["提拔", "重用", "晋升", "提任", "提拔重用", "职级晋升"],
                  blockingVerbs: ["调整", "谈话", "提醒", "免职", "调离", "降职", "问责", "培训", "识别", "考察", "评为", "选派", "警示"],
                  themes: ["cadre-evaluation"]),
    ]
}
