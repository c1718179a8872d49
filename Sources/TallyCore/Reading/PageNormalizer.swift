/// Turns decoded page text into ``NormalizedPage`` blocks: hard wraps joined, boilerplate
/// dropped, Markdown marks and pinyin glosses removed, full-width digits made ASCII, and
/// traditional characters read as simplified ones (each block keeps its printed text too).
///
/// Pages come as Markdown conversions (one paragraph a line, `#` headings) and as raw PDF
/// text (hard-wrapped lines, blank lines at column breaks even inside a phrase). Breaks are
/// decided from general cues only: sentence-final punctuation, line length against the
/// page's typical line, and what a heading looks like.
///
///     let page = PageNormalizer.normalize("本报讯（通讯员 甲）建成基地 2\n\n个。")
///     page.blocks[0].text // "本报讯（通讯员 甲）建成基地 2个。"
///
/// With a ``ScriptConverter``, every decision here and in later stages is made on the converted
/// scalars (`本報嘉祥訊` starts an item like `本报嘉祥讯`):
///
///     let page = PageNormalizer.normalize("本報嘉祥訊 建成2個基地。", script: try ScriptConverter.traditionalToSimplified.get())
///     page.blocks[0].text // "本報嘉祥訊 建成2個基地。", its `scalars` those of "本报嘉祥讯 建成2个基地。"
public enum PageNormalizer {
    /// One source line after cleaning.
    private struct SourceLine {
        /// As read: converted to simplified characters.
        var scalars: [Unicode.Scalar]
        /// As printed, when that differs from ``scalars``.
        var printed: [Unicode.Scalar]?
        var number: Int
        var isMarkdownHeading: Bool
        var blanksBefore: Int
    }

    /// A paragraph being assembled.
    private struct OpenParagraph {
        var scalars: [Unicode.Scalar]
        /// As printed, once a line of the paragraph differs from how it is read; nil until then.
        var printed: [Unicode.Scalar]?
        var anchors: [SourceMap.Anchor]
        var firstLine: Int
        var lastLine: Int
        var followsGap: Bool
        var isClosed: Bool

        /// Joins a wrapped line, with a space only between two Latin letters.
        /// The printed twin grows only once a line differs from how it is read: a simplified page never builds it.
        mutating func append(_ line: SourceLine) {
            if printed == nil, line.printed != nil { printed = scalars }
            if let last = scalars.last, let first = line.scalars.first,
               last.isASCII && last.properties.isAlphabetic, first.isASCII && first.properties.isAlphabetic {
                scalars.append(" ")
                printed?.append(" ")
            }
            anchors.append(.init(offset: scalars.count, line: line.number))
            scalars += line.scalars
            printed? += line.printed ?? line.scalars
            lastLine = line.number
        }
    }

