/// Decides which indicators a fact counts toward, by the table ``Indicator/all``: the object's
/// head, the role or team its clause gives the counted things, the words its clause needs and
/// the verb before it.
///
///     let memberships = IndicatorClassifier().memberships(of: fact, in: bodyScalars)
///     // 聘请429名老同志担任网格员、街巷长、楼长助理 → retired-cadres (老同志), grid-workers (role)
public struct IndicatorClassifier: Sendable {
    public let indicators: [Indicator]
    /// Each indicator's verbs (true) and blocking verbs (false), in one table, by position in ``indicators``.
    private let verbTables: [WordTable<Bool>?]

    public init(indicators: [Indicator] = Indicator.all) {
        self.indicators = indicators
        verbTables = indicators.map { indicator in
            indicator.verbs.isEmpty ? nil
                : WordTable(indicator.verbs.map { ($0, true) } + indicator.blockingVerbs.map { ($0, false) })
        }
    }

    /// Verbs that give the counted persons a role: `N名X担任A、B`.
    static let roleVerbs = WordTable(words: ["担任", "兼任", "聘为", "聘任为", "成为", "作为", "任"])
    /// Nouns at an object's end that measure the thing before them (党员信息 → 党员).
    static let measureNouns = ["信息", "数量", "人数", "总数", "规模", "档案", "名单", "队伍规模"]
    /// Marks dropped before heads are compared: quotes and book-title marks, spaces, and a
    /// conjunction left at the end (离退休干部党组织与).
    static let ignored: Set<Character> = ["“", "”", "‘", "’", "\"", "'", "《", "》", "「", "」", " ", "\u{3000}"]
    static let trailingConjunctions: Set<Character> = ["与", "和", "及", "、", "同"]
    /// What separates the roles of a role list.
    static let roleSeparators: Set<Unicode.Scalar> = ["、", "和", "及", "与", "/"]

    /// The indicators `fact` counts toward, with its kind for each, in table order. `text` is the
    /// article body the fact's offsets refer to.
    public func memberships(of fact: Fact, in text: [Unicode.Scalar]) -> [IndicatorMembership] {
        guard fact.sentenceRange.upperBound <= text.count, fact.span.upperBound <= text.count else { return [] }
        let object = Self.head(of: fact.object)
        var found: [IndicatorMembership] = []
        var sentence: String?
        func sentenceText() -> String {
            if let sentence { return sentence }
            let made = ScalarText.string(text[fact.sentenceRange])
            sentence = made
            return made
        }
        for (index, indicator) in indicators.enumerated()
        where indicator.unit == fact.unit && !indicator.excludedClassifiers.contains(fact.classifier) {
            if indicator.excludedHeads.contains(where: object.hasSuffix) { continue }
            if indicator.excludedObjectWords.contains(where: object.contains) { continue }
            if !indicator.sentenceExcludes.isEmpty, indicator.sentenceExcludes.contains(where: sentenceText().contains) { continue }
            if let verbs = verbTables[index], !hasGoverningVerb(verbs, fact: fact, in: text) { continue }
            if !indicator.clauseNeeds.isEmpty, !clauseOrSubjectSays(indicator.clauseNeeds, fact: fact, in: text) { continue }
            if let kind = kind(for: indicator, object: object, fact: fact, text: text, sentence: sentenceText) {
                found.append(IndicatorMembership(indicator: indicator.id, kind: kind))
            }
        }
        return found
    }

    /// The object as heads are compared with it: marks removed, a measuring noun dropped.
    public static func head(of object: String) -> String {
        var cleaned = String(object.filter { !ignored.contains($0) })
        while let last = cleaned.last, trailingConjunctions.contains(last) { cleaned.removeLast() }
        if let noun = measureNouns.first(where: { cleaned.hasSuffix($0) && cleaned.count > $0.count }) {
            cleaned.removeLast(noun.count)
        }
        return cleaned
    }

