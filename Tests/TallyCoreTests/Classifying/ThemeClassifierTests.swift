import Testing
@testable import TallyCore

@Suite struct ThemeClassifierTests {
    let classifier = ThemeClassifier()

    func article(headline: String, body: String) -> Article {
        Article(sequence: 1, kind: .article, headline: headline, datelinePlace: nil, reporters: [], county: .zoucheng,
                body: body, sourceMap: SourceMap(anchors: [.init(offset: 0, line: 1)]), lines: 1...1)
    }

    func fact(object: String, sentence: String) -> Fact {
        Fact(articleSequence: 1, surface: "3个", value: 3, qualifier: .exact, unit: .count, classifier: "个", object: object,
             county: .zoucheng, isRate: false, sentence: sentence, sentenceRange: 0..<sentence.unicodeScalars.count,
             span: 0..<2, line: 1)
    }

    @Test func tableCoversTheRequiredThemesWithUniqueIds() {
        let ids = Theme.all.map(\.id)
        #expect(Set(ids).count == ids.count)
        for required in ["retired-cadres", "volunteer", "community-grid", "rural-revitalisation", "cadre-evaluation",
                         "party-organisation", "elderly-education", "talent", "enterprise-party", "digital-governance"] {
            #expect(ids.contains(required))
        }
    }

    @Test func headlineOutweighsBody() {
        // The body names 社区 and 网格; the headline's single 志愿服务 still decides the primary theme.
        let themes = classifier.themes(of: article(headline: "开展志愿服务", body: "社区居民来到社区网格。"))
        #expect(themes.first == "volunteer")
        #expect(themes.contains("community-grid"))
    }

    @Test func primaryComesFirstAndWeakThemesAreDropped() {
        let themes = classifier.themes(of: article(headline: "老年大学开学", body: "老年大学学员参加课程，企业代表到场。"))
        #expect(themes == ["elderly-education"])
    }

    @Test func noKeywordGivesNoTheme() {
        #expect(classifier.themes(of: article(headline: "", body: "今天天气很好。")).isEmpty)
    }

    @Test func factThemeComesFromObjectThenFallsBackToArticle() {
        // The fact's sentence is read from the article's body (its sentenceRange), so each sentence opens a body.
        for (sentence, object, theme) in [("成立志愿服务队3个", "志愿服务队", "volunteer"), ("提供岗位3个", "岗位", "rural-revitalisation")] {
            var page = article(headline: "第一书记帮扶", body: sentence + "。……")
            page.themes = classifier.themes(of: page)
            #expect(classifier.theme(of: fact(object: object, sentence: sentence), in: page) == theme)
        }
    }

    @Test func survivesHostileText() {
        let digits = String(repeating: "9", count: 100_000)
        let hostile = digits + "\u{0}\u{FFFF}😀志\n愿" + String(repeating: "志", count: 10_000)
        #expect(classifier.themes(of: article(headline: hostile, body: hostile)).isEmpty)
        #expect(classifier.themes(of: article(headline: "", body: "志愿")).first == "volunteer")
    }
}
