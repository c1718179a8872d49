/// Assigns themes (``Theme/all``) to articles, primary first, and one theme to each fact.
///
/// Scores are keyword weights summed over occurrences; a headline occurrence counts
/// ``headlineWeight`` times, since the headline says what the article is about. One pass over
/// the text's Unicode scalars against a ``WordTable`` of the keywords: linear, no Regex.
///
///     let classifier = ThemeClassifier()
///     article.themes = classifier.themes(of: article)          // ["volunteer", "community-grid"]
///     fact.theme = classifier.theme(of: fact, in: article)
public struct ThemeClassifier: Sendable {
    /// How many times a headline occurrence counts against a body occurrence.
    public static let headlineWeight = 3
    /// A secondary theme is listed when it scores at least this fraction of the primary's score.
    static let secondaryShare = 0.4

    private struct Keyword: Sendable {
        var theme: Int
        var weight: Int
    }

    private let themes: [Theme]
    private let keywords: WordTable<Keyword>

    public init(themes: [Theme] = Theme.all) {
        self.themes = themes
        keywords = WordTable(themes.enumerated().flatMap { index, theme in
            theme.keywords.map { ($0.text, Keyword(theme: index, weight: $0.weight)) }
        })
    }

    /// Theme ids of the article, primary first; empty when no keyword occurs.
    public func themes(of article: Article) -> [String] {
        let body = article.bodyScalars
        var scores = Array(repeating: 0, count: themes.count)
        let headline = article.headlineScalars
        add(headline, in: headline.indices, times: Self.headlineWeight, to: &scores)
        add(body, in: body.indices, times: 1, to: &scores)
        return ranked(scores)
    }

    /// The theme of a fact: from its object (which weighs double) and sentence, else the
    /// article's primary theme. Fill ``Article/themes`` first (``themes(of:)``): the article is not
    /// rescored per fact, which would make a long article with many facts quadratic.
    public func theme(of fact: Fact, in article: Article) -> String? {
        theme(of: fact, sentenceScores: scores(ofSentence: fact.sentenceRange, in: article.bodyScalars), in: article)
    }

    /// The keyword scores of the sentence at `range` (a fact's ``Fact/sentenceRange``), which
    /// ``theme(of:sentenceScores:in:)`` adds to: scored once for all the facts of one sentence, not once a fact.
    func scores(ofSentence range: Range<Int>, in body: [Unicode.Scalar]) -> [Int] {
        var scores = Array(repeating: 0, count: themes.count)
        add(body, in: range, times: 1, to: &scores)
        return scores
    }

    /// ``theme(of:in:)`` with the sentence already scored (``scores(ofSentence:in:)``).
    func theme(of fact: Fact, sentenceScores: [Int], in article: Article) -> String? {
        var scores = sentenceScores
        add(fact.object, times: 2, to: &scores)
        return top(scores).map { themes[$0].id } ?? article.themes.first
    }

    /// Theme ids scoring above zero, best first, ties in table order, weak ones dropped.
    func ranked(_ scores: [Int]) -> [String] {
        let order = scores.indices.filter { scores[$0] > 0 }.sorted { scores[$0] != scores[$1] ? scores[$0] > scores[$1] : $0 < $1 }
        guard let top = order.first else { return [] }
        let floor = Double(scores[top]) * Self.secondaryShare
        return order.filter { Double(scores[$0]) >= floor }.map { themes[$0].id }
    }

    /// The index of ``ranked(_:)``'s first theme (the highest score, the earlier on a tie), or nil
    /// when none scores: one pass, without sorting and filtering once a fact.
    private func top(_ scores: [Int]) -> Int? {
        var best: Int?
        for index in scores.indices where scores[index] > 0 && scores[index] > best.map({ scores[$0] }) ?? 0 {
            best = index
        }
        return best
    }

    private func add(_ text: String, times: Int, to scores: inout [Int]) {
        let scalars = ScalarText.scalars(of: text)
        add(scalars, in: scalars.indices, times: times, to: &scores)
    }

    /// Adds the keywords found inside `range` of `scalars`.
    private func add(_ scalars: [Unicode.Scalar], in range: Range<Int>, times: Int, to scores: inout [Int]) {
        for position in range {
            keywords.forEachMatch(in: scalars, at: position, limit: range.upperBound) { scores[$0.theme] += $0.weight * times }
        }
    }
}
