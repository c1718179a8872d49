/// Finds what a quantity counts: the shortest noun phrase naming it, per the fact contract.
///
///     // 举办各类学习活动60余场次 → 学习活动;  5000余人次离退休干部参与 → 离退休干部
///     ObjectFinder().object(for: quantity, in: text, clause: clause)
///
/// The noun after the quantity wins when there is one (up to a verb or function word);
/// otherwise the phrase before it, from the last verb, without 各类/累计/scope words, and
/// after a list head ending in 等. When only a verb stands before the number, the verb
/// itself says what the count is of (惠及5.1万人 → 惠及).
struct ObjectFinder: Sendable {
    /// - Parameter inList: the figure follows another in a list (…分校16所、村居老年教学点248个的办学网络): a noun
    ///   before it then names it, not the noun its list modifies after 的.
    func object(for quantity: Quantity, in text: [Unicode.Scalar], clause: Range<Int>, inList: Bool = false) -> String {
        if inList, quantity.modifiesNoun(in: text, limit: clause.upperBound) {
            let before = preceding(quantity, in: text, clause: clause)
            if before.unicodeScalars.count >= 2 { return before }
        }
        let after = following(quantity, in: text, clause: clause)
        if !after.isEmpty { return Self.droppingGroupSuffix(after, of: quantity) }
        if let bound = quantity.boundWordStart {
            // 至少在村工作3天: what lies between the bound word and the number names it.
            let between = preceding(quantity, in: text, clause: (bound + 2)..<clause.upperBound)
            if between.unicodeScalars.count >= 2 { return between }
        }
        return Self.droppingGroupSuffix(preceding(quantity, in: text, clause: clause), of: quantity)
    }

    /// 网格员队伍达到2.4万余名: a count of persons counts the members, not the body they form.
    private static func droppingGroupSuffix(_ object: String, of quantity: Quantity) -> String {
        guard quantity.unit == .person, let suffix = ObjectLexicon.groupSuffixes.first(where: { object.hasSuffix($0) }),
              object.count > suffix.count else { return object }
        return String(object.dropLast(suffix.count))
    }

    /// The noun phrase right after the quantity, or "" when a verb, punctuation, a list
    /// separator or a number follows. In `N个…的X` the head noun X wins over the modifier.
    private func following(_ quantity: Quantity, in text: [Unicode.Scalar], clause: Range<Int>) -> String {
        let end = min(clause.upperBound, text.count)
        var i = quantity.surfaceRange.upperBound
        while i < end, ScalarClass.isGap(text[i]) { i += 1 }
        // After 的 a noun follows, even one that opens like a verb (全长1600余米的|建设路).
        let followsModifier = i < end && text[i] == ObjectLexicon.modifierEnd
        if followsModifier { i += 1 }
        if i < end, !followsModifier, ObjectLexicon.nounsContainingVerbs.longestMatch(in: text, at: i, limit: end) == nil,
           let v = ObjectLexicon.verbs.longestMatch(in: text, at: i, limit: end) {
            // 2次走进非洲, 3年举办…: a duration or a count of events is of the verb's object.
            guard quantity.unit == .event || QuantityLexicon.timeUnits.contains(quantity.unit) else { return "" }
            // 举办过3次培训。: a verb-noun that ends the clause is the activity counted.
            if v.length >= 2, i + v.length >= end || ScalarClass.endsClause(text[i + v.length]) {
                return Self.cleaned(Array(text[i..<i + v.length]))
            }
            i += v.length
        }
        var collected: [Unicode.Scalar] = []
        var openQuote: Unicode.Scalar?
        var stopLength = 0
        var endsBeforeNumber = false
        while i < end, collected.count < ObjectLexicon.maximumLength {
            let s = text[i]
            if ScalarClass.isGap(s) {
                i += 1
                continue
            }
            if let closing = openQuote {
                if s == closing { openQuote = nil }
            } else if QuotedSpans.mayOpen(s), let closing = QuotedSpans.pairs[s] {
                // 党员“到社区报到”: a quote that opens on a verb or function word is what the counted do.
                if !collected.isEmpty, i + 1 < end, ObjectLexicon.functionWords.longestMatch(in: text, at: i + 1, limit: end) != nil
                    || ObjectLexicon.verbs.longestMatch(in: text, at: i + 1, limit: end) != nil {
                    break
                }
                openQuote = closing
            } else {
                // 网格(小区)党支部: a short parenthesis inside the noun phrase is part of it.
                if !collected.isEmpty, let past = ScalarClass.innerParenthesisEnd(in: text, at: i, limit: end) {
                    collected += text[i..<past]
                    i = past
                    continue
                }
                if ScalarClass.endsClause(s) || ScalarClass.arabicDigit(s) != nil { break }
                // 1名网格长和2名网格员, 企业营收过亿元: a conjunction or a bound word before the next number ends the object.
                if !collected.isEmpty, let w = ObjectLexicon.beforeNextNumber.longestMatch(in: text, at: i, limit: end),
                   i + w.length < end, Self.startsNumber(text[i + w.length]) {
                    endsBeforeNumber = true
                    break
                }
                if collected.isEmpty, s == "、" { return "" }
                if let noun = ObjectLexicon.nounsContainingVerbs.longestMatch(in: text, at: i, limit: end) {
                    collected += text[i..<i + noun.length]
                    i += noun.length
                    continue
                }
                if s == ObjectLexicon.modifierEnd, !collected.isEmpty {
                    collected.removeAll()
                    i += 1
                    continue
                }
                if let w = ObjectLexicon.functionWords.longestMatch(in: text, at: i, limit: end) {
                    stopLength = w.length
                    break
                }
                if !collected.isEmpty, let v = ObjectLexicon.verbs.longestMatch(in: text, at: i, limit: end) {
                    // 开展6期…师资培训, : a count of events ending on a verb-noun names that activity.
                    if quantity.unit == .event, i + v.length >= end || ScalarClass.endsClause(text[i + v.length]) {
                        collected += text[i..<i + v.length]
                        i += v.length
                        break
                    }
                    stopLength = v.length
                    break
                }
                if NumberGrammar.canStartChinese(s), i + 1 < end, UnitLexicon.table.longestMatch(in: text, at: i + 1, limit: end) != nil,
                   !collected.isEmpty { break }
            }
            collected.append(s)
            i += 1
        }
        // 95名驻村第一书记中，…: a locative ending the phrase is not part of the noun.
        if collected.count > 2, let last = collected.last, ObjectLexicon.trailingLocatives.contains(last),
           i >= end || ScalarClass.endsClause(text[i]) {
            collected.removeLast()
        }
        let object = Self.cleaned(collected)
        // A one-character noun before punctuation, a whole word or the next number is still the object
        // (2个镇，38个村全部…; 2个镇和50余家企业);
        // before a one-character word it is more likely the start of a longer word (存|在).
        if object.unicodeScalars.count == 1, collected.count == 1,
           i >= end || ScalarClass.endsClause(text[i]) || stopLength >= 2 || endsBeforeNumber {
            return object
        }
        return object.unicodeScalars.count >= 2 ? object : ""
    }

