/// Reads the time cues of a sentence as ``Period`` values.
///
///     PeriodFinder().periods(in: Array("2024年以来，开展活动5次".unicodeScalars), range: 0..<14, publishedYear: 2025)
///     // [(0, Period(text: "2024年以来", startYear: 2024, isCumulative: true))]
struct PeriodFinder: Sendable {
    /// Every cue in `range`, with its start offset, in text order.
    func periods(in text: [Unicode.Scalar], range: Range<Int>, publishedYear: Int?) -> [(offset: Int, period: Period)] {
        var found: [(Int, Period)] = []
        let end = min(range.upperBound, text.count)
        var i = max(range.lowerBound, 0)
        let cues = PeriodLexicon.cues  // hoisted: a static read in the loop costs a once-check per scalar
        while i < end {
            if ScalarClass.arabicDigit(text[i]) != nil, let named = namedYear(in: text, at: i, limit: end) {
                found.append((i, named.period))
                i = named.end
            } else if let cue = cues.longestMatch(in: text, at: i, limit: end) {
                let year = cue.value.yearsBack.flatMap { back in publishedYear.map { $0 - back } }
                let words = ScalarText.string(text[i..<i + cue.length])
                found.append((i, Period(text: words, startYear: year, isCumulative: cue.value.isCumulative)))
                i += cue.length
            } else {
                i += 1
            }
        }
        return found
    }

    /// `YYYY年…以来` starting at `index`.
    private func namedYear(in text: [Unicode.Scalar], at index: Int, limit: Int) -> (period: Period, end: Int)? {
        if index > 0, ScalarClass.arabicDigit(text[index - 1]) != nil { return nil }
        var year = 0
        var i = index
        while i < limit, i - index < 4, let d = ScalarClass.arabicDigit(text[i]) {
            year = year * 10 + d
            i += 1
        }
        guard i - index == 4, i < limit, text[i] == "年", ScalarClass.arabicDigit(text[min(i, limit - 1)]) == nil else { return nil }
        var j = i + 1
        while j <= min(i + 1 + PeriodLexicon.sinceReach, limit) {
            if let s = PeriodLexicon.since.longestMatch(in: text, at: j, limit: limit) {
                let words = ScalarText.string(text[index..<j + s.length].filter { !ScalarClass.isGap($0) })
                return (Period(text: words, startYear: year, isCumulative: true), j + s.length)
            }
            if j < limit, ScalarClass.endsClause(text[j]) { break }
            j += 1
        }
        return nil
    }
}
