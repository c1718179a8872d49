import Testing
@testable import TallyCore

@Suite struct GazetteerTests {
    let gazetteer = Gazetteer.jining

    @Test func findsMentionsInTextOrderWithScalarRanges() {
        let mentions = gazetteer.mentions(in: "驻村以来,泗水县高峪镇第一书记与曲阜市石门山镇")
        #expect(mentions.map(\.name) == ["泗水县", "高峪镇", "曲阜市", "石门山镇"])
        #expect(mentions.map(\.county) == [.sishui, .sishui, .qufu, .qufu])
        #expect(mentions[0].range == 5..<8)
    }

    @Test func longestMatchWinsOverTheCityPrefix() {
        let mentions = gazetteer.mentions(in: "济宁经开区与济宁高新区、济宁市")
        #expect(mentions.map(\.county) == [.jingkai, .gaoxin, .jiningCity])
        #expect(gazetteer.mentions(in: "太白湖新区许庄街道").map(\.name) == ["太白湖新区", "许庄街道"])
    }

    @Test func resolvesShortNamesAndTownsToTheirCounty() {
        #expect(gazetteer.county(named: "邹城") == .zoucheng)
        #expect(gazetteer.county(named: "任城") == .rencheng)
        #expect(gazetteer.county(named: "济宁") == .jiningCity)
        #expect(gazetteer.county(named: "疃里镇") == .jingkai)
        #expect(gazetteer.county(named: "纸坊镇") == .jiaxiang)
        #expect(gazetteer.county(named: "张黄镇") == .yutai)
        #expect(gazetteer.county(named: "中都街道") == .wenshang)
        #expect(gazetteer.county(named: "唐口街道") == .rencheng)
        #expect(gazetteer.county(named: "邹城市区") == nil)
    }

    @Test func everyCountyHasAnEntry() {
        for county in County.allCases {
            #expect(gazetteer.county(named: county.rawValue) == county)
        }
    }
}
