/// Joins the heading lines of one article into the headline format of `eval/articles.tsv`:
/// kicker (place or organisation) + space + title; a wrapped title joined without a space,
/// a two-line couplet with one; subtitles after ` — `.
///
///     HeadlineAssembler(gazetteer: .jining).headline(of: ["鱼台县", "推进离退休干部党组织", "与社区党组织融合共建"].map { Array($0.unicodeScalars) }).read
///     // the scalars of "鱼台县 推进离退休干部党组织与社区党组织融合共建"
struct HeadlineAssembler {
    var gazetteer: Gazetteer

    /// Couplet halves are short and of equal length (主题党日出彩 / 基层党建提质).
    private static let maximumCoupletHalf = 7
    /// Subtitle phrases are short (改进方法 凝聚合力 重点突破).
    private static let subtitlePhraseLengths = 2...6
    /// Column labels (乡村振兴先锋) are short single phrases.
    private static let maximumLabelLength = 8

    /// The headline of heading `lines` as read, and the same headline cut from `printed` (the lines as
    /// printed, scalar for scalar; `lines` when nil). Kickers, titles and subtitles are told apart on what
    /// is read, so a page in traditional script gets the headline its simplified copy gets, as printed.
    func headline(of lines: [[Unicode.Scalar]], printed: [[Unicode.Scalar]]? = nil)
        -> (read: [Unicode.Scalar], printed: [Unicode.Scalar]) {
        // A dashed line (——…) is a subtitle whatever its words; the " — " separator replaces its dashes.
        let dashed = lines.map { lines.count > 1 && Self.isDashed($0) }
        let kept = lines.indices.map { dashed[$0] ? Self.undashedStart(lines[$0])..<lines[$0].count : lines[$0].indices }
        let parts = lines.indices.map { Array(lines[$0][kept[$0]]) }
        let isSubtitle = parts.indices.map { parts.count > 1 && (dashed[$0] || self.isSubtitle(parts[$0])) }
        let main = parts.indices.filter { !isSubtitle[$0] }
        let kickers = main.count > 1 ? main.filter { isKicker(parts[$0]) } : []
        let titles = main.filter { main.count == 1 || !isKicker(parts[$0]) }

        func assembled(from source: [[Unicode.Scalar]]) -> [Unicode.Scalar] {
            var headline: [Unicode.Scalar] = []
            for (index, kicker) in kickers.enumerated() {
                if index > 0 { headline.append(" ") }
                headline += source[kicker][kept[kicker]]
            }
            if !headline.isEmpty && !titles.isEmpty { headline.append(" ") }
            for (index, title) in titles.enumerated() {
                if index > 0 {
                    let previous = parts[titles[index - 1]].count
                    if previous == parts[title].count && previous <= Self.maximumCoupletHalf { headline.append(" ") }
                }
                headline += source[title][kept[title]]
            }
            for subtitle in parts.indices where isSubtitle[subtitle] {
                headline += Self.subtitleSeparator
                headline += source[subtitle][kept[subtitle]]
            }
            return headline
        }
        let read = assembled(from: lines)
        return (read, printed.map(assembled) ?? read)
    }

    /// A column label opening a heading stack: a short phrase naming no place, followed by a
    /// heading that does (`## 乡村振兴先锋` above `曲阜市王庄镇 …`).
    func isColumnLabel(_ line: [Unicode.Scalar], followedBy next: [Unicode.Scalar]?) -> Bool {
        guard let next, line.count <= Self.maximumLabelLength, !line.contains(where: TextCues.isSpace),
              !Self.isDashed(next) else {
            return false  // a title above its ——subtitle is no label
        }
        return placeCounty(in: line) == nil && placeCounty(in: next) != nil
    }

    /// The first county-level unit a heading names (the city does not count), or nil.
    func placeCounty(in scalars: [Unicode.Scalar]) -> County? {
        gazetteer.mentions(in: scalars).first { $0.county != .jiningCity }?.county
    }

    /// A line opening with a dash (——济宁高新区打造…): a subtitle whatever its words.
    static func isDashed(_ line: [Unicode.Scalar]) -> Bool { line.first.map(dashes.contains) ?? false }

    private static let dashes: ScalarSet = ["—", "－", "-", "―"]

    /// Where a dashed line's words start, past its dashes and spaces.
    private static func undashedStart(_ line: [Unicode.Scalar]) -> Int {
        line.firstIndex { !dashes.contains($0) && !TextCues.isSpace($0) } ?? line.count
    }

    /// Put before each subtitle, in place of its dashes.
    private static let subtitleSeparator = Array(" — ".unicodeScalars)

    /// Several short phrases separated by spaces, no place, no quotes.
    private func isSubtitle(_ line: [Unicode.Scalar]) -> Bool {
        let phrases = line.split(whereSeparator: TextCues.isSpace)
        guard phrases.count >= 2, phrases.allSatisfy({ Self.subtitlePhraseLengths.contains($0.count) }) else {
            return false
        }
        return !line.contains { TextCues.quotes.contains($0) } && gazetteer.mentions(in: line).isEmpty
    }

    /// A place or organisation line: names a place, one phrase, no quotes.
    private func isKicker(_ line: [Unicode.Scalar]) -> Bool {
        !line.contains(where: TextCues.isSpace) && !line.contains { TextCues.quotes.contains($0) }
            && !gazetteer.mentions(in: line).isEmpty
    }
}
