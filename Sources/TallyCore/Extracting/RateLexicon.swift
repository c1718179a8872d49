/// Cues that make a figure a per-period or per-unit rate (每亩增收500元, 年均开展…), and the
/// cap words whose amounts are per recipient (最高可获 2000万元). Data only.
enum RateLexicon {
    static let cues = WordTable(words: [
        "每", "年均", "日均", "人均", "月均", "户均", "村均", "周均", "亩均", "场均", "校均", "平均", "最高",
    ])
}
