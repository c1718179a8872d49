/// Gives a fact its ``Scope`` and place: the whole county, or a named town, village or unit.
///
///     let finder = ScopeFinder(gazetteer: .jining)
///     let subject = finder.subject(ofHeadline: "泗水县高峪镇第一书记工作队 全力推进帮扶工作")
///     // Place(scope: .unit, name: "高峪镇第一书记工作队")
///
/// In order, the first that applies: a whole-county word (全县, 该区, 各社区) in the figure's clause
/// before it; a place named in its clause (a town of the gazetteer, a named 村/社区, a 工作队 or a
/// school acting before the figure); the
/// unit the article is about (its headline's subject); a whole-county word earlier in the
/// sentence; a place named earlier in the sentence; else the article's county (or the city).
struct ScopeFinder: Sendable {
    let gazetteer: Gazetteer

    /// Most scalars of a headline's first part searched for its subject's suffix.
    private static let subjectReach = 14

    /// The town, village or organisation a headline names as its subject, or nil when it is
    /// about the county itself (邹城市 坚持…, 嘉祥县委县直机关工委 …).
    func subject(ofHeadline headline: String) -> Place? {
        let tokens = Self.headlineTokens(ScalarText.scalars(of: headline))
        guard var first = tokens.first else { return nil }
        first = dropLeadingCounties(first)
        if first.isEmpty, tokens.count > 1 {
            // 梁山县 老年大学 推动…: the subject continues in the next part.
            let next = tokens[1]
            return endsName(in: next, at: next.count) ? placed(next) : nil
        }
        guard !first.isEmpty, !startsCountyOrgan(first), ObjectLexicon.verbs.longestMatch(in: first, at: 0) == nil else { return nil }
        guard let end = subjectEnd(in: first) else { return nil }
        return placed(Array(first[..<end]))
    }

    /// The scope of a quantity whose clause and sentence are given.
    func scope(
        of quantity: Quantity, clause: Range<Int>, sentence: Range<Int>, in text: [Unicode.Scalar],
        subject: Place?, county: County
    ) -> Place {
        let whole = Place(scope: county == .jiningCity ? .city : .county, name: "")
        let before = clause.lowerBound..<quantity.numberStart
        if ScopeLexicon.wholeCounty.firstMatch(in: text, within: before) != nil { return whole }
        if let place = namedPlace(in: text, within: clause, before: quantity.numberStart, inClause: true) { return place }
        // In an article about a part, the rest of the sentence does not make a figure county-wide
        // (以实现老年教育全县大辐射,…开展6期…培训 is still the school's).
        if let subject { return subject }
        let sentenceBefore = sentence.lowerBound..<clause.lowerBound
        if ScopeLexicon.wholeCounty.firstMatch(in: text, within: sentenceBefore) != nil { return whole }
        if let place = namedPlace(in: text, within: sentenceBefore, before: sentenceBefore.upperBound, inClause: false) {
            return place
        }
        return whole
    }

    // MARK: Places in a clause

    /// The named village, acting school or sent team, else the last town, in `range`.
    /// `before`: where the figure starts; an organisation is its actor only when named before it, and a
    /// school only in the figure's own clause (`inClause`).
    private func namedPlace(in text: [Unicode.Scalar], within range: Range<Int>, before: Int, inClause: Bool) -> Place? {
        if let village = namedVillage(in: text, within: range) { return Place(scope: .village, name: village) }
        let actorRange = range.lowerBound..<min(range.upperBound, before)
        if inClause, let school = ScopeLexicon.clauseActorSchools.lastMatch(in: text, within: actorRange),
           ObjectLexicon.verbs.firstMatch(in: text, within: school.range.upperBound..<actorRange.upperBound) != nil {
            let start = nameStart(in: text, before: school.range.lowerBound, floor: range.lowerBound)
            return Place(scope: .unit, name: ScalarText.string(text[start..<school.range.upperBound]))
        }
        if let team = ScopeLexicon.clauseUnitSuffixes.lastMatch(in: text, within: actorRange) {
            let start = nameStart(in: text, before: team.range.lowerBound, floor: range.lowerBound)
            return Place(scope: .unit, name: ScalarText.string(text[start..<team.range.upperBound]))
        }
        let slice = Array(text[range])
        if let town = gazetteer.mentions(in: slice).last(where: { ScopeFinder.isTownName($0.name) }) { return Place(scope: .town, name: town.name) }
        return nil
    }

