/// Decides whether a figure is a rate (fact contract, "When a figure is a rate"): it holds for each
/// period, member or unit, so it is never added to others. The cue words are ``RateLexicon``'s.
///
///     RateFinder().isRate(quantity, in: text, context: context, quoted: quoted)   // 每亩增收500元 → true
///
/// A figure is a rate when, in its clause, a cue governs it (每, 年均, 年收入, 一天能); when it is a
/// bound each counted member meets (八成的村集体收入超过20万元, 35岁以下); when it continues a rate
/// (listed after one, or the state after a change of one); when a 每 before an earlier figure of its
/// clause reaches it (每位60岁以上老人发放500元); when a per-period cue opening its statement
/// governs the clauses after it (每年可增收60万元以上，带动就业120余人); or when it describes a class
/// (收入50万元以上的强村). A standard (``FactStatus/standard``) is a rate too; the extractor sets that.
struct RateFinder: Sendable {
    /// Where a quantity stands among the figures before it in its sentence.
    struct Context {
        /// The figure before it in the sentence, if any.
        var previous: Quantity?
        /// Whether that figure is a rate.
        var previousIsRate: Bool
        /// The text between the previous figure (or the sentence start) and this one.
        var gap: Range<Int>
        /// The quantity's clause (from ``FactExtractor``: after the previous figure, up to clause punctuation).
        var clause: Range<Int>
        /// Where the quantity's statement starts (its sentence, or after the last ；).
        var statementStart: Int
        /// The figure after it in the sentence, if any.
        var next: Quantity?
    }

    func isRate(_ quantity: Quantity, in text: [Unicode.Scalar], context: Context, quoted: [Bool]) -> Bool {
        // A share is a proportion of a whole, not a figure for each of something (a percentage that is a policy's
        // standard is made a rate by its status, in ``FactExtractor``).
        if quantity.unit == .percent || quantity.unit == .percentagePoint { return false }
        // 35岁以下, 60周岁以上, 五六十岁的妇女: an age limit or span of a group (七十多岁的老党员 is one person's age).
        if RateLexicon.thresholdMeasures.contains(quantity.classifier),
           quantity.qualifier == .range || quantity.qualifier != .exact && quantity.hasBoundWord(in: text) {
            return true
        }
        let gap = context.gap
        let gapIsOneClause = !gap.contains { ScalarClass.endsClause(text[$0]) }
        if context.previousIsRate, gapIsOneClause {
            // 每个网格配备1名网格长和2名网格员: a figure listed after a rate, with no verb between, is one too.
            if gap.contains(where: { ObjectLexicon.listSeparators.contains(text[$0]) && !ScalarClass.isGap(text[$0]) }),
               ObjectLexicon.verbs.firstMatch(in: text, within: gap) == nil { return true }
            // 村集体年收入从不足3万元增长到46万元: the state after a change of a rate is a rate.
            if StatusLexicon.supersededAfter.firstMatch(in: text, within: gap) != nil { return true }
        }
        if meetsThreshold(quantity, in: text, context: context, gapIsOneClause: gapIsOneClause) { return true }
        // 收入50万元以上的强村, 在校生不足100人的小学, 1亿元以上项目43个, 带动就业10人以上…的，: a bound that makes a
        // class of members is one each of them meets. A duration before 的 (学了将近一年的直播) tells how long, not a class.
        if quantity.qualifier == .over || quantity.qualifier == .under, !QuantityLexicon.timeUnits.contains(quantity.unit),
           quantity.hasBoundWord(in: text),
           Self.describesClass(quantity, in: text, clause: context.clause, next: context.next) { return true }
        // 5万元至20万元的，须提交…: a range before 的 is a class too.
        if quantity.qualifier == .range, quantity.modifiesNoun(in: text, limit: context.clause.upperBound) { return true }
        // 为405个村各培养3至5名: 各 before the verb hands the figure to each.
        if let each = RateLexicon.eachBeforeVerb.firstMatch(in: text, within: context.clause.lowerBound..<quantity.numberStart),
           ObjectLexicon.verbs.longestMatch(in: text, at: each.range.upperBound, limit: quantity.numberStart) != nil { return true }
        if hasCue(in: text, from: context.clause.lowerBound, to: quantity.numberStart, quoted: quoted) { return true }
        if let previous = context.previous, gapIsOneClause, RateLexicon.totals.firstMatch(in: text, within: gap) == nil {
            // 每位60岁以上老人发放500元: a 每 before the figure ahead in the same clause reaches this one too.
            let start = ScalarClass.clauseStart(before: previous.surfaceRange.lowerBound, in: text, floor: context.statementStart)
            if let each = RateLexicon.each.firstMatch(in: text, within: start..<previous.numberStart),
               !QuotedSpans.isQuoted(each.range.lowerBound, in: quoted) { return true }
        }
        // 一场下来，直播间能聚起上千人: one stretch told as typical governs its clause and the clauses after it.
        if let stretch = RateLexicon.stretchCues.firstMatch(in: text, within: context.statementStart..<quantity.numberStart),
           RateLexicon.totals.firstMatch(in: text, within: stretch.range.upperBound..<quantity.numberStart) == nil { return true }
        return context.previousIsRate
            && isGoverned(text, from: context.statementStart, clauseStart: context.clause.lowerBound, number: quantity.numberStart,
                          quoted: quoted)
    }

