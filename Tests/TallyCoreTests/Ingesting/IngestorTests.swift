import Foundation
import Testing
@testable import TallyCore
import TallyTestSupport

/// Ingest behaviour that holds whatever the extractor finds: row counts match the processor's
/// output, unchanged files are skipped, bad files are reported and never damage stored data.
@Suite struct IngestorTests {
    static let page = "本报邹城讯（通讯员 王）邹城市举办学习活动60余场次，服务老党员5000余人次。\n"

    /// A folder with pages at two depths, a manifest, a hidden file and a non-page file.
    func makeCorpus() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try folder.write(Self.page, to: "pages/b.txt")
        try folder.write("# 标题\n\n" + Self.page, to: "pages/a.md")
        try folder.write(Self.page + "微山县发放帮扶资金300万元。\n", to: "pages/sub/c.txt")
        try folder.write("hidden", to: "pages/.hidden.txt")
        try folder.write("not a page", to: "pages/notes.json")
        try folder.write("file\tpublished\tsource\nb.txt\t2025-03-09\tJining Daily\ngone.txt\t2025\t\na.md\t2025-99\t\n",
                         to: "pages/manifest.tsv")
        return folder
    }

    @Test func storesWhatTheProcessorProducesForEachPage() throws {
        let folder = try makeCorpus()
        let database = try TallyDatabase(path: folder.file("t.sqlite"))
        let summary = try Ingestor(database: database).ingest(paths: [folder.file("pages")])
        #expect(summary.files == 3)
        #expect(summary.stored == 3)
        #expect(summary.failed.isEmpty)
        #expect(summary.warnings.map(\.line) == [3, 4])
        #expect(summary.warnings[0].description.hasSuffix("manifest.tsv:3: no such file: gone.txt"))

        let processor = PageProcessor()
        var expectedItems = 0, expectedFacts = 0
        for name in ["pages/a.md", "pages/b.txt", "pages/sub/c.txt"] {
            let data = try #require(FileManager.default.contents(atPath: folder.file(name)))
            let page = try processor.process(data, path: folder.file(name), manifestEntry: nil)
            expectedItems += page.articles.count
            expectedFacts += page.facts.count
        }
        #expect(summary.items == expectedItems)
        #expect(summary.facts == expectedFacts)
        let counts = try database.query("SELECT (SELECT COUNT(*) FROM articles), (SELECT COUNT(*) FROM facts)")
        #expect(counts.first?.rows == [[.integer(Int64(expectedItems)), .integer(Int64(expectedFacts))]])

        let documents = try database.query("SELECT path, published, published_source, source FROM documents ORDER BY id")
        #expect(documents.first?.rows == [
            [.text(folder.file("pages/a.md")), .null, .null, .null],
            [.text(folder.file("pages/b.txt")), .text("2025-03-09"), .text("manifest"), .text("Jining Daily")],
            [.text(folder.file("pages/sub/c.txt")), .null, .null, .null],
        ])
    }

    @Test func skipsUnchangedFilesAndReplacesChangedOnes() throws {
        let folder = try makeCorpus()
        let database = try TallyDatabase(path: folder.file("t.sqlite"))
        let ingestor = Ingestor(database: database)
        _ = try ingestor.ingest(paths: [folder.file("pages")])
        let again = try ingestor.ingest(paths: [folder.file("pages")])
        #expect(again.skipped.count == 3)
        #expect(again.stored == 0)

        try folder.write(Self.page + "又一段。\n", to: "pages/b.txt")
        let changed = try ingestor.ingest(paths: [folder.file("pages")])
        #expect(changed.skipped.count == 2)
        #expect(changed.stored == 1)
        let data = try #require(FileManager.default.contents(atPath: folder.file("pages/b.txt")))
        #expect(try database.storedDocuments()[folder.file("pages/b.txt")]?.sha256 == SHA256.hex(of: data))
        #expect(try database.query("SELECT COUNT(*) FROM documents").first?.rows == [[.integer(3)]])
    }

    /// A corrected manifest row reaches a page that did not change (issue #14: 7).
    @Test func aChangedManifestRowReachesAnUnchangedPage() throws {
        let folder = try makeCorpus()
        try folder.write("file\tpublished\tsource\nb.txt\t2025-03-09\tfirst\n", to: "pages/manifest.tsv")
        let database = try TallyDatabase(path: folder.file("t.sqlite"))
        let ingestor = Ingestor(database: database)
        _ = try ingestor.ingest(paths: [folder.file("pages")])
        #expect(try ingestor.ingest(paths: [folder.file("pages")]).stored == 0)
        try folder.write("file\tpublished\tsource\nb.txt\t2025-04-01\tcorrected\n", to: "pages/manifest.tsv")
        let corrected = try ingestor.ingest(paths: [folder.file("pages")])
        #expect(corrected.stored == 1 && corrected.skipped.count == 2)
        let rows = try database.query("SELECT published, source FROM documents WHERE name = 'b.txt'")
        #expect(rows.first?.rows == [[.text("2025-04-01"), .text("corrected")]])
        // A removed row lets the text's own date come back.
        try folder.write("file\tpublished\tsource\n", to: "pages/manifest.tsv")
        #expect(try ingestor.ingest(paths: [folder.file("pages")]).stored == 1)
    }

    @Test func badFilesAreReportedAndNeverDamageStoredData() throws {
        let folder = try makeCorpus()
        let database = try TallyDatabase(path: folder.file("t.sqlite"))
        let ingestor = Ingestor(database: database)
        _ = try ingestor.ingest(paths: [folder.file("pages")])
        let before = try database.query("SELECT * FROM documents d JOIN articles a ON a.document_id = d.id")

        try folder.write(Data(), to: "pages/b.txt")
        try folder.write(Data([0x66, 0xff, 0xfe, 0x00, 0x81]), to: "pages/z.txt")
        let summary = try ingestor.ingest(paths: [folder.file("pages"), folder.file("nowhere")])
        #expect(Set(summary.failed.map(\.path)) == [folder.file("pages/b.txt"), folder.file("pages/z.txt"), folder.file("nowhere")])
        #expect(summary.failed.allSatisfy { !$0.reason.isEmpty })
        #expect(summary.skipped.count == 2)
        #expect(try database.query("SELECT * FROM documents d JOIN articles a ON a.document_id = d.id") == before)
    }

    @Test func documentIdsFollowSortedPathsWhateverTheBatchSize() throws {
        let folder = try makeCorpus()
        var orders: [[[Cell]]] = []
        for (batchSize, batchBytes) in [(1, 1 << 20), (2, 1 << 20), (16, 1 << 20), (16, 1)] {
            let database = try TallyDatabase(path: folder.file("t\(batchSize)-\(batchBytes).sqlite"))
            _ = try Ingestor(database: database, batchSize: batchSize, batchBytes: batchBytes)
                .ingest(paths: [folder.file("pages")])
            orders.append(try database.query("SELECT id, path FROM documents ORDER BY id").first?.rows ?? [])
        }
        #expect(orders[0] == orders[1])
        #expect(orders[0] == orders[2])
        #expect(orders[0] == orders[3])
        #expect(orders[0].map { $0[1] } == ["pages/a.md", "pages/b.txt", "pages/sub/c.txt"].map { .text(folder.file($0)) })
    }

    @Test func listsFilesWithTheirSizes() throws {
        let folder = try makeCorpus()
        let files = CorpusFiles(paths: [BytePath(folder.file("pages"))]).files
        #expect(files.map(\.byteCount) == files.map { Self.size(of: $0.path) })
        #expect(files.allSatisfy { $0.byteCount > 0 })
    }

    static func size(of path: String) -> Int { FileManager.default.contents(atPath: path)?.count ?? -1 }

    @Test func reportsProgressForEveryFile() throws {
        let folder = try makeCorpus()
        let database = try TallyDatabase(path: folder.file("t.sqlite"))
        let seen = Counter()
        _ = try Ingestor(database: database, batchSize: 2).ingest(paths: [folder.file("pages")]) { done, total in
            seen.add(done, total)
        }
        #expect(seen.values == [[1, 3], [2, 3], [3, 3]])
    }

    @Test func ingestsTheSeeds() throws {
        let folder = try TemporaryFolder()
        let database = try TallyDatabase(path: folder.file("t.sqlite"))
        let summary = try Ingestor(database: database).ingest(paths: [Fixtures.seeds.path])
        #expect(summary.files == 5)
        #expect(summary.stored == 5)
        #expect(summary.failed.isEmpty)
        #expect(summary.warnings.isEmpty)
    }

    private final class Counter: @unchecked Sendable {
        var values: [[Int]] = []
        func add(_ done: Int, _ total: Int) { values.append([done, total]) }
    }
}