    /// A 村 or 社区 with a name before it (土门庄村, 中都街道朝阳村): the village part only.
    private func namedVillage(in text: [Unicode.Scalar], within range: Range<Int>) -> String? {
        var index = range.upperBound
        while index > range.lowerBound {
            defer { index -= 1 }
            guard let suffix = ScopeLexicon.villageSuffixes.longestMatch(in: text, endingAt: index, lowerBound: range.lowerBound)
            else { continue }
            let suffixStart = index - suffix.length
            // 吴村镇: a 村 inside a town's name; “归雁兴村”: a 村 ending a quoted slogan.
            if index < text.count, ScopeLexicon.townSuffixes.longestMatch(in: text, at: index, limit: text.count) != nil
                || QuotedSpans.closers.contains(text[index]) { continue }
            let start = nameStart(in: text, before: suffixStart, floor: range.lowerBound)
            let name = Array(text[start..<suffixStart])
            guard name.count >= 2, isVillageName(name), startsName(in: text, at: start, floor: range.lowerBound) else { continue }
            // 村集体 is a common noun (镇村集体收入), unless a town names the village first (吴村镇东庄村集体收入).
            let afterTown = start > range.lowerBound
                && ScopeLexicon.townSuffixes.longestMatch(in: text, endingAt: start, lowerBound: range.lowerBound) != nil
            if index < text.count, text[index - 1] == "村", ScopeLexicon.villageWordContinuations.contains(text[index]), !afterTown { continue }
            return ScalarText.string(text[start..<index])
        }
        return nil
    }

    /// A village's name has no word that makes 村/社区 a common noun (帮扶村, 依托社区, 镇村).
    private func isVillageName(_ name: [Unicode.Scalar]) -> Bool {
        if ScopeLexicon.notVillageNames.longestMatch(in: name, endingAt: name.count) != nil
            || ScopeLexicon.notVillageNames.longestMatch(in: name, at: 0) != nil { return false }
        return !name.contains { ScopeLexicon.townSuffixes.longestMatch(in: [$0], at: 0) != nil || $0 == "村" }
    }

    /// A name starts at a boundary: the clause's start, punctuation or a quote, a town's name, or a verb (带动|土门庄村).
    private func startsName(in text: [Unicode.Scalar], at start: Int, floor: Int) -> Bool {
        guard start > floor else { return true }
        let before = text[start - 1]
        if !before.properties.isIdeographic { return true }
        return ScopeLexicon.townSuffixes.longestMatch(in: text, endingAt: start, lowerBound: floor) != nil
            || ObjectLexicon.verbs.longestMatch(in: text, endingAt: start, lowerBound: floor) != nil
    }

    /// Where a name ending at `end` starts: back over ideographs, to punctuation, a digit, a
    /// quote, a verb or a scope word (其中|市派工作队), or the end of a town name (…街道|朝阳村).
    private func nameStart(in text: [Unicode.Scalar], before end: Int, floor: Int) -> Int {
        var start = end
        while start > floor, end - start < ScopeLexicon.maximumNameLength {
            let s = text[start - 1]
            if !s.properties.isIdeographic { break }
            if ObjectLexicon.verbs.longestMatch(in: text, endingAt: start, lowerBound: floor) != nil
                || ObjectLexicon.leadingNoise.longestMatch(in: text, endingAt: start, lowerBound: floor) != nil { break }
            if ScopeLexicon.townSuffixes.longestMatch(in: text, endingAt: start, lowerBound: floor) != nil, start < end { break }
            start -= 1
        }
        return start
    }

    // MARK: Headline subjects

    /// The headline's parts: split at spaces, colons, dashes and opening quotes.
    private static func headlineTokens(_ scalars: [Unicode.Scalar]) -> [[Unicode.Scalar]] {
        var tokens: [[Unicode.Scalar]] = [[]]
        for s in scalars {
            if s == " " || s == "\u{3000}" || s == "：" || s == ":" || s == "—" || s == "“" || s == "\"" || s == "《"
                || s == "｜" || s == "|" {
                if !tokens[tokens.count - 1].isEmpty { tokens.append([]) }
                if s != " " && s != "\u{3000}" { break }
            } else {
                tokens[tokens.count - 1].append(s)
            }
        }
        return tokens.filter { !$0.isEmpty }
    }

