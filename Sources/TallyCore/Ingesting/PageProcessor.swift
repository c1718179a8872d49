import Foundation

/// The pure part of ingest: page bytes → read (text, PDF or HTML) → date → normalise → segment → extract → classify (themes, indicators).
///
/// No database, and no I/O but `pdftotext` for PDF pages, so many pages can be processed in parallel while one writer stores them.
///
///     let page = try PageProcessor().process(Data(contentsOf: url), path: "seeds/000.txt", manifestEntry: nil)
public struct PageProcessor: Sendable {
    public var segmenter: ArticleSegmenter
    public var extractor: FactExtractor
    public var classifier: ThemeClassifier
    public var indicators: IndicatorClassifier
    /// The ingest day: no publication date may lie after it.
    public var today: CalendarDay

    public init(gazetteer: Gazetteer = .jining, today: CalendarDay = .today) {
        self.segmenter = ArticleSegmenter(gazetteer: gazetteer)
        self.extractor = FactExtractor(gazetteer: gazetteer)
        self.classifier = ThemeClassifier()
        self.indicators = IndicatorClassifier()
        self.today = today
    }

    /// - Parameter sha256: the digest when the caller already computed it (to skip unchanged files).
    public func process(_ data: Data, path: String, manifestEntry: Manifest.Entry?,
                        sha256: String? = nil) throws(PageReadError) -> ProcessedPage {
        let decoded = try PageReader.read(data, path: path)
        // Each stage hands the next the scalars it already has: decoding the page again in the
        // segmenter, extractor and classifier was a tenth of the processor's work.
        let (normalized, blockScalars) = PageNormalizer.normalizeKeepingScalars(decoded.text)
        let published = PublicationDate.resolve(manifest: manifestEntry?.published, fileName: path,
                                                pageDay: decoded.pageDay, body: normalized.text, today: today)
        let segmented = segmenter.segmentKeepingScalars(normalized, blockScalars: blockScalars)
        var articles = segmented.map { $0.article }
        var facts: [Fact] = []
        for (index, body) in segmented.map({ $0.body }).enumerated() {
            articles[index].themes = classifier.themes(of: articles[index], body: body)
            articles[index].subject = extractor.subject(of: articles[index])
            var articleFacts = extractor.extract(from: articles[index], body: body, subject: articles[index].subject,
                                                 publishedYear: published?.year)
            var sentence: (range: Range<Int>, scores: [Int])?
            for factIndex in articleFacts.indices {
                let fact = articleFacts[factIndex]
                if sentence?.range != fact.sentenceRange {
                    sentence = (fact.sentenceRange, classifier.scores(ofSentence: fact.sentenceRange, in: body))
                }
                articleFacts[factIndex].theme = classifier.theme(of: fact, sentenceScores: sentence!.scores, in: articles[index])
                articleFacts[factIndex].indicators = indicators.memberships(of: fact, in: body)
            }
            facts += articleFacts
        }
        facts = facts.enumerated().sorted { lhs, rhs in
            (lhs.element.articleSequence, lhs.element.span.lowerBound, lhs.offset)
                < (rhs.element.articleSequence, rhs.element.span.lowerBound, rhs.offset)
        }.map(\.element)
        let bodyHashes = articles.map { ReprintKey.hex(of: $0.body) }
        return ProcessedPage(
            path: path, name: (path as NSString).lastPathComponent, sha256: sha256 ?? SHA256.hex(of: data),
            byteCount: data.count, encoding: decoded.encoding, format: decoded.format, published: published,
            source: manifestEntry?.source, articles: articles, bodyHashes: bodyHashes, facts: facts)
    }
}
