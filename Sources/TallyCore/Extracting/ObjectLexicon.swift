/// Word lists that bound the object of a quantity (what is counted): verbs that introduce
/// it, words to drop from its edges, and function words that end it. Data only;
/// ``ObjectFinder`` reads them.
enum ObjectLexicon {
    /// Verbs: the object starts after the last one before the number (举办|学习活动60余场次)
    /// and ends before the first one after it (5000余人次|离退休干部|参与).
    static let verbs = WordTable(words: [
        "举办", "举行", "开展", "组织", "组建", "建立", "建成", "建设", "打造", "培育", "培养", "成立", "设立", "设置", "整合", "吸纳", "吸收", "招募",
        "发展", "引进", "引导", "带动", "帮助", "协助", "化解", "解决", "收集", "征集", "梳理", "排查", "清理出", "清理", "走访", "慰问", "发放", "筹集",
        "投入", "争取", "协调", "覆盖", "惠及", "参加", "参与", "选派", "选树", "推出", "评选", "表彰", "提拔", "推荐", "调整为", "调整", "优化", "配备",
        "选配", "联系", "结对", "对接", "提供", "新增", "增加", "实现", "完成", "涉及", "包括", "受理", "办理", "推动", "推进", "落实", "制定", "出台",
        "印发", "编印", "编写", "撰写", "创作", "出版", "录制", "拍摄", "发布", "开设", "开办", "开发", "挖掘", "召开", "参观", "观看", "接待", "吸引",
        "带领", "动员", "汇聚", "聘任", "聘请", "邀请", "招聘", "安置", "赠送", "捐赠", "捐款", "流转", "认领", "领办", "创建", "创办", "建强", "配强",
        "选优", "给予", "可获", "获得", "获评", "荣获", "评为", "被评为", "入选", "认定", "命名", "授予", "达到", "共有", "拥有", "形成", "构建", "搭建",
        "收到", "回复", "答复", "走进", "深入", "下沉", "进行", "实施", "完善", "更新", "录入", "采集", "登记", "核查", "摸排", "排摸", "走遍", "入户",
        "走访了", "培树", "培塑", "挂牌", "揭牌", "签约", "签订", "签署", "招引", "引育", "孵化", "带出", "培养出", "涌现出", "涌现", "评出", "选出",
        "推选", "选举", "产生", "吸引了", "拿出", "申请", "申报", "兑现", "兑付", "拨付", "下拨", "达成", "听取", "征求", "收集到", "发现", "开通", "上线",
        "接入", "汇集", "归集", "前往", "新建", "改造", "培训", "组成", "加入", "担任", "报名", "入驻", "赴", "结对帮扶",
        // Verb + resultative 出 (评选出|15个党支部), and verbs that start a new clause after the count.
        "评选出", "选拔出", "挑选出", "推选出", "打造出", "探索出", "总结出", "梳理出", "排查出", "摸排出", "研发出",
        "推行", "推广", "实行", "启用", "部署", "设有", "配有", "建有", "现有", "招录", "修缮", "修建", "改建", "硬化",
        "铺设", "清运", "上报", "确定", "选定", "聚焦", "选聘", "聘用", "亮明", "到岗", "回到", "返回", "吃住", "帮办", "代办", "抢收", "收割", "包保", "改善", "包联", "编入", "纳入", "凝聚", "扎根", "开讲", "增长", "扩充", "报到", "接收", "提高", "增至", "升至", "注册成为",
    ])

    /// Words dropped from the start of an object: 各类/累计/共, scope words (全县 …).
    static let leadingNoise = WordTable(words: [
        "各类", "各种", "各项", "各级", "累计", "共计", "共", "总计", "合计", "全县", "全市", "全区", "全镇", "全乡",
        "全街道", "全村", "全省", "全国", "了", "的", "其中", "共有", "总共", "现有", "等", "、", "已", "已经", "先后", "陆续",
        "今年", "去年", "全年", "上半年", "下半年", "年内", "近年来", "以来", "目前", "当前", "截至目前",
        "该县", "该市", "该区", "该镇", "该乡", "该村", "该街道", "该社区",
        "每年", "每季度", "每月", "每周", "每天", "每日",
        // The speaker of a county page (区里投入120万元): who acted, not what is counted.
        "区里", "县里", "市里", "镇里", "乡里", "街道里",
    ])

    /// Collective nouns a count of persons is not of (网格员队伍 → 网格员).
    static let groupSuffixes = ["队伍"]
    /// Locatives that end a phrase read after the number (95名驻村第一书记中，…).
    static let trailingLocatives: ScalarSet = ["中"]

