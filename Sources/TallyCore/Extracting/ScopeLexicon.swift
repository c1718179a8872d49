/// Words that tell a figure's scope: whole-county words, the suffixes of named places and of
/// organisations that act as one unit, and words before 村/社区 that are not a village's name.
/// Data only; ``ScopeFinder`` reads them.
enum ScopeLexicon {
    /// The whole county-level unit (or, in a city article, the whole city): 全县, 该区, 县直, 各社区 ….
    static let wholeCounty = WordTable(words: [
        "全县", "全区", "全市", "该县", "该区", "该市", "县直", "区直", "县委", "区委", "县级", "区级", "县域", "全域",
        "各乡镇", "各镇街", "各镇", "各街道", "各社区", "各村", "各村居", "各部门", "各单位", "全县域", "全区域",
    ])

    /// Suffixes of a town-level name (石门山镇, 许庄街道).
    static let townSuffixes = WordTable(words: ["镇", "乡", "街道"])
    /// Suffixes of a village-level name (土门庄村, 南风花园社区).
    static let villageSuffixes = WordTable(words: ["村", "社区"])

    /// Organisations that act as one unit when they are the subject of an article or a clause
    /// (梁山县老年大学, 第一书记工作队, 公安局…分局).
    static let unitSuffixes = WordTable(words: [
        "老年大学", "工作队", "工作组", "工作团", "工作专班", "分局", "中心", "学校", "医院", "协会", "公司", "合作社",
        "服务站", "驿站",
    ])
    /// Only these organisations make a clause's figure a part when named in the clause before it:
    /// teams sent to work in a place (省派工作队 …).
    static let clauseUnitSuffixes = WordTable(words: ["工作队", "工作组", "工作团", "工作专班"])
    /// Schools act as one unit only with a verb between them and the figure (县老年大学举办…6期): right
    /// before it they are what is counted (建成镇街老年学校12所).
    static let clauseActorSchools = WordTable(words: ["老年大学", "老年学校"])
    /// After 村, these make a common word, not a village's name (村情, 村民, 村级 …).
    static let villageWordContinuations: ScalarSet = ["情", "民", "级", "集", "庄", "居", "务", "容", "貌", "干", "委", "内", "里",
                                                      "落", "组", "规", "风", "史", "医", "官", "办", "两"]

    /// Words before 村/社区 that make it a common noun, not a name (帮扶村, 进社区, 每村 …).
    static let notVillageNames = WordTable(words: [
        "帮扶", "试点", "示范", "行政", "自然", "乡", "农", "进", "驻", "到", "入", "全", "本", "邻", "强", "富", "各",
        "每", "该", "此", "其", "个", "贫困", "薄弱", "重点", "先进", "美丽", "书记", "省级", "市级", "县级", "和", "与",
        "及", "、", "等", "在", "的", "城市", "城镇", "智慧", "幸福", "和美", "文明", "平安", "红色", "数字", "居",
        "新型", "农村", "城", "小", "大", "老", "新", "涉农", "集体", "所在", "派驻", "包联", "结对", "共建", "联系",
        "依托", "发挥", "面向", "服务", "治理", "全体", "所有", "周边", "辖区", "城乡", "党员", "干部", "元", "镇",
        "深入", "走进", "扎根", "基层", "广大", "农业", "文化", "网格", "项目", "合作", "联合", "乡镇",
    ])

    /// Words that end like a place but name none (党建引领乡村振兴, 各乡镇).
    static let commonPlaceWords = WordTable(words: ["乡村", "农村", "城乡", "乡镇"])

    /// Longest name read before a 村/社区/镇 suffix.
    static let maximumNameLength = 6
}
