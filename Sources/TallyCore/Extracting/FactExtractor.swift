/// Reads every quantity fact of an article, following the fact contract (`fact-spec.md`).
///
///     let facts = FactExtractor().extract(from: article, publishedYear: 2025)
///     facts.first?.surface // "60余场次"
///
/// Per sentence: ``QuantityParser`` finds the quantities (numbers inside quoted names are
/// skipped), ``ObjectFinder`` names what each counts, ``PeriodFinder`` gives the time cue
/// (the sentence's own, else the paragraph's latest), ``RateFinder`` decides whether it is a
/// rate, and the county is the article's unless a city-desk sentence names one county.
/// Linear in the body; never traps on any input.
public struct FactExtractor: Sendable {
    public var gazetteer: Gazetteer
    public init(gazetteer: Gazetteer = .jining) {
        self.gazetteer = gazetteer
    }

    /// Most scalars a clause reaches back or forward from a quantity.
    static let clauseReach = 60

    /// - Parameter publishedYear: resolves relative periods (今年, 去年) when known.
    public func extract(from article: Article, publishedYear: Int?) -> [Fact] {
        let text = article.bodyScalars
        let subject = article.subject
        let quoted = QuotedSpans.mask(text)
        let parser = QuantityParser()
        let objects = ObjectFinder()
        let periodFinder = PeriodFinder()
        let scopes = ScopeFinder(gazetteer: gazetteer)
        let statuses = StatusFinder()
        let rates = RateFinder()
        let isPolicyNotice = StatusFinder.isPolicyNotice(body: text)
        var facts: [Fact] = []
        // Sentences and surfaces are cut from the body as printed; everything else reads `text`.
        let printed = article.printedScalars
        var sentences = ScalarCursor(article.body[...], scalars: printed)
        var paragraph = -1
        var paragraphPeriod: Period?
        // A city-desk roundup speaks of one county a paragraph (or a clause): the county named last, until
        // a sentence speaks of the whole city again (我市, 全市). Not reset at paragraph breaks, which hard-wrapped
        // page text does not always show.
        var namedMention: (offset: Int, county: County, town: String?)?
        // A short-news column or a numbered set of reports the segmenter kept as one item: each ■ item,
        // and each section opening 二、鱼台县：…, is about the county it opens with.
        var itemCounty: County?
        for sentence in SentenceSplitter.sentences(in: text) {
            if let opening = itemOpening(in: text, sentence: sentence.range) { itemCounty = opening }
            if sentence.paragraph != paragraph {
                paragraph = sentence.paragraph
                paragraphPeriod = nil
            }
            let periods = periodFinder.periods(in: text, range: sentence.range, publishedYear: publishedYear)
            let quantities = parser.quantities(in: text, range: sentence.range, quoted: quoted)
            let mentions = countyMentions(in: text, sentence: sentence.range, of: article)
            let cityCue = cityMention(in: text, sentence: sentence.range, of: article)
            if !quantities.isEmpty {
                let sentenceText = sentences.string(sentence.range)
                var previousEnd = sentence.range.lowerBound
                var previousObject: String?
                var previousQuantity: Quantity?
                var previousIsRate = false
                var cueIndex = -1
                for (index, quantity) in quantities.enumerated() {
                    // Quantities come in text order: advance to the last cue before this one.
                    while cueIndex + 1 < periods.count, periods[cueIndex + 1].offset < quantity.numberStart { cueIndex += 1 }
                    let clause = clause(around: quantity, in: text, sentence: sentence.range, after: previousEnd)
                    // 受益渔民达1.3万户、近5万人: a count listed right after another one counts the same thing.
                    // (A bound word may reach back over the figure before: the gap is then empty, never reversed.)
                    let gap = text[previousEnd..<max(previousEnd, quantity.surfaceRange.lowerBound)]
                    let inList = previousQuantity != nil && gap.contains { ObjectLexicon.listSeparators.contains($0) }
                        && !gap.contains(where: ScalarClass.endsClause)
                    var object = objects.object(for: quantity, in: text, clause: clause, inList: inList)
                    // A verb alone names no thing: 举办1期培训班，今年已举办6期 counts what the figure before did.
                    let namesOnlyAVerb = ObjectLexicon.verbs.longestMatch(in: ScalarText.scalars(of: object), at: 0)?.length
                        == object.unicodeScalars.count
                    // 选派第一书记46名,2021年以来累计选派230余名: a figure naming nothing, in the same measure word
                    // as the one before, counts the same thing.
                    let sameMeasure = previousQuantity.map { $0.unit == quantity.unit && $0.classifier == quantity.classifier } ?? false
                    if let previousObject, !gap.isEmpty,
                       (object.isEmpty || namesOnlyAVerb) && (gap.allSatisfy(ObjectLexicon.listSeparators.contains) || sameMeasure)
                        || StatusLexicon.supersededAfter.firstMatch(in: text, within: gap.indices) != nil
                        && !gap.contains(where: ScalarClass.endsClause) && !Self.follows(object, quantity, in: text) {
                        // …由1.12亿元增长到2.36亿元: the state after a change counts what the state before did,
                        // unless it names its own (…调整为15个党总支).
                        object = previousObject
                    } else if namesOnlyAVerb || Self.namesNothing(object),
                              let verb = namesOnlyAVerb ? object : Self.verbBefore(quantity, in: text, clause: clause) {
                        let noun = objects.antecedent(ofVerb: verb, in: text, sentenceStart: sentence.range.lowerBound, clauseStart: clause.lowerBound)
                        if !noun.isEmpty { object = noun }
                    }
                    previousObject = object
                    let statementStart = Self.statementStart(of: quantity, sentence: sentence.range, in: text)
                    let isRate = rates.isRate(quantity, in: text, context: RateFinder.Context(
                        previous: previousQuantity, previousIsRate: previousIsRate, gap: gap.indices, clause: clause,
                        statementStart: statementStart, next: index + 1 < quantities.count ? quantities[index + 1] : nil),
                        quoted: quoted)
                    previousQuantity = quantity
                    previousEnd = quantity.surfaceRange.upperBound
                    // A cue later in the sentence belongs to a later clause (现有党员2800名，今年以来发展党员36名).
                    let period = cueIndex >= 0 ? periods[cueIndex].period : paragraphPeriod
                    let next = index + 1 < quantities.count ? quantities[index + 1].numberStart : sentence.range.upperBound
                    let mention = mentions.last { $0.offset < quantity.numberStart }
                        ?? ((cityCue ?? .max) < quantity.numberStart ? nil : namedMention)
                    let county = itemCounty ?? (article.county != .jiningCity ? article.county : (mention?.county ?? article.county))
                    var fact = Fact(
                        articleSequence: article.sequence,
                        surface: Self.surface(printed, quantity.surfaceRange),
                        value: quantity.value, high: quantity.high, qualifier: quantity.qualifier, unit: quantity.unit,
                        classifier: quantity.classifier, object: object,
                        county: county, isRate: isRate, period: period, sentence: sentenceText,
                        sentenceRange: sentence.range, span: quantity.surfaceRange,
                        line: article.sourceMap.line(at: quantity.surfaceRange.lowerBound))
                    // In a roundup, a paragraph that names only a town (尼山镇…) is about that town.
                    let roundupTown = mention?.town.map { Place(scope: .town, name: $0) }
                    let place = scopes.scope(of: quantity, clause: clause, sentence: sentence.range, in: text,
                                             subject: roundupTown ?? subject, county: county)
                    (fact.scope, fact.place) = (place.scope, place.name)
                    fact.status = statuses.status(of: quantity, clause: clause, sentenceStart: sentence.range.lowerBound, in: text,
                                                 quoted: quoted, isPolicyNotice: isPolicyNotice)
                    // A standard holds for each recipient: a rate, never a total.
                    if fact.status == .standard { fact.isRate = true }
                    fact.relation = statuses.relation(of: quantity, clause: clause, next: next, in: text)
                    fact.clause = clause
                    fact.statementStart = statementStart
                    previousIsRate = fact.isRate
                    facts.append(fact)
                }
            }
            if let last = periods.last { paragraphPeriod = last.period }
            if let named = mentions.last {
                namedMention = named
            } else if cityCue != nil {
                namedMention = nil
            }
        }
        return facts
    }

