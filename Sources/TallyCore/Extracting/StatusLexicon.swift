/// Cue words for a figure's status and relation (``FactStatus``, ``FactRelation``). Data only;
/// ``StatusFinder`` reads them.
enum StatusLexicon {
    /// An aim, in the clause before the number.
    static let plan = WordTable(words: ["计划", "预计", "力争", "目标", "拟", "预期", "争创", "规划"])
    /// An aim that opens a sentence governs all of it (力争到2025年，教学点达到120个).
    static let sentencePlan = WordTable(words: ["力争", "预计", "计划", "目标", "拟"])
    /// 将 is an aim only before a verb (将新建…); before a noun it marks the object (将原来的…).
    static let future: Unicode.Scalar = "将"
    /// Verbs that, with a figure given as 左右, set a goal (培塑10个左右…示范党支部).
    static let goalVerbs = WordTable(words: ["培塑", "打造", "培育", "创建", "建设", "争创"])
    /// A rule or ceiling for each recipient, in the clause before the number.
    static let standard = WordTable([
        ("最高", true), ("最多可", true), ("控制在", true), ("给予", true), ("一次性", true), ("标准", true), ("不超过", true),
        ("享受", true), ("可获", true), ("可享受", true),
        // An obligation each recipient meets (驿站须在2小时以内响应).
        ("须", true), ("必须", true), ("应在", true), ("应当", true), ("不得超过", true), ("不得少于", true),
        // Not a rule: 标准化菌棚 (standardised sheds), 点击量最高的一条 (a superlative).
        ("标准化", false), ("最高的", false), ("最多的", false),
    ])
    /// An article that announces a policy: its amounts are standards (出台《…》, 印发《…》) …
    static let policyVerbs = WordTable(words: ["出台", "印发", "制定出台", "发布"])
    /// … unless the clause says the money was spent or reached (投资1000余万元, 收入合计2.35亿元).
    static let spending = WordTable(words: [
        "投资", "投入", "累计", "发放", "拨付", "争取", "筹集", "统筹", "协调", "捐赠", "募集", "使用", "落实", "兑现",
        // … or reached (村集体经济收入合计2.35亿元, 实现收入…).
        "合计", "实现", "完成", "增长", "较上年",
    ])

    /// A share of another figure: before the number (其中22名; 表彰…12名, 约谈…3名 single out some of them).
    static let shareBefore = WordTable(words: ["其中", "表彰", "约谈", "召回"])
    /// A share: after the number, in its clause (4个党组织被评为…).
    static let shareAfter = WordTable(words: ["被评为", "获评", "评为", "被命名为", "被授予", "荣获"])
    /// A before-state: after the number, in its clause (15个党支部优化调整为…).
    static let supersededAfter = WordTable(words: [
        "调整为", "改为", "合并为", "整合为", "撤并为", "升格为", "改建为", "改设为", "转为", "优化为", "升格", "撤并",
        // 由2020年的1.12亿元增长到2.36亿元: the first figure is the state before.
        "增长到", "增长至", "提高到", "提高至", "增加到", "增加至", "上升到", "上升至", "提升到", "提升至", "增至",
        "扩充到", "扩大到", "发展到", "发展至", "调整扩充到",
        "降至", "降到", "下降到", "下降至", "减少到", "减少至", "减至", "缩减到", "缩减至",
    ])
    /// A before-state: before the number (原有的9个党支部…).
    static let supersededBefore = WordTable(words: ["原有", "原来的", "原先的"])
}
