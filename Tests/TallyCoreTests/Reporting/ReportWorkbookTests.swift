import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import TallyCore

/// `reports/tally.xlsx`, read back the way a spreadsheet program reads it: the zip's sheet XML.
@Suite struct ReportWorkbookTests {
    static let unzip = "/usr/bin/unzip"

    /// The hostile corpus's reports with the workbook, written into a fresh folder.
    func generate() throws -> (TemporaryFolder, URL, ReportGenerator.Summary, [StoredFact]) {
        let database = try ReportGeneratorTests().hostileCorpus()
        let (data, facts) = try database.dbQueue.read { db in
            (try ReportData(db), try StoredFact.fetchAll(db, sql: StoredFact.selection + " ORDER BY f.id"))
        }
        let temporary = try TemporaryFolder()
        let folder = URL(fileURLWithPath: temporary.path)
        var generator = ReportGenerator(data: data, renderer: nil)
        generator.workbookFacts = (facts, facts.count)
        return (temporary, folder, try generator.write(to: folder), facts)
    }

    /// One member of the zip, through unzip.
    static func member(_ name: String, of file: URL) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: unzip)
        process.arguments = ["-p", file.path, name]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return data
    }

    /// The sheet's rows as text, cells placed by their `r` column.
    static func rows(of sheet: Data) -> [[String]] {
        let reader = SheetReader()
        let parser = XMLParser(data: sheet)
        parser.delegate = reader
        #expect(parser.parse(), "sheet XML parses")
        return reader.rows
    }

    final class SheetReader: NSObject, XMLParserDelegate {
        var rows: [[String]] = []
        var names: [String] = []
        private var column = 0
        private var text: String?

        func parser(_ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            switch element {
            case "row": rows.append([])
            case "c":
                let letters = (attributes["r"] ?? "A").unicodeScalars.filter { $0.properties.isAlphabetic }
                column = letters.reduce(0) { $0 * 26 + Int($1.value) - 64 } - 1
            case "t", "v": text = ""
            case "sheet": names.append(attributes["name"] ?? "")
            default: break
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { text? += string }

        func parser(_ parser: XMLParser, didEndElement element: String, namespaceURI: String?, qualifiedName: String?) {
            guard element == "t" || element == "v", let value = text, !rows.isEmpty else {
                if element == "t" || element == "v" { text = nil }
                return
            }
            while rows[rows.count - 1].count <= column { rows[rows.count - 1].append("") }
            rows[rows.count - 1][column] += value
            text = nil
        }
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: unzip), "unzip is not installed"))
    func workbookHoldsEveryIndicatorAndEveryFactWithChineseHeaders() throws {
        let (temporary, folder, summary, facts) = try generate()
        defer { withExtendedLifetime(temporary) {} }
        #expect(summary.files.contains("tally.xlsx"))
        let file = folder.appendingPathComponent("tally.xlsx")
        let book = SheetReader()
        let parser = XMLParser(data: try Self.member("xl/workbook.xml", of: file))
        parser.delegate = book
        #expect(parser.parse())
        #expect(book.names == Indicator.all.map(\.label) + ["分期数值", "全部事实"])

        let volunteers = Self.rows(of: try Self.member("xl/worksheets/sheet1.xml", of: file))
        #expect(volunteers.first == ReportWorkbook.Words.indicatorHeader)
        let zoucheng = try #require(volunteers.first { $0.first == "邹城市" })
        #expect(Array(zoucheng.prefix(7)) == ["邹城市", "≥ 200", "下限（≥）", "200", "200", "名", "全县（市、区）数字"])
        #expect(zoucheng.last == "seeds/q4.txt:1")
        // Page text stays text: the county built to break Markdown and gnuplot is one cell, unchanged.
        #expect(volunteers.contains { $0.first == ReportGeneratorTests.hostileCounty })
        #expect(volunteers.contains { $0.first == "暂无报道" && $0[1].hasPrefix("任城区、兖州区") })

        let activities = Self.rows(of: try Self.member("xl/worksheets/sheet3.xml", of: file))
        #expect(activities.contains { $0.first == "邹城市" && $0.count > 2 && $0[2] == "比率或人均数" })

        // 邹城市's volunteers in 2025Q4 (≥ 200) beside 2025Q3 (100): the change is approximate.
        let periods = Self.rows(of: try Self.member("xl/worksheets/sheet\(Indicator.all.count + 1).xml", of: file))
        #expect(periods.first == ReportWorkbook.Words.periodHeader)
        #expect(periods.contains { Array($0.prefix(4)) == ["2025Q4", "志愿者", "邹城市", "≥ 200"] && $0[9...12] == ["2025Q3", "100", "100", "是"] })
        let all = Self.rows(of: try Self.member("xl/worksheets/sheet\(Indicator.all.count + 2).xml", of: file))
        #expect(all.first == ReportWorkbook.Words.factHeader)
        #expect(all.dropFirst().map { $0[0] } == facts.map { String($0.id) })
        #expect(all.contains { $0.contains("每个社区每月开展志愿服务活动5场次") && $0[9] == "是" })
    }

    @Test func twoWritesGiveTheSameBytes() throws {
        let (firstFolder, first, _, _) = try generate()
        let (secondFolder, second, _, _) = try generate()
        defer { withExtendedLifetime((firstFolder, secondFolder)) {} }
        let a = try Data(contentsOf: first.appendingPathComponent("tally.xlsx"))
        #expect(a.count > 1_000)
        #expect(a == (try Data(contentsOf: second.appendingPathComponent("tally.xlsx"))))
    }

    @Test func onlyAFullRunWritesTheWorkbook() throws {
        let database = try ReportGeneratorTests().hostileCorpus()
        let data = try database.dbQueue.read { try ReportData($0) }
        let temporary = try TemporaryFolder()
        var generator = ReportGenerator(data: data, themeFilter: Theme.named("volunteer"), renderer: nil)
        generator.workbookFacts = ([], 0)
        #expect(!(try generator.write(to: URL(fileURLWithPath: temporary.path))).files.contains("tally.xlsx"))
    }

    @Test func sheetNamesAreValidShortAndUnique() {
        #expect(XlsxFile.sheetName("a[b]:c*?/\\d", avoiding: []) == "a_b__c____d")
        #expect(XlsxFile.sheetName("'quoted'", avoiding: []) == "quoted")
        let long = String(repeating: "志", count: 40)
        #expect(XlsxFile.sheetName(long, avoiding: []).unicodeScalars.count == 31)
        let second = XlsxFile.sheetName(long, avoiding: [String(repeating: "志", count: 31)])
        #expect(second.unicodeScalars.count == 31 && second.hasSuffix("~2"))
        #expect(XlsxFile.sheetName("Funds", avoiding: ["funds"]) == "Funds~2")
    }

    @Test func anOverlongCellIsCutToWhatExcelHolds() {
        let cut = XlsxFile.fitting(String(repeating: "字", count: 40_000))
        #expect(cut.unicodeScalars.count == XlsxFile.maxCellLength && cut.hasSuffix("…"))
        #expect(XlsxFile.fitting("短") == "短")
    }
}

/// The sheet of facts lists at most ``ReportWorkbook/factSheetLimit`` and says how many more the database holds.
@Suite struct ReportWorkbookLimitTests {
    @Test func aLongFactListEndsWithHowManyMore() throws {
        let database = try ReportGeneratorTests().hostileCorpus()
        let (data, facts) = try database.dbQueue.read { db in
            (try ReportData(db), try StoredFact.fetchAll(db, sql: StoredFact.selection + " ORDER BY f.id"))
        }
        let workbook = ReportWorkbook(data: data, facts: Array(facts.prefix(1)), factTotal: 1 + ReportWorkbook.factSheetLimit)
        let sheet = try #require(workbook.file().sheets.last)
        #expect(sheet.rows.count == 3)
        #expect(sheet.rows.last.map { "\($0.cells)" }?.contains("另有\(ReportWorkbook.factSheetLimit)条") == true)
    }
}