    /// 八成的村集体收入超过20万元, 4家企业营收过亿元, 其中6个村超过100万元: after a count or share of members, a bound
    /// each of them meets is a rate. The bound is a word (超过, 过, 不足, 以上), not 余 or 多; what lies between names
    /// the members, with no verb but a threshold's own (达到) and no total (共, 累计).
    private func meetsThreshold(_ quantity: Quantity, in text: [Unicode.Scalar], context: Context, gapIsOneClause: Bool) -> Bool {
        guard let previous = context.previous, previous.unit != quantity.unit, gapIsOneClause, !context.gap.isEmpty,
              quantity.qualifier == .over || quantity.qualifier == .under,
              !QuantityLexicon.timeUnits.contains(quantity.unit),
              // An age describes the person it stands before (53岁的王秀兰干了近两年), not a group.
              !RateLexicon.thresholdMeasures.contains(previous.classifier)
        else { return false }
        guard quantity.hasBoundWord(in: text), RateLexicon.totals.firstMatch(in: text, within: context.gap) == nil else { return false }
        var from = context.gap.lowerBound
        while let verb = ObjectLexicon.verbs.firstMatch(in: text, within: from..<context.gap.upperBound) {
            if RateLexicon.thresholdVerbs.longestMatch(in: text, at: verb.range.lowerBound, limit: context.gap.upperBound) == nil {
                return false
            }
            from = verb.range.upperBound
        }
        return true
    }

    /// The bounded figure describes a class: 的 follows it, its clause ends in 的 (…10人以上、收入超过200万元的，),
    /// or a count of the class follows in its clause with no verb between (1亿元以上项目43个).
    private static func describesClass(_ quantity: Quantity, in text: [Unicode.Scalar], clause: Range<Int>, next: Quantity?) -> Bool {
        if quantity.modifiesNoun(in: text, limit: clause.upperBound) { return true }
        let end = ScalarClass.clauseEnd(after: quantity.surfaceRange.upperBound, in: text, limit: text.count)
        var last = end
        while last > quantity.surfaceRange.upperBound, ScalarClass.isGap(text[last - 1]) { last -= 1 }
        if last > quantity.surfaceRange.upperBound, text[last - 1] == ObjectLexicon.modifierEnd, end < text.count, text[end] != "。" {
            return true
        }
        // The bound measures the members (money, size), the next figure counts them: 逾120名书记分6批次 counts persons.
        guard let next, next.unit != quantity.unit, next.numberStart < end, next.numberStart > quantity.surfaceRange.upperBound,
              !RateLexicon.memberCounts.contains(quantity.unit) else { return false }
        let between = quantity.surfaceRange.upperBound..<max(quantity.surfaceRange.upperBound, next.surfaceRange.lowerBound)
        // A list (覆盖企业超过260家、职工1.1万余人) names two things, not a class and its count.
        return !between.isEmpty && !between.contains(where: { ObjectLexicon.listSeparators.contains(text[$0]) })
            && ObjectLexicon.verbs.firstMatch(in: text, within: between) == nil
            && RateLexicon.totals.firstMatch(in: text, within: between) == nil
    }

    /// A rate cue between `start` and `end`, outside quoted names (实施“每周一修”等20余项 is no rate).
    private func hasCue(in text: [Unicode.Scalar], from start: Int, to end: Int, quoted: [Bool]) -> Bool {
        var from = start
        while from < end, let cue = RateLexicon.cues.firstMatch(in: text, within: from..<end) {
            if QuotedSpans.isQuoted(cue.range.lowerBound, in: quoted) {
                from = cue.range.upperBound
                continue
            }
            // 点击量最高的一条: a superlative picks one, it caps nothing.
            if cue.range.upperBound < text.count, text[cue.range.upperBound] == ObjectLexicon.modifierEnd,
               RateLexicon.superlatives.longestMatch(in: text, at: cue.range.lowerBound, limit: cue.range.upperBound) != nil {
                from = cue.range.upperBound
                continue
            }
            let opensWithYear = text[cue.range.lowerBound] == "年" && cue.range.count > 1
            let namesOnePeriod = cue.range.lowerBound > 0 && RateLexicon.periodBefore.contains(text[cue.range.lowerBound - 1])
            if !(opensWithYear && namesOnePeriod) { return true }
            from = cue.range.upperBound
        }
        return false
    }

    /// 每年可为村集体增收60万元以上，带动就业120余人: a 每年 that opens the statement governs its later
    /// clauses too, until a total or a period of its own (共, 累计, 今年) speaks. Asked only after a figure
    /// the cue made a rate: 每月召开会议，解决问题120余个 tells a total.
    private func isGoverned(_ text: [Unicode.Scalar], from start: Int, clauseStart: Int, number: Int, quoted: [Bool]) -> Bool {
        guard start < clauseStart else { return false }
        var from = start
        var governing: Range<Int>?
        while from < clauseStart, let cue = RateLexicon.governingCues.firstMatch(in: text, within: from..<clauseStart) {
            if !QuotedSpans.isQuoted(cue.range.lowerBound, in: quoted) { governing = cue.range }
            from = cue.range.upperBound
        }
        guard let governing, RateLexicon.totals.firstMatch(in: text, within: governing.upperBound..<number) == nil else { return false }
        // The governed clause goes on without a subject of its own: it opens with a verb or a modal (提供…, 可…).
        var opening = clauseStart
        while opening < number, ScalarClass.isGap(text[opening]) { opening += 1 }
        return ObjectLexicon.verbs.longestMatch(in: text, at: opening, limit: number) != nil
            || RateLexicon.continuations.longestMatch(in: text, at: opening, limit: number) != nil
    }
}
