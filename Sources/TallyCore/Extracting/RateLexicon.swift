/// Cues that make a figure a per-period or per-unit rate (每亩增收500元, 年均开展…), the cap
/// words whose amounts are per recipient (最高可获 2000万元), and flows stated per year
/// (年收入600多万元, 年产量达240吨). Data only. (A policy standard is a rate too: ``FactStatus/standard``.)
enum RateLexicon {
    static let cues = WordTable(words: [
        "每", "年均", "日均", "人均", "月均", "户均", "村均", "周均", "亩均", "场均", "校均", "平均", "最高",
        "年收入", "年产量", "年产值", "年产", "年增收", "年分红", "年营收", "年销售额", "年销售", "年创收", "年纯收入",
        "年经营性收入", "年接待", "年处理",
        // A flow told for one stretch of time or one unit (一天能挣一百来块钱, 一年下来增收, 一亩地产).
        "一天能", "一天可", "一天就", "一天也", "一年能", "一年可", "一年就", "一年也", "一年下来", "一个月能", "一个月可",
        "一个月就", "一个月也", "一季能", "一季可", "一季就", "一亩地", "一亩", "一斤", "亩产",
        "年加工", "年培训", "年服务", "年收购", "年生产", "年出栏", "年种植", "年带动", "年吸纳", "年发放", "年上缴",
        "一年的", "一个月的", "一天的", "一年光", "月收入", "月工资", "月报酬", "月基本报酬", "月补贴",
        "年可", "年能", "年租金", "年收益", "年利润", "年净利润", "年发电量", "年经营收入", "年托管",
        "日烘干", "日处理", "日产", "日接待", "一户就", "一户能",
        // One occasion or one piece told as typical (一场下来能吸引六七十名, 一篇稿子两三千字, 一天工钱一百多块钱).
        "一天", "一场", "一篇", "一堂课", "一节课", "一次就", "一期",
        // A threshold each member meets: 全县村集体收入全部达到10万元以上.
        "全部达到", "均达到", "都达到", "全部超过", "均超过", "都超过", "全部突破", "均突破", "全部过", "全部实现",
    ])
    /// Per-period cues that govern every clause of their statement (每年可增收…，带动就业…).
    static let governingCues = WordTable(words: ["每年", "每月", "每季度", "每周", "每天", "每日", "年均", "月均", "日均"])
    /// One stretch told as typical, in a clause of its own (一场下来，直播间能聚起上千人): it governs the clauses after it.
    static let stretchCues = WordTable(words: ["一场下来", "一年下来", "一季下来", "一天下来", "一个月下来"])
    /// Words that make a figure a total, not a rate: a later clause with one of them (…，累计服务3000人次)
    /// leaves the 每年 before it, and a count with one between it and a bound (5个村共增收超过50万元) is no threshold.
    static let totals = WordTable(words: [
        "共", "累计", "合计", "总计", "总", "已", "全年", "今年", "目前", "截至", "先后",
        "全村", "全镇", "全乡", "全街道", "全县", "全区", "全市", "全体",
        // A new actor (…，区里还引导企业捐资280万元) opens a statement of its own.
        "区里", "县里", "市里", "镇里", "乡里",
    ])
    /// Units that count members (persons, households, things): such a figure names a group, never a bound on each.
    static let memberCounts: Set<QuantityUnit> = [.person, .personTime, .household, .count, .event]
    /// Cues that, before 的, pick the greatest member (点击量最高的一条) rather than cap each one.
    static let superlatives = WordTable(words: ["最高", "最多"])
    /// 各 before a verb (各培养3至5名): each of the named units gets the figure.
    static let eachBeforeVerb = WordTable(words: ["各"])
    /// How a clause a 每年 governs goes on without a subject of its own (…，可提供岗位120个; …，还能带动…).
    static let continuations = WordTable(words: ["可", "能", "还", "并", "同时", "另", "再", "又", "也"])
    /// 每 and the distributive words that reach a later figure of their clause (每位60岁以上老人发放500元).
    static let each = WordTable(words: ["每"])
    /// Measure words of a bound each member meets when bounded (35岁以下, 60周岁以上): an age limit, not a count.
    static let thresholdMeasures: Set<String> = ["岁", "周岁"]
    /// Verbs that state a threshold (全区70%以上的村收入达到30万元以上), which a threshold may hold.
    static let thresholdVerbs = WordTable(words: ["达到", "达", "突破", "超过"])
    /// Before a per-year cue, these name one period, whose total is not a rate (全年收入, 今年增收).
    static let periodBefore: ScalarSet = ["全", "今", "去", "当", "本", "明", "前", "上", "该", "同", "常"]
}
