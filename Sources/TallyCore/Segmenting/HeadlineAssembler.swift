/// Joins the heading lines of one article into the headline format of `eval/articles.tsv`:
/// kicker (place or organisation) + space + title; a wrapped title joined without a space,
/// a two-line couplet with one; subtitles after ` — `.
///
///     HeadlineAssembler(gazetteer: .jining).headline(of: ["鱼台县", "推进离退休干部党组织", "与社区党组织融合共建"])
///     // "鱼台县 推进离退休干部党组织与社区党组织融合共建"
struct HeadlineAssembler {
    var gazetteer: Gazetteer

    /// Couplet halves are short and of equal length (主题党日出彩 / 基层党建提质).
    private static let maximumCoupletHalf = 7
    /// Subtitle phrases are short (改进方法 凝聚合力 重点突破).
    private static let subtitlePhraseLengths = 2...6
    /// Column labels (乡村振兴先锋) are short single phrases.
    private static let maximumLabelLength = 8

    func headline(of lines: [String]) -> String {
        let raw = lines.map { ScalarText.scalars(of: $0) }
        // A dashed line (——…) is a subtitle whatever its words; the " — " separator replaces its dashes.
        let dashed = raw.map { raw.count > 1 && Self.isDashed($0) }
        let parts = zip(raw, dashed).map { $1 ? Self.undashed($0) : $0 }
        let isSubtitle = parts.indices.map { parts.count > 1 && (dashed[$0] || self.isSubtitle(parts[$0])) }
        let subtitles = parts.indices.filter { isSubtitle[$0] }.map { parts[$0] }
        let main = parts.indices.filter { !isSubtitle[$0] }.map { parts[$0] }
        let kickers = main.count > 1 ? main.filter(isKicker) : []
        let titles = main.filter { main.count == 1 || !isKicker($0) }

        var title: [Unicode.Scalar] = []
        for (index, part) in titles.enumerated() {
            if index > 0 {
                let previous = titles[index - 1]
                if previous.count == part.count && part.count <= Self.maximumCoupletHalf { title.append(" ") }
            }
            title += part
        }
        var headline = kickers.map { ScalarText.string($0) }.joined(separator: " ")
        if !headline.isEmpty && !title.isEmpty { headline += " " }
        headline += ScalarText.string(title)
        for subtitle in subtitles { headline += " — " + ScalarText.string(subtitle) }
        return headline
    }

    /// A column label opening a heading stack: a short phrase naming no place, followed by a
    /// heading that does (`## 乡村振兴先锋` above `曲阜市王庄镇 …`).
    func isColumnLabel(_ line: String, followedBy next: String?) -> Bool {
        let scalars = ScalarText.scalars(of: line)
        guard let next, scalars.count <= Self.maximumLabelLength, !scalars.contains(where: TextCues.isSpace),
              !Self.isDashed(ScalarText.scalars(of: next)) else {
            return false  // a title above its ——subtitle is no label
        }
        return placeCounty(in: scalars) == nil && placeCounty(in: ScalarText.scalars(of: next)) != nil
    }

    /// The first county-level unit a heading names (the city does not count), or nil.
    func placeCounty(in scalars: [Unicode.Scalar]) -> County? {
        gazetteer.mentions(in: scalars).first { $0.county != .jiningCity }?.county
    }

    /// A line opening with a dash (——济宁高新区打造…): a subtitle whatever its words.
    static func isDashed(_ line: [Unicode.Scalar]) -> Bool { line.first.map(dashes.contains) ?? false }

    private static let dashes: ScalarSet = ["—", "－", "-", "―"]

    private static func undashed(_ line: [Unicode.Scalar]) -> [Unicode.Scalar] {
        Array(line.drop { dashes.contains($0) || TextCues.isSpace($0) })
    }

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
