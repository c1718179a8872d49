/// Punctuation classes that tell sentences, headings and wraps apart in Chinese news text.
/// Shared by the normaliser (where paragraphs end) and the segmenter (what a headline looks like).
enum TextCues {
    /// Ends a sentence, so a line ending here ends its paragraph.
    static let sentenceFinal: ScalarSet = ["。", "！", "？", "!", "?", "；", ";", "…"]
    /// Sentence punctuation inside a line: a line containing one is prose, not a heading.
    static let sentenceInner: ScalarSet = ["，", ",", "。", "；", ";", "！", "!", "？", "?", "、"]
    /// Closing marks that may follow the final punctuation (。” ）) or open a broken-off line.
    static let closing: ScalarSet = ["”", "’", "）", ")", "」", "』", "】", "》", "\"", "'"]
    /// Opening and closing quotation marks; kickers (place names) never contain them.
    static let quotes: ScalarSet = ["“", "”", "‘", "’", "\"", "'", "「", "」", "《", "》"]
    /// The caption credit mark (■通讯员 … 摄).
    static let creditMark: Unicode.Scalar = "■"
    /// Marks that open the items of a short-news column (■邹城市村集体经济量质齐升。…).
    static let itemBullets: ScalarSet = ["■", "●", "◆", "▲", "★", "◎"]
    /// Headings are short; longer lines are prose however they are marked.
    static let maximumHeadingLength = 40

    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\u{3000}" || scalar == "\u{A0}" || scalar == "\u{0C}"
            || scalar == "\u{FEFF}"
    }

    /// Whether `line` ends a sentence (after any closing quotes or brackets).
    static func endsSentence(_ line: [Unicode.Scalar]) -> Bool {
        var index = line.count - 1
        while index >= 0 && (closing.contains(line[index]) || isSpace(line[index])) { index -= 1 }
        return index >= 0 && sentenceFinal.contains(line[index])
    }

    /// Whether `line` reads like a heading: short, no sentence punctuation, not the broken-off
    /// end of a sentence (which starts with a closing quote or bracket), not a dateline.
    static func looksLikeHeading(_ line: [Unicode.Scalar]) -> Bool {
        guard let first = line.first, line.count <= maximumHeadingLength else { return false }
        if closing.contains(first) || first == creditMark || startsDateline(line) { return false }
        return !line.contains { sentenceInner.contains($0) }
    }

    /// Whether `line` starts with a 本报X讯 dateline (X of one to eight scalars).
    static func startsDateline(_ line: [Unicode.Scalar]) -> Bool {
        datelinePlaceEnd(line) != nil
    }

    /// The index of 讯 in a leading `本报X讯`, or nil.
    static func datelinePlaceEnd(_ line: [Unicode.Scalar]) -> Int? {
        guard line.count >= 4, line[0] == "本", line[1] == "报" else { return nil }
        var index = 2
        while index < min(line.count, 11) {
            let scalar = line[index]
            if scalar == "讯" { return index > 2 ? index : nil }
            if isSpace(scalar) || sentenceInner.contains(scalar) || closing.contains(scalar) { return nil }
            index += 1
        }
        return nil
    }
}
