/// Cues that make a figure a per-period or per-unit rate (每亩增收500元, 年均开展…), the cap
/// words whose amounts are per recipient (最高可获 2000万元), and flows stated per year
/// (年收入600多万元, 年产量达240吨). Data only. (A policy standard is a rate too: ``FactStatus/standard``.)
enum RateLexicon {
    static let cues = WordTable(words: [
        "每", "年均", "日均", "人均", "月均", "户均", "村均", "周均", "亩均", "场均", "校均", "平均", "最高",
        "年收入", "年产量", "年产值", "年产", "年增收", "年分红", "年营收", "年销售额", "年销售", "年创收", "年纯收入",
        "年经营性收入", "年接待", "年处理",
        // A threshold each member meets: 全县村集体收入全部达到10万元以上.
        "全部达到", "均达到", "都达到", "全部超过", "均超过", "都超过", "全部突破", "均突破", "全部过",
    ])
    /// Before a per-year cue, these name one period, whose total is not a rate (全年收入, 今年增收).
    static let periodBefore: ScalarSet = ["全", "今", "去", "当", "本", "明", "前", "上", "该", "同"]
}