    /// The clause of a quantity: back to clause punctuation or the previous quantity, forward to
    /// clause punctuation, within the sentence.
    private func clause(around quantity: Quantity, in text: [Unicode.Scalar], sentence: Range<Int>, after previousEnd: Int) -> Range<Int> {
        let floor = max(sentence.lowerBound, previousEnd, quantity.numberStart - Self.clauseReach)
        let start = ScalarClass.clauseStart(
            before: min(quantity.boundWordStart ?? quantity.surfaceRange.lowerBound, quantity.surfaceRange.lowerBound), in: text, floor: floor)
        let ceiling = min(sentence.upperBound, quantity.surfaceRange.upperBound + Self.clauseReach)
        var end = quantity.surfaceRange.upperBound
        while end < ceiling {
            if let past = ScalarClass.innerParenthesisEnd(in: text, at: end, limit: ceiling) {
                end = past
                continue
            }
            if ScalarClass.endsClause(text[end]) { break }
            end += 1
        }
        return start..<max(end, start)
    }

    /// A sentence that opens an item: a bullet (■邹城市…), or a section number before a county and a colon
    /// (二、鱼台县：…): `.some(county)` it opens with, `.some(nil)` for a bullet naming none, nil for any
    /// other sentence.
    private func itemOpening(in text: [Unicode.Scalar], sentence: Range<Int>) -> County?? {
        guard var index = sentence.first(where: { !ScalarClass.isGap(text[$0]) && text[$0] != "#" }) else { return nil }
        let isBullet = TextCues.itemBullets.contains(text[index])
        if isBullet {
            index += 1
        } else {
            let start = index
            while index < sentence.upperBound, QuantityLexicon.chineseDigits[text[index]] != nil || text[index] == "十" { index += 1 }
            guard index > start, index < sentence.upperBound, text[index] == "、" else { return nil }
            index += 1
        }
        let rest = Array(text[index..<min(sentence.upperBound, index + 14)])
        guard let mention = gazetteer.mentions(in: rest).first, mention.range.lowerBound == 0, mention.county != .jiningCity else {
            return isBullet ? .some(nil) : nil
        }
        let after = mention.range.upperBound
        if !isBullet, !(after < rest.count && (rest[after] == "：" || rest[after] == ":")) { return nil }
        return .some(mention.county)
    }

