import Foundation
import Testing
import TallyTestSupport
@testable import TallyCore

/// Issue #13's archive in one command: `Fixtures/archive/` mixes PDF, HTML and text pages (UTF-8 and
/// GB18030, a traditional-script repost, a scan, a page of site furniture), dated only by file names,
/// mastheads and e-paper tags over four quarters of 2025.
@Suite(.enabled(if: Poppler.isInstalled, "needs pdftotext (apt-get install poppler-utils)"))
struct ArchiveIngestTests {
    static let archive = Fixtures.directory.appendingPathComponent("archive").path

    /// The archive ingested into a fresh database (the folder keeps it alive).
    static func ingested() throws -> (summary: IngestSummary, database: TallyDatabase, folder: TemporaryFolder) {
        let folder = try TemporaryFolder()
        let database = try TallyDatabase(path: folder.file("t.sqlite"))
        return (try Ingestor(database: database).ingest(paths: [archive]), database, folder)
    }

    static func rows(_ database: TallyDatabase, _ sql: String) throws -> [[String]] {
        try database.query(sql)[0].rows.map { $0.map(\.text) }
    }

    @Test func storesEveryReadablePageAndNamesEachItCannot() throws {
        let (summary, _, _) = try Self.ingested()
        #expect(summary.files == 22)
        #expect(summary.stored == 20)
        let failures = Dictionary(uniqueKeysWithValues: summary.failed.map { (($0.path as NSString).lastPathComponent, $0.reason) })
        #expect(failures == ["scan-20250603.pdf": "no text layer (scanned page?)",
                             "list_6.html": "no article text in the page (only markup, scripts or navigation)"])
        #expect(summary.formats[.pdf] == .init(files: 7, stored: 6, skipped: 0, failed: 1))
        #expect(summary.formats[.html] == .init(files: 6, stored: 5, skipped: 0, failed: 1))
        #expect(summary.formats[.text] == .init(files: 9, stored: 9, skipped: 0, failed: 0))
    }

    @Test func everyPageIsDatedByItsNameOrItsOwnDateLineWithinBounds() throws {
        let (_, database, _) = try Self.ingested()
        let documents = try Self.rows(database, "SELECT name, published, published_precision, published_source, format FROM documents")
        #expect(documents.count == 20)
        let today = CalendarDay.today.description
        for document in documents {
            #expect(document[2] == "day", "\(document)")
            #expect(document[1] >= "1949-01-01" && document[1] <= today, "\(document)")
            // No page of the archive carries a year in its name or masthead that the body would have to guess.
            #expect(["file-name", "page"].contains(document[3]), "\(document)")
        }
        let sourceOf = Dictionary(uniqueKeysWithValues: documents.map { ($0[0], ($0[1], $0[3], $0[4])) })
        #expect(sourceOf["jnrb20250114_06.pdf"]! == ("2025-01-14", "file-name", "pdf"))
        #expect(sourceOf["page-06.pdf"]! == ("2025-05-06", "page", "pdf"))
        #expect(sourceOf["content_7915.html"]! == ("2025-11-11", "page", "html"))
        #expect(sourceOf["content_7690.htm"]! == ("2025-03-25", "page", "html"))
        #expect(sourceOf["dangjian-page.txt"]! == ("2025-02-25", "page", "text"))
        #expect(sourceOf["2025年12月2日 党的建设.txt"]! == ("2025-12-02", "file-name", "text"))
    }

    @Test func countyFiguresFallIntoQuartersThatFollowOneAnother() throws {
        let (_, database, _) = try Self.ingested()
        let periods = try Self.rows(database, """
            SELECT DISTINCT period FROM indicator_facts WHERE indicator = 'party-organisations' AND county = '金乡县'
            ORDER BY period
            """).map { $0[0] }
        #expect(periods == ["2025Q1", "2025Q2", "2025Q3", "2025Q4"])
        #expect(try Self.rows(database, "SELECT COUNT(*) FROM indicator_facts WHERE period = 'undated'") == [["0"]])
    }

    @Test func onePageGivesTheSameFactsAsPDFHTMLOrText() throws {
        let (_, database, _) = try Self.ingested()
        func facts(_ doc: String) throws -> [[String]] {
            try Self.rows(database, """
                SELECT f.surface, f.value, f.high, f.qualifier, f.unit, f.classifier, f.object, f.county, f.rate, f.scope,
                       f.place, f.status, f.relation, f.theme, a.headline, a.dateline,
                       (SELECT group_concat(indicator || ':' || kind) FROM fact_indicators WHERE fact_id = f.id)
                FROM facts f JOIN articles a ON a.id = f.article_id JOIN documents d ON d.id = f.document_id
                WHERE d.name = '\(doc)' ORDER BY f.ordinal
                """)
        }
        let text = try facts("2025-05-06-党的建设.txt")
        #expect(text.count >= 5)
        #expect(try facts("page-06.pdf") == text)
        #expect(try facts("content_7731.html") == text)
    }
}
