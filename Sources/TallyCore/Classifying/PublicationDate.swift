/// When a page was published, to the precision known, and where that came from.
///
/// A manifest date is taken as given; otherwise ``infer(from:)`` reads the latest year the text
/// refers to. A year-only date stays a year: reports never force it into a quarter.
///
///     PublicationDate.infer(from: "2024年以来……今年")   // 2024, .year, .inferred
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

    /// Years outside this range are not read as calendar years (`10000年`, `1000年`).
    static let plausibleYears = 1949...2100

    /// Words after `YYYY年` that name a plan for a coming year (`2026年工作要点`): such a year says
    /// when work is due, not when the page was written.
    static let planCues: [[Unicode.Scalar]] = ["工作要点", "工作计划", "计划", "规划", "目标任务"].map { ScalarText.scalars(of: $0) }

    /// Infers a date from the page text when no manifest gives one (nil when the text has no cue).
    ///
    /// The cue is a four-digit year followed by 年 (`2025年以来`, `2024年`), half- or full-width,
    /// not part of a longer number. A page that says `今年` writes in the latest year it names,
    /// so the latest one wins; years of plans (``planCues``) count only when no other year is named.
    /// One pass over the scalars.
    public static func infer(from text: String) -> PublicationDate? {
        let scalars = ScalarText.scalars(of: text)
        var latest: Int?
        var latestPlan: Int?
        var runStart = 0
        var runValue = 0
        var runLength = 0
        for (index, scalar) in scalars.enumerated() {
            if let digit = digitValue(scalar) {
                if runLength == 0 { runStart = index; runValue = 0 }
                runLength += 1
                if runLength <= 4 { runValue = runValue * 10 + digit }
                continue
            }
            if runLength == 4, scalar == "年", plausibleYears.contains(runValue),
                runStart == 0 || scalars[runStart - 1] != "." {
                if isPlan(scalars, after: index) {
                    latestPlan = max(latestPlan ?? runValue, runValue)
                } else {
                    latest = max(latest ?? runValue, runValue)
                }
            }
            runLength = 0
        }
        return (latest ?? latestPlan).map { PublicationDate(year: $0, precision: .year, source: .inferred) }
    }

    private static func isPlan(_ scalars: [Unicode.Scalar], after index: Int) -> Bool {
        planCues.contains { cue in
            index + cue.count < scalars.count && scalars[(index + 1)...(index + cue.count)].elementsEqual(cue)
        }
    }

    private static func digitValue(_ scalar: Unicode.Scalar) -> Int? {
        switch scalar.value {
        case 0x30...0x39: return Int(scalar.value - 0x30)
        case 0xFF10...0xFF19: return Int(scalar.value - 0xFF10)
        default: return nil
        }
    }
}