    /// Words dropped from the end of an object, just before the number: 覆盖群众|近, 参与率|达.
    static let trailingNoise = WordTable(words: [
        "达到", "达", "为", "共计", "共", "累计", "合计", "总计", "计", "约", "有", "了", "的", "至", "逾", "超过",
        "超", "近", "将近", "不足", "不到", "多达", "高达", "总数", "数量", "人数", "次数", "规模", "可", "可获",
        "给予", "最高", "最多", "至少", "均", "已", "就", "分别", "各", "每年", "每月", "每季度", "每周", "年均",
        "日均", "月均", "人均", "到", "对", "连续", "持续", "长达", "历时", "折合人民币", "折合", "价值", "全部", "提升至", "提升到", "提高至", "提高到", "上升至", "上升到",
        "增长至", "增长到", "增至", "升至", "降至", "降到", "下降至", "下降到", "减少到", "减少至", "每村", "每户", "每人", "每名", "每家", "每个村", "每个",
        // Aspect marks after a verb (举办过|3次, 挣了|2万元) and bound words the grammar keeps (不超|5万元).
        "过", "不超", "不超过", "不少于", "不低于",
        // A comparison before a change (税收收入同比|增长4.3%), a running count (志愿者累计注册|1.3万余人).
        "同比", "环比", "比上年", "较上年", "累计注册", "注册",
        // 今年新|组建26支: 新 before the verb says when, not what.
        "新",
    ])

    /// Words that end an object read after the number (102个帮扶项目|正在实施).
    static let functionWords = WordTable(words: [
        "被", "在", "正在", "将", "已", "已经", "均", "都", "也", "还", "并", "分别", "等", "为", "成为", "进行", "是",
        "全部", "全面", "先后", "陆续", "相继", "逐步", "主动", "积极", "共同", "获", "用于", "用来", "作为", "不等",
        "从", "向", "对", "把", "让", "由", "经", "通过", "开展", "得到", "受到", "获得", "实现", "达到", "到", "赴",
        // A second party (…党组织与社区结对), and adverbs before the verb (老干部就近担任).
        "与", "以及", "就近", "就地", "常态化", "长期", "全程",
        // Distributives: 投资1000余万元|村村建设… (in each village), not what is counted.
        "村村", "户户", "人人", "家家", "处处",
        // When, and how, the counted acted (86名第一书记|今年一季度全部到岗, 党支部|同步开展).
        "今年", "去年", "当年", "年内", "目前", "一季度", "二季度", "三季度", "四季度", "上半年", "下半年", "同步",
        "每天", "每周", "每月", "每年",
    ])

    /// Nouns that contain a verb of ``verbs`` (党组织 holds 组织) or open with a function word
    /// (在职 opens with 在): read as one word, never split.
    static let nounsContainingVerbs = WordTable(words: [
        "党组织", "团组织", "社会组织", "基层组织", "组织委员", "组织部", "组织生活", "志愿服务", "服务队", "服务站",
        "服务中心", "发展中心", "建设项目", "服务站点", "服务点", "培训班", "培训中心", "服务团", "服务专员",
        "慰问金", "慰问品", "慰问物资", "在职", "在岗", "在册", "在校", "在读", "在外", "领办合作社",
    ])

    /// Words that end an object read after the number when another number follows them (1名网格长和2名…,
    /// 企业营收过亿元, 收入不足5万元): a conjunction, or a bound word of the next quantity.
    static let beforeNextNumber = WordTable(words: [
        "和", "及", "与", "、", "或", "超过", "超", "过", "逾", "近", "将近", "不足", "不到", "不超过", "不超", "达到", "达",
        "约", "至少", "不少于", "不低于", "高达", "多达",
    ])

    /// What may stand between two listed counts of one thing (1.3万户、近5万人).
    static let listSeparators: ScalarSet = ["、", "，", ",", "和", "及", " ", "\u{3000}"]

    /// Ends a modifier: in `N名…的干部` the head noun follows it.
    static let modifierEnd: Unicode.Scalar = "的"

    /// What may follow a year at an object's start (2021年以来, 2024年底): still when, not what.
    static let yearTails = WordTable(words: ["以来", "来", "底", "初", "末", "年底", "上半年", "下半年", "全年"])
    /// The tails of ``yearTails`` that make a span of years (三年来) a time phrase, not a duration.
    static let sinceTails: Set<String> = ["以来", "来"]

    /// Opens the state before a change (…收入由2020年的1.12亿元增长到…): the object ends before it.
    static let changeFrom: ScalarSet = ["由", "从"]

    /// List heads: `…等资源` gives way to the head noun after 等.
    static let listEnd: Unicode.Scalar = "等"
    /// Longest object kept (the end of a long phrase is what names the thing).
    static let maximumLength = 16
}
