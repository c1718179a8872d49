/// Finds the quantities of a text: number, multiplier, approximation words, measure word and
/// ranges, following the fact contract's grammar and exclusions.
///
///     let text = Array("举办学习活动60余场次".unicodeScalars)
///     QuantityParser().quantities(in: text, range: 0..<text.count, quoted: QuotedSpans.mask(text)).first?.value // 60
///
/// Works on an array of scalars with index arithmetic; each scalar is visited a bounded
/// number of times, so the scan is linear in the text.
struct QuantityParser: Sendable {
    /// Most gap scalars (spaces, line breaks) skipped between the parts of one quantity.
    static let maximumGap = 16

    /// Every quantity whose number starts in `range`, in text order, skipping numbers inside
    /// quoted names (`quoted[i]` is true inside “…” 《…》).
    func quantities(in text: [Unicode.Scalar], range: Range<Int>, quoted: [Bool]) -> [Quantity] {
        var found: [Quantity] = []
        var i = max(range.lowerBound, 0)
        let end = min(range.upperBound, text.count)
        while i < end {
            let s = text[i]
            if ScalarClass.arabicDigit(s) != nil {
                let runEnd = NumberGrammar.endOfDigitRun(in: text, from: i)
                if !QuotedSpans.isQuoted(i, in: quoted), let q = quantity(in: text, at: i, range: range, chinese: false) {
                    found.append(q)
                    i = max(q.surfaceRange.upperBound, runEnd)
                } else {
                    i = runEnd
                }
            } else if NumberGrammar.canStartChinese(s)
                        || (NumberGrammar.isLargePower(s) || s == NumberGrammar.half) && opensSpokenBound(text, before: i, lowerBound: range.lowerBound),
                      i == 0 || !NumberGrammar.isChineseNumeral(text[i - 1]) {
                if let phrase = QuantityLexicon.setPhrases.longestMatch(in: text, at: i, limit: end) {
                    i += phrase.length
                } else if !QuotedSpans.isQuoted(i, in: quoted), let q = quantity(in: text, at: i, range: range, chinese: true) {
                    found.append(q)
                    i = q.surfaceRange.upperBound
                } else {
                    i += 1
                }
            } else {
                i += 1
            }
        }
        return found
    }

    /// A number with what follows it up to the measure word: 1.2万余人次, 3至5, 20余万元.
    private struct Head {
        var value: Double
        /// The upper end of a spoken range (七八万斤), in the same scale as `value`.
        var high: Double?
        var multiplied: Bool
        /// The multiplier printed after the number (万 → 10⁴), 1 when none.
        var multiplier: Double
        var over: Bool
        /// 来 between the number and the measure word (十来个).
        var approximate: Bool = false
        /// A Chinese numeral that reads as a measurement without a bound word (两千, 三百).
        var hasHundreds: Bool = false
        var unit: UnitLexicon.Entry?
        /// Where the measure word stands (empty when there is none); made a string only for a
        /// quantity that is kept.
        var classifier: Range<Int>
        /// Offset after the unit, or after the number and multiplier when there is no unit.
        var end: Int
    }

    private func skipGaps(_ text: [Unicode.Scalar], from index: Int, limit: Int) -> Int {
        var i = index
        while i < limit, i - index < Self.maximumGap, ScalarClass.isGap(text[i]) { i += 1 }
        return i
    }

    private func skipGapsBackward(_ text: [Unicode.Scalar], from index: Int, lowerBound: Int) -> Int {
        var i = index
        while i > lowerBound, index - i < Self.maximumGap, ScalarClass.isGap(text[i - 1]) { i -= 1 }
        return i
    }

    /// True when a bound word ends right before `index` (近万元, 上万人, 数亿元): a numeral may then open with 万 or 亿.
    private func opensSpokenBound(_ text: [Unicode.Scalar], before index: Int, lowerBound: Int) -> Bool {
        let lower = max(lowerBound, 0)
        return QuantityLexicon.spokenBounds.longestMatch(in: text, endingAt: index, lowerBound: lower) != nil
            || QuantityLexicon.prefixQualifiers.longestMatch(in: text, endingAt: index, lowerBound: lower) != nil
    }

