import Foundation
import Testing
@testable import TallyCore
import TallyTestSupport

/// Hostile files go through the whole ``Ingestor``, next to a good page: each is either stored or
/// reported by path with a reason, and the good page is always stored.
@Suite struct HostileInputIngestTests {
    static let goodPage = "本报邹城讯（通讯员 王）邹城市举办学习活动60余场次，服务老党员5000余人次。\n"

    /// A hostile file and what ingest must do with it: store it, or fail it with a reason containing `reason`.
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var bytes: @Sendable () -> Data
        var reason: String?
        var testDescription: String { name }
    }

    static func utf8(_ text: String) -> Data { Data(text.utf8) }

    static let cases: [Case] = [
        Case(name: "empty", bytes: { Data() }, reason: "file is empty"),
        Case(name: "bom only", bytes: { Data([0xEF, 0xBB, 0xBF]) }, reason: "file is empty"),
        Case(name: "pdf", bytes: { utf8("%PDF-1.4\n%âãÏÓ\n1 0 obj\n") }, reason: "PDF header"),
        Case(name: "png", bytes: { Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D]) }, reason: "PNG header"),
        Case(name: "latin-1", bytes: { Data("Caf\u{E9} na\u{EF}ve r\u{E9}sum\u{E9} \u{E0} la cr\u{E8}me".unicodeScalars.map { UInt8($0.value) }) },
             reason: "not UTF-8 or GB18030"),
        Case(name: "invalid UTF-8 on line 3", bytes: {
            var data = utf8(goodPage + goodPage)
            data.append(contentsOf: [0xFF, 0xC0, 0xAF])
            data.append(utf8(goodPage))
            return data
        }, reason: "line 3"),
        Case(name: "NUL bytes", bytes: { utf8(goodPage + "\u{0}\u{0}" + goodPage) }, reason: "NUL byte"),
        Case(name: "control characters", bytes: { Data(repeating: 0x01, count: 50) + utf8(goodPage) }, reason: "control characters"),
        Case(name: "CESU-8 lone surrogate", bytes: {
            var data = utf8(goodPage)
            data.append(contentsOf: [0xED, 0xA0, 0x80])
            data.append(utf8(goodPage))
            return data
        }, reason: "byte \(goodPage.utf8.count)"),
        Case(name: "unassigned and private-use code points", bytes: {
            utf8("\u{0378}\u{E000}\u{10FFFF}\u{FFFE}\u{1FFFF}本报邹城讯\u{30000}邹城市举办活动6\u{0378}0余场次。\n" + goodPage)
        }, reason: nil),
        Case(name: "no dateline, no headline", bytes: { utf8("全县共有党员3000余名，开展活动20余场次。\n") }, reason: nil),
        Case(name: "10^5 digits in a row", bytes: {
            utf8("本报邹城讯 邹城市发放资金" + String(repeating: "7", count: 100_000) + "万元。\n" + goodPage)
        }, reason: nil),
        Case(name: "10^5 full-width digits and separators", bytes: {
            utf8("本报邹城讯 共" + String(repeating: "９,", count: 50_000) + "人。\n" + goodPage)
        }, reason: nil),
        Case(name: "truncated mid-character", bytes: { utf8(goodPage + goodPage).dropLast(2) }, reason: "not UTF-8 or GB18030"),
        Case(name: "only line breaks and spaces", bytes: { utf8(String(repeating: "\n \r\n\t\u{3000}", count: 10_000)) }, reason: nil),
    ]

    @Test(arguments: cases)
    func hostileFileIsStoredOrNamedAndTheGoodPageIsStored(_ hostile: Case) throws {
        let folder = try TemporaryFolder()
        let good = try folder.write(Self.goodPage, to: "pages/good.txt")
        let path = try folder.write(hostile.bytes(), to: "pages/hostile.txt")
        let database = try TallyDatabase(path: folder.file("t.sqlite"))
        let summary = try Ingestor(database: database).ingest(paths: [folder.file("pages")])

        let stored = try database.query("SELECT path FROM documents ORDER BY path").first?.rows.map { $0[0] }
        if let reason = hostile.reason {
            #expect(summary.failed.map(\.path) == [path])
            #expect(summary.failed.first?.reason.contains(reason) == true,
                    "reason '\(summary.failed.first?.reason ?? "")' should mention '\(reason)'")
            #expect(stored == [.text(good)])
        } else {
            #expect(summary.failed.isEmpty, "\(summary.failed)")
            #expect(stored == [.text(good), .text(path)])
        }
        #expect(summary.stored == (hostile.reason == nil ? 2 : 1))
    }

    /// Size of the one-line page: 50 MB, or 10 MB in debug builds where the pipeline runs ~20× slower
    /// (50 MB took ~100 s there); `TALLY_LONG_LINE_MB=50 swift test --filter SingleLine` runs the full size.
    static let longLineBytes: Int = {
        if let megabytes = Int(ProcessInfo.processInfo.environment["TALLY_LONG_LINE_MB"] ?? "") { return megabytes * 1_000_000 }
        #if DEBUG
        return 10_000_000
        #else
        return 50_000_000
        #endif
    }()

    /// A 50 MB page on one line: read, segmented and stored in bounded time, not refused, not quadratic.
    @Test func fiftyMegabyteSingleLineFinishes() throws {
        let folder = try TemporaryFolder()
        let sentence = "本报邹城讯（通讯员 王）邹城市举办学习活动60余场次，服务老党员5000余人次，建成示范点12个；"
        let repeats = Self.longLineBytes / sentence.utf8.count
        var data = Data(capacity: Self.longLineBytes)
        let unit = Data(sentence.utf8)
        for _ in 0..<repeats { data.append(unit) }
        let path = try folder.write(data, to: "pages/long.txt")
        try folder.write(Self.goodPage, to: "pages/good.txt")
        let database = try TallyDatabase(path: folder.file("t.sqlite"))

        let start = ContinuousClock.now
        let summary = try Ingestor(database: database).ingest(paths: [folder.file("pages")])
        let elapsed = ContinuousClock.now - start
        #expect(summary.failed.isEmpty, "\(summary.failed)")
        #expect(summary.stored == 2)
        // Generous for a debug build on a shared machine; a quadratic step would take hours.
        #expect(elapsed < .seconds(120), "\(Self.longLineBytes) bytes on one line took \(elapsed)")
        let lines = try database.query("SELECT MAX(last_line) FROM articles a JOIN documents d ON d.id = a.document_id WHERE d.path = :p",
                                       parameters: ["p": path])
        #expect(lines.first?.rows == [[.integer(1)]])
    }

    /// Through the CLI: every hostile file that fails is named on stderr with its reason, bad manifest
    /// rows are warnings naming the line, the rest is stored, and the exit status is 2 (README).
    @Test(.enabled(if: TallyEndToEndTests.executable != nil)) func cliNamesEachFailedFileAndExitsTwo() throws {
        let folder = try TemporaryFolder()
        try folder.write(Self.goodPage, to: "pages/good.txt")
        var failing: [String: String] = [:]
        for (index, hostile) in Self.cases.enumerated() {
            let name = "hostile-\(index).txt"
            try folder.write(hostile.bytes(), to: "pages/" + name)
            if let reason = hostile.reason { failing["pages/" + name] = reason }
        }
        try folder.write("file\tpublished\tsource\ngone.txt\t2025-01-01\t\ngood.txt\t2025-02-30\t\n", to: "pages/manifest.tsv")
        let run = try TallyEndToEndTests().tally(["ingest", "pages", "--db", "t.sqlite"], in: folder.path)
        #expect(run.status == 2)
        for (path, reason) in failing {
            #expect(run.stderr.split(separator: "\n").contains { $0.hasPrefix("failed: \(path): ") && $0.contains(reason) },
                    "no failure line for \(path) (\(reason)) in:\n\(run.stderr)")
        }
        #expect(run.stderr.contains("warning: pages/manifest.tsv:2: no such file: gone.txt"))
        #expect(run.stderr.contains("warning: pages/manifest.tsv:3: bad date '2025-02-30'"))
        let stored = Self.cases.count + 1 - failing.count
        #expect(run.stdout.hasPrefix("\(Self.cases.count + 1) files: \(stored) stored, 0 skipped (unchanged), \(failing.count) failed"),
                "\(run.stdout)")
        #expect(!run.stderr.contains("Fatal error") && !run.stderr.contains("Stack dump"))
    }
}
