/// Marks the scalars inside quoted names and titles (“十个一”, 《…》), whose numbers are
/// never facts.
///
///     QuotedSpans.mask(Array("“1+N”模式".unicodeScalars)) // [false, true, true, true, false, false, false]
///
/// A quotation only counts when it closes within ``maximumLength`` scalars and before the
/// sentence ends, so a stray or truncated quote mark cannot hide the rest of a page.
enum QuotedSpans {
    static let maximumLength = 40
    static let pairs: [Unicode.Scalar: Unicode.Scalar] = [
        "“": "”", "《": "》", "「": "」", "『": "』", "‘": "’", "\"": "\"", "〈": "〉",
    ]

    /// The closing marks of ``pairs``.
    static let closers = Set(pairs.values)

    /// Cheap pre-test for ``pairs`` keys.
    @inline(__always)
    static func mayOpen(_ s: Unicode.Scalar) -> Bool {
        s == "\"" || s == "“" || s == "‘" || s == "《" || s == "「" || s == "『" || s == "〈"
    }

    /// True when `index` lies inside a quoted span of `mask` (``mask(_:)``); false beyond its end.
    static func isQuoted(_ index: Int, in mask: [Bool]) -> Bool { index >= 0 && index < mask.count && mask[index] }

    static func mask(_ text: [Unicode.Scalar]) -> [Bool] {
        var quoted = [Bool](repeating: false, count: text.count)
        var i = 0
        while i < text.count {
            guard Self.mayOpen(text[i]), let closing = pairs[text[i]] else {
                i += 1
                continue
            }
            var j = i + 1
            var closedAt: Int?
            while j < text.count, j - i <= maximumLength, !ScalarClass.endsSentence(text[j]) {
                if text[j] == closing {
                    closedAt = j
                    break
                }
                j += 1
            }
            if let closedAt {
                for k in i...closedAt { quoted[k] = true }
                i = closedAt + 1
            } else {
                i += 1
            }
        }
        return quoted
    }
}