    private func head(in text: [Unicode.Scalar], at index: Int, limit: Int, chinese: Bool) -> Head? {
        guard let number = chinese ? NumberGrammar.chinese(in: text, at: index, allowingLargeStart: true)
                                   : NumberGrammar.arabic(in: text, at: index)
        else { return nil }
        var over = false
        var multiplied = number.hasLargePower
        var multiplier = 1.0
        // 2万5千元: a second, smaller multiplied number right after the first adds to it.
        var addend: NumberGrammar.Token?
        var pos = skipGaps(text, from: number.end, limit: limit)
        var approximate = false
        if let m = QuantityLexicon.innerOver.longestMatch(in: text, at: pos, limit: limit) {
            over = true
            pos = skipGaps(text, from: pos + m.length, limit: limit)
        } else if let m = QuantityLexicon.innerApprox.longestMatch(in: text, at: pos, limit: limit),
                  UnitLexicon.table.longestMatch(in: text, at: pos + m.length, limit: limit) != nil {
            // 一百来块钱, 十来个: 来 between the number and its measure word hedges it.
            approximate = true
            pos = skipGaps(text, from: pos + m.length, limit: limit)
        }
        let unitHere = UnitLexicon.table.longestMatch(in: text, at: pos, limit: limit)
        if !chinese || over, let m = QuantityLexicon.multipliers.longestMatch(in: text, at: pos, limit: limit),
           unitHere.map({ $0.length <= m.length }) ?? true {
            // 千米 is a unit, 千万 a multiplier: the longer reading wins.
            multiplier = m.value
            multiplied = true
            pos = skipGaps(text, from: pos + m.length, limit: limit)
            if !chinese, let part = NumberGrammar.arabic(in: text, at: pos),
               let smaller = QuantityLexicon.multipliers.longestMatch(in: text, at: part.end, limit: limit),
               smaller.value < multiplier, part.fractionDigits == 0, part.scaled(by: smaller.value) < multiplier {
                addend = NumberGrammar.Token(value: part.scaled(by: smaller.value), end: part.end + smaller.length)
                pos = skipGaps(text, from: part.end + smaller.length, limit: limit)
            }
            if QuantityLexicon.innerOver.longestMatch(in: text, at: pos, limit: limit) != nil {
                over = true
                pos = skipGaps(text, from: pos + 1, limit: limit)
            }
        }
        let scale = multiplier * (UnitLexicon.table.longestMatch(in: text, at: pos, limit: limit)?.value.scale ?? 1)
        let value = number.scaled(by: scale) + (addend?.value ?? 0) * scale / multiplier
        let high = number.high.map { $0 * scale }
        if let u = UnitLexicon.table.longestMatch(in: text, at: pos, limit: limit) {
            return Head(value: value, high: high, multiplied: multiplied, multiplier: multiplier, over: over, approximate: approximate,
                        hasHundreds: number.hasHundreds, unit: u.value, classifier: pos..<pos + u.length, end: pos + u.length)
        }
        let end = over || multiplied ? pos : number.end
        return Head(value: value, high: high, multiplied: multiplied, multiplier: multiplier, over: over, approximate: approximate,
                    hasHundreds: number.hasHundreds, unit: nil, classifier: end..<end, end: end)
    }

