import Foundation
import Testing
@testable import TallyCore

/// E-paper and web pages: the article's headline, dateline and paragraphs, nothing of the site around it.
@Suite struct HTMLPageReaderTests {
    static func read(_ html: String, path: String = "p/a.html") throws -> DecodedPage {
        try PageReader.read(Data(html.utf8), path: path)
    }

    static let furnished = """
        <html><head><title>标题_数字报</title><meta name="publishdate" content="2025-03-12">
        <script>document.write("阅读 100 次")</script><style>p { color: red }</style></head>
        <body><nav><a href="/">首页</a><a href="/dj">党建</a></nav>
        <ul class="menu"><li><a href="/a">要闻</a></li></ul>
        <div class="content"><h1>金乡县 网格服务暖民心</h1>
        <p>　　本报金乡讯（通讯员 王晓）金乡县划分网格320个，
        选派网格员450名。</p><p>开展走访<b>1200余次</b>。</p>
        <p><a href="x">上一篇</a> <a href="y">下一篇</a></p></div>
        <div class="share-bar">分享到 微信 微博</div><div id="footer">版权所有 2025</div></body></html>
        """

    @Test func keepsTheArticleAndDropsTheSite() throws {
        let page = try Self.read(Self.furnished)
        #expect(page.format == .html)
        #expect(page.text == "## 金乡县 网格服务暖民心\n\n本报金乡讯（通讯员 王晓）金乡县划分网格320个，选派网格员450名。\n\n开展走访1200余次。\n")
        #expect(page.pageDay == CalendarDay(year: 2025, month: 3, day: 12))
    }

    @Test func theDateLineGivesTheDayAndIsNoParagraph() throws {
        let page = try Self.read("""
            <body><h2>邹城市 志愿服务</h2><div class="info">发布时间：2025-08-19 09:30 来源：济宁日报</div>
            <p>本报邹城讯 邹城市志愿服务队发展到45支。<br>服务群众3000人次。</p></body>
            """)
        #expect(page.pageDay == CalendarDay(year: 2025, month: 8, day: 19))
        #expect(page.text == "## 邹城市 志愿服务\n\n本报邹城讯 邹城市志愿服务队发展到45支。\n\n服务群众3000人次。\n")
    }

    @Test func gb18030BytesAreReadWhateverTheMetaTagSays() throws {
        let html = "<html><head><meta charset=\"gb2312\"></head><body><p>本报汶上讯 举办培训班9期。</p></body></html>"
        let bytes = try PageReaderTests.gb18030(Data(html.utf8))
        let page = try PageReader.read(bytes, path: "p/a.htm")
        #expect(page.encoding == "gb18030")
        #expect(page.text == "本报汶上讯 举办培训班9期。\n")
    }

    @Test func aPageOfOnlyFurnitureIsRefused() {
        let html = "<html><head><script>var a = 1;</script></head><body><nav><a>首页</a></nav><p><a>下一篇</a></p></body></html>"
        #expect(throws: PageReadError.noArticleText(path: "p/a.html")) { try Self.read(html) }
        #expect(PageReadError.noArticleText(path: "p/a.html").description.hasPrefix("p/a.html: no article text"))
    }

    @Test func brokenMarkupIsReadAsABrowserWould() throws {
        let page = try Self.read("<p>本报曲阜讯 新建党组织56个<p>发展党员85名<div>选派指导员120名")
        #expect(page.text == "本报曲阜讯 新建党组织56个\n\n发展党员85名\n\n选派指导员120名\n")
    }
}