    /// In a city-desk article, where its sentence first speaks of the whole city (我市, 全市, 各县市区).
    private func cityMention(in text: [Unicode.Scalar], sentence: Range<Int>, of article: Article) -> Int? {
        guard article.county == .jiningCity else { return nil }
        return JiningPlaces.wholeCity.firstMatch(in: text, within: sentence)?.range.lowerBound
    }

    /// In a city-desk article (济宁市), the counties its sentence names, by their towns too (高峪镇 → 泗水县),
    /// in text order; none before the words for every county (各县市区) or in another article.
    private func countyMentions(
        in text: [Unicode.Scalar], sentence: Range<Int>, of article: Article
    ) -> [(offset: Int, county: County, town: String?)] {
        guard article.county == .jiningCity else { return [] }
        let scalars = Array(text[sentence])
        // 各县市区因地制宜：任城区…；兖州区…: a county named after the words for every county speaks for itself;
        // one named before them (任城区等各县市区) is an example of all.
        let across = JiningPlaces.acrossCounties.firstMatch(in: scalars, within: scalars.indices)?.range.upperBound ?? 0
        var found: [(offset: Int, county: County, town: String?)] = []
        var lastEnd = 0
        for mention in gazetteer.mentions(in: scalars) where mention.county != .jiningCity && mention.range.lowerBound >= across {
            // A county named right before its town (泗水县|高峪镇) is about the town; a county alone, about the county.
            if let last = found.last, last.town == nil, last.county == mention.county, mention.range.lowerBound - lastEnd <= 1 {
                found.removeLast()
            }
            found.append((sentence.lowerBound + mention.range.lowerBound, mention.county, ScopeFinder.isTownName(mention.name) ? mention.name : nil))
            lastEnd = mention.range.upperBound
        }
        return found
    }

    /// An object that is empty or only a word of when (今年, 三年来 left whole): it names no thing.
    static func namesNothing(_ object: String) -> Bool {
        let scalars = ScalarText.scalars(of: object)
        return scalars.isEmpty || ObjectLexicon.leadingNoise.longestMatch(in: scalars, at: 0)?.length == scalars.count
    }

    /// The verb right before the quantity in its clause (累计组建|418支), if one stands there.
    static func verbBefore(_ quantity: Quantity, in text: [Unicode.Scalar], clause: Range<Int>) -> String? {
        var end = quantity.surfaceRange.lowerBound
        while end > clause.lowerBound, ScalarClass.isGap(text[end - 1]) { end -= 1 }
        return ObjectLexicon.verbs.longestMatch(in: text, endingAt: end, lowerBound: clause.lowerBound).map {
            ScalarText.string(text[(end - $0.length)..<end])
        }
    }

    /// True when `object` is the noun right after the quantity (15个|乡镇机关党总支).
    static func follows(_ object: String, _ quantity: Quantity, in text: [Unicode.Scalar]) -> Bool {
        let scalars = ScalarText.scalars(of: object)
        guard let first = scalars.first else { return false }
        var index = quantity.surfaceRange.upperBound
        while index < text.count, ScalarClass.isGap(text[index]) || text[index] == ObjectLexicon.modifierEnd { index += 1 }
        return index < text.count && text[index] == first
    }

    /// Just after the last ；(or ;) between the sentence's start and the figure, else the sentence's start:
    /// the parts of a sentence split by ；are separate statements (…活动90余场；区里还组织…活动20余场).
    static func statementStart(of quantity: Quantity, sentence: Range<Int>, in text: [Unicode.Scalar]) -> Int {
        var index = quantity.numberStart
        while index > sentence.lowerBound {
            if text[index - 1] == "；" || text[index - 1] == ";" { return index }
            index -= 1
        }
        return sentence.lowerBound
    }

    /// The quantity's text at `range` without gap scalars (a hard wrap inside `2⏎⏎个`).
    static func surface(_ text: [Unicode.Scalar], _ range: Range<Int>) -> String {
        ScalarText.string(text[range].lazy.filter { !ScalarClass.isGap($0) })
    }
}
