/// Pinyin glosses some mirror sites print after a character (`萬(wàn)元`, `畝（mǔ）`), dropped before
/// anything reads the line: the extractor would otherwise find `元` cut off from its `萬`.
///
///     PinyinGloss.removed(from: ScalarText.scalars(of: "2.8萬(wàn)元")) // the scalars of "2.8萬元"
///
/// A gloss is a bracketed syllable right after an ideograph: one to six lowercase pinyin letters, a vowel
/// among them. `公里(km)` (no vowel), `(A)` and `(2025)` stay.
enum PinyinGloss {
    /// The brackets a gloss is printed in.
    static let brackets: [(open: Unicode.Scalar, close: Unicode.Scalar)] = [("(", ")"), ("（", "）")]
    /// The opening ones: a line without any has no gloss.
    static let openingBrackets = ScalarSet(brackets.map(\.open))
    /// Pinyin vowels, bare and with each tone mark (`v` is how keyboards type `ü`).
    static let vowels: ScalarSet = [
        "a", "e", "i", "o", "u", "ü", "v", "ā", "á", "ǎ", "à", "ē", "é", "ě", "è", "ī", "í", "ǐ", "ì",
        "ō", "ó", "ǒ", "ò", "ū", "ú", "ǔ", "ù", "ǖ", "ǘ", "ǚ", "ǜ",
    ]
    /// Pinyin consonants.
    static let consonants: ScalarSet = [
        "b", "c", "d", "f", "g", "h", "j", "k", "l", "m", "n", "p", "q", "r", "s", "t", "w", "x", "y", "z",
    ]
    /// The shortest and longest syllable (`a`, `zhuang`).
    static let syllableLength = 1...6

    /// `scalars` without their glosses; nil when there is none.
    static func removed(from scalars: [Unicode.Scalar]) -> [Unicode.Scalar]? {
        var kept: [Unicode.Scalar]?
        var copiedUpTo = 0
        var index = 1
        while index < scalars.count {
            let scalar = scalars[index]
            if let close = brackets.first(where: { $0.open == scalar })?.close, isIdeograph(scalars[index - 1]),
               let end = glossEnd(in: scalars, from: index + 1, close: close) {
                if kept == nil { kept = Array(scalars[..<index]) } else { kept! += scalars[copiedUpTo..<index] }
                copiedUpTo = end
                index = end
            } else {
                index += 1
            }
        }
        guard let kept else { return nil }
        return kept + scalars[copiedUpTo...]
    }

    /// Just past the closing bracket of a syllable starting at `start`, or nil when none is there.
    private static func glossEnd(in scalars: [Unicode.Scalar], from start: Int, close: Unicode.Scalar) -> Int? {
        var index = start
        var hasVowel = false
        while index < scalars.count, index - start < syllableLength.upperBound,
              vowels.contains(scalars[index]) || consonants.contains(scalars[index]) {
            hasVowel = hasVowel || vowels.contains(scalars[index])
            index += 1
        }
        guard hasVowel, syllableLength.contains(index - start), index < scalars.count, scalars[index] == close else { return nil }
        return index + 1
    }

    private static func isIdeograph(_ scalar: Unicode.Scalar) -> Bool {
        ScriptConverter.ideographBlocks.contains { $0.contains(scalar.value) }
    }
}
