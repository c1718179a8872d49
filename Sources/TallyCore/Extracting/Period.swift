/// The time scope a sentence gives its figures: 去年以来, 2024年以来, 累计, 截至目前 …
///
/// Kept apart from the publication date: a 累计 total is not a quarter's increment.
public struct Period: Sendable, Hashable, Codable {
    /// The cue as printed, e.g. `2024年以来`, `今年以来`, `累计`.
    public var text: String
    /// The first year the period covers, when it names or implies one (2024年以来 → 2024).
    /// Relative cues (去年, 今年) are resolved against the publication year when one is known.
    public var startYear: Int?
    /// True for running totals (累计, 截至目前, 以来): figures that must not be added to increments.
    public var isCumulative: Bool

    public init(text: String, startYear: Int? = nil, isCumulative: Bool) {
        self.text = text
        self.startYear = startYear
        self.isCumulative = isCumulative
    }
}
