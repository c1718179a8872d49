import Testing
@testable import TallyCore

@Suite struct ArticleSegmenterTests {
    func segment(_ text: String) -> [Article] {
        ArticleSegmenter().segment(PageNormalizer.normalize(text))
    }

    @Test func parsesBoldAndFullWidthDatelines() {
        let bold = Dateline(parsing: Array("本报邹城讯 (通讯员 胡盼盼 张三) 近年来".unicodeScalars))
        #expect(bold?.place == "邹城")
        #expect(bold?.reporters == ["胡盼盼", "张三"])
        #expect(bold?.bodyOffset == 19)
        let full = Dateline(parsing: Array("本报鱼台讯 （通讯员 王聪） 去年以".unicodeScalars))
        #expect(full?.place == "鱼台")
        #expect(full?.reporters == ["王聪"])
        #expect(Dateline(parsing: Array("本报告指出，".unicodeScalars)) == nil)
    }

    @Test func headlineBeforeBodyAndCityDeskAttribution() {
        let articles = segment("""
        ## 太白湖新区 党建引领社区发展

        **本报济宁讯** (通讯员 李烁) 近年来,太白湖新区坚持以党建引领。

        做好顶层设计,许庄街道全面推进。
        """)
        #expect(articles.count == 1)
        #expect(articles[0].headline == "太白湖新区 党建引领社区发展")
        #expect(articles[0].datelinePlace == "济宁")
        #expect(articles[0].county == .taibaihu)
        #expect(articles[0].body == "近年来,太白湖新区坚持以党建引领。\n做好顶层设计,许庄街道全面推进。")
        #expect(articles[0].sourceMap.line(at: 20) == 5)
        #expect(articles[0].lines == 1...5)
    }

    @Test func captionIsItsOwnItemWithTheCreditReporters() {
        let articles = segment("""
        本报金乡讯（通讯员 甲）今年以来，金乡县开展活动。

        嘉祥县组织党员开展志愿服务。图为纸坊镇党员植树。 ■通讯员 邓如相 摄
        """)
        #expect(articles.map(\.kind) == [.article, .caption])
        #expect(articles[1].body == "嘉祥县组织党员开展志愿服务。图为纸坊镇党员植树。")
        #expect(articles[1].reporters == ["邓如相"])
        #expect(articles[1].county == .jiaxiang)
        #expect(articles[1].headline.isEmpty)
    }

    @Test func undatedBodyUnderAHeadingTakesTheHeadingsCounty() {
        let articles = segment("""
        ## 汶上县 谋深做实干部考察

        察有参考、可执行、能落地。

        谋考察方法之“深”,求精准识别之“实”。
        """)
        #expect(articles.count == 1)
        #expect(articles[0].datelinePlace == nil)
        #expect(articles[0].county == .wenshang)
        #expect(articles[0].bodyStart == "察有参考、可执行、能落地")
    }

    /// The headline `HeadlineAssembler` makes of `lines`, read as printed.
    private func headline(_ lines: [String]) -> String {
        ScalarText.string(HeadlineAssembler(gazetteer: .jining).headline(of: lines.map(ScalarText.scalars(of:))).read)
    }

    @Test func assemblesKickerWrappedTitleAndSubtitle() {
        let assembler = HeadlineAssembler(gazetteer: .jining)
        #expect(headline(["鱼台县", "推进离退休干部党组织", "与社区党组织融合共建"]) == "鱼台县 推进离退休干部党组织与社区党组织融合共建")
        #expect(headline(["建强社区党组织 办好群众心头事", "太白湖新区"]) == "太白湖新区 建强社区党组织 办好群众心头事")
        #expect(headline(["培训锻炼 日常考核 正向激励", "鱼台三项措施激发干部干事创业动力"])
            == "鱼台三项措施激发干部干事创业动力 — 培训锻炼 日常考核 正向激励")
        #expect(headline(["太白湖新区", "主题党日出彩", "基层党建提质"]) == "太白湖新区 主题党日出彩 基层党建提质")
        #expect(assembler.isColumnLabel(ScalarText.scalars(of: "乡村振兴先锋"), followedBy: ScalarText.scalars(of: "曲阜市王庄镇 联盟“手拉手”")))
        #expect(!assembler.isColumnLabel(ScalarText.scalars(of: "建强社区党组织 办好群众心头事"), followedBy: ScalarText.scalars(of: "太白湖新区")))
    }

    /// Lines printed in traditional script are laid out by how they read (魚臺縣 is a kicker because 鱼台县
    /// is a county), and the headline is cut from the printed lines.
    @Test func headlineIsLaidOutAsReadAndCutAsPrinted() {
        let read = ["鱼台县", "推进离退休干部党组织", "与社区党组织融合共建", "——三项措施 凝聚合力"].map(ScalarText.scalars(of:))
        let printed = ["魚臺縣", "推進離退休幹部黨組織", "與社區黨組織融合共建", "——三項措施 凝聚合力"].map(ScalarText.scalars(of:))
        let headline = HeadlineAssembler(gazetteer: .jining).headline(of: read, printed: printed)
        #expect(ScalarText.string(headline.read) == "鱼台县 推进离退休干部党组织与社区党组织融合共建 — 三项措施 凝聚合力")
        #expect(ScalarText.string(headline.printed) == "魚臺縣 推進離退休幹部黨組織與社區黨組織融合共建 — 三項措施 凝聚合力")
        // Read as printed, 魚臺縣 names no county: no kicker, one run-on title.
        #expect(self.headline(printed.map(ScalarText.string)).hasPrefix("魚臺縣推進"))
    }

    /// A city-desk article about all counties at once stays the city's, though it names one as an example.
    @Test func cityDeskRoundupIsCityWide() {
        let roundup = segment("本报济宁讯（通讯员 何三）全市各县市区共组建“红色网格”队伍1200余支，其中邹城市建成示范网格45个。")
        #expect(roundup.map(\.county) == [.jiningCity])
        let single = segment("本报济宁讯（通讯员 何三）邹城市建成示范网格45个，组建“红色网格”队伍120支。")
        #expect(single.map(\.county) == [.zoucheng])
    }

    /// A title over a `——` subtitle is the headline's title, not a column label, whatever the subtitle names.
    @Test func dashedLineIsTheSubtitleOfTheTitleAboveIt() {
        let articles = segment("""
        凝心聚力促发展
        ——济宁高新区打造“红色引擎”

        本报济宁讯（通讯员 刘一）今年以来，济宁高新区在56家重点企业建立党组织。
        """)
        #expect(articles.map(\.headline) == ["凝心聚力促发展 — 济宁高新区打造“红色引擎”"])
        #expect(articles.first?.county == .gaoxin)
        #expect(!HeadlineAssembler(gazetteer: .jining).isColumnLabel(ScalarText.scalars(of: "凝心聚力促发展"),
                                                                     followedBy: ScalarText.scalars(of: "——济宁高新区打造“红色引擎”")))
    }

    /// A section under its own subhead that names no county but speaks of one (全县) is the county of
    /// the article before it, not the city's.
    @Test func aSectionWithoutACountyTakesThePreviousArticles() {
        let articles = segment("""
            金乡县：银发生辉五年间
            本报金乡讯（通讯员 王明）五年来，金乡县委老干部局坚持党建引领，组建书画、太极等老干部社团22个。

            组织建设：从有形覆盖到有效覆盖
            2019年，全县离退休干部党支部有31个，目前已有46个。
            """)
        #expect(articles.map(\.county) == [.jinxiang, .jinxiang])
    }
}
