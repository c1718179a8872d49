import Testing
import TallyCore

/// Object, rate, period, county and provenance of extracted facts (NOTES conventions).
@Suite struct FactFieldsTests {
    @Test(arguments: [
        ("去年以来，举办各类学习活动60余场次。", "学习活动"),
        ("5000余人次离退休干部参与。", "离退休干部"),
        ("统筹使用300万元帮扶资金建设厂房。", "帮扶资金"),
        ("整合特色党建工作室、荣退小屋、党群服务站等资源60余处。", "资源"),
        ("整合机关人员、社区工作者、网格员等570余人。", "机关人员、社区工作者、网格员"),
        ("惠及5.1万人。", "惠及"),
        ("完成社区建档3700余人。", "社区建档"),
        ("成功打造26个“六好”离退休干部党支部。", "“六好”离退休干部党支部"),
        ("成立4个党组织，被评为示范。", "党组织"),
        ("对9名考评结果一般的人员进行约谈。", "人员"),
        ("每月开展1次“善为善治书记论坛”。", "善为善治书记论坛"),
        ("参与率达75%以上。", "参与率"),
        ("开设专业23个、班级27个。", "专业"),
        ("覆盖全县基层示范教学点36个。", "基层示范教学点"),
        ("全镇38个村全部成立了理事会。", "村"),
        ("投入资金500万元用于改造老旧小区。", "资金"),
        ("截至目前，已培训新型职业农民1500人次。", "新型职业农民"),
        ("张三等3名同志获表彰。", "同志"),
        ("评选出“五星级”党支部15个。", "“五星级”党支部"),
        ("在全县12个镇街推行“红色物业”。", "镇街"),
        ("该市现有注册志愿者8.6万人。", "注册志愿者"),
        ("发放慰问金和物资折合人民币30万元。", "慰问金和物资"),
        ("全年村集体经营性收入达6.5亿元。", "村集体经营性收入"),
        ("新招录社区工作者 120 名。", "社区工作者"),
        ("推动村集体经济收入全部超过 10 万元。", "村集体经济收入"),
        ("网格员累计上报各类事件4.6万件。", "事件"),
        ("群众满意率提升至96%。", "群众满意率"),
        ("该县投资1500万元改造湖区道路。", "投资"),
        ("全县共确定党员中心户1600余户。", "党员中心户"),
        ("该县还投入专项资金每村3万元。", "专项资金"),
        ("每季度走访不少于1次。", "走访"),
        ("组织1.2万名在职党员到社区报到。", "在职党员"),
        ("推动5276名机关企事业单位在职党员“到社区报到、在网格服务”。", "机关企事业单位在职党员"),
        // Object boundaries on pages never seen: a measure phrase, a noun after an area, a verb before a share,
        // an aspect mark, a conjunction or a bound word before the next number.
        ("改造全长1600余米的建设路。", "建设路"),
        ("清理3万平方米背街小巷。", "背街小巷"),
        ("税收收入同比增长4.3%。", "税收收入"),
        ("举办过5次宣讲。", "宣讲"),
        ("每个小区配备1名楼长和2名单元长。", "楼长"),
        ("5家骨干企业营收过亿元。", "骨干企业营收"),
        ("2个街道和30余家企业参与共建。", "街道"),
    ])
    func objectIsTheShortestNamingPhrase(_ text: String, _ object: String) {
        #expect(facts(text).first?.object == object)
    }

    /// A count listed right after another (、) counts the same thing; adjacent counts do not share.
    @Test func listedCountsShareTheirObject() {
        #expect(facts("受益渔民达1.3万户、近5万人。").map(\.object) == ["受益渔民", "受益渔民"])
        #expect(facts("组织4批次220余人赴监狱接受教育。").map(\.object) == ["组织", ""])
    }

    /// A clause that names only a verb (三年来累计组建418支) counts what that verb took earlier in the sentence.
    @Test func aBareVerbTakesItsEarlierNoun() {
        let found = facts("全县以村为单元组建巾帼志愿服务队，两年来累计组建86支，今年新组建12支。举办1期骨干培训班。")
        #expect(found.map(\.object) == ["巾帼志愿服务队", "巾帼志愿服务队", "骨干培训班"])
    }

    @Test func ratesComeFromPerUnitCuesInTheClause() {
        #expect(facts("年均开展志愿服务活动100余场次。").map(\.isRate) == [true])
        #expect(facts("每亩地增收500元，累计增收6万元。").map(\.isRate) == [true, false])
        #expect(facts("每个网格配备1名专职网格员。参与率达75%。").map(\.isRate) == [true, false])
    }

    @Test func periodIsTheSentenceCueElseTheParagraphs() {
        let found = facts("2024年以来，举办活动5场。培训干部30人。\n累计服务2.3万人次。今年以来新增3个。", publishedYear: 2025)
        #expect(found.map { $0.period?.text } == ["2024年以来", "2024年以来", "累计", "今年以来"])
        #expect(found.map { $0.period?.startYear } == [2024, 2024, nil, 2025])
        #expect(found.allSatisfy { $0.period?.isCumulative == true })
        #expect(facts("去年以来开展5次。", publishedYear: 2025).first?.period?.startYear == 2024)
    }

    @Test func countyIsTheArticlesUnlessACityDeskSentenceNamesOne() {
        #expect(facts("到鱼台县考察，开展活动5次。", county: .qufu).first?.county == .qufu)
        #expect(facts("泗水县高峪镇建成基地2个。", county: .jiningCity).first?.county == .sishui)
        #expect(facts("全市建成基地2个。", county: .jiningCity).first?.county == .jiningCity)
    }

    /// A city-desk roundup gives each figure the county of its own clause: named after 各县市区, named by
    /// its town, or carried from the clause before; a sentence about the whole city takes it back.
    @Test func roundupFiguresTakeTheCountyOfTheirClause() {
        let roundup = "各县市区各有侧重：微山县建成渔家驿站12个；嘉祥县组织志愿者300余名；汶上县次丘镇开展义诊8场。我市共培训网格员1.5万人次。"
        #expect(facts(roundup, county: .jiningCity).map(\.county) == [.weishan, .jiaxiang, .wenshang, .jiningCity])
        #expect(facts("在王因街道，党员认领微心愿260个。", county: .jiningCity).first?.county == .gaoxin)
        // A unit named at the start keeps the sentence even when one of its towns follows later in it.
        let unitThenTown = facts("曲阜市东庄村增收60万元。济宁经济技术开发区统筹资金2350万元，支持马集镇项目。", county: .jiningCity)
        #expect(unitThenTown.map(\.county) == [.qufu, .jingkai])
        #expect(unitThenTown.last?.scope == .county)
        // A village named after its town, even before 集体 (东庄村集体收入), and never the 村 inside a town's name.
        let village = facts("曲阜市吴村镇东庄村集体收入突破60万元。", county: .jiningCity)
        #expect(village.first?.scope == .village && village.first?.place == "东庄村")
    }

    @Test func provenanceLocatesSentenceAndSpan() {
        let body = "第一句没有数字。\n覆盖群众近3万人次，效果好。"
        let fact = try! #require(facts(body).first)
        let scalars = Array(body.unicodeScalars)
        #expect(fact.sentence == "覆盖群众近3万人次，效果好。")
        #expect(String(String.UnicodeScalarView(scalars[fact.sentenceRange])) == fact.sentence)
        #expect(String(String.UnicodeScalarView(scalars[fact.span])) == "近3万人次")
        #expect(fact.spanInSentence == 4..<9)
    }
}
