/// One quantity in the text, typed and traced to its sentence: the row of the fact contract
/// (`fact-spec.md`) plus provenance.
///
///     // 举办各类学习活动60余场次
///     Fact(surface: "60余场次", value: 60, qualifier: .over, unit: .event, classifier: "场次", object: "学习活动", …)
public struct Fact: Sendable, Hashable, Codable {
    /// Sequence of the article (``Article/sequence``) in its page.
    public var articleSequence: Int
    /// The quantity as printed, whitespace removed, from the first digit (or the approximation
    /// word before it) to the end of the unit: `近3万人次`, `3万元以上`.
    public var surface: String
    /// The stated number, multiplier applied, approximation not applied.
    public var value: Double
    /// Upper end of a range, else nil.
    public var high: Double?
    public var qualifier: Qualifier
    public var unit: QuantityUnit
    /// The measure word, multiplier removed: `场次`, `元`, `支`. In simplified script, like ``object``, also
    /// on a page printed in traditional script (`個` → `个`), so a repost groups with its original.
    public var classifier: String
    /// What is counted: the shortest noun phrase naming it (`学习活动`, `离退休干部`), in simplified script.
    public var object: String
    public var county: County
    /// A per-period or per-unit figure (每亩, 年均, 日均 …): never summed as a total.
    public var isRate: Bool
    public var period: Period?
    /// The sentence the fact was read from, as it stands in the article body.
    public var sentence: String
    /// Unicode-scalar offsets of the sentence in the article body.
    public var sentenceRange: Range<Int>
    /// Unicode-scalar offsets of the quantity (what `surface` was read from) in the article body.
    /// Always inside `sentenceRange`.
    public var span: Range<Int>
    /// 1-based line of the source file where the quantity starts.
    public var line: Int
    /// Theme id (``Theme/id``) from the sentence and object; filled by ``ThemeClassifier``.
    public var theme: String?
    /// The level the figure describes, and the town, village or unit it names (empty for city and county).
    public var scope: Scope = .county
    public var place: String = ""
    public var status: FactStatus = .actual
    /// Set when the figure is a share of, or the state before, another figure of its sentence.
    public var relation: FactRelation?
    /// Unicode-scalar offsets of the figure's clause in the article body.
    public var clause: Range<Int> = 0..<0
    /// Where the figure's statement starts: its sentence's start, or just after the last ；before it.
    public var statementStart = 0
    /// The indicators the figure counts toward; filled by ``IndicatorClassifier``.
    public var indicators: [IndicatorMembership] = []

    public init(
        articleSequence: Int, surface: String, value: Double, high: Double? = nil, qualifier: Qualifier,
        unit: QuantityUnit, classifier: String, object: String, county: County, isRate: Bool,
        period: Period? = nil, sentence: String, sentenceRange: Range<Int>, span: Range<Int>, line: Int
    ) {
        self.articleSequence = articleSequence
        self.surface = surface
        self.value = value
        self.high = high
        self.qualifier = qualifier
        self.unit = unit
        self.classifier = classifier
        self.object = object
        self.county = county
        self.isRate = isRate
        self.period = period
        self.sentence = sentence
        self.sentenceRange = sentenceRange
        self.span = span
        self.line = line
    }

    /// The quantity's offsets relative to the start of ``sentence``.
    public var spanInSentence: Range<Int> {
        (span.lowerBound - sentenceRange.lowerBound)..<(span.upperBound - sentenceRange.lowerBound)
    }
}
