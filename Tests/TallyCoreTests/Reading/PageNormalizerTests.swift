import Testing
@testable import TallyCore

@Suite struct PageNormalizerTests {
    @Test func joinsHardWrapsAndNumbersSplitAcrossABlankLine() {
        let page = PageNormalizer.normalize("""
        本报鱼台讯（通讯员 甲）全县建成示范基地 2

        个，开展活动50 余次，覆盖
        15
        个村。
        新的段落开始了，内容如下。
        """)
        #expect(page.blocks.map(\.text) == [
            "本报鱼台讯（通讯员 甲）全县建成示范基地 2个，开展活动50 余次，覆盖15个村。",
            "新的段落开始了，内容如下。",
        ])
        #expect(page.blocks.map(\.kind) == [.paragraph, .paragraph])
    }

    @Test func fullWidthDigitsBecomeASCIIButPunctuationStays() {
        let page = PageNormalizer.normalize("培育企业６１家，建成１２个站点,其中3个。")
        #expect(page.text == "培育企业61家，建成12个站点,其中3个。")
    }

    @Test func dropsMastheadAndBoilerplate() {
        let page = PageNormalizer.normalize("""
        ## 某县 开展活动

        正文第一段，结束了。

        扫描二维码,关注“某某组工”

        ● 政策发布平台
        - 工作展示窗口

        ### 党的建设

        中共某市委组织部
        某市党的建设学会
        某日报社 主办
        """)
        #expect(page.blocks.map(\.text) == ["某县 开展活动", "正文第一段，结束了。"])
    }

    @Test func brokenMarkdownHeadingRejoinsItsParagraph() {
        let page = PageNormalizer.normalize("""
        方案明确,要聚焦教育引导,依托“三会一课”“五分钟

        ## 微党课”等载体,组织退休干部党员学习

        相关党内法规。
        """)
        #expect(page.blocks.count == 1)
        #expect(page.blocks[0].text == "方案明确,要聚焦教育引导,依托“三会一课”“五分钟微党课”等载体,组织退休干部党员学习相关党内法规。")
    }

    @Test func shortPlainLinesAfterASentenceAreHeadings() {
        let page = PageNormalizer.normalize("""
        这是上一篇文章的正文，一行排得很满很满很满很满
        第二行也排得很满很满很满很满很满很满很满很满
        第三行也排得很满很满很满很满很满很满很满很满
        最后一行也很长很长很长很长很长很长很长结束。

        某县

        主题党日出彩
        基层党建提质

        本报某县讯（通讯员 乙）近年来，某县坚持把开展好主题
        党日作为抓手，不断创新主题党日的形式内容载体和方法
        推动主题党日新起来、活起来、实起来。
        """)
        #expect(page.blocks.map(\.kind) == [.paragraph, .heading, .heading, .heading, .paragraph])
        #expect(page.blocks[1...3].map(\.text) == ["某县", "主题党日出彩", "基层党建提质"])
    }

    @Test func twoBlankLinesAreALayoutGap() {
        let page = PageNormalizer.normalize("正文没有结束\n\n\n\n图片说明文字，描述活动。\n■通讯员 甲 摄")
        #expect(page.blocks.map(\.text) == ["正文没有结束", "图片说明文字，描述活动。", "■通讯员 甲 摄"])
        #expect(page.blocks[1].followsGap)
    }

    @Test func offsetsMapBackToSourceLines() {
        let page = PageNormalizer.normalize("\n\n## 标题\n\n第一行文字，\n第二行文字\n\n第三行。")
        #expect(page.blocks[0].lines == 3...3)
        let body = page.blocks[1]
        #expect(body.text == "第一行文字，第二行文字第三行。")
        #expect(body.lines == 5...8)
        #expect(body.sourceMap.line(at: 0) == 5)
        #expect(body.sourceMap.line(at: 5) == 5)
        #expect(body.sourceMap.line(at: 6) == 6)
        #expect(body.sourceMap.line(at: 11) == 8)
        let secondBlockStart = page.blocks[0].text.unicodeScalars.count + 1
        #expect(page.sourceMap.line(at: 0) == 3)
        #expect(page.sourceMap.line(at: secondBlockStart + 7) == 6)
    }

    @Test func survivesHostileInput() {
        let digits = String(repeating: "9", count: 100_000)
        #expect(PageNormalizer.normalize(digits).blocks.count == 1)
        let noise = String(String.UnicodeScalarView((0..<5000).compactMap { Unicode.Scalar(($0 * 7919) % 0x10FFFF) }))
        _ = ArticleSegmenter().segment(PageNormalizer.normalize(noise))
        _ = ArticleSegmenter().segment(PageNormalizer.normalize("本报讯（\n■\n#\n本报X讯"))
        #expect(ArticleSegmenter().segment(PageNormalizer.normalize("")).isEmpty)
    }
}
