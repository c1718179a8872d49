/// Character classes the extractor tests scalar by scalar.
enum ScalarClass {
    /// Layout the quantity grammar skips between a number and its unit: spaces, line breaks,
    /// the ideographic space, and U+FFFD (a broken PDF character, usually a mangled space).
    static func isGap(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0xA0, 0x3000, 0xFFFD, 0x2002...0x200B: return true
        default: return false
        }
    }

    /// The value of an Arabic digit, half- or full-width.
    static func arabicDigit(_ s: Unicode.Scalar) -> Int? {
        switch s.value {
        case 0x30...0x39: return Int(s.value - 0x30)
        case 0xFF10...0xFF19: return Int(s.value - 0xFF10)
        default: return nil
        }
    }

    static func isDecimalPoint(_ s: Unicode.Scalar) -> Bool { s == "." || s == "．" }

    /// Punctuation that ends a clause: the scope of an object, a rate cue or a bound word.
    /// Back from `index` to just after clause punctuation, or to `floor`: where the clause holding `index` starts.
    /// A short parenthesis inside the clause (每个县（市、区）安排…) is passed over, as ``innerParenthesisEnd`` does forward.
    static func clauseStart(before index: Int, in text: [Unicode.Scalar], floor: Int) -> Int {
        var start = min(index, text.count)
        while start > floor {
            if let open = innerParenthesisStart(in: text, closingAt: start - 1, floor: floor) {
                start = open
                continue
            }
            if endsClause(text[start - 1]) { break }
            start -= 1
        }
        return start
    }

    /// Where a short parenthesis closing at `index` opens, when it stands inside a clause (a word before it).
    private static func innerParenthesisStart(in text: [Unicode.Scalar], closingAt index: Int, floor: Int) -> Int? {
        guard index > floor, let opening = parentheses.first(where: { $0.value == text[index] })?.key else { return nil }
        var open = index - 1
        while open > max(floor, index - 6), text[open] != opening { open -= 1 }
        guard open > floor, text[open] == opening, !endsClause(text[open - 1]) else { return nil }
        return open
    }

    /// Forward from `index` to clause punctuation, or to `limit`: where the clause holding `index` ends.
    static func clauseEnd(after index: Int, in text: [Unicode.Scalar], limit: Int) -> Int {
        var end = index
        let limit = min(limit, text.count)
        while end < limit, !endsClause(text[end]) { end += 1 }
        return end
    }

    /// After a short parenthesis inside a noun phrase (网格(小区)党支部, 乡镇（街道）…): the offset
    /// just past its closing mark, when `text[index]` opens one that closes within a few scalars and
    /// the phrase goes on after it. Nil otherwise: such a parenthesis does not end a clause.
    static func innerParenthesisEnd(in text: [Unicode.Scalar], at index: Int, limit: Int) -> Int? {
        guard index < limit, let closing = parentheses[text[index]] else { return nil }
        var close = index + 1
        while close < min(limit, index + 6), text[close] != closing { close += 1 }
        guard close + 1 < limit, text[close] == closing, !endsClause(text[close + 1]) else { return nil }
        return close + 1
    }

    private static let parentheses: [Unicode.Scalar: Unicode.Scalar] = ["(": ")", "（": "）"]

    static func endsClause(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "，", ",", "；", ";", "：", ":", "。", "！", "？", "!", "?", "（", "）", "(", ")", "【", "】", "|":
            return true
        default: return false
        }
    }

    /// Punctuation that ends a sentence.
    static func endsSentence(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "。", "！", "？", "!", "?": return true
        default: return false
        }
    }
}