    private func quantity(in text: [Unicode.Scalar], at index: Int, range: Range<Int>, chinese: Bool) -> Quantity? {
        let limit = min(range.upperBound, text.count)
        let lower = max(range.lowerBound, 0)
        let before = skipGapsBackward(text, from: index, lowerBound: lower)
        if QuantityLexicon.ordinalMarkers.longestMatch(in: text, endingAt: before, lowerBound: lower) != nil { return nil }
        if !chinese, before > lower, ScalarClass.isDecimalPoint(text[before - 1]) { return nil }
        guard var first = head(in: text, at: index, limit: limit, chinese: chinese) else { return nil }
        // 百分之90: the measure word stands before the number.
        var percentStart: Int?
        if first.unit == nil, let p = QuantityLexicon.percentPrefix.longestMatch(in: text, endingAt: before, lowerBound: lower) {
            percentStart = before - p.length
            first.unit = UnitLexicon.Entry(unit: .percent, scale: 1)
            first.classifier = (before - p.length)..<before
        }

        var qualifier: Qualifier?
        var surfaceStart = percentStart ?? index
        let qualifierEnd = percentStart.map { skipGapsBackward(text, from: $0, lowerBound: lower) } ?? before
        if let p = QuantityLexicon.prefixQualifiers.longestMatch(in: text, endingAt: qualifierEnd, lowerBound: lower) {
            let compound = QuantityLexicon.falseQualifierCompounds.longestMatch(in: text, endingAt: qualifierEnd, lowerBound: lower)
            // 过 is a bound after a noun (营收过10亿元), the aspect mark after a verb (举办过3次).
            // An amount of money after it is a bound still (新签约过亿元项目): a count follows the aspect mark.
            let isAspect = p.length == 1 && text[qualifierEnd - 1] == QuantityLexicon.aspectOrOver && first.unit?.unit != .yuan
                && ObjectLexicon.verbs.longestMatch(in: text, endingAt: qualifierEnd - 1, lowerBound: lower) != nil
            if (compound == nil || compound!.length <= p.length) && !isAspect {
                qualifier = p.value
                surfaceStart = qualifierEnd - p.length
            }
        }
        // 上千人, 数亿元, 几十万元: a spoken bound before a round numeral.
        if qualifier == nil, chinese, QuantityLexicon.chinesePowers[text[index]] != nil,
           let p = QuantityLexicon.spokenBounds.longestMatch(in: text, endingAt: qualifierEnd, lowerBound: lower) {
            qualifier = p.value
            surfaceStart = qualifierEnd - p.length
        }
        // A Chinese numeral is a measurement only with an approximation word, a multiplier, a spoken range, a
        // digit times 百 or 千, a share (七成) or 百分之 (checked before ranges and suffixes, so a numeral that is no
        // quantity costs no more parsing).
        if chinese, !first.over, !first.approximate, !first.multiplied, first.high == nil, !first.hasHundreds, qualifier == nil,
           percentStart == nil,
           first.unit?.unit != .percent { return nil }

        var high = first.high
        var end = first.end
        var unit = first.unit
        var classifier = first.classifier
        // A range: 3至5件, 30万元—500万元.
        let connectorAt = skipGaps(text, from: first.end, limit: limit)
        if let c = QuantityLexicon.rangeConnectors.longestMatch(in: text, at: connectorAt, limit: limit) {
            let secondAt = skipGaps(text, from: connectorAt + c.length, limit: limit)
            let secondIsNumber = secondAt < limit
                && (chinese ? NumberGrammar.canStartChinese(text[secondAt]) : ScalarClass.arabicDigit(text[secondAt]) != nil)
            if secondIsNumber, let second = head(in: text, at: secondAt, limit: limit, chinese: chinese),
               let secondUnit = second.unit, first.unit == nil || first.unit!.unit == secondUnit.unit {
                if first.unit == nil {
                    // 3至5万元: the multiplier printed once applies to both ends.
                    if !first.multiplied { first.value *= second.multiplier }
                    first.value *= secondUnit.scale
                }
                high = second.value
                end = second.end
                unit = secondUnit
                classifier = second.classifier
            }
        }
        guard let unit else { return nil }
        // 8点30分 is a time of day and 百分之/三分之一 a fraction: 分 counts points only elsewhere.
        if text[classifier].elementsEqual(QuantityLexicon.points),
           before > lower && QuantityLexicon.clockMarks.contains(text[before - 1])
            || classifier.upperBound < limit && text[classifier.upperBound] == QuantityLexicon.fractionMark { return nil }
        if unit.unit == .year {
            // A 年 after a number is a calendar year unless a duration cue stands before it.
            // A bound word makes it a duration too (将近20年, 三十多年); 来 after it makes a time phrase (驻村近两年来).
            let hasCue = hasDurationCue(in: text, before: before, lowerBound: lower)
            let after = skipGaps(text, from: end, limit: limit)
            let isBounded = qualifier != nil || first.over || QuantityLexicon.suffixQualifiers.longestMatch(in: text, at: after, limit: limit) != nil
            let isTimePhrase = QuantityLexicon.sinceAfterYears.longestMatch(in: text, at: after, limit: limit) != nil
            // A range of years is a duration after a cue (期限一般为1至2年); 2024—2025年 is a span of calendar years.
            guard first.value < 1000, high == nil || hasCue, hasCue || isBounded, !isTimePhrase else { return nil }
        }

        var suffixQualifier: Qualifier?
        let suffixAt = skipGaps(text, from: end, limit: limit)
        let (ahead, positions) = compactPrefix(text, from: suffixAt, limit: limit, count: 3)
        if let s = QuantityLexicon.suffixQualifiers.longestMatch(in: ahead, at: 0),
           QuantityLexicon.suffixNeedingWordEnd.longestMatch(in: ahead, at: 0) == nil
            || isWordEnd(text, positions[s.length - 1] + 1, limit: limit) {
            suffixQualifier = s.value
            end = positions[s.length - 1] + 1
        } else if QuantityLexicon.timeUnits.contains(unit.unit), suffixAt < limit, text[suffixAt] == QuantityLexicon.withinAfterTime {
            suffixQualifier = .under
            end = suffixAt + 1
        }

        var boundWordStart: Int?
        var distant: Qualifier?
        if qualifier == nil {
            var j = surfaceStart
            while j > lower, surfaceStart - j < QuantityLexicon.distantBoundReach, !ScalarClass.endsClause(text[j - 1]) {
                // 最多的一户达到1.2万元: a superlative before 的 picks one member; it bounds nothing.
                if let b = QuantityLexicon.distantBounds.longestMatch(in: text, endingAt: j, lowerBound: lower),
                   j >= text.count || text[j] != ObjectLexicon.modifierEnd {
                    distant = b.value
                    boundWordStart = j - b.length
                    break
                }
                j -= 1
            }
        }
        // 约90余名: 余 is the bound, 约 only hedges it.
        if qualifier == .approx && first.over { qualifier = .over }
        let inner: Qualifier? = first.over ? .over : (first.approximate ? .approx : nil)
        let resolved: Qualifier = high != nil ? .range : (qualifier ?? inner ?? suffixQualifier ?? distant ?? .exact)
        return Quantity(surfaceRange: surfaceStart..<end, numberStart: index, boundWordStart: boundWordStart,
                        value: first.value, high: high, qualifier: resolved, unit: unit.unit,
                        classifier: ScalarText.string(text[classifier]))
    }

