import TallyCore

/// A hand-made ``ProcessedPage`` with two articles and facts, so store tests don't depend on the extractor.
enum SamplePage {
    static let body1 = "邹城市举办学习活动60余场次，服务5000余人次。"
    static let body2 = "微山县发放帮扶资金300万元。"

    static func make(path: String = "pages/a.txt", sha256: String = "00", orphanFact: Bool = false) -> ProcessedPage {
        let articles = [
            Article(sequence: 1, kind: .article, headline: "邹城市 凝聚银发力量", datelinePlace: "邹城", reporters: ["王"],
                    county: .zoucheng, body: body1, sourceMap: SourceMap(anchors: [.init(offset: 0, line: 3)]), lines: 1...4),
            Article(sequence: 2, kind: .article, headline: "微山县 赛马", datelinePlace: "微山", reporters: [],
                    county: .weishan, body: body2, sourceMap: SourceMap(anchors: [.init(offset: 0, line: 7)]), lines: 5...8),
        ]
        var facts = [
            Fact(articleSequence: 1, surface: "60余场次", value: 60, qualifier: .over, unit: .event, classifier: "场次",
                 object: "学习活动", county: .zoucheng, isRate: false, sentence: body1, sentenceRange: 0..<25,
                 span: 9..<14, line: 3),
            Fact(articleSequence: 1, surface: "5000余人次", value: 5000, qualifier: .over, unit: .personTime,
                 classifier: "人次", object: "", county: .zoucheng, isRate: false, sentence: body1,
                 sentenceRange: 0..<25, span: 17..<24, line: 3),
            Fact(articleSequence: 2, surface: "300万元", value: 3_000_000, qualifier: .exact, unit: .yuan, classifier: "元",
                 object: "帮扶资金", county: .weishan, isRate: false, sentence: body2, sentenceRange: 0..<15,
                 span: 9..<14, line: 7),
        ]
        if orphanFact { facts[2].articleSequence = 9 }
        return ProcessedPage(path: path, name: "a.txt", sha256: sha256, byteCount: 10, encoding: "utf-8",
                             published: PublicationDate(year: 2025, month: 3, precision: .month, source: .manifest),
                             source: "test", articles: articles, bodyHashes: ["h1", "h2"], facts: facts)
    }
}