    /// The part without the county names it starts with (济宁市派|曲阜市…, 泗水县|高峪镇…).
    private func dropLeadingCounties(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var rest = scalars
        while let mention = gazetteer.mentions(in: rest).first, mention.range.lowerBound == 0, !ScopeFinder.isTownName(mention.name) {
            rest.removeFirst(mention.range.count)
        }
        return rest
    }

    /// 委…, 县直…, 区委…: the county's own organs speak for the county.
    private func startsCountyOrgan(_ scalars: [Unicode.Scalar]) -> Bool {
        scalars.first == "委" || ScopeLexicon.wholeCounty.longestMatch(in: scalars, at: 0) != nil
            || ScalarText.string(scalars).contains("工委")
    }

    /// The end of the subject: the first place or unit suffix within reach, extended over names
    /// that continue it (许庄街道|南风花园社区, 高峪镇|第一书记工作队).
    private func subjectEnd(in scalars: [Unicode.Scalar]) -> Int? {
        var end: Int?
        var index = 1
        while index <= min(scalars.count, Self.subjectReach) {
            if endsName(in: scalars, at: index) {
                end = index
                break
            }
            index += 1
        }
        guard var reached = end else { return nil }
        var next = reached + 1
        while next <= scalars.count, next - reached <= ScopeLexicon.maximumNameLength + 3 {
            if ObjectLexicon.verbs.longestMatch(in: scalars, endingAt: next, lowerBound: reached) != nil { break }
            if endsName(in: scalars, at: next) { reached = next }
            next += 1
        }
        return reached
    }

    /// True for the name of a town, township or street (…镇, …乡, …街道), not of a county-level unit.
    static func isTownName(_ name: String) -> Bool {
        let scalars = ScalarText.scalars(of: name)
        return ScopeLexicon.townSuffixes.longestMatch(in: scalars, endingAt: scalars.count) != nil
    }

    /// True when a place or unit name ends at `end`: an organisation suffix, or a 村/社区/镇/乡/街道 with
    /// a name before it (党建引领乡村 and 乡镇 are none).
    private func endsName(in scalars: [Unicode.Scalar], at end: Int) -> Bool {
        if ScopeLexicon.unitSuffixes.longestMatch(in: scalars, endingAt: end) != nil { return true }
        guard let suffix = ScopeLexicon.villageSuffixes.longestMatch(in: scalars, endingAt: end)
            ?? ScopeLexicon.townSuffixes.longestMatch(in: scalars, endingAt: end) else { return false }
        // 乡 before 村 or 镇 is part of a common word (乡村, 乡镇), not a township; and 乡村, 农村, 城乡 … are no names.
        if scalars[end - 1] == "乡", end < scalars.count, scalars[end] == "村" || scalars[end] == "镇" { return false }
        if ScopeLexicon.commonPlaceWords.longestMatch(in: scalars, endingAt: end) != nil { return false }
        let name = Array(scalars[nameStart(in: scalars, before: end - suffix.length, floor: 0)..<(end - suffix.length)])
        // A headline's place may end in a character that makes 村 common in prose (两城镇, 金城社区):
        // only longer words rule it out (党建引领|乡村).
        return name.count >= 2 && (ScopeLexicon.notVillageNames.longestMatch(in: name, endingAt: name.count)?.length ?? 0) < 2
    }

    private func placed(_ subject: [Unicode.Scalar]) -> Place? {
        guard subject.count >= 2 else { return nil }
        let end = subject.count
        let scope: Scope
        if ScopeLexicon.villageSuffixes.longestMatch(in: subject, endingAt: end) != nil { scope = .village }
        else if ScopeLexicon.townSuffixes.longestMatch(in: subject, endingAt: end) != nil { scope = .town }
        else { scope = .unit }
        return Place(scope: scope, name: ScalarText.string(subject))
    }

}
