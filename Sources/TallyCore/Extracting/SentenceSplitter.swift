/// Splits an article body into sentences: the provenance unit of a fact and the scope of
/// its period cue.
///
///     SentenceSplitter.sentences(in: Array("开展活动5次。覆盖2万人。".unicodeScalars)) // [0..<7, 7..<13]
///
/// A sentence ends after 。！？ (and closing quotes right after them), or at a line break that
/// borders a Markdown heading. Other line breaks are hard wraps or column breaks that may fall
/// inside a sentence (`26⏎⏎个`), so they do not end one.
///
/// Sentences are bounded: past ``softLimit`` scalars one ends at the next clause mark (；，),
/// and at ``hardLimit`` wherever it is. A page with no sentence marks (a 50 MB line) would
/// otherwise make every fact carry, store and re-scan the whole page.
enum SentenceSplitter {
    static let softLimit = 400
    static let hardLimit = 2000
    static let clauseMarks: ScalarSet = ["；", ";", "，", ","]

    struct Sentence: Sendable, Hashable {
        var range: Range<Int>
        /// Index of the paragraph (text between "\n") the sentence starts in.
        var paragraph: Int
    }

    static let closingMarks: ScalarSet = ["”", "’", "」", "』", "》", "\"", ")", "）"]

    static func sentences(in text: [Unicode.Scalar]) -> [Sentence] {
        var result: [Sentence] = []
        var start = 0
        var paragraph = 0
        var startParagraph = 0
        var lineIsHeading = text.first == "#"
        func close(at end: Int) {
            var s = start
            while s < end, ScalarClass.isGap(text[s]) { s += 1 }
            var e = end
            while e > s, ScalarClass.isGap(text[e - 1]) { e -= 1 }
            if s < e { result.append(Sentence(range: s..<e, paragraph: startParagraph)) }
            start = end
            startParagraph = paragraph
        }
        var i = 0
        while i < text.count {
            let s = text[i]
            if ScalarClass.endsSentence(s) {
                var e = i + 1
                while e < text.count, ScalarClass.endsSentence(text[e]) || closingMarks.contains(text[e]) { e += 1 }
                close(at: e)
                i = e
                continue
            }
            if s != "\n", i + 1 - start >= Self.hardLimit || (i + 1 - start >= Self.softLimit && clauseMarks.contains(s)) {
                close(at: i + 1)
                i += 1
                continue
            }
            if s == "\n" {
                paragraph += 1
                var next = i + 1
                while next < text.count, ScalarClass.isGap(text[next]) { next += 1 }
                let nextIsHeading = next < text.count && text[next] == "#"
                if lineIsHeading || nextIsHeading { close(at: i + 1) }
                if start == i + 1 { startParagraph = paragraph }
                lineIsHeading = nextIsHeading
            }
            i += 1
        }
        close(at: text.count)
        return result
    }
}
