import Testing
@testable import TallyCore

/// Where a publication date comes from, in order, and the bounds every source is held to.
@Suite struct DateSourcesTests {
    static let today = CalendarDay(year: 2026, month: 11, day: 30)!
    static let manifestDate = PublicationDate(year: 2025, month: 1, precision: .month, source: .manifest)

    @Test func fileNamesOfArchivesGiveTheirDay() {
        #expect(FileNameDate.day(in: "jnrb20250312_06.pdf") == CalendarDay(year: 2025, month: 3, day: 12))
        #expect(FileNameDate.day(in: "archive/2025/2025-03-12-党的建设.txt") == CalendarDay(year: 2025, month: 3, day: 12))
        #expect(FileNameDate.day(in: "2025_3_9.html") == CalendarDay(year: 2025, month: 3, day: 9))
        #expect(FileNameDate.day(in: "2025年3月12日 第6版.pdf") == CalendarDay(year: 2025, month: 3, day: 12))
        #expect(FileNameDate.day(in: "２０２５-０３-１２.txt") == CalendarDay(year: 2025, month: 3, day: 12))
    }

    @Test func namesWithoutAWholeRealDayGiveNothing() {
        #expect(FileNameDate.day(in: "000_a81acad557f7d2c0.txt") == nil)  // a hash
        #expect(FileNameDate.day(in: "a20250312f.txt") == nil)            // eight digits inside a hex word
        #expect(FileNameDate.day(in: "jnrb20250231_06.pdf") == nil)       // no 31 February
        #expect(FileNameDate.day(in: "2025-06.pdf") == nil)               // a month, or a page number
        #expect(FileNameDate.day(in: "120250312.txt") == nil)             // nine digits
    }

    @Test func mastheadsAndInfoLinesAreDateLinesSentencesAreNot() {
        #expect(PageDateLine.day(inLine: "济宁日报 2025年3月12日 星期三 第6版") == CalendarDay(year: 2025, month: 3, day: 12))
        #expect(PageDateLine.day(inLine: "发布时间：2025-03-12 08:30　来源：济宁日报") == CalendarDay(year: 2025, month: 3, day: 12))
        #expect(PageDateLine.day(inLine: " 2025/3/12 ") == CalendarDay(year: 2025, month: 3, day: 12))
        #expect(PageDateLine.day(inLine: "2025年3月12日，县委组织部召开推进会，部署全年党建工作重点任务。") == nil)
        #expect(PageDateLine.day(inLine: "全县建成党群服务站120个。") == nil)
    }

    @Test func aDateLineIsEmptiedSoLineNumbersStay() throws {
        let taken = try #require(PageDateLine.taken(from: "济宁日报 2025年2月25日 星期二\n\n曲阜市 标题\n正文。"))
        #expect(taken.day == CalendarDay(year: 2025, month: 2, day: 25))
        #expect(taken.text == "\n\n曲阜市 标题\n正文。")
        // A line that names the page's source stays: the county may be read from it.
        let sourced = "来源：兖州区融媒体中心 发布时间：2021-06-18\n正文。"
        #expect(PageDateLine.taken(from: sourced)?.text == sourced)
    }

    @Test func sourcesAreAskedInOrder() {
        let day = CalendarDay(year: 2025, month: 5, day: 6)!
        let body = "2023年以来，全县新建党支部12个。"
        func resolve(_ manifest: PublicationDate?, _ name: String, _ page: CalendarDay?) -> PublicationDate? {
            PublicationDate.resolve(manifest: manifest, fileName: name, pageDay: page, body: body, today: Self.today)
        }
        #expect(resolve(Self.manifestDate, "jnrb20250312_06.pdf", day) == Self.manifestDate)
        #expect(resolve(nil, "jnrb20250312_06.pdf", day) == PublicationDate(CalendarDay(year: 2025, month: 3, day: 12)!, source: .fileName))
        #expect(resolve(nil, "page.pdf", day) == PublicationDate(day, source: .page))
        #expect(resolve(nil, "page.pdf", nil) == PublicationDate(year: 2023, precision: .year, source: .inferred))
    }

    @Test func datesAfterTheIngestDayOrBefore1949AreNotTaken() {
        let future = CalendarDay(year: 2027, month: 1, day: 5)!
        let resolved = PublicationDate.resolve(
            manifest: PublicationDate(year: 1900, precision: .year, source: .manifest), fileName: "jnrb20270105_06.pdf",
            pageDay: future, body: "2098年建成。1949年以来，2024年以来。", today: Self.today)
        #expect(resolved == PublicationDate(year: 2024, precision: .year, source: .inferred))
        #expect(PublicationDate.infer(from: "2098年建成", today: Self.today) == nil)
        #expect(PublicationDate.infer(from: "1948年", today: Self.today) == nil)
    }

    @Test func aYearReportedAsCompletePointsToTheYearAfter() {
        #expect(PublicationDate.infer(from: "2024年共开展活动60余场次。", today: Self.today)?.year == 2025)
        #expect(PublicationDate.infer(from: "2024年全年培训12期，2023年以来累计40期。", today: Self.today)?.year == 2025)
        // Never past the ingest year, even when the current year is reported as complete.
        #expect(PublicationDate.infer(from: "2026年共开展活动60余场次。", today: Self.today)?.year == 2026)
        // A year since which work is reported is a floor, not the year after.
        #expect(PublicationDate.infer(from: "2017年以来，建成站点30个。", today: Self.today)?.year == 2017)
    }

    @Test func manifestDatesOutsideTheBoundsAreWarnings() {
        let text = "file\tpublished\na.txt\t2099-01-01\nb.txt\t1931-09-18\nc.txt\t2026-11-30\n"
        let manifest = Manifest(text: text, path: "p/manifest.tsv", filesInFolder: ["a.txt", "b.txt", "c.txt"], today: Self.today)
        #expect(manifest.entries["a.txt"]?.published == nil)
        #expect(manifest.entries["b.txt"]?.published == nil)
        #expect(manifest.entries["c.txt"]?.published?.day == 30)
        #expect(manifest.warnings.map(\.line) == [2, 3])
        #expect(manifest.warnings.allSatisfy { $0.message.contains("before 1949 or after today") })
    }
}
