import Foundation

/// The pure part of ingest: page bytes → decode → normalise → segment → extract → classify (themes, indicators).
///
/// No I/O and no database, so many pages can be processed in parallel while one writer stores them.
///
///     let page = try PageProcessor().process(Data(contentsOf: url), path: "seeds/000.txt", manifestEntry: nil)
public struct PageProcessor: Sendable {
    public var segmenter: ArticleSegmenter
    public var extractor: FactExtractor
    public var classifier: ThemeClassifier
    public var indicators: IndicatorClassifier

    public init(gazetteer: Gazetteer = .jining) {
        self.segmenter = ArticleSegmenter(gazetteer: gazetteer)
        self.extractor = FactExtractor(gazetteer: gazetteer)
        self.classifier = ThemeClassifier()
        self.indicators = IndicatorClassifier()
    }

    /// - Parameter sha256: the digest when the caller already computed it (to skip unchanged files).
    public func process(_ data: Data, path: String, manifestEntry: Manifest.Entry?,
                        sha256: String? = nil) throws(PageReadError) -> ProcessedPage {
        let decoded = try PageReader.decode(data, path: path)
        // Each stage hands the next the scalars it already has: decoding the page again in the
        // segmenter, extractor and classifier was a tenth of the processor's work.
        let (normalized, blockScalars) = PageNormalizer.normalizeKeepingScalars(decoded.text)
        var published = manifestEntry?.published
        if published == nil, var inferred = PublicationDate.infer(from: normalized.text) {
            inferred.source = .inferred
            published = inferred
        }
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
            byteCount: data.count, encoding: decoded.encoding, published: published,
            source: manifestEntry?.source, articles: articles, bodyHashes: bodyHashes, facts: facts)
    }
}
