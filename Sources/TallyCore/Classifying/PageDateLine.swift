import Foundation

/// A page's own date line: the masthead (`济宁日报 2025年3月12日 星期三 第6版`) or an e-paper's info line
/// (`发布时间：2025-03-12 08:30 来源：济宁日报`), as opposed to a sentence that names a day.
///
/// A date line is short and either carries one of ``cues`` or is little more than the date itself.
///
///     PageDateLine.day(inLine: "济宁日报 2025年3月12日 星期三")   // 2025-03-12
///     PageDateLine.day(inLine: "2025年3月12日，县委组织部召开推进会，部署全年工作。") // nil: a sentence
enum PageDateLine {
    /// Words of mastheads and info lines. One table: a new paper's masthead adds its words here.
    static let cues = ["发布时间", "发布日期", "发表时间", "更新时间", "出版日期", "日期", "来源", "星期", "日报", "晚报", "版"]
    /// Words that name where the page came from (`来源：兖州区融媒体中心`): a date line with one stays in a
    /// text page, since the segmenter reads the county from it.
    static let sourceCues = ["来源"]
    /// Longer lines are sentences, whatever they contain.
    static let maximumLength = 60
    /// A line this short that holds a date is a date line even without a cue (`2025-03-12`, `2025年3月12日 周三`).
    static let bareDateLength = 16

    /// The day a date line gives, or nil when `line` is not a date line.
    static func day(inLine line: some StringProtocol) -> CalendarDay? {
        // Bytes first: a long line (a whole page on one line) is refused without being copied.
        guard line.utf8.count <= maximumLength * 4 else { return nil }
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        let length = trimmed.unicodeScalars.count
        guard length <= maximumLength, trimmed.contains(where: \.isNumber),
              length <= bareDateLength || cues.contains(where: trimmed.contains)
        else { return nil }
        return DateText.firstDay(in: trimmed)
    }

    /// Mastheads and info lines head a page: lines further down are not searched.
    static let searchedLines = 30

    /// The day of the first date line among the first ``searchedLines`` lines of `text`, and the text with
    /// that line emptied unless it names a source (``sourceCues``): a masthead is no headline, and the line
    /// count (facts cite lines) stays as it was.
    ///
    ///     PageDateLine.taken(from: "济宁日报 2025年2月25日 星期二\n\n曲阜市 …") // (2025-02-25, "\n\n曲阜市 …")
    static func taken(from text: String) -> (day: CalendarDay, text: String)? {
        guard let (day, lineIndex) = first(in: text) else { return nil }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard !sourceCues.contains(where: lines[lineIndex].contains) else { return (day, text) }
        lines[lineIndex] = ""
        return (day, lines.joined(separator: "\n"))
    }

    /// The first date line among the first ``searchedLines`` lines of `text`, with its line index (0-based).
    static func first(in text: String) -> (day: CalendarDay, lineIndex: Int)? {
        for (index, line) in text.split(separator: "\n", maxSplits: searchedLines, omittingEmptySubsequences: false)
            .prefix(searchedLines).enumerated() {
            if let day = day(inLine: line) { return (day, index) }
        }
        return nil
    }
}
