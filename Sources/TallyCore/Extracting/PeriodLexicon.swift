/// Time cues that scope a sentence's figures (去年以来, 累计, 截至目前 …), with the year
/// they start relative to the publication year and whether they mark running totals.
/// Data only; ``PeriodFinder`` reads it. Cues naming a year (2024年以来) are read by
/// pattern in ``PeriodFinder``.
enum PeriodLexicon {
    struct Cue: Sendable, Hashable {
        /// Years before the publication year the period starts (去年 → 1), nil when open.
        var yearsBack: Int?
        var isCumulative: Bool
    }

    static let cues = WordTable([
        ("去年以来", Cue(yearsBack: 1, isCumulative: true)),
        ("今年以来", Cue(yearsBack: 0, isCumulative: true)),
        ("近年来", Cue(yearsBack: nil, isCumulative: true)),
        ("近两年来", Cue(yearsBack: 2, isCumulative: true)),
        ("近三年来", Cue(yearsBack: 3, isCumulative: true)),
        ("近五年来", Cue(yearsBack: 5, isCumulative: true)),
        ("近几年来", Cue(yearsBack: nil, isCumulative: true)),
        ("多年来", Cue(yearsBack: nil, isCumulative: true)),
        ("累计", Cue(yearsBack: nil, isCumulative: true)),
        ("截至目前", Cue(yearsBack: nil, isCumulative: true)),
        ("截至去年底", Cue(yearsBack: 1, isCumulative: true)),
        ("目前", Cue(yearsBack: nil, isCumulative: true)),
        ("今年", Cue(yearsBack: 0, isCumulative: false)),
        ("去年", Cue(yearsBack: 1, isCumulative: false)),
        ("上半年", Cue(yearsBack: 0, isCumulative: false)),
        ("下半年", Cue(yearsBack: 0, isCumulative: false)),
    ])

    /// Ends a named-year cue: 2024年以来, 2025年下半年以来.
    static let since = WordTable(words: ["以来"])
    /// Most scalars between 年 and 以来 in a named-year cue (下半年).
    static let sinceReach = 4
}