    /// Each block keeps its text as scalars too, so the segmenter never decodes the page again.
    ///
    /// - Parameter script: reads traditional characters as simplified ones; nil reads every line as printed.
    public static func normalize(_ text: String, script: ScriptConverter? = nil) -> NormalizedPage {
        let lines = dropBoilerplate(sourceLines(of: text, script: script))
        let typicalLength = medianLength(of: lines)
        var blocks: [NormalizedPage.Block] = []
        var open: OpenParagraph?

        func flush() {
            guard let paragraph = open else { return }
            blocks.append(NormalizedPage.Block(
                kind: .paragraph, text: ScalarText.string(paragraph.printed ?? paragraph.scalars), scalars: paragraph.scalars,
                printed: paragraph.printed, sourceMap: SourceMap(anchors: paragraph.anchors), lines: paragraph.firstLine...paragraph.lastLine,
                followsGap: paragraph.followsGap))
            open = nil
        }

        for (index, line) in lines.enumerated() {
            let gap = line.blanksBefore >= 2
            // Read in place: `open.map { … }` copied the paragraph (a retain and release a line).
            let previousIsClosed = open == nil || open!.isClosed || TextCues.endsSentence(open!.scalars)
            if TextCues.looksLikeHeading(line.scalars)
                && (line.isMarkdownHeading
                    || (previousIsClosed || gap) && standsApart(line, next: index + 1 < lines.count ? lines[index + 1] : nil,
                                                      typicalLength: typicalLength)) {
                flush()
                blocks.append(NormalizedPage.Block(
                    kind: .heading, text: ScalarText.string(line.printed ?? line.scalars), scalars: line.scalars,
                    printed: line.printed, sourceMap: SourceMap(anchors: [.init(offset: 0, line: line.number)]),
                    lines: line.number...line.number, followsGap: gap))
                continue
            }
            let startsItem = TextCues.startsDateline(line.scalars) || line.scalars.first == TextCues.creditMark
            if open != nil, !previousIsClosed, !gap, !startsItem {
                // Appended in place: a copy-then-assign would copy the paragraph for every line.
                open!.append(line)
            } else {
                flush()
                open = OpenParagraph(
                    scalars: line.scalars, printed: line.printed, anchors: [.init(offset: 0, line: line.number)],
                    firstLine: line.number, lastLine: line.number, followsGap: gap, isClosed: false)
            }
            if line.scalars.first == TextCues.creditMark || line.scalars.contains(TextCues.creditMark) {
                open?.isClosed = true
            }
        }
        flush()
        return NormalizedPage(blocks: blocks)
    }

    /// A plain (non-Markdown) heading line is shorter than the page's prose lines, or stands
    /// alone: followed by a blank line, a dateline, or the end of the page.
    private static func standsApart(_ line: SourceLine, next: SourceLine?, typicalLength: Int) -> Bool {
        if line.scalars.count * 10 <= typicalLength * 7 { return true }
        guard let next else { return true }
        return next.blanksBefore > 0 || TextCues.startsDateline(next.scalars)
    }

    /// Splits `text` into cleaned non-blank lines, counting the blank lines before each.
    private static func sourceLines(of text: String, script: ScriptConverter?) -> [SourceLine] {
        var lines: [SourceLine] = []
        let scalars = ScalarText.scalars(of: text)
        var number = 1
        var blanks = 0
        var start = 0
        // Each line is cleaned from a slice of the decoded page: collecting it scalar by scalar
        // into a buffer first was a fifth of normalising.
        for end in 0...scalars.count where end == scalars.count || scalars[end] == "\n" {
            if let line = cleaned(scalars[start..<end], number: number, blanksBefore: blanks, script: script) {
                lines.append(line)
                blanks = 0
            } else {
                blanks += 1
            }
            number += 1
            start = end + 1
        }
        return lines
    }

