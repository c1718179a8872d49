// PLACEHOLDER (interface only): the themes/reports helper replaces this file.

/// When a page was published, to the precision known, and where that came from.
public struct PublicationDate: Sendable, Hashable, Codable {
    public enum Precision: String, Sendable, Codable { case day, month, year }
    public enum Source: String, Sendable, Codable { case manifest, inferred }
    public var year: Int
    public var month: Int?
    public var day: Int?
    public var precision: Precision
    public var source: Source
    public init(year: Int, month: Int? = nil, day: Int? = nil, precision: Precision, source: Source) {
        self.year = year
        self.month = month
        self.day = day
        self.precision = precision
        self.source = source
    }

    /// Infers a date from the page text when no manifest gives one (nil when the text has no cue).
    public static func infer(from text: String) -> PublicationDate? { nil }
}