    /// The phrase before the quantity, from the last verb of its clause.
    private func preceding(_ quantity: Quantity, in text: [Unicode.Scalar], clause: Range<Int>) -> String {
        let lower = max(clause.lowerBound, 0)
        let boundary = quantity.boundWordStart.flatMap { $0 >= lower ? $0 : nil } ?? quantity.surfaceRange.lowerBound
        var end = min(boundary, text.count)
        // Drop linking words and gaps just before the number: 覆盖群众|近, 参与率|达.
        var trimmed = true
        while trimmed, end > lower {
            trimmed = false
            if ScalarClass.isGap(text[end - 1]) {
                end -= 1
                trimmed = true
            } else if let w = ObjectLexicon.trailingNoise.longestMatch(in: text, endingAt: end, lowerBound: lower),
                      end - w.length > lower,
                      // 累计报到|1.06万名: a verb that ends in a noise word (到) is a verb, not 报 plus noise.
                      (ObjectLexicon.verbs.longestMatch(in: text, endingAt: end, lowerBound: lower)?.length ?? 0) <= w.length {
                end -= w.length
                trimmed = true
            } else if quantity.unit != .event, let v = ObjectLexicon.verbs.longestMatch(in: text, endingAt: end, lowerBound: lower),
                      end - v.length - lower >= 2, ObjectLexicon.nounsContainingVerbs.longestMatch(in: text, endingAt: end, lowerBound: lower) == nil,
                      // 推动解决|5900余件: when only another verb would be left, the verbs say what was counted.
                      ObjectLexicon.verbs.longestMatch(in: text, at: lower, limit: end - v.length)?.length != end - v.length - lower {
                // 村集体经济收入合计增加|41.5万元: a verb just before the number follows what is counted
                // (not for events, where it names the activity: 等培训|20余期).
                end -= v.length
                trimmed = true
            }
        }
        guard end > lower else { return "" }
        // The last verb that leaves at least two scalars after it.
        var start = lower
        var lastVerb: Range<Int>?
        var j = lower
        let nouns = ObjectLexicon.nounsContainingVerbs, verbs = ObjectLexicon.verbs
        while j < end {
            if let noun = nouns.longestMatch(in: text, at: j, limit: end) {
                j += noun.length
            } else if let v = verbs.longestMatch(in: text, at: j, limit: end) {
                if end - (j + v.length) >= 2 { start = j + v.length }
                lastVerb = j..<(j + v.length)
                j += v.length
            } else {
                j += 1
            }
        }
        if let lastVerb, lastVerb.upperBound == end, start <= lastVerb.lowerBound,
           Self.cleaned(Array(text[start..<lastVerb.lowerBound])).isEmpty {
            // Nothing names the counted thing: the verb span says what the count is of (惠及5.1万人).
            return Self.cleaned(Array(text[lastVerb]))
        }
        // 村集体经济收入由2020年的|1.12亿元: the subject before 由 names what is counted.
        if let from = (start..<end).last(where: { ObjectLexicon.changeFrom.contains(text[$0]) }), from > start {
            end = from
        }
        // A list head ending in 等 gives way to the head noun after it.
        var k = end - 1
        while k > start {
            if text[k] == ObjectLexicon.listEnd {
                if k == end - 1 { end = k } else { start = k + 1 }
                break
            }
            k -= 1
        }
        var dropped = true
        while dropped, start < end {
            dropped = false
            if ScalarClass.isGap(text[start]) {
                start += 1
                dropped = true
            } else if let w = ObjectLexicon.leadingNoise.longestMatch(in: text, at: start, limit: end), start + w.length < end {
                start += w.length
                dropped = true
            } else if let past = Self.yearPhraseEnd(in: text, at: start, limit: end) {
                // 2021年以来|累计选派230余名: a year names when, not what.
                start = past
                dropped = true
            }
        }
        guard start < end else { return "" }
        return Self.cleaned(Array(text[max(start, end - 3 * ObjectLexicon.maximumLength)..<end]))
    }

