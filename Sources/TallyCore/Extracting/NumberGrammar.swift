/// Reads the number at the start of a quantity: Arabic digits (half- or full-width, decimals,
/// thousands commas) or a Chinese numeral (两千, 十, 三万).
///
///     NumberGrammar.arabic(in: Array("1,200余名".unicodeScalars), at: 0) // value 1200, end 5
///
/// Digit runs longer than ``maximumDigits`` are not quantities (IDs, garbage) and give `nil`
/// after the caller has skipped them; values stay finite.
enum NumberGrammar {
    struct Token: Sendable, Equatable {
        var value: Double
        /// Offset just after the number.
        var end: Int
        /// For Chinese numerals: a 万 or 亿 was part of the numeral (三万).
        var hasLargePower: Bool = false
        /// Digits after the decimal point folded into `value`: the number is `value / 10^fractionDigits`.
        var fractionDigits: Int = 0
        /// Two adjacent digits make a spoken range (七八万 → 70000 to 80000): the upper end.
        var high: Double?
        /// A digit times 百 or 千 (两千, 三百五十): a Chinese numeral that reads as a measurement on its own.
        var hasHundreds: Bool = false

        /// The number times `factor`, dividing out the decimal places last (exact for 1.2万, 164.2万).
        func scaled(by factor: Double) -> Double {
            var divisor = 1.0
            for _ in 0..<fractionDigits { divisor *= 10 }
            return value * factor / divisor
        }
    }

    static let maximumDigits = 15
    /// Longest Chinese numeral read (两千三百四十五万…): beyond this it is not a count.
    static let maximumChineseLength = 12

    /// The end of the run of digits, decimal points and commas starting at `index`:
    /// where a scanner resumes after a number that is not a quantity.
    static func endOfDigitRun(in text: [Unicode.Scalar], from index: Int) -> Int {
        var i = index
        while i < text.count,
              ScalarClass.arabicDigit(text[i]) != nil || ScalarClass.isDecimalPoint(text[i]) || text[i] == "," {
            i += 1
        }
        return i
    }

    static func arabic(in text: [Unicode.Scalar], at index: Int) -> Token? {
        let n = text.count
        var i = index
        var value = 0.0
        var digits = 0
        while i < n {
            if let d = ScalarClass.arabicDigit(text[i]) {
                value = value * 10 + Double(d)
                digits += 1
                i += 1
            } else if text[i] == ",", digits > 0, isThousandsGroup(in: text, at: i + 1) {
                i += 1
            } else if thousandsSpaces.contains(text[i]), groupDigits(before: i, in: text, from: index) >= 1,
                      groupDigits(before: i, in: text, from: index) <= 3, isThousandsGroup(in: text, at: i + 1) {
                // 1 200余名, 4 600万元: a space between groups of three, as some page layouts print thousands.
                i += 1
            } else {
                break
            }
        }
        guard digits > 0, digits <= maximumDigits else { return nil }
        if i + 1 < n, ScalarClass.isDecimalPoint(text[i]), ScalarClass.arabicDigit(text[i + 1]) != nil {
            i += 1
            // Keep the digits as an integer mantissa and divide once at the end, so 2.3 × 10⁸
            // comes out as 230000000, not 229999999.99999997.
            var fractionDigits = 0
            while i < n, let d = ScalarClass.arabicDigit(text[i]) {
                if fractionDigits < maximumDigits - digits {
                    value = value * 10 + Double(d)
                    fractionDigits += 1
                }
                i += 1
            }
            return Token(value: value, end: i, fractionDigits: fractionDigits)
        }
        return Token(value: value, end: i)
    }

    /// Spaces some layouts print between groups of three digits.
    private static let thousandsSpaces: Set<Unicode.Scalar> = [" ", "\u{A0}", "\u{2009}", "\u{202F}"]

    /// How many digits stand right before `end`, back to a separator or to `start`.
    private static func groupDigits(before end: Int, in text: [Unicode.Scalar], from start: Int) -> Int {
        var count = 0
        var k = end - 1
        while k >= start, ScalarClass.arabicDigit(text[k]) != nil {
            count += 1
            k -= 1
        }
        return count
    }

    /// Exactly three digits and then no digit: the group after a thousands comma.
    private static func isThousandsGroup(in text: [Unicode.Scalar], at index: Int) -> Bool {
        guard index + 3 <= text.count else { return false }
        for k in index..<index + 3 where ScalarClass.arabicDigit(text[k]) == nil { return false }
        return index + 3 == text.count || ScalarClass.arabicDigit(text[index + 3]) == nil
    }

