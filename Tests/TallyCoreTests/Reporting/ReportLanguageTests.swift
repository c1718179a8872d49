import Foundation
import Testing
import TallyTestSupport
@testable import TallyCore

/// Chinese pages hold no English frame word and English pages no Chinese frame phrase: the two template
/// sets cover every heading, legend, note and unit; the figures agree between them.
@Suite struct ReportLanguageTests {
    /// Volunteers and funds in two counties over two quarters, a year-only page and an undated one, with a
    /// rate set apart, a running total and a part beside a county-wide figure.
    func corpus() throws -> FixtureDatabase {
        let database = try FixtureDatabase()
        let autumn = try database.addArticle(document: try database.addDocument("秋.txt", published: "2025-08", precision: "month"),
                                             seq: 1, headline: "邹城招募志愿者", county: "邹城市", themes: ["volunteer"])
        try database.addFact(article: autumn, surface: "300名", value: 300, unit: "person", classifier: "名", object: "志愿者",
                             county: "邹城市", theme: "volunteer", indicators: ["volunteers": "志愿者"])
        try database.addFact(article: autumn, surface: "680万元", value: 6_800_000, unit: "yuan", classifier: "元", object: "帮扶资金",
                             county: "邹城市", theme: "rural-revitalisation", indicators: ["funds": "资金"])
        let winter = try database.addArticle(document: try database.addDocument("冬.txt", published: "2025-11-03", precision: "day"),
                                             seq: 1, headline: "志愿服务暖人心", county: "邹城市", themes: ["volunteer"])
        try database.addFact(article: winter, surface: "400余名", value: 400, qualifier: "over", unit: "person", classifier: "名",
                             object: "志愿者", county: "邹城市", cumulative: true, theme: "volunteer", indicators: ["volunteers": "志愿者"])
        try database.addFact(article: winter, surface: "30名", value: 30, unit: "person", classifier: "名", object: "志愿者",
                             county: "邹城市", theme: "volunteer", scope: "village", place: "东村", indicators: ["volunteers": "志愿者"])
        try database.addFact(article: winter, surface: "1.5亿元", value: 150_000_000, unit: "yuan", classifier: "元", object: "资金",
                             county: "曲阜市", theme: "rural-revitalisation", indicators: ["funds": "资金"])
        try database.addFact(article: winter, surface: "6场次", value: 6, unit: "event", classifier: "场次", object: "志愿服务活动",
                             county: "曲阜市", rate: true, theme: "volunteer", sentence: "每个社区每月开展志愿服务活动6场次",
                             indicators: ["volunteer-activities": "志愿服务活动"])
        let year = try database.addArticle(document: try database.addDocument("年.txt", published: "2024", precision: "year"),
                                           seq: 1, headline: "志愿队伍", county: "微山县", themes: ["volunteer"])
        try database.addFact(article: year, surface: "12支", value: 12, unit: "count", classifier: "支", object: "志愿服务队",
                             county: "微山县", theme: "volunteer", indicators: ["volunteer-teams": "志愿服务队伍"])
        let undated = try database.addArticle(document: try database.addDocument("无日期.txt"), seq: 1, headline: "党员", county: "济宁市",
                                              themes: ["party-organisation"])
        try database.addFact(article: undated, surface: "50名", value: 50, unit: "person", classifier: "名", object: "党员",
                             county: "济宁市", theme: "party-organisation", indicators: ["party-members": "党员"])
        return database
    }

    /// Every page of the report in `language`, by path.
    func pages(_ language: ReportLanguage) throws -> [String: String] {
        let temporary = try TemporaryFolder()
        let folder = URL(fileURLWithPath: temporary.path)
        var generator = ReportGenerator(data: try corpus().dbQueue.read { try ReportData($0) }, language: language, renderer: nil)
        generator.savedQueries = try SavedQuery.load(from: Fixtures.packageRoot.appendingPathComponent("queries"))
        let summary = try generator.write(to: folder)
        var pages: [String: String] = [:]
        for file in summary.files where file.hasSuffix(".md") {
            pages[file] = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
        }
        return pages
    }

    /// The page text a reader reads as words: without link targets, code spans (ids, commands, file
    /// names), fact anchors and the source locations of facts (`seeds/秋.txt:1`).
    static func prose(_ page: String) throws -> String {
        var text = page
        for pattern in [#"\]\([^)]*\)"#, #"`[^`]*`"#, #"<a id="fact-\d+"></a>"#, #"seeds/[^:\s]*:\d+"#] {
            text = text.replacing(try Regex(pattern), with: "")
        }
        return text
    }

