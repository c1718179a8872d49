import Foundation
import Testing
@testable import TallyCore
import TallyTestSupport

/// File and folder names that are not UTF-8, as GBK names from a Windows archive are (issue #14: 4), are
/// read like any other, stored under their path with those bytes written as `\xNN`, and reported by that
/// path when they fail.
@Suite struct NonUTF8NameTests {
    static let page = "本报邹城讯（通讯员 王）邹城市举办学习活动60余场次，服务老党员5000余人次。\n"
    /// 党建 and 张三 in GBK: not UTF-8.
    static let gbkFolder: [UInt8] = [0xB5, 0xB3, 0xBD, 0xA8]
    static let gbkName: [UInt8] = [0xD5, 0xC5, 0xC8, 0xFD] + Array(".txt".utf8)

    /// Creates `relative` (bytes, under `folder`) with `contents`, making its folders; Foundation cannot name it.
    func create(_ relative: [UInt8], in folder: TemporaryFolder, contents: String) throws {
        let path = BytePath(folder.path).appending(relative)
        var parts: [UInt8] = []
        for component in relative.split(separator: UInt8(ascii: "/")).dropLast() {
            parts += (parts.isEmpty ? [] : [UInt8(ascii: "/")]) + component
            let made = (BytePath(folder.path).appending(parts).bytes + [0]).withUnsafeBufferPointer {
                $0.withMemoryRebound(to: CChar.self) { mkdir($0.baseAddress!, 0o755) }
            }
            try #require(made == 0 || errno == EEXIST)
        }
        let descriptor = (path.bytes + [0]).withUnsafeBufferPointer {
            $0.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_CREAT | O_WRONLY | O_TRUNC, 0o644) }
        }
        try #require(descriptor >= 0)
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        try handle.write(contentsOf: Data(contents.utf8))
    }

    @Test func bytesThatAreNotUTF8AreWrittenAsEscapes() {
        #expect(BytePath(bytes: Array("页/".utf8) + [0xD5, 0xC5] + Array("x.txt".utf8)).text == "页/\\xD5\\xC5x.txt")
        // A lead byte cut short, then a valid character: only the broken byte is escaped.
        #expect(BytePath.escaped([0xE9, 0x82] + Array("邹".utf8) + [0x0A]) == "\\xE9\\x82邹\n")
        #expect(BytePath("seeds/000.txt").text == "seeds/000.txt")
    }

    @Test func pagesWithGBKNamesAreIngestedAndSkippedWhenUnchanged() throws {
        let folder = try TemporaryFolder()
        try create(Array("pages/".utf8) + Self.gbkName, in: folder, contents: Self.page)
        try create(Array("pages/".utf8) + Self.gbkFolder + Array("/a.txt".utf8), in: folder, contents: Self.page)
        try create(Array("pages/".utf8) + Self.gbkFolder + Array("/manifest.tsv".utf8), in: folder,
                   contents: "file\tpublished\tsource\na.txt\t2025-03-09\tJining Daily\n")
        try folder.write(Self.page, to: "pages/plain.txt")
        let database = try TallyDatabase(path: folder.file("t.sqlite"))
        let ingestor = Ingestor(database: database)

        let summary = try ingestor.ingest(paths: [folder.file("pages")])
        #expect(summary.failed.isEmpty, "\(summary.failed)")
        #expect(summary.stored == 3)
        let stored = try database.query("SELECT path, published FROM documents ORDER BY path")[0].rows
        let base = CorpusFiles.canonical(folder.file("pages"))
        #expect(stored == [
            [.text(base + "/plain.txt"), .null],
            [.text(base + "/\\xB5\\xB3\\xBD\\xA8/a.txt"), .text("2025-03-09")],
            [.text(base + "/\\xD5\\xC5\\xC8\\xFD.txt"), .null],
        ].sorted { "\($0[0])" < "\($1[0])" })
        let gbkFacts = try database.query("SELECT COUNT(*) FROM facts JOIN documents d ON d.id = document_id WHERE d.name LIKE '%FD.txt'")
        #expect(gbkFacts[0].rows != [[.integer(0)]], "the page under a GBK name was read")

        let again = try ingestor.ingest(paths: [folder.file("pages")])
        #expect(again.skipped.count == 3 && again.stored == 0 && again.vanished.isEmpty)
    }

    /// Named directly on the command line, a GBK name is found (not "no such file"); one that fails is
    /// reported by its escaped path and the run exits 2. Foundation's Process passes only UTF-8
    /// arguments, so the shell's printf spells the bytes.
    @Test(.enabled(if: TallyEndToEndTests.executable != nil)) func aGBKNameOnTheCommandLineIsIngested() throws {
        let folder = try TemporaryFolder()
        try create(Array("pages/".utf8) + Self.gbkName, in: folder, contents: Self.page)
        try create(Array("pages/".utf8) + [0xB0] + Array(".txt".utf8), in: folder, contents: "")
        let script = "exec \"$0\" ingest \"$(printf 'pages/\\325\\305\\310\\375.txt')\" \"$(printf 'pages/\\260.txt')\" --db t.sqlite"
        let run = try TallyEndToEndTests().tally([], in: folder.path, wrapper: ["/bin/sh", "-c", script])
        #expect(run.status == 2)
        #expect(run.stdout.hasPrefix("2 files: 1 stored, 0 skipped (unchanged), 1 failed"), "\(run.stdout)")
        #expect(run.stderr == "failed: pages/\\xB0.txt: file is empty\n")
        let paths = try TallyDatabase(path: folder.file("t.sqlite"), readOnly: true).query("SELECT path FROM documents")[0].rows
        #expect(paths == [[.text("pages/\\xD5\\xC5\\xC8\\xFD.txt")]])
    }
}
