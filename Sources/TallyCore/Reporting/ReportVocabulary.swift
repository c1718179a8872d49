/// The words the report model puts into pages, in each language: units and measure words, the basis
/// of a figure, period names and how a page's date was known. The one table of them; the sentences
/// around them live in the templates (`Templates/`).
///
///     ReportVocabulary(.zh).unit(of: Indicator.named("volunteer-teams")!)   // "支"
struct ReportVocabulary: Sendable {
    var language: ReportLanguage

    init(_ language: ReportLanguage) { self.language = language }

    /// A word in both languages.
    struct Word: Sendable {
        var zh: String
        var en: String
        init(_ zh: String, _ en: String) {
            self.zh = zh
            self.en = en
        }
    }

    /// How each unit is written after a figure (Chinese) or named in a heading (English).
    static let units: [QuantityUnit: Word] = [
        .person: Word("名", "persons"), .personTime: Word("人次", "person-times"), .household: Word("户", "households"),
        .event: Word("场次", "events"), .yuan: Word("元", "yuan"), .percent: Word("%", "%"),
        .areaSquareMetre: Word("平方米", "square metres"), .areaMu: Word("亩", "mu"), .lengthMetre: Word("米", "metres"),
        .hour: Word("小时", "hours"), .minute: Word("分钟", "minutes"), .day: Word("天", "days"), .month: Word("个月", "months"),
        .year: Word("年", "years"), .word: Word("字", "characters"), .count: Word("个", "items"),
    ]

    /// An indicator's own measure word where the unit's general one would read wrong (120支 teams, not 120个).
    static let measureWords: [String: Word] = [
        "volunteer-teams": Word("支", "teams"),
        "retired-cadre-organisations": Word("个", "organisations"),
        "party-organisations": Word("个", "organisations"),
        "resolved-issues": Word("件", "issues"),
        "elderly-schools": Word("个", "schools and teaching points"),
    ]

    /// Money is written in 万元, or 亿元 from this amount on, in Chinese reports.
    static let moneyScales: [(yuan: Double, word: Word)] = [(1e8, Word("亿元", "100 million yuan")), (1e4, Word("万元", "10,000 yuan"))]

    /// How a page's publication date was known (`documents.published_source`).
    static let dateSources: [String: Word] = [
        "manifest": Word("清单登记", "the folder's manifest"),
        "inferred": Word("由正文推断", "the page text (inferred)"),
        "file-name": Word("由文件名得知", "the file name"),
        "page": Word("版面所印日期", "the date printed on the page"),
    ]

    /// Names the 14 county-level units are listed with (济宁市, the city as a whole, is listed only when it reported).
    static let counties: [String] = County.allCases.filter { $0 != .jiningCity }.map(\.rawValue)

    private func pick(_ word: Word) -> String { language == .zh ? word.zh : word.en }

    /// The measure word (Chinese) or unit name (English) of an indicator's figures.
    func unit(of indicator: Indicator) -> String {
        pick(Self.measureWords[indicator.id] ?? Self.units[indicator.unit] ?? Word(indicator.unit.rawValue, indicator.unit.rawValue))
    }

    func basis(_ basis: IndicatorCell.Basis) -> String {
        switch (basis, language) {
        case (.countyWide, .zh): return "全县（市、区）数字"
        case let (.places(count), .zh): return "\(count)个地方之和"
        case (.countyWide, .en): return "county-wide"
        case let (.places(count), .en): return count == 1 ? "1 place" : "\(count) places"
        }
    }

    /// `2025年第四季度`, `2025年`, `未注明日期`; English keeps the file names' form (`2025Q4`).
    func period(_ period: PeriodBucket) -> String {
        guard language == .zh else { return period.description }
        switch period {
        case let .quarter(year, quarter): return "\(year)年第\(["一", "二", "三", "四"][quarter - 1])季度"
        case let .year(year): return "\(year)年"
        case .undated: return "未注明日期"
        }
    }

    func reason(_ reason: SetApartReason) -> String { language == .zh ? reason.chineseLabel : reason.englishLabel }

    /// How a page's date was known; an unknown source is named as stored.
    func dateSource(_ source: String) -> String { Self.dateSources[source].map(pick) ?? source }

    /// What a chart bar says for a county with no figure.
    var noReport: String { language == .zh ? "暂无报道" : "no report" }

    /// Joins names in a list: `任城区、兖州区` or `任城区, 兖州区`.
    func list(_ names: [String]) -> String { names.joined(separator: language == .zh ? "、" : ", ") }
}