/// One page is one document whatever spelling of its path the command line used (issue #14: 6).
@Suite struct CanonicalPathTests {
    @Test func spellingsOfOnePathAreOneDocument() throws {
        let folder = try TemporaryFolder()
        try folder.write("本报邹城讯 举办学习活动60余场次。\n", to: "pages/a.txt")
        let database = try TallyDatabase(path: folder.file("t.sqlite"))
        let spellings = [folder.file("pages"), folder.file("pages/../pages"), folder.file("pages/./a.txt")]
        let summary = try Ingestor(database: database).ingest(paths: spellings)
        #expect(summary.files == 1 && summary.stored == 1)
        #expect(try database.query("SELECT COUNT(*) FROM documents").first?.rows == [[.integer(1)]])
        #expect(CorpusFiles.canonical(FileManager.default.currentDirectoryPath + "/./seeds/../seeds/x.txt") == "seeds/x.txt")
    }
}

/// Pages that disappear from the corpus are counted, and removed on request (issue #14: 8).
@Suite struct VanishedPageTests {
    @Test func vanishedPagesAreCountedAndPrunedOnRequest() throws {
        let folder = try TemporaryFolder()
        try folder.write("本报邹城讯 举办学习活动60余场次。\n", to: "pages/a.txt")
        try folder.write("本报曲阜讯 开展志愿服务80余场次。\n", to: "pages/b.txt")
        try folder.write("本报泗水讯 组建志愿服务队12支。\n", to: "other/c.txt")
        let database = try TallyDatabase(path: folder.file("t.sqlite"))
        let ingestor = Ingestor(database: database)
        _ = try ingestor.ingest(paths: [folder.file("pages"), folder.file("other")])
        try FileManager.default.removeItem(atPath: folder.file("pages/b.txt"))
        try FileManager.default.removeItem(atPath: folder.file("other/c.txt"))
        let counted = try ingestor.ingest(paths: [folder.file("pages")])
        // Only documents under this run's folders are its business: other/c.txt is not counted.
        #expect(counted.vanished == [CorpusFiles.canonical(folder.file("pages/b.txt"))] && !counted.pruned)
        #expect(try database.query("SELECT COUNT(*) FROM documents").first?.rows == [[.integer(3)]])
        let pruned = try ingestor.ingest(paths: [folder.file("pages")], prune: true)
        #expect(pruned.pruned)
        #expect(try database.query("SELECT COUNT(*) FROM documents").first?.rows == [[.integer(2)]])
        #expect(try database.query("SELECT COUNT(*) FROM facts f WHERE f.document_id NOT IN (SELECT id FROM documents)")
            .first?.rows == [[.integer(0)]])
    }
}

