/// How many pages each period has and how their dates were known (`documents.published_source`:
/// `manifest`, `inferred`, …), so a report can say what it covers and how far its periods can be trusted.
///
///     var dates = PageDates()
///     dates.add(period: .year(2025), source: "inferred")
///     dates.pages(in: .year(2025))   // 1
public struct PageDates: Sendable, Hashable {
    /// Pages per period, then per date source (`""` when none is recorded, as for undated pages).
    public private(set) var counts: [PeriodBucket: [String: Int]] = [:]

    public init() {}

    public mutating func add(period: PeriodBucket, source: String?) {
        counts[period, default: [:]][source ?? "", default: 0] += 1
    }

    public var total: Int { counts.values.reduce(0) { $0 + $1.values.reduce(0, +) } }

    public func pages(in period: PeriodBucket) -> Int { counts[period]?.values.reduce(0, +) ?? 0 }

    /// The periods that have pages, oldest first, `undated` last.
    public var periods: [PeriodBucket] { counts.keys.sorted() }

    /// A period's date sources with their page counts, by source name; none for pages without a source.
    public func sources(in period: PeriodBucket) -> [(source: String, pages: Int)] {
        (counts[period] ?? [:]).filter { !$0.key.isEmpty }.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }
}
