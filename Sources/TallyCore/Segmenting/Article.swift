/// One item of a page: an article or a photo caption.
///
/// Produced by ``ArticleSegmenter`` from a ``NormalizedPage``; the unit that
/// facts are extracted from and attributed to a county.
public struct Article: Sendable, Hashable {
    public enum Kind: String, Sendable, CaseIterable {
        case article
        case caption
    }

    /// 1-based position in the page, in the order the bodies start in the file.
    public var sequence: Int
    public var kind: Kind
    /// The headline as printed, its parts joined as in `eval/articles.tsv` (kicker, space, title; ` — ` subtitle).
    /// Empty for captions.
    public var headline: String
    /// ``headline`` as read: what the classifiers match (traditional characters read as simplified ones).
    public var headlineScalars: [Unicode.Scalar]
    /// The X of `本报X讯` (邹城, 济宁 …) as read, or nil when the item has no dateline.
    public var datelinePlace: String?
    /// 通讯员 names from the dateline or the caption credit.
    public var reporters: [String]
    public var county: County
    /// The normalised body text as printed: after the dateline's closing parenthesis, hard wraps joined,
    /// paragraphs separated by "\n". Fact offsets are Unicode-scalar offsets into this string.
    public var body: String
    /// ``body`` as Unicode scalars, as read: what the extractor and classifiers read, decoded once. A body
    /// printed in traditional script is read in simplified characters, one scalar for one.
    public var bodyScalars: [Unicode.Scalar]
    /// ``body``'s own scalars, what surfaces and sentences are cut from: ``bodyScalars`` itself (the same
    /// storage) unless the body is printed in traditional script.
    public var printedScalars: [Unicode.Scalar]
    /// Maps body offsets to source line numbers.
    public var sourceMap: SourceMap
    /// First and last source lines of the item, headline included (1-based, inclusive).
    public var lines: ClosedRange<Int>
    /// Theme ids (``Theme/id``), primary first; filled by ``ThemeClassifier``, empty until then.
    public var themes: [String] = []
    /// The town, village or unit the article is about (its headline's subject), or nil for the
    /// county itself; filled by ``ArticleSegmenter`` (``ScopeFinder/subject(ofHeadline:)``). Figures of
    /// places named inside such an article lie within it and are never added to its own.
    public var subject: Place?

    /// - Parameters:
    ///   - headlineScalars: the headline as read, when it differs from `headline` or the caller has it.
    ///   - bodyScalars: the body as read when the caller has it, else `body` decoded here.
    ///   - printedScalars: `body`'s scalars when they differ from `bodyScalars`.
    public init(
        sequence: Int, kind: Kind, headline: String, headlineScalars: [Unicode.Scalar]? = nil, datelinePlace: String?,
        reporters: [String], county: County, body: String, bodyScalars: [Unicode.Scalar]? = nil,
        printedScalars: [Unicode.Scalar]? = nil, sourceMap: SourceMap, lines: ClosedRange<Int>
    ) {
        self.sequence = sequence
        self.kind = kind
        self.headline = headline
        self.headlineScalars = headlineScalars ?? ScalarText.scalars(of: headline)
        self.datelinePlace = datelinePlace
        self.reporters = reporters
        self.county = county
        self.body = body
        self.bodyScalars = bodyScalars ?? ScalarText.scalars(of: body)
        self.printedScalars = printedScalars ?? self.bodyScalars
        self.sourceMap = sourceMap
        self.lines = lines
    }

    /// The first 12 characters of the body with whitespace removed: the `body_start`
    /// column of `eval/articles.tsv`, used to compare items with the gold list.
    public var bodyStart: String {
        String(body.unicodeScalars.lazy.filter { !$0.properties.isWhitespace }.prefix(12).map(Character.init))
    }
}
