import Testing
@testable import TallyCore

@Suite struct ScriptConverterTests {
    static let script = try! ScriptConverter.traditionalToSimplified.get()

    private func converted(_ text: String) -> String? {
        Self.script.converted(ScalarText.scalars(of: text)).map(ScalarText.string)
    }

    @Test func readsTraditionalCharactersAsSimplifiedOneForOne() throws {
        let printed = "本報嘉祥訊 全縣新增3.6萬畝，80歲以上老人7個、15處站點"
        let read = try #require(converted(printed))
        #expect(read == "本报嘉祥讯 全县新增3.6万亩，80岁以上老人7个、15处站点")
        #expect(read.unicodeScalars.count == printed.unicodeScalars.count)
    }

    /// A line in simplified script is left alone, so a simplified page costs no conversion.
    @Test func leavesASimplifiedLineAlone() {
        #expect(converted("本报嘉祥讯 全县新增3.6万亩，80岁以上老人7个") == nil)
        #expect(converted("Jining 2025") == nil)
        #expect(converted("") == nil)
    }

    /// Phrases settle characters that are ambiguous alone: 乾 is 干 in 乾淨 but stays in 乾隆.
    @Test func convertsWithPhrasesWhereTheCountStays() {
        #expect(converted("環境乾淨，乾隆年間") == "环境干净，乾隆年间")
    }

    @Test func aConfigThatCannotBeLoadedSaysWhichAndWhere() {
        #expect(throws: ScriptConverterError.self) { try ScriptConverter(config: "/nonexistent/t2s.json") }
        do {
            _ = try ScriptConverter(config: "/nonexistent/t2s.json")
        } catch {
            #expect(error.description.hasPrefix("cannot load OpenCC's /nonexistent/t2s.json ("))
            #expect(error.description.contains("libopencc-data"))
        }
    }

    /// A page that cannot be converted fails with one line naming it, not with wrong facts.
    @Test func pageErrorNamesThePathAndTheConfig() {
        let error = PageReadError.scriptConverterUnavailable(
            path: "archive/x.txt", cause: .configUnreadable(config: "t2s.json", reason: "no such file"))
        #expect(error.description.hasPrefix("archive/x.txt: cannot read traditional characters: cannot load OpenCC's t2s.json (no such file)"))
    }
}
