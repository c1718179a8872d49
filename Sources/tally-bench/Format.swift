import Foundation

/// Number formats of the benchmark's output: three significant figures, seconds with milliseconds.
///
///     Format.number(52.347) // "52.3"
enum Format {
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "–" }
        if value >= 100 { return String(format: "%.0f", value) }
        if value >= 10 { return String(format: "%.1f", value) }
        return String(format: "%.2f", value)
    }

    static func seconds(_ value: Double) -> String { String(format: "%.3f s", value) }
}
