/// Finds a written calendar day in a short text: a file name, a masthead or date line, an e-paper meta tag.
///
/// Forms: `2025-03-12`, `2025/3/12`, `2025.03.12`, `2025_03_12`, `2025年3月12日` (half- or full-width digits,
/// spaces allowed around the marks, a time may follow) and, where ``compact`` allows it, eight digits `20250312`
/// after at most a short paper code (`jnrb20250312`). The digits may not run on into longer numbers, and
/// the day must exist.
///
///     DateText.firstDay(in: "发布时间：2025-03-12 08:30")          // 2025-03-12
///     DateText.firstDay(in: "jnrb20250312_06", compact: true)   // 2025-03-12
enum DateText {
    /// Year, month and day with `-`, `/`, `.` or `_` between them, or marked 年 月 日.
    nonisolated(unsafe) private static let separated =
        /(?:^|[^0-9])([0-9]{4})\s*(?:([-\/._])\s*([0-9]{1,2})\s*\2\s*([0-9]{1,2})|年\s*([0-9]{1,2})\s*月\s*([0-9]{1,2})\s*日)(?:[^0-9]|$)/
    /// A paper code of up to eight letters, then `YYYYMMDD`, as a whole word of the name.
    nonisolated(unsafe) private static let compactDigits = /(?:^|[^0-9A-Za-z])[A-Za-z]{0,8}([0-9]{8})(?:[^0-9A-Za-z]|$)/

    /// The first real day written in `text`; `compact` also reads `YYYYMMDD` (file names only: in running text
    /// eight digits are a count).
    static func firstDay(in text: String, compact: Bool = false) -> CalendarDay? {
        let text = asciiDigits(text)
        for match in text.matches(of: separated) {
            let output = match.output
            let month = output.3 ?? output.5, day = output.4 ?? output.6
            if let month, let day, let found = calendarDay(Int(output.1), Int(month), Int(day)) { return found }
        }
        guard compact else { return nil }
        for match in text.matches(of: compactDigits) {
            let digits = Array(match.output.1)
            if let found = calendarDay(Int(String(digits[0..<4])), Int(String(digits[4..<6])), Int(String(digits[6..<8]))) {
                return found
            }
        }
        return nil
    }

    private static func calendarDay(_ year: Int?, _ month: Int?, _ day: Int?) -> CalendarDay? {
        guard let year, let month, let day else { return nil }
        return CalendarDay(year: year, month: month, day: day)
    }

    /// Full-width digits (U+FF10…FF19) as ASCII, so one pattern reads both.
    private static func asciiDigits(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { (0xFF10...0xFF19).contains($0.value) }) else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if (0xFF10...0xFF19).contains(scalar.value), let ascii = Unicode.Scalar(scalar.value - 0xFF10 + 0x30) {
                scalars.append(ascii)
            } else {
                scalars.append(scalar)
            }
        }
        return String(scalars)
    }
}