    @Test func chinesePagesHaveNoEnglishWord() throws {
        let pages = try pages(.zh)
        #expect(pages.keys.contains("periods/2025Q4.md") && pages.keys.contains("periods/undated.md"))
        for (path, page) in pages {
            let prose = try Self.prose(page)
            let words = prose.matches(of: try Regex("[A-Za-z]{2,}")).map { String(prose[$0.range]) }
            #expect(words.isEmpty, "\(path): \(words)")
        }
    }

    @Test func englishPagesHaveNoChinesePhraseOfTheChineseTemplates() throws {
        let han = try Regex(#"\p{Script=Han}{3,}"#)
        let phrases = Set(ReportTemplates.templates(.zh).values.flatMap { template in template.matches(of: han).map { String(template[$0.range]) } })
        #expect(phrases.contains("暂无报道") && phrases.contains("数字怎样取"))
        for (path, page) in try pages(.en) {
            let found = phrases.filter(page.contains).sorted()
            #expect(found.isEmpty, "\(path): \(found)")
        }
    }

    @Test func bothLanguagesQuoteTheSameFigures() throws {
        let zh = try pages(.zh), en = try pages(.en)
        #expect(Set(zh.keys) == Set(en.keys))
        let volunteers = try #require(zh["indicators/volunteers.md"])
        #expect(volunteers.contains("| 邹城市 | ≥ 400名 | 全县（市、区）数字 | [3](#fact-3) |"))
        #expect(volunteers.contains("暂无报道：任城区、兖州区、曲阜市、微山县"))
        #expect(volunteers.contains("— 下级单位数字，事实 [4](#fact-4)"))
        #expect(en["indicators/volunteers.md"]!.contains("| 邹城市 | ≥ 400 | county-wide | [3](#fact-3) |"))
        let funds = try #require(zh["indicators/funds.md"])
        #expect(funds.contains("| 曲阜市 | 1.5亿元 |") && funds.contains("| 邹城市 | 680万元 |"))
        #expect(en["indicators/funds.md"]!.contains("| 曲阜市 | 150,000,000 |"))
        let winter = try #require(zh["periods/2025Q4.md"])
        #expect(winter.contains("| 县市区 | 2025年第四季度 | 2025年第三季度 | 变化 | 出处 |"))
        #expect(winter.contains("| 邹城市 | ≥ 400名 † | 300名 | ≈ +100名 |"))
        #expect(winter.contains("本期版面1个（日期来源：清单登记1个）。全部版面中另有1个未注明日期"))
        #expect(zh["periods/2024.md"]!.contains("| 微山县 | 12支 |"))
        #expect(zh["index.md"]!.contains("本报告依据4个版面（2024年1个，2025年第三季度1个，2025年第四季度1个，未注明日期1个）"))
    }
}

@Suite struct FigureTextTests {
    let funds = Indicator.named("funds")!
    let teams = Indicator.named("volunteer-teams")!

    func exact(_ value: Double) -> Estimate { Estimate(value: value, high: nil, qualifier: .exact) }

    @Test func moneyReadsIn万元Or亿元WithThePagesPrecision() {
        let text = FigureText(.zh, indicator: funds)
        #expect(text.figure(exact(6_800_000)) == "680万元")
        #expect(text.figure(Estimate(value: 1_642_000, high: nil, qualifier: .over)) == "≥ 164.2万元")
        #expect(text.figure(exact(150_000_000)) == "1.5亿元")
        // 亿 would round it: 万 keeps every yuan.
        #expect(text.figure(exact(123_456_789)) == "12,345.6789万元")
        #expect(text.figure(exact(5_000)) == "5,000元")
        #expect(text.figure(Estimate(value: 80_000, high: 120_000, qualifier: .range)) == "8–12万元")
        #expect(FigureText(.en, indicator: funds).figure(exact(6_800_000)) == "6,800,000")
    }

    @Test func countsTakeTheIndicatorsMeasureWord() {
        #expect(FigureText(.zh, indicator: teams).figure(exact(120)) == "120支")
        #expect(FigureText(.en, indicator: teams).figure(exact(120)) == "120")
        #expect(FigureText(.zh, indicator: teams).change(from: exact(120), to: Estimate(value: 100, high: nil, qualifier: .over)) == "≈ -20支")
        #expect(FigureText(.zh, indicator: funds).chartDivisor == 1e4 && FigureText(.zh, indicator: funds).axisLabel == "万元")
    }
}
