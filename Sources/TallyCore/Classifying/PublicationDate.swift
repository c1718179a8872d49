/// When a page was published, to the precision known, and how that was known.
///
/// ``resolve(manifest:fileName:pageDay:body:today:)`` asks, in order, the manifest, the file name
/// (``FileNameDate``), the page's own date line (``PageDateLine``), and only then the body text
/// (``infer(from:today:)``). No source may give a date before 1949 or after the ingest day.
/// A year-only date stays a year: reports never force it into a quarter.
///
///     PublicationDate.infer(from: "2024年以来……今年")   // 2024, .year, .inferred
public struct PublicationDate: Sendable, Hashable, Codable {
    public enum Precision: String, Sendable, Codable { case day, month, year }
    /// How the date was known: the `published_source` column.
    public enum Source: String, Sendable, Codable, CaseIterable {
        case manifest
        case fileName = "file-name"
        /// The page's masthead, date line or e-paper meta tag.
        case page
        /// Read from the body's years (``infer(from:today:)``): the shakiest.
        case inferred
    }
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

    /// A whole day known from `source`.
    public init(_ day: CalendarDay, source: Source) {
        self.init(year: day.year, month: day.month, day: day.day, precision: .day, source: source)
    }

    /// True when the date lies within 1949…`today` (a year or month only has to overlap it).
    public func isPossible(today: CalendarDay) -> Bool {
        guard year >= CalendarDay.earliestYear else { return false }
        return (year, month ?? 1, day ?? 1) <= (today.year, today.month, today.day)
    }

    /// The publication date from the first source that gives a possible one: `manifest`, the file name,
    /// `pageDay` (the page's own date line, as the format reader found it), then `body`.
    public static func resolve(manifest: PublicationDate?, fileName: String, pageDay: CalendarDay?, body: String,
                               today: CalendarDay) -> PublicationDate? {
        let known = [manifest,
                     FileNameDate.day(in: fileName).map { PublicationDate($0, source: .fileName) },
                     pageDay.map { PublicationDate($0, source: .page) }]
        if let date = known.compactMap({ $0 }).first(where: { $0.isPossible(today: today) }) { return date }
        return infer(from: body, today: today)
    }

    /// Years outside this range are not read as calendar years (`10000年`, `1000年`).
    static let plausibleYears = 1949...2100

    /// Words after `YYYY年` that name a plan for a coming year (`2026年工作要点`): such a year says
    /// when work is due, not when the page was written. As UTF-8, the form ``infer(from:today:)`` scans.
    static let planCues: [[UInt8]] = ["工作要点", "工作计划", "计划", "规划", "目标任务"].map { Array($0.utf8) }
    /// Words after `YYYY年` that report the year as complete (`2024年共…`, `2024年全年`): the page is from a later year.
    static let completeCues: [[UInt8]] = ["共", "全年", "累计"].map { Array($0.utf8) }

    /// 年 in UTF-8.
    private static let yearMark: [UInt8] = Array("年".utf8)

    /// Infers a year from the page text when nothing better gives a date (nil when the text has no cue).
    ///
    /// The cue is a four-digit year followed by 年 (`2025年以来`, `2024年`), half- or full-width,
    /// not part of a longer number. A page that says `今年` writes in the latest year it names, so the
    /// latest one wins (`2024年以来` → not before 2024); a year reported as complete (``completeCues``) points to the year after; years
    /// of plans (``planCues``) count only when no other year is named. Years after `today`'s are never
    /// taken (a page cannot report them), nor years before 1949.
    /// One pass over the UTF-8 bytes: decoding the page to scalars first was 6 % of `PageProcessor`'s work.
    public static func infer(from text: String, today: CalendarDay = .today) -> PublicationDate? {
        var text = text
        let possibleYears = CalendarDay.earliestYear...today.year
        let year: Int? = text.withUTF8 { bytes in
            var latest: Int?
            var latestPlan: Int?
            var runStart = 0
            var runValue = 0
            var runLength = 0
            var index = 0
            while index < bytes.count {
                let lead = bytes[index]
                if let (digit, length) = digit(in: bytes, at: index) {
                    if runLength == 0 { runStart = index; runValue = 0 }
                    runLength += 1
                    if runLength <= 4 { runValue = runValue * 10 + digit }
                    index += length
                    continue
                }
                if runLength == 4, starts(bytes, with: yearMark, at: index), possibleYears.contains(runValue),
                   runStart == 0 || bytes[runStart - 1] != UInt8(ascii: ".") {
                    let after = index + yearMark.count
                    if cue(in: planCues, bytes, at: after) {
                        latestPlan = max(latestPlan ?? runValue, runValue)
                    } else {
                        let complete = cue(in: completeCues, bytes, at: after)
                        let floor = complete ? min(runValue + 1, today.year) : runValue
                        latest = max(latest ?? floor, floor)
                    }
                }
                runLength = 0
                // Scalar by scalar (the lead byte gives the length): a third of the steps on Chinese text.
                index += lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
            }
            return latest ?? latestPlan
        }
        return year.map { PublicationDate(year: $0, precision: .year, source: .inferred) }
    }

    private static func cue(in cues: [[UInt8]], _ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        cues.contains { starts(bytes, with: $0, at: index) }
    }

    private static func starts(_ bytes: UnsafeBufferPointer<UInt8>, with word: [UInt8], at index: Int) -> Bool {
        guard index + word.count <= bytes.count else { return false }
        for k in word.indices where bytes[index + k] != word[k] { return false }
        return true
    }

    /// The digit at `index` (ASCII, or full-width U+FF10…FF19 = EF BC 90…99) and its length in bytes.
    /// Inlined: it runs for every byte of the page.
    @inline(__always)
    private static func digit(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Int, Int)? {
        let lead = bytes[index]
        if lead &- 0x30 < 10 { return (Int(lead &- 0x30), 1) }
        guard lead == 0xEF, index + 2 < bytes.count, bytes[index + 1] == 0xBC,
              bytes[index + 2] >= 0x90 && bytes[index + 2] <= 0x99 else { return nil }
        return (Int(bytes[index + 2] - 0x90), 3)
    }
}
