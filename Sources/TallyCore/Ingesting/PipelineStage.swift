/// The stages ``PageProcessor`` runs a page through, in order: what `tally-bench` times one by one.
///
///     try PageProcessor().process(data, path: path, manifestEntry: nil) { stage, time in totals[stage, default: .zero] += time }
public enum PipelineStage: String, Sendable, CaseIterable {
    /// Bytes to text (UTF-8 or GB18030).
    case decode
    /// Hard wraps joined, boilerplate dropped (``PageNormalizer``), and the publication date inferred when none is given.
    case normalise
    /// Articles and captions with their counties and subjects (``ArticleSegmenter``).
    case segment
    /// Quantity facts (``FactExtractor``).
    case extract
    /// Themes and indicators of articles and facts (``ThemeClassifier``, ``IndicatorClassifier``).
    case classify
}
