/// A subject the party-building page writes about, with the words that signal it.
///
/// The table ``Theme/all`` is the one place theme keywords live; ``ThemeClassifier`` only
/// scores texts against it. Weights say how strongly a word points at the theme: a
/// specific term (老年大学) weighs more than a broad one (课程).
///
///     Theme.named("volunteer")?.name   // "志愿服务"
public struct Theme: Sendable, Hashable {
    /// A word that signals the theme, and how much one occurrence counts.
    public struct Keyword: Sendable, Hashable {
        public var text: String
        public var weight: Int
        public init(_ text: String, _ weight: Int) {
            self.text = text
            self.weight = weight
        }
    }

    /// Slug used in the database (`articles.themes`, `facts.theme`) and in report file names.
    public var id: String
    /// Chinese name, as printed in reports.
    public var name: String
    public var keywords: [Keyword]

    public init(id: String, name: String, keywords: [Keyword]) {
        self.id = id
        self.name = name
        self.keywords = keywords
    }

    /// The theme with this id, or nil.
    public static func named(_ id: String) -> Theme? { all.first { $0.id == id } }

    /// Every theme, in the order reports list them; on equal scores the earlier one wins.
    public static let all: [Theme] = [
        Theme(id: "retired-cadres", name: "老干部与银发力量", keywords: [
            .init("老干部", 4), .init("离退休", 4), .init("银发", 4), .init("银龄", 4), .init("退休", 2),
            .init("老党员", 3), .init("老同志", 3), .init("五老", 3), .init("老年人", 1),
        ]),
        Theme(id: "volunteer", name: "志愿服务", keywords: [
            .init("志愿服务", 4), .init("志愿者", 4), .init("志愿", 1), .init("义务", 1), .init("公益", 2),
            .init("义诊", 2),
        ]),
        Theme(id: "community-grid", name: "社区与网格治理", keywords: [
            .init("社区", 2), .init("网格", 3), .init("物业", 3), .init("小区", 2), .init("居民", 1),
            .init("街道", 1), .init("楼长", 3), .init("议事", 2), .init("诉求", 2), .init("基层治理", 3),
        ]),
        Theme(id: "rural-revitalisation", name: "乡村振兴与第一书记", keywords: [
            .init("乡村振兴", 4), .init("第一书记", 4), .init("帮扶", 3), .init("驻村", 3), .init("村集体", 3),
            .init("集体经济", 3), .init("增收", 2), .init("合作社", 2), .init("农民", 1), .init("种植", 1),
            .init("共富", 2),
        ]),
        Theme(id: "cadre-evaluation", name: "干部考核与选拔", keywords: [
            .init("考核", 3), .init("选拔", 3), .init("赛马", 4), .init("晋升", 3), .init("提拔", 3),
            .init("年轻干部", 3), .init("干部队伍", 2), .init("考察", 2), .init("担当作为", 2), .init("科级", 2),
            .init("不胜任", 3),
        ]),
        Theme(id: "party-organisation", name: "党组织建设", keywords: [
            .init("党支部", 2), .init("党组织", 2), .init("党总支", 2), .init("党小组", 2), .init("组织生活", 3),
            .init("三会一课", 4), .init("主题党日", 3), .init("支部书记", 2), .init("入党", 2), .init("党员", 1),
        ]),
        Theme(id: "elderly-education", name: "老年教育", keywords: [
            .init("老年大学", 5), .init("老年教育", 5), .init("学员", 2), .init("教学点", 3), .init("课程", 1),
            .init("师资", 2), .init("教学", 1),
        ]),
        Theme(id: "talent", name: "人才工作", keywords: [
            .init("人才", 3), .init("引才", 4), .init("育才", 3), .init("博士", 2), .init("硕士", 2),
            .init("专家", 1), .init("高校", 1), .init("领军", 2),
        ]),
        Theme(id: "enterprise-party", name: "企业与新兴领域党建", keywords: [
            .init("企业", 2), .init("两新", 4), .init("非公", 4), .init("新业态", 4), .init("新就业群体", 4),
            .init("专精特新", 4), .init("快递", 2), .init("外卖", 2), .init("商会", 2), .init("园区", 1),
            .init("小巨人", 3),
        ]),
        Theme(id: "digital-governance", name: "智慧社区与数字治理", keywords: [
            .init("智慧社区", 5), .init("智慧", 2), .init("数字", 2), .init("大数据", 3), .init("信息化", 3),
            .init("小程序", 3), .init("线上", 1), .init("智能", 2), .init("平台", 1),
        ]),
    ]
}