/// A stray huge file is refused unread, so it cannot take the machine's memory (issue #14: 9).
@Suite struct PageSizeLimitTests {
    @Test func aPageOverTheLimitFailsWithoutBeingRead() throws {
        let folder = try TemporaryFolder()
        try folder.write("本报邹城讯 举办学习活动60余场次。\n", to: "pages/a.txt")
        let huge = try folder.write("", to: "pages/huge.txt")
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: huge))
        try handle.truncate(atOffset: UInt64(Ingestor.maximumPageBytes + 1))
        try handle.close()
        let summary = try Ingestor(database: TallyDatabase(path: folder.file("t.sqlite"))).ingest(paths: [folder.file("pages")])
        #expect(summary.stored == 1)
        #expect(summary.failed.map(\.reason) == ["larger than 64 MB, the page size limit; not read"])
    }
}

/// Links to pages and folders are followed, once; nothing is skipped in silence (issue #14: 5).
@Suite struct LinkedCorpusTests {
    @Test func linksArePagesAndFoldersReadOnce() throws {
        let folder = try TemporaryFolder()
        try folder.write("本报邹城讯 举办学习活动60余场次。\n", to: "elsewhere/a.txt")
        try folder.write("本报曲阜讯 开展志愿服务80余场次。\n", to: "elsewhere/deeper/b.txt")
        try folder.write("本报泗水讯 组建志愿服务队12支。\n", to: "corpus/c.txt")
        let manager = FileManager.default
        try manager.createSymbolicLink(atPath: folder.file("corpus/a-link.txt"), withDestinationPath: folder.file("elsewhere/a.txt"))
        try manager.createSymbolicLink(atPath: folder.file("corpus/linked"), withDestinationPath: folder.file("elsewhere"))
        try manager.createSymbolicLink(atPath: folder.file("corpus/loop"), withDestinationPath: folder.file("corpus"))
        try manager.createSymbolicLink(atPath: folder.file("corpus/gone.txt"), withDestinationPath: folder.file("nowhere.txt"))
        let database = try TallyDatabase(path: folder.file("t.sqlite"))
        let summary = try Ingestor(database: database).ingest(paths: [folder.file("corpus")])
        // a.txt is reached twice (by its link and through the linked folder) and stored once.
        #expect(summary.stored == 3)
        #expect(summary.failed.map(\.reason) == ["a link to nothing"])
        #expect(try database.query("SELECT COUNT(*) FROM documents").first?.rows == [[.integer(3)]])
    }
}

/// A full disk stops ingest at the first storage error, names the cause, and keeps what was stored
/// (issue #14: 13). `max_page_count` fills the database as a full disk would.
@Suite struct FullDiskTests {
    @Test func aFullDatabaseStopsIngestWithTheCauseNamed() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("t.sqlite")
        _ = try Ingestor(database: TallyDatabase(path: path)).ingest(paths: [Fixtures.seeds.appendingPathComponent("000_a81acad557f7d2c0.txt").path])
        let pages = try TallyDatabase(path: path, readOnly: true).query("PRAGMA page_count")[0].rows[0][0].text
        let full = try TallyDatabase(path: path, maximumPageCount: Int(pages)! + 2)
        #expect {
            _ = try Ingestor(database: full, batchSize: 1).ingest(paths: [Fixtures.seeds.path])
        } throws: { error in
            guard case TallyDatabaseError.storage(let where_, let reason) = error else { return false }
            return where_ == path && reason.contains("full")
        }
        // The first page, stored before, is whole; nothing half-written.
        let documents = try TallyDatabase(path: path, readOnly: true).query("SELECT COUNT(*) FROM documents")[0].rows
        #expect(documents == [[.integer(1)]])
        let orphans = try TallyDatabase(path: path, readOnly: true)
            .query("SELECT COUNT(*) FROM facts WHERE document_id NOT IN (SELECT id FROM documents)")[0].rows
        #expect(orphans == [[.integer(0)]])
    }
}
