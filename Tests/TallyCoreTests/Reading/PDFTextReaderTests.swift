import Foundation
import Testing
import TallyTestSupport
@testable import TallyCore

/// Whether poppler's `pdftotext` is on `PATH` (`make test` installs it): PDF tests are skipped without it.
enum Poppler {
    static let isInstalled = PDFTextReader.locate("pdftotext", in: ProcessInfo.processInfo.environment["PATH"]) != nil
}

/// PDF pages through poppler's `pdftotext`: text in reading order with paragraph breaks, the masthead's
/// day, and a clear reason for scans, damaged files and a missing tool.
@Suite(.enabled(if: Poppler.isInstalled, "needs pdftotext (apt-get install poppler-utils)"))
struct PDFTextReaderTests {
    static let folder = Fixtures.directory.appendingPathComponent("archive/pdf")

    static func pdf(_ name: String) throws -> Data { try Data(contentsOf: folder.appendingPathComponent(name)) }

    @Test func mastheadGivesTheDayAndParagraphsStaySeparate() throws {
        let page = try PageReader.read(try Self.pdf("page-06.pdf"), path: "a/page-06.pdf")
        #expect(page.format == .pdf)
        #expect(page.pageDay == CalendarDay(year: 2025, month: 5, day: 6))
        #expect(!page.text.contains("济宁日报"))
        let paragraphs = page.text.components(separatedBy: "\n\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            .filter { !$0.isEmpty }
        #expect(paragraphs.first == "曲阜市 “两新”组织党建扩面提质")
        #expect(paragraphs.count == 5)
        #expect(paragraphs[1].hasPrefix("本报曲阜讯（通讯员 孔静 颜波）") && paragraphs[1].contains("\n"))
    }

    @Test func aScanIsReportedNotStoredEmpty() throws {
        #expect(throws: PageReadError.noTextLayer(path: "a/scan.pdf")) {
            try PageReader.read(try Self.pdf("scan-20250603.pdf"), path: "a/scan.pdf")
        }
        #expect(PageReadError.noTextLayer(path: "a/scan.pdf").description == "a/scan.pdf: no text layer (scanned page?)")
    }

    @Test func aDamagedPDFNamesWhatPopplerSaid() throws {
        let truncated = try Self.pdf("page-06.pdf").prefix(200)
        #expect {
            try PageReader.read(Data(truncated), path: "a/cut.pdf")
        } throws: { error in
            guard case .unreadablePDF(let path, let reason) = error as? PageReadError else { return false }
            return path == "a/cut.pdf" && reason.hasPrefix("pdftotext exited with status")
        }
    }

    @Test func aMissingToolSaysWhichPackageHasIt() throws {
        #expect(throws: PageReadError.toolMissing(path: "a/p.pdf", tool: "pdftotext", package: "poppler-utils")) {
            try PDFTextReader.read(try Self.pdf("page-06.pdf"), path: "a/p.pdf", searchPath: "/nonexistent:/also-not")
        }
        #expect(PageReadError.toolMissing(path: "a/p.pdf", tool: "pdftotext", package: "poppler-utils").description
                    == "a/p.pdf: pdftotext is not installed (apt-get install poppler-utils)")
    }

    @Test func blocksBecomeParagraphsAndFlowsLayoutGaps() {
        let xhtml = """
            <html xmlns="http://www.w3.org/1999/xhtml"><body><doc><page><flow>
            <block><line><word>本报讯（通讯员</word><word>甲）建成</word></line><line><word>基地2个。</word></line></block>
            <block><line><word>第二段&amp;完。</word></line></block>
            </flow><flow><block><line><word>另一栏</word></line></block></flow></page></doc></body></html>
            """
        #expect(PDFTextReader.pageText(fromBoundingBoxXHTML: Array(xhtml.utf8))
                    == "本报讯（通讯员 甲）建成\n基地2个。\n\n第二段&完。\n\n\n另一栏\n")
    }
}