    /// A duration cue a little before the number, within its clause (连续3年, 坚持义务巡逻8年).
    private func hasDurationCue(in text: [Unicode.Scalar], before index: Int, lowerBound: Int) -> Bool {
        var end = skipGapsBackward(text, from: index, lowerBound: lowerBound)
        let floor = max(lowerBound, end - QuantityLexicon.durationCueReach)
        while end > floor {
            if QuantityLexicon.durationCues.longestMatch(in: text, endingAt: end, lowerBound: lowerBound) != nil { return true }
            if ScalarClass.endsClause(text[end - 1]) { return false }
            end -= 1
        }
        return false
    }

    /// The next `count` non-gap scalars from `index` (a hard wrap may split 左⏎右) and where each stands.
    private func compactPrefix(_ text: [Unicode.Scalar], from index: Int, limit: Int, count: Int) -> ([Unicode.Scalar], [Int]) {
        var scalars: [Unicode.Scalar] = [], positions: [Int] = []
        var i = index
        while i < limit, scalars.count < count, i - index < Self.maximumGap {
            if !ScalarClass.isGap(text[i]) {
                scalars.append(text[i])
                positions.append(i)
            }
            i += 1
        }
        return (scalars, positions)
    }

    /// True when `index` ends a word: end of text, a gap or clause punctuation follows.
    private func isWordEnd(_ text: [Unicode.Scalar], _ index: Int, limit: Int) -> Bool {
        index >= limit || ScalarClass.isGap(text[index]) || ScalarClass.endsClause(text[index]) || text[index] == "的"
    }
}
