import Foundation
import Testing
import TallyTestSupport
@testable import TallyCore

/// Issue #13, item 3: a repost in traditional script is read like its simplified original: the same facts
/// (values, units, counties, objects …), with surfaces, sentences and headlines as the repost prints them.
/// The reposts are the seed pages converted with OpenCC (`s2t.json`) here, not committed copies.
@Suite struct TraditionalScriptTests {
    static let toSimplified = try! ScriptConverter.traditionalToSimplified.get()
    static let toTraditional = try! ScriptConverter(config: "s2t.json")

    /// `text` in simplified script; `text` itself when it has no traditional character.
    static func simplified(_ text: String) -> String {
        toSimplified.converted(ScalarText.scalars(of: text)).map(ScalarText.string) ?? text
    }

    /// True when `text` prints traditional characters: it has some wherever its simplified form has a character to convert.
    static func isPrintedTraditional(_ text: String) -> Bool {
        let simple = ScalarText.scalars(of: simplified(text))
        return toTraditional.converted(simple) == nil || toSimplified.converted(ScalarText.scalars(of: text)) != nil
    }

    @Test(arguments: try Fixtures.seedPages())
    func aSeedReprintedInTraditionalScriptGivesTheSeedsFacts(page: URL) throws {
        let text = try String(contentsOf: page, encoding: .utf8)
        let copy = try #require(Self.toTraditional.converted(ScalarText.scalars(of: text)).map(ScalarText.string))
        let processor = PageProcessor()
        let seed = try processor.process(Data(text.utf8), path: page.lastPathComponent, manifestEntry: nil)
        let repost = try processor.process(Data(copy.utf8), path: page.lastPathComponent, manifestEntry: nil)

        #expect(repost.articles.count == seed.articles.count)
        for (article, original) in zip(repost.articles, seed.articles) {
            #expect(article.county == original.county)
            #expect(article.datelinePlace == original.datelinePlace)
            #expect(article.themes == original.themes)
            #expect(Self.simplified(article.headline) == Self.simplified(original.headline))
            #expect(Self.isPrintedTraditional(article.headline), "\(article.headline)")
        }
        // A repost is a reprint of its original: its bodies read the same.
        #expect(repost.bodyHashes == seed.bodyHashes)
        #expect(repost.facts.count == seed.facts.count)
        #expect(seed.facts.count > 40)
        var traditionalSurfaces = 0
        for (fact, original) in zip(repost.facts, seed.facts) {
            // Everything read is the seed's, offsets included …
            var read = fact
            (read.surface, read.sentence) = (original.surface, original.sentence)
            #expect(read == original, "\(fact.surface) in \(fact.sentence)")
            // … and what is printed is the repost's.
            #expect(Self.simplified(fact.surface) == Self.simplified(original.surface))
            #expect(Self.simplified(fact.sentence) == Self.simplified(original.sentence))
            #expect(Self.isPrintedTraditional(fact.surface), "\(fact.surface)")
            #expect(Self.isPrintedTraditional(fact.sentence), "\(fact.sentence)")
            if fact.surface != original.surface { traditionalSurfaces += 1 }
        }
        #expect(traditionalSurfaces > 0)
    }

    /// A mirror site's pinyin after measure words and multipliers (`個(gè)`, `萬(wàn)`) changes no fact.
    @Test func pinyinGlossesChangeNoFact() throws {
        let page = try #require(Fixtures.seedPages().first)
        let text = try String(contentsOf: page, encoding: .utf8)
        let copy = try #require(Self.toTraditional.converted(ScalarText.scalars(of: text)).map(ScalarText.string))
        let glossed = copy.replacingOccurrences(of: "個", with: "個(gè)").replacingOccurrences(of: "萬", with: "萬（wàn）")
            .replacingOccurrences(of: "名", with: "名(míng)")
        #expect(glossed.count > copy.count + 10)
        let processor = PageProcessor()
        let plain = try processor.process(Data(copy.utf8), path: page.lastPathComponent, manifestEntry: nil)
        let withGlosses = try processor.process(Data(glossed.utf8), path: page.lastPathComponent, manifestEntry: nil)
        func reading(_ fact: Fact) -> [String] {
            [fact.surface, "\(fact.value)", fact.unit.rawValue, fact.object, fact.county.rawValue, fact.sentence]
        }
        #expect(withGlosses.facts.map(reading) == plain.facts.map(reading))
    }

    /// The traditional page of the test archive: dateline 本報嘉祥訊, county 嘉祥县, its three figures.
    @Test func theArchivesTraditionalPageGivesItsFacts() throws {
        let url = Fixtures.directory.appendingPathComponent("archive/text/traditional/jnrb20250325_06.txt")
        let page = try PageProcessor().process(Data(contentsOf: url), path: url.path, manifestEntry: nil)
        #expect(page.articles.map(\.datelinePlace) == ["嘉祥"])
        #expect(page.articles.map(\.county) == [.jiaxiang])
        #expect(page.articles.map(\.headline) == ["嘉祥縣 黨建引領鄉村治理"])
        #expect(page.facts.map(\.surface) == ["680個", "720名", "340余起"])
        #expect(page.facts.map(\.value) == [680, 720, 340])
        #expect(page.facts.map(\.object) == ["村级网格", "网格员", "矛盾纠纷"])
        #expect(page.facts.allSatisfy { $0.county == .jiaxiang })
        #expect(page.facts.allSatisfy { $0.sentence.hasPrefix("嘉祥縣推行“網格化+黨建”模式") })
    }

    /// The normaliser decides on what it reads: 黨的建設 is the page label, 本報魚臺訊 opens an item
    /// (read as printed, the label would stay and the dateline would join the line above it).
    @Test func normaliserDecidesOnTheReadTextAndKeepsThePrintedOne() {
        let text = """
        黨的建設

        上一篇文章的最後一行沒有句號
        本報魚臺訊（通訊員 甲）全縣建成示範基地 2
        個，開展活動50餘次。
        """
        let page = PageNormalizer.normalize(text, script: Self.toSimplified)
        #expect(page.blocks.map(\.text) == ["上一篇文章的最後一行沒有句號", "本報魚臺訊（通訊員 甲）全縣建成示範基地 2個，開展活動50餘次。"])
        #expect(page.blocks.map { ScalarText.string($0.scalars) }
            == ["上一篇文章的最后一行没有句号", "本报鱼台讯（通讯员 甲）全县建成示范基地 2个，开展活动50余次。"])
        #expect(PageNormalizer.normalize(text).blocks.count == 2)
        #expect(PageNormalizer.normalize(text).blocks.first?.text == "黨的建設")
    }
}
