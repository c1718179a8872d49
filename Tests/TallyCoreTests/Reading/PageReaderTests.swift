import Foundation
import Testing
import TallyTestSupport
@testable import TallyCore

@Suite struct PageReaderTests {
    static let seedName = "002_2ad99f6a8dddff4d.txt"

    static func seedData() throws -> Data {
        try Data(contentsOf: Fixtures.seeds.appendingPathComponent(seedName))
    }

    /// Encodes `data` with the system iconv, the way a GBK scrape arrives.
    static func gb18030(_ data: Data) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/iconv")
        process.arguments = ["-f", "UTF-8", "-t", "GB18030"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(data)
        try input.fileHandleForWriting.close()
        let encoded = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return encoded
    }

    @Test func gb18030CopySegmentsLikeTheUTF8Original() throws {
        let original = try Self.seedData()
        let encoded = try Self.gb18030(original)
        #expect(encoded != original)
        let decoded = try PageReader.decode(encoded, path: "gbk.txt")
        #expect(decoded.encoding == "gb18030")
        let utf8 = try PageReader.decode(original, path: Self.seedName)
        #expect(decoded.text == utf8.text)
        let segmenter = ArticleSegmenter()
        #expect(segmenter.segment(PageNormalizer.normalize(decoded.text))
            == segmenter.segment(PageNormalizer.normalize(utf8.text)))
    }

    @Test func crlfWithBOMEqualsTheLFOriginal() throws {
        let original = try Self.seedData()
        var windows = Data([0xEF, 0xBB, 0xBF])
        windows.append(Data(String(decoding: original, as: UTF8.self).replacingOccurrences(of: "\n", with: "\r\n").utf8))
        let decoded = try PageReader.decode(windows, path: "crlf.txt")
        #expect(decoded.text == String(decoding: original, as: UTF8.self))
        #expect(decoded.encoding == "utf-8")
    }

    @Test func emptyFileIsATypedError() {
        #expect(throws: PageReadError.empty(path: "x.txt")) { try PageReader.decode(Data(), path: "x.txt") }
        #expect(throws: PageReadError.empty(path: "bom.txt")) {
            try PageReader.decode(Data([0xEF, 0xBB, 0xBF]), path: "bom.txt")
        }
    }

    @Test func binaryHeadersAreRefused() {
        let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        #expect(throws: PageReadError.binary(path: "p.txt", reason: "PNG header")) {
            try PageReader.decode(png, path: "p.txt")
        }
        #expect(throws: PageReadError.binary(path: "d.txt", reason: "PDF header")) {
            try PageReader.decode(Data("%PDF-1.7\n".utf8), path: "d.txt")
        }
        #expect(throws: PageReadError.binary(path: "n.txt", reason: "NUL byte")) {
            try PageReader.decode(Data("本报讯\u{0}".utf8), path: "n.txt")
        }
    }

    @Test func invalidBytesInTheMiddleNameLineAndOffset() throws {
        var data = Data("第一行\n第二行\n第三".utf8)
        let badOffset = data.count
        data.append(contentsOf: [0xFF, 0xFE, 0x80, 0x81, 0xFF])
        data.append(Data("行\n".utf8))
        do {
            _ = try PageReader.decode(data, path: "seeds/x.txt")
            Issue.record("expected an error")
        } catch {
            #expect(error == .undecodable(path: "seeds/x.txt", byteOffset: badOffset, line: 3))
            #expect(error.description == "seeds/x.txt: not UTF-8 or GB18030 (first bad byte at line 3, byte \(badOffset))")
        }
    }

    @Test func firstInvalidUTF8OffsetRejectsOverlongAndSurrogates() {
        #expect(PageReader.firstInvalidUTF8Offset(in: Array("abc济宁".utf8)) == nil)
        #expect(PageReader.firstInvalidUTF8Offset(in: [0x41, 0xC0, 0x80]) == 1)
        #expect(PageReader.firstInvalidUTF8Offset(in: [0xED, 0xA0, 0x80]) == 0)
        #expect(PageReader.firstInvalidUTF8Offset(in: [0x41, 0xE6, 0xB5]) == 1)
    }
}
