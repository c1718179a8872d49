import Foundation

/// The pure part of ingest: page bytes → read (text, PDF or HTML) → normalise → date → segment → extract → classify
/// (themes, indicators). The one path every page takes: ingest, the gold tests and the benchmark all call it.
/// A page in traditional script takes it too: the normaliser reads it in simplified characters
/// (``ScriptConverter``), and what is stored keeps the characters as printed.
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

    /// - Parameters:
    ///   - sha256: the digest when the caller already computed it (to skip unchanged files).
    ///   - timing: told how long each stage took, for the benchmark; nil (the default) costs nothing.
    public func process(_ data: Data, path: String, manifestEntry: Manifest.Entry?, sha256: String? = nil,
                        timing: ((PipelineStage, Duration) -> Void)? = nil) throws(PageReadError) -> ProcessedPage {
        let clock = timing.map { _ in ContinuousClock() }
        var lap = clock?.now
        func finished(_ stage: PipelineStage) {
            guard let clock, let timing, let started = lap else { return }
            let now = clock.now
            timing(stage, now - started)
            lap = now
        }
        let decoded = try PageReader.read(data, path: path)
        finished(.decode)
        let script: ScriptConverter
        do {
            script = try ScriptConverter.traditionalToSimplified.get()
        } catch {
            throw .scriptConverterUnavailable(path: path, cause: error)
        }
        let normalized = PageNormalizer.normalize(decoded.text, script: script)
        let published = PublicationDate.resolve(manifest: manifestEntry?.published, fileName: path,
                                                pageDay: decoded.pageDay, body: normalized.text, today: today)
        finished(.normalise)
        var articles = segmenter.segment(normalized)
        finished(.segment)
        var facts: [Fact] = []
        for index in articles.indices {
            var articleFacts = extractor.extract(from: articles[index], publishedYear: published?.year)
            finished(.extract)
            articles[index].themes = classifier.themes(of: articles[index])
            let body = articles[index].bodyScalars
            var sentence: (range: Range<Int>, scores: [Int])?
            for factIndex in articleFacts.indices {
                let fact = articleFacts[factIndex]
                if sentence?.range != fact.sentenceRange {
                    sentence = (fact.sentenceRange, classifier.scores(ofSentence: fact.sentenceRange, in: body))
                }
                articleFacts[factIndex].theme = classifier.theme(of: fact, sentenceScores: sentence!.scores, in: articles[index])
                articleFacts[factIndex].indicators = indicators.memberships(of: fact, in: body)
            }
            finished(.classify)
            facts += articleFacts
        }
        facts = facts.enumerated().sorted { lhs, rhs in
            (lhs.element.articleSequence, lhs.element.span.lowerBound, lhs.offset)
                < (rhs.element.articleSequence, rhs.element.span.lowerBound, rhs.offset)
        }.map(\.element)
        // Keyed by the text as read (simplified), so a repost in traditional script is a reprint of its original.
        let bodyHashes = articles.map {
            ReprintKey.hex(of: $0.bodyScalars == $0.printedScalars ? $0.body : ScalarText.string($0.bodyScalars))
        }
        return ProcessedPage(
            path: path, name: (path as NSString).lastPathComponent, sha256: sha256 ?? SHA256.hex(of: data),
            byteCount: data.count, encoding: decoded.encoding, format: decoded.format, published: published,
            source: manifestEntry?.source, articles: articles, bodyHashes: bodyHashes, facts: facts)
    }
}
