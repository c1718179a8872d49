/// Reads a figure's ``FactStatus`` and ``FactRelation`` from the cue words of its clause
/// (``StatusLexicon``).
///
///     // 预计每年可增加15万元 → .plan;  其中22名… → relation .share;  15个党支部优化调整为… → .superseded
struct StatusFinder: Sendable {
    /// - Parameters:
    ///   - clause: the figure's clause; cues count before the number.
    ///   - isPolicyNotice: the article announces a policy (``isPolicyNotice(body:)``): its amounts are standards.
    ///   - quoted: ``QuotedSpans/mask(_:)`` of the text: a cue inside a quoted name (“归雁”计划) is no cue.
    ///   - sentenceStart: where the figure's sentence starts: an aim that opens it (力争到2025年，…达到120个)
    ///     governs its later clauses too.
    func status(
        of quantity: Quantity, clause: Range<Int>, sentenceStart: Int, in text: [Unicode.Scalar], quoted: [Bool],
        isPolicyNotice: Bool
    ) -> FactStatus {
        let before = clause.lowerBound..<quantity.numberStart
        if let opening = StatusLexicon.sentencePlan.firstMatch(in: text, within: sentenceStart..<min(sentenceStart + 4, quantity.numberStart)),
           !QuotedSpans.isQuoted(opening.range.lowerBound, in: quoted) {
            return .plan
        }
        if let cue = StatusLexicon.plan.firstMatch(in: text, within: before), !QuotedSpans.isQuoted(cue.range.lowerBound, in: quoted) {
            return .plan
        }
        if hasFutureVerb(in: text, within: before) { return .plan }
        if quantity.qualifier == .approx, StatusLexicon.goalVerbs.firstMatch(in: text, within: before) != nil { return .plan }
        if StatusLexicon.standard.firstMatch(in: text, within: before)?.value == true { return .standard }
        if isPolicyNotice, StatusLexicon.spending.firstMatch(in: text, within: before) == nil {
            // A policy's amounts hold for each recipient; so do its limits and ranges of any unit (比例不低于60%,
            // 时限压缩至15天以内, 期限为10至15年), unless the sentence tells an aim or a result (力争…达到12万人以上,
            // 已累计…带动就业超800人).
            if quantity.unit == .yuan { return .standard }
            let sentence = sentenceStart..<quantity.numberStart
            if quantity.qualifier == .range || quantity.qualifier != .exact && quantity.hasBoundWord(in: text),
               StatusLexicon.plan.firstMatch(in: text, within: sentence) == nil,
               StatusLexicon.spending.firstMatch(in: text, within: sentence) == nil,
               RateLexicon.totals.firstMatch(in: text, within: sentence) == nil { return .standard }
        }
        return .actual
    }

    /// `.share` for 其中N… or N…被评为…, `.superseded` for N…调整为… or 原有N…; `next` is where the sentence's
    /// next figure starts (cues after it belong to that figure).
    func relation(of quantity: Quantity, clause: Range<Int>, next: Int, in text: [Unicode.Scalar]) -> FactRelation? {
        // The clause begins at the previous figure when there is one: a 其中 further back is the sentence's.
        let start = ScalarClass.clauseStart(before: clause.lowerBound, in: text, floor: max(0, clause.lowerBound - 40))
        if StatusLexicon.shareBefore.firstMatch(in: text, within: start..<clause.lowerBound) != nil,
           ObjectLexicon.verbs.firstMatch(in: text, within: clause.lowerBound..<quantity.numberStart) == nil {
            // 其中县级干部党员86名、科级干部党员1900余名: every figure the 其中 lists is a share.
            return .share
        }
        if StatusLexicon.shareBefore.firstMatch(in: text, within: clause.lowerBound..<quantity.numberStart) != nil { return .share }
        let after = quantity.surfaceRange.upperBound..<min(clause.upperBound, next)
        if StatusLexicon.supersededAfter.firstMatch(in: text, within: after) != nil
            || StatusLexicon.supersededBefore.firstMatch(in: text, within: clause.lowerBound..<quantity.numberStart) != nil {
            return .superseded
        }
        if StatusLexicon.shareAfter.firstMatch(in: text, within: after) != nil { return .share }
        return nil
    }

    /// True when the body opens by announcing a policy document (近日，泗水县出台《…》).
    static func isPolicyNotice(body text: [Unicode.Scalar]) -> Bool {
        let opening = 0..<min(text.count, 80)
        guard let verb = StatusLexicon.policyVerbs.firstMatch(in: text, within: opening) else { return false }
        let after = verb.range.upperBound
        return after < text.count && (text[after] == "《" || text[after] == "“")
    }

    /// 将 directly before a verb (将新建…), not 将 marking an object (将原来的…).
    private func hasFutureVerb(in text: [Unicode.Scalar], within range: Range<Int>) -> Bool {
        var index = range.lowerBound
        while index < range.upperBound {
            if text[index] == StatusLexicon.future, ObjectLexicon.verbs.longestMatch(in: text, at: index + 1, limit: range.upperBound) != nil {
                return true
            }
            index += 1
        }
        return false
    }
}
