import TallyCore

/// A one-article page around `body`, for extractor tests.
func article(_ body: String, county: County = .zoucheng) -> Article {
    Article(sequence: 1, kind: .article, headline: "", datelinePlace: nil, reporters: [], county: county, body: body,
            sourceMap: SourceMap(anchors: [.init(offset: 0, line: 1)]), lines: 1...1)
}

func facts(_ body: String, county: County = .zoucheng, publishedYear: Int? = nil) -> [Fact] {
    FactExtractor().extract(from: article(body, county: county), publishedYear: publishedYear)
}
