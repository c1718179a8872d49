import Testing
@testable import TallyCore

@Suite struct MarkdownTextTests {
    @Test func tableAndMarkupCharactersAreNeutralised() {
        #expect(MarkdownText.escape("a|b") == "a\\|b")
        #expect(MarkdownText.escape("line\nbreak\r\u{2028}x") == "line break  x")
        #expect(MarkdownText.escape("a\u{7F}b\u{85}c\u{A0}d\u{0}") == "a b c\u{A0}d ")
        #expect(MarkdownText.escape("<script>alert(1)</script>") == "&lt;script&gt;alert(1)&lt;/script&gt;")
        #expect(MarkdownText.escape("`rm` *b* [l](u)") == "\\`rm\\` \\*b\\* \\[l\\](u)")
        #expect(MarkdownText.escape("“党建” 120名") == "“党建” 120名")
    }

    @Test func quantityIsMarkedInItsSentence() {
        #expect(MarkdownText.marking("成立志愿服务队120支,", span: 7..<11) == "成立志愿服务队**120支**,")
        #expect(MarkdownText.marking("共120支", span: 1..<5) == "共**120支**")
        #expect(MarkdownText.marking("a|b", span: 2..<9) == "a\\|b")
        #expect(MarkdownText.marking("a|b", span: 1..<1) == "a\\|b")
    }
}
