import Testing
@testable import TallyCore

@Suite struct PinyinGlossTests {
    private func removed(_ text: String) -> String? {
        PinyinGloss.removed(from: ScalarText.scalars(of: text)).map(ScalarText.string)
    }

    @Test func dropsASyllableInBracketsAfterACharacter() {
        #expect(removed("投入資金2.8萬(wàn)元") == "投入資金2.8萬元")
        #expect(removed("新增3千畝（mǔ）良田，建成蔬菜大棚(péng)12座(zuò)") == "新增3千畝良田，建成蔬菜大棚12座")
        #expect(removed("參加人數達5000餘(yu)人次，其中女(nv)性") == "參加人數達5000餘人次，其中女性")
    }

    /// Brackets holding anything else stay: units, letters, years, names, and a gloss after no character.
    @Test func keepsBracketsThatAreNoGloss() {
        #expect(removed("道路10公里(km)，选项(A)，去年(2025)，本报讯（通讯员 甲）") == nil)
        #expect(removed("完成3项(zhuangzhuang)任务，6 (wan)元，(wàn)开头") == nil)
        #expect(removed("") == nil)
    }

    /// The normaliser drops glosses before anything reads the line: `萬(wàn)元` is read as one unit.
    @Test func normaliserDropsGlossesBeforeTheLineIsRead() throws {
        let script = try ScriptConverter.traditionalToSimplified.get()
        let page = PageNormalizer.normalize("本報嘉祥訊 投入資金2.8萬(wàn)元。", script: script)
        #expect(page.blocks.map(\.text) == ["本報嘉祥訊 投入資金2.8萬元。"])
        #expect(page.blocks.map { ScalarText.string($0.scalars) } == ["本报嘉祥讯 投入资金2.8万元。"])
    }
}