    /// Trims, converts full-width digits, removes `**`, a leading `#` run and pinyin glosses, and reads
    /// traditional characters as simplified ones; nil for a blank line.
    private static func cleaned(_ raw: ArraySlice<Unicode.Scalar>, number: Int, blanksBefore: Int,
                                script: ScriptConverter?) -> SourceLine? {
        // Most lines have nothing to remove or convert: copied in one go, not scalar by scalar. One pass finds
        // what a line needs, glosses and traditional characters included, with the sets read into locals (a
        // static or a class property is looked up again at every use): a simplified page costs two bit reads a scalar.
        var needsCleaning = false, mayHaveGloss = false, hasConvertible = false
        let glossOpenings = PinyinGloss.openingBrackets
        let convertible = script?.changed
        for scalar in raw {
            if scalar == "*" || scalar == "\r" || (0xFF10...0xFF19).contains(scalar.value) { needsCleaning = true }
            if glossOpenings.contains(scalar) { mayHaveGloss = true }
            if let convertible, convertible.contains(scalar) { hasConvertible = true }
        }
        var scalars = needsCleaning ? [] : Array(raw)
        var index = raw.startIndex
        while needsCleaning && index < raw.endIndex {
            let scalar = raw[index]
            if scalar == "*" && index + 1 < raw.endIndex && raw[index + 1] == "*" {
                index += 2
                continue
            }
            if scalar == "\r" { index += 1; continue }
            if (0xFF10...0xFF19).contains(scalar.value), let digit = Unicode.Scalar(scalar.value - 0xFF10 + 0x30) {
                scalars.append(digit)
            } else {
                scalars.append(scalar)
            }
            index += 1
        }
        var start = 0, end = scalars.count
        while start < end && TextCues.isSpace(scalars[start]) { start += 1 }
        var isHeading = false
        var hashes = start
        while hashes < end && scalars[hashes] == "#" { hashes += 1 }
        if hashes > start && hashes - start <= 6 && (hashes == end || TextCues.isSpace(scalars[hashes])) {
            isHeading = true
            start = hashes
            while start < end && TextCues.isSpace(scalars[start]) { start += 1 }
        }
        while end > start && TextCues.isSpace(scalars[end - 1]) { end -= 1 }
        guard start < end else { return nil }
        if start > 0 || end < scalars.count { scalars = Array(scalars[start..<end]) }
        if mayHaveGloss, let unglossed = PinyinGloss.removed(from: scalars) { scalars = unglossed }
        guard hasConvertible, let read = script?.converted(scalars) else {
            return SourceLine(scalars: scalars, number: number, isMarkdownHeading: isHeading, blanksBefore: blanksBefore)
        }
        return SourceLine(scalars: read, printed: scalars, number: number, isMarkdownHeading: isHeading, blanksBefore: blanksBefore)
    }

    /// Removes page labels, QR prompts, slogan bullets and sponsor blocks (see ``PageBoilerplate``).
    /// A removed line's blank-line count passes to the next kept line.
    private static func dropBoilerplate(_ lines: [SourceLine]) -> [SourceLine] {
        var isBoilerplate = [Bool](repeating: false, count: lines.count)
        for (index, line) in lines.enumerated() {
            let scalars = line.scalars
            if PageBoilerplate.pageLabels.contains(scalars)
                || PageBoilerplate.promptPrefixes.contains(where: { scalars.starts(with: $0) })
                || isSlogan(scalars) {
                isBoilerplate[index] = true
            }
            if scalars.count <= 20,
               PageBoilerplate.sponsorSuffixes.contains(where: { scalars.suffix($0.count).elementsEqual($0) }) {
                isBoilerplate[index] = true
                var previous = index
                while previous > 0 && index - previous < PageBoilerplate.maximumSponsorLines
                        && lines[previous].blanksBefore == 0 && lines[previous - 1].scalars.count <= 20 {
                    previous -= 1
                    isBoilerplate[previous] = true
                }
            }
        }
        var kept: [SourceLine] = []
        var carriedBlanks = 0
        for (index, line) in lines.enumerated() {
            if isBoilerplate[index] {
                carriedBlanks += line.blanksBefore + 1
                continue
            }
            var line = line
            line.blanksBefore += carriedBlanks
            carriedBlanks = 0
            kept.append(line)
        }
        return kept
    }

    /// A short bulleted line without sentence punctuation: the masthead slogan list.
    private static func isSlogan(_ scalars: [Unicode.Scalar]) -> Bool {
        guard let first = scalars.first, PageBoilerplate.bullets.contains(first) else { return false }
        let item = scalars.dropFirst().drop { TextCues.isSpace($0) }
        return !item.isEmpty && item.count <= PageBoilerplate.maximumSloganLength
            && !item.contains { TextCues.sentenceInner.contains($0) }
    }

    private static func medianLength(of lines: [SourceLine]) -> Int {
        // A loop, not `map(\.scalars.count)`: key-path projection cost 3 % of `PageProcessor`.
        var lengths: [Int] = []
        lengths.reserveCapacity(lines.count)
        for line in lines where !line.isMarkdownHeading { lengths.append(line.scalars.count) }
        lengths.sort()
        return lengths.isEmpty ? 0 : lengths[lengths.count / 2]
    }
}
