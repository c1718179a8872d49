/// Decides which indicators a fact counts toward, by the table ``Indicator/all``: the object's
/// head, the role or team its clause gives the counted things, the words its clause needs and
/// the verb before it.
///
///     let memberships = IndicatorClassifier().memberships(of: fact, in: bodyScalars)
///     // 聘请429名老同志担任网格员、街巷长、楼长助理 → retired-cadres (老同志), grid-workers (role)
public struct IndicatorClassifier: Sendable {
    public let indicators: [Indicator]
    /// Each indicator's word lists as tables over scalars, by position in ``indicators``:
    /// `String.contains` (through Foundation) was a fifth of ingest.
    private let tables: [Tables]

    /// One indicator's word lists, compiled.
    private struct Tables: Sendable {
        /// Heads, the value their position in ``Indicator/heads``: the longest ending at the object's end wins.
        var heads: WordTable<Int>
        var objectNeeds: [WordTable<Void>?]
        var sentenceNeeds: [WordTable<Void>?]
        var excludedHeads: WordTable<Void>
        var excludedObjectWords: WordTable<Void>
        var sentenceExcludes: WordTable<Void>
        var clauseNeeds: WordTable<Void>?
        var memberVerbs: WordTable<Void>
        var memberTeams: WordTable<Void>
        /// Verbs (true) and blocking verbs (false), or nil when the indicator needs no verb.
        var verbs: WordTable<Bool>?

        init(_ indicator: Indicator) {
            func table(_ words: [String]) -> WordTable<Void> { WordTable(words: words) }
            func needs(_ words: [String]) -> WordTable<Void>? { words.isEmpty ? nil : table(words) }
            heads = WordTable(indicator.heads.enumerated().map { ($0.element.word, $0.offset) })
            objectNeeds = indicator.heads.map { needs($0.objectNeeds) }
            sentenceNeeds = indicator.heads.map { needs($0.sentenceNeeds) }
            excludedHeads = table(indicator.excludedHeads)
            excludedObjectWords = table(indicator.excludedObjectWords)
            sentenceExcludes = table(indicator.sentenceExcludes)
            clauseNeeds = needs(indicator.clauseNeeds)
            memberVerbs = table(indicator.memberVerbs)
            memberTeams = table(indicator.memberTeams)
            verbs = indicator.verbs.isEmpty ? nil
                : WordTable(indicator.verbs.map { ($0, true) } + indicator.blockingVerbs.map { ($0, false) })
        }
    }

    public init(indicators: [Indicator] = Indicator.all) {
        self.indicators = indicators
        tables = indicators.map(Tables.init)
    }

    /// Verbs that give the counted persons a role: `N名X担任A、B`.
    static let roleVerbs = WordTable(words: ["担任", "兼任", "聘为", "聘任为", "成为", "作为", "任"])
    /// Nouns at an object's end that measure the thing before them (党员信息 → 党员).
    static let measureNouns = WordTable(words: ["信息", "数量", "人数", "总数", "总额", "总量", "规模", "档案", "名单", "队伍规模"])
    /// Marks dropped before heads are compared: quotes and book-title marks, spaces, and a
    /// conjunction left at the end (离退休干部党组织与).
    static let ignored: ScalarSet = ["“", "”", "‘", "’", "\"", "'", "《", "》", "「", "」", " ", "\u{3000}"]
    static let trailingConjunctions: ScalarSet = ["与", "和", "及", "、", "同"]
    /// What separates the roles of a role list.
    static let roleSeparators: ScalarSet = ["、", "和", "及", "与", "/"]

    /// The indicators `fact` counts toward, with its kind for each, in table order. `text` is the
    /// article body the fact's offsets refer to.
    public func memberships(of fact: Fact, in text: [Unicode.Scalar]) -> [IndicatorMembership] {
        guard fact.sentenceRange.upperBound <= text.count, fact.span.upperBound <= text.count else { return [] }
        let object = Self.headScalars(of: fact.object)
        let whole = object.indices
        let sentence = fact.sentenceRange
        var found: [IndicatorMembership] = []
        for (index, indicator) in indicators.enumerated()
        where indicator.unit == fact.unit && !indicator.excludedClassifiers.contains(fact.classifier) {
            let tables = self.tables[index]
            if tables.excludedHeads.longestMatch(in: object, endingAt: object.count) != nil { continue }
            if tables.excludedObjectWords.firstMatch(in: object, within: whole) != nil { continue }
            if tables.sentenceExcludes.firstMatch(in: text, within: sentence) != nil { continue }
            if let verbs = tables.verbs, !hasGoverningVerb(verbs, fact: fact, in: text) { continue }
            if let needs = tables.clauseNeeds, !clauseOrSubjectSays(needs, fact: fact, in: text) { continue }
            if let kind = kind(for: indicator, tables: tables, object: object, fact: fact, text: text) {
                found.append(IndicatorMembership(indicator: indicator.id, kind: kind))
            }
        }
        return found
    }

