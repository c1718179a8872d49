/// The period a document's facts are reported under: a quarter when the publication date is known
/// to the month or day, the year when only the year is known, `undated` otherwise.
///
/// A year-only date is never forced into a quarter.
///
///     PeriodBucket(published: "2025-11-03", precision: "day")   // .quarter(year: 2025, quarter: 4)
///     PeriodBucket(published: "2025", precision: "year")        // .year(2025)
public enum PeriodBucket: Sendable, Hashable, Comparable, CustomStringConvertible {
    case quarter(year: Int, quarter: Int)
    case year(Int)
    case undated

    /// Reads `documents.published` (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`) and its precision.
    public init(published: String?, precision: String?) {
        let parts = (published ?? "").split(separator: "-").map { Int($0) }
        guard let first = parts.first, let year = first, PublicationDate.plausibleYears.contains(year) else {
            self = .undated
            return
        }
        if precision != "year", parts.count >= 2, let month = parts[1], (1...12).contains(month) {
            self = .quarter(year: year, quarter: (month - 1) / 3 + 1)
        } else {
            self = .year(year)
        }
    }

    /// Parses the label form: `2025Q4`, `2025` or `undated`; nil for anything else.
    public init?(label: String) {
        if label == "undated" { self = .undated; return }
        let parts = label.split(separator: "Q", omittingEmptySubsequences: false)
        guard let year = Int(parts[0]), PublicationDate.plausibleYears.contains(year) else { return nil }
        if parts.count == 1 { self = .year(year); return }
        guard parts.count == 2, let quarter = Int(parts[1]), (1...4).contains(quarter) else { return nil }
        self = .quarter(year: year, quarter: quarter)
    }

    /// `2025Q4`, `2025`, `undated`: used in file names and tables.
    public var description: String {
        switch self {
        case let .quarter(year, quarter): return "\(year)Q\(quarter)"
        case let .year(year): return "\(year)"
        case .undated: return "undated"
        }
    }

    /// The quarter before, for quarter buckets.
    public var previous: PeriodBucket? {
        guard case let .quarter(year, quarter) = self else { return nil }
        return quarter == 1 ? .quarter(year: year - 1, quarter: 4) : .quarter(year: year, quarter: quarter - 1)
    }

    private var sortKey: (Int, Int) {
        switch self {
        case let .quarter(year, quarter): return (year, quarter)
        case let .year(year): return (year, 5)
        case .undated: return (Int.max, 0)
        }
    }

    public static func < (lhs: PeriodBucket, rhs: PeriodBucket) -> Bool { lhs.sortKey < rhs.sortKey }
}
