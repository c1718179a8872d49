/// Phrases several report pages share: the legend of figures and the way a cell cites its facts.
enum ReportText {
    /// What `≥`, `≤`, `≈` and "no report" mean, and how a county figure is chosen.
    static let legend = [
        "How a figure is chosen: the best county-wide figure of each kind of thing counted, added over the kinds; "
            + "with nothing county-wide, the sum over the places that reported (a lower bound). "
            + "A total and its part, a before and an after, a running total and a this-year figure, rates, plans "
            + "and standards are never added: they are listed under \"Also reported\".",
        "",
        "`≥ 1,000`: the page said 余/多/以上/超 (at least); `≤ 30,000`: the page said 近/不足 (just under); "
            + "`≈`: approximate or mixed bounds; `a–b`: a range. \"No report\" means no eligible fact in these pages, not zero.",
    ]

    /// Fact ids as links to their evidence on the indicator's page (`page` is its path from the citing page).
    static func citations(_ factIDs: [Int64], page: String = "") -> String {
        factIDs.map { "[\($0)](\(page)#fact-\($0))" }.joined(separator: ", ")
    }
}