    /// The object as heads are compared with it: marks removed, a measuring noun dropped.
    public static func head(of object: String) -> String { ScalarText.string(headScalars(of: object)) }

    static func headScalars(of object: String) -> [Unicode.Scalar] {
        var cleaned = ScalarText.scalars(of: object).filter { !ignored.contains($0) }
        while let last = cleaned.last, trailingConjunctions.contains(last) { cleaned.removeLast() }
        if let noun = measureNouns.longestMatch(in: cleaned, endingAt: cleaned.count), cleaned.count > noun.length {
            cleaned.removeLast(noun.length)
        }
        return cleaned
    }

    private func kind(
        for indicator: Indicator, tables: Tables, object: [Unicode.Scalar], fact: Fact, text: [Unicode.Scalar]
    ) -> String? {
        if indicator.heads.isEmpty { return indicator.defaultKind }
        // The head the object ends with; for a count of persons, else the last one inside it when a verb or a
        // function word follows it, which the object finder did not know (98名驻村第一书记|吃住在村). A list of
        // persons (党员团员民警) is no such head.
        var end = object.count
        while end > 0 {
            if let match = tables.heads.longestMatch(in: object, endingAt: end) {
                if end < object.count, ObjectLexicon.verbs.longestMatch(in: object, at: end, limit: object.count) == nil,
                   ObjectLexicon.functionWords.longestMatch(in: object, at: end, limit: object.count) == nil { break }
                if tables.objectNeeds[match.value].map({ $0.firstMatch(in: object, within: object.indices) != nil }) ?? true,
                   tables.sentenceNeeds[match.value].map({ $0.firstMatch(in: text, within: fact.sentenceRange) != nil }) ?? true {
                    return indicator.heads[match.value].kind
                }
                break
            }
            guard fact.unit == .person else { break }
            end -= 1
        }
        if !indicator.roles.isEmpty, let roles = roles(after: fact, in: text), !roles.isEmpty,
           roles.allSatisfy({ role in indicator.roles.contains(where: role.hasSuffix) }) {
            // Counted as the kind of the first role named (担任楼栋长、单元长 → 楼长).
            return indicator.head(of: roles[0])?.kind ?? indicator.defaultKind
        }
        if tables.memberVerbs.firstMatch(in: text, within: fact.sentenceRange) != nil,
           tables.memberTeams.firstMatch(in: text, within: fact.sentenceRange) != nil {
            return indicator.defaultKind
        }
        return nil
    }

    /// The roles of `N名X担任A、B、C`: the list after a role verb that follows the figure in its clause.
    private func roles(after fact: Fact, in text: [Unicode.Scalar]) -> [String]? {
        let clauseEnd = ScalarClass.clauseEnd(after: fact.span.upperBound, in: text, limit: fact.sentenceRange.upperBound)
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
        let start = ScalarClass.clauseStart(before: fact.span.lowerBound, in: text, floor: fact.sentenceRange.lowerBound)
        // The object may come first (提拔重用…干部151名) or the figure may (124人): search the clause up to the figure's end.
        return table.lastMatch(in: text, within: start..<fact.span.upperBound)?.value ?? false
    }

    /// True when the figure's clause, or the sentence's subject (its text before the first verb), says one of `words`.
    private func clauseOrSubjectSays(_ words: WordTable<Void>, fact: Fact, in text: [Unicode.Scalar]) -> Bool {
        let start = ScalarClass.clauseStart(before: fact.span.lowerBound, in: text, floor: fact.sentenceRange.lowerBound)
        let end = ScalarClass.clauseEnd(after: fact.span.upperBound, in: text, limit: fact.sentenceRange.upperBound)
        if words.firstMatch(in: text, within: start..<end) != nil { return true }
        let subjectEnd = ObjectLexicon.verbs.firstMatch(in: text, within: fact.sentenceRange)?.range.lowerBound ?? fact.sentenceRange.lowerBound
        return words.firstMatch(in: text, within: fact.sentenceRange.lowerBound..<subjectEnd) != nil
    }
}
