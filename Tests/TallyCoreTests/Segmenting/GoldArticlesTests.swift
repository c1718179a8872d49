import Foundation
import Testing
import TallyTestSupport
@testable import TallyCore

/// Every item of the gold list (`Fixtures/articles.tsv`) is recovered from the seed pages.
@Suite struct GoldArticlesTests {
    struct GoldItem: Sendable {
        var sequence: Int, kind: String, county: String, dateline: String, headline: String, bodyStart: String
    }

    static func goldItems() throws -> [String: [GoldItem]] {
        let tsv = try String(contentsOf: Fixtures.directory.appendingPathComponent("articles.tsv"), encoding: .utf8)
        var items: [String: [GoldItem]] = [:]
        for line in tsv.split(separator: "\n").dropFirst() {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 7, let sequence = Int(fields[1]) else { continue }
            items[fields[0], default: []].append(GoldItem(
                sequence: sequence, kind: fields[2], county: fields[3], dateline: fields[4], headline: fields[5],
                bodyStart: fields[6]))
        }
        return items
    }

    static func segmentSeed(named name: String) throws -> [Article] {
        let url = Fixtures.seeds.appendingPathComponent(name)
        let decoded = try PageReader.decode(Data(contentsOf: url), path: url.lastPathComponent)
        return ArticleSegmenter().segment(PageNormalizer.normalize(decoded.text))
    }

    static func withoutWhitespace(_ text: String) -> String {
        String(text.unicodeScalars.filter { !$0.properties.isWhitespace }.map(Character.init))
    }

    @Test(arguments: ["000_a81acad557f7d2c0.txt", "001_5cfc80c81265b886.txt", "002_2ad99f6a8dddff4d.txt",
                      "003_1ec58aae91fcbfd1.txt", "004_b7553062b986840f.txt"])
    func recoversEveryGoldItem(seed: String) throws {
        let gold = try #require(try Self.goldItems()[seed])
        let articles = try Self.segmentSeed(named: seed)
        #expect(articles.count == gold.count)
        for (item, article) in zip(gold, articles) {
            #expect(article.sequence == item.sequence)
            #expect(article.kind.rawValue == item.kind, "\(seed) #\(item.sequence)")
            #expect(article.bodyStart == item.bodyStart, "\(seed) #\(item.sequence)")
            #expect(article.county.rawValue == item.county, "\(seed) #\(item.sequence)")
            #expect((article.datelinePlace ?? "") == item.dateline, "\(seed) #\(item.sequence)")
            #expect(Self.withoutWhitespace(article.headline) == Self.withoutWhitespace(item.headline),
                    "\(seed) #\(item.sequence)")
        }
    }
}