    /// The end of a year phrase at `index` (2021年, 2021年以来, 2024年底, 三年来), or nil.
    private static func yearPhraseEnd(in text: [Unicode.Scalar], at index: Int, limit: Int) -> Int? {
        var i = index
        while i < limit, ScalarClass.arabicDigit(text[i]) != nil || NumberGrammar.isChineseNumeral(text[i]) { i += 1 }
        let isCalendarYear = i - index == 4 && text[index..<i].allSatisfy { ScalarClass.arabicDigit($0) != nil }
        guard i > index, i < limit, text[i] == "年" else { return nil }
        i += 1
        let tail = ObjectLexicon.yearTails.longestMatch(in: text, at: i, limit: limit)
        // A span of years (三年来, 5年以来) names when too; a bare 3年 is a duration.
        guard isCalendarYear || tail.map({ ObjectLexicon.sinceTails.contains(ScalarText.string(text[i..<i + $0.length])) }) == true
        else { return nil }
        if let tail { i += tail.length }
        return i
    }

    /// 鱼台县组建志愿服务队，三年来累计组建418支: when the figure's clause names only a verb, the noun that verb
    /// took earlier in the sentence is what it counts; "" when the verb stands nowhere before `clauseStart`.
    func antecedent(ofVerb verb: String, in text: [Unicode.Scalar], sentenceStart: Int, clauseStart: Int) -> String {
        let verbScalars = ScalarText.scalars(of: verb)
        guard !verbScalars.isEmpty, clauseStart - sentenceStart > verbScalars.count else { return "" }
        // The latest use of the verb that took a noun (累计组建418支 took a number: look further back).
        var start = clauseStart - verbScalars.count
        while start >= sentenceStart {
            defer { start -= 1 }
            guard text[start..<start + verbScalars.count].elementsEqual(verbScalars) else { continue }
            var i = start + verbScalars.count
            var collected: [Unicode.Scalar] = []
            while i < clauseStart, collected.count < ObjectLexicon.maximumLength, !ScalarClass.endsClause(text[i]),
                  ScalarClass.arabicDigit(text[i]) == nil, ObjectLexicon.functionWords.longestMatch(in: text, at: i, limit: clauseStart) == nil,
                  collected.isEmpty || ObjectLexicon.verbs.longestMatch(in: text, at: i, limit: clauseStart) == nil {
                collected.append(text[i])
                i += 1
            }
            let noun = Self.cleaned(collected)
            if noun.unicodeScalars.count >= 2 { return noun }
        }
        return ""
    }

    /// A number may start at this scalar: an Arabic digit, a Chinese numeral, or 万/亿 after a bound word.
    private static func startsNumber(_ s: Unicode.Scalar) -> Bool {
        ScalarClass.arabicDigit(s) != nil || NumberGrammar.canStartChinese(s) || NumberGrammar.isLargePower(s)
    }

    /// Punctuation and 的 trimmed from both ends of an object, and conjunctions from its start.
    private static let edge: ScalarSet = ["、", "，", ",", "·", "—", "-", "的"]
    private static let conjunctions: ScalarSet = ["和", "及", "与"]

    /// Whitespace removed, edge punctuation trimmed, enclosing quotes dropped, at most
    /// ``ObjectLexicon/maximumLength`` scalars (the end of the phrase names the thing).
    static func cleaned(_ scalars: [Unicode.Scalar]) -> String {
        var s = scalars.filter { !ScalarClass.isGap($0) }
        while let f = s.first, edge.contains(f) || conjunctions.contains(f) { s.removeFirst() }
        while let l = s.last, edge.contains(l) { s.removeLast() }
        if s.count > ObjectLexicon.maximumLength { s = Array(s.suffix(ObjectLexicon.maximumLength)) }
        if s.count >= 3, let f = s.first, let closing = QuotedSpans.pairs[f], s.last == closing,
           !s.dropFirst().dropLast().contains(closing) {
            s = Array(s.dropFirst().dropLast())
        }
        return ScalarText.string(s)
    }
}