    static func isChineseNumeral(_ s: Unicode.Scalar) -> Bool {
        // Every numeral is a CJK ideograph or 〇: test the block before hashing.
        guard s.value >= 0x3007 else { return false }
        // 零 〇 一 二 两 三 四 五 六 七 八 九 十 百 千 万 亿, compared as code points (no hashing).
        switch s.value {
        case 0x96F6, 0x3007, 0x4E00, 0x4E8C, 0x4E24, 0x4E09, 0x56DB, 0x4E94, 0x516D, 0x4E03, 0x516B, 0x4E5D, 0x5341,
             0x767E, 0x5343, 0x4E07, 0x4EBF: return true
        default: return false
        }
    }

    /// Whether a Chinese numeral may start at this scalar (a digit, or 十 百 千).
    static func canStartChinese(_ s: Unicode.Scalar) -> Bool {
        // 一 二 两 三 四 五 六 七 八 九 十 百 千, compared as code points.
        switch s.value {
        case 0x4E00, 0x4E8C, 0x4E24, 0x4E09, 0x56DB, 0x4E94, 0x516D, 0x4E03, 0x516B, 0x4E5D, 0x5341, 0x767E, 0x5343: return true
        default: return false
        }
    }

    /// 万 or 亿: they start a numeral only after a bound word (近万元, 上万人, 数亿元).
    static func isLargePower(_ s: Unicode.Scalar) -> Bool { s == "万" || s == "亿" }

    /// 半 is a number (0.5) only after a bound word too: 近半年, 不到半个月.
    static let half: Unicode.Scalar = "半"

    /// A Chinese numeral at `index`. Two adjacent digits are a spoken range (三四百 → 300 to 400,
    /// 十七八 → 17 to 18); a numeral may open with 万 or 亿, or be 半, when the caller allows it (`large`).
    static func chinese(in text: [Unicode.Scalar], at index: Int, allowingLargeStart large: Bool = false) -> Token? {
        guard index < text.count else { return nil }
        if large && text[index] == half { return Token(value: 0.5, end: index + 1) }
        guard canStartChinese(text[index]) || large && isLargePower(text[index]) else { return nil }
        var end = index
        while end < text.count, end - index < maximumChineseLength, isChineseNumeral(text[end]) { end += 1 }
        var scalars = Array(text[index..<end])
        // The first pair of adjacent digits, the second larger (七八, 三五; not 五四, 一一).
        var pair: Int?
        for k in scalars.indices.dropLast() {
            if let a = QuantityLexicon.chineseDigits[scalars[k]], let b = QuantityLexicon.chineseDigits[scalars[k + 1]], a > 0, b > a {
                pair = k
                break
            }
        }
        var high: Double?
        if let pair {
            // A third digit right after the pair (一二九) is no spoken range: the numeral stops before it.
            if pair + 2 < scalars.count, QuantityLexicon.chineseDigits[scalars[pair + 2]] != nil {
                scalars = Array(scalars[..<(pair + 2)])
                end = index + pair + 2
            }
            var upper = scalars
            upper.remove(at: pair)
            scalars.remove(at: pair + 1)
            high = value(ofChinese: upper).value
        }
        let (value, hasLargePower, hasHundreds) = value(ofChinese: scalars)
        return Token(value: value, end: end, hasLargePower: hasLargePower, high: high, hasHundreds: hasHundreds)
    }

    /// The value of a run of Chinese numeral scalars; a leading 万 or 亿 counts as one of it.
    private static func value(ofChinese scalars: [Unicode.Scalar]) -> (value: Double, hasLargePower: Bool, hasHundreds: Bool) {
        var total = 0.0, section = 0.0, current = 0.0
        var hasLargePower = false, hasHundreds = false
        for s in scalars {
            if let d = QuantityLexicon.chineseDigits[s] {
                current = d
            } else if let p = QuantityLexicon.chinesePowers[s] {
                if p >= 1e4 {
                    section += current
                    if total == 0 && section == 0 { section = 1 }
                    total = (total + section) * p
                    section = 0
                    hasLargePower = true
                } else {
                    if p >= 100 && current > 0 { hasHundreds = true }
                    section += (current == 0 ? 1 : current) * p
                }
                current = 0
            }
        }
        return (total + section + current, hasLargePower, hasHundreds)
    }
}