    private func kind(
        for indicator: Indicator, object: String, fact: Fact, text: [Unicode.Scalar], sentence: () -> String
    ) -> String? {
        if indicator.heads.isEmpty { return indicator.defaultKind }
        if let head = indicator.head(of: object),
           head.objectNeeds.isEmpty || head.objectNeeds.contains(where: object.contains),
           head.sentenceNeeds.isEmpty || head.sentenceNeeds.contains(where: sentence().contains) {
            return head.kind
        }
        if !indicator.roles.isEmpty, let roles = roles(after: fact, in: text), !roles.isEmpty,
           roles.allSatisfy({ role in indicator.roles.contains(where: role.hasSuffix) }) {
            return indicator.defaultKind
        }
        if !indicator.memberVerbs.isEmpty, indicator.memberVerbs.contains(where: sentence().contains),
           indicator.memberTeams.contains(where: sentence().contains) {
            return indicator.defaultKind
        }
        return nil
    }

    /// The roles of `N名X担任A、B、C`: the list after a role verb that follows the figure in its clause.
    private func roles(after fact: Fact, in text: [Unicode.Scalar]) -> [String]? {
        let clauseEnd = Self.clauseEnd(after: fact.span.upperBound, in: text, sentence: fact.sentenceRange)
        guard let verb = Self.roleVerbs.firstMatch(in: text, within: fact.span.upperBound..<clauseEnd) else { return nil }
        var roles: [String] = []
        var current: [Unicode.Scalar] = []
        var index = verb.range.upperBound
        while index < clauseEnd {
            let s = text[index]
            if Self.roleSeparators.contains(s) {
                roles.append(ScalarText.string(current))
                current = []
            } else if !current.isEmpty, ObjectLexicon.verbs.longestMatch(in: text, at: index, limit: clauseEnd) != nil {
                break
            } else {
                current.append(s)
            }
            index += 1
        }
        roles.append(ScalarText.string(current))
        return roles.map(Self.head(of:)).filter { !$0.isEmpty }
    }

    /// True when the nearest of the indicator's verbs and blocking verbs before the figure, in its clause, is one of its verbs.
    private func hasGoverningVerb(_ table: WordTable<Bool>, fact: Fact, in text: [Unicode.Scalar]) -> Bool {
        let start = Self.clauseStart(before: fact.span.lowerBound, in: text, sentence: fact.sentenceRange)
        // The object may come first (提拔重用…干部151名) or the figure may (124人): search the clause up to the figure's end.
        return table.lastMatch(in: text, within: start..<fact.span.upperBound)?.value ?? false
    }

    /// True when the figure's clause, or the sentence's subject (its text before the first verb), says one of `words`.
    private func clauseOrSubjectSays(_ words: [String], fact: Fact, in text: [Unicode.Scalar]) -> Bool {
        let start = Self.clauseStart(before: fact.span.lowerBound, in: text, sentence: fact.sentenceRange)
        let end = Self.clauseEnd(after: fact.span.upperBound, in: text, sentence: fact.sentenceRange)
        let clause = ScalarText.string(text[start..<end])
        if words.contains(where: clause.contains) { return true }
        let subjectEnd = ObjectLexicon.verbs.firstMatch(in: text, within: fact.sentenceRange)?.range.lowerBound ?? fact.sentenceRange.lowerBound
        let subject = ScalarText.string(text[fact.sentenceRange.lowerBound..<subjectEnd])
        return words.contains(where: subject.contains)
    }

    static func clauseStart(before index: Int, in text: [Unicode.Scalar], sentence: Range<Int>) -> Int {
        var start = min(index, text.count)
        while start > sentence.lowerBound, !ScalarClass.endsClause(text[start - 1]) { start -= 1 }
        return start
    }

    static func clauseEnd(after index: Int, in text: [Unicode.Scalar], sentence: Range<Int>) -> Int {
        var end = index
        let limit = min(sentence.upperBound, text.count)
        while end < limit, !ScalarClass.endsClause(text[end]) { end += 1 }
        return end
    }
}
