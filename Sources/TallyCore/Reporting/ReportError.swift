/// Why reports could not be written.
public enum ReportError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A file or folder of the output could not be written.
    case cannotWrite(path: String, reason: String)
    /// gnuplot ran but failed on a generated script.
    case gnuplotFailed(script: String, status: Int32, message: String)
    /// `--theme` named no theme of ``Theme/all``.
    case unknownTheme(String)
    /// `--period` is not `YYYYQn`, `YYYY` or `undated`.
    case invalidPeriod(String)
    /// A page template does not parse or is missing: a fault of this build, caught by its tests.
    case badTemplate(name: String, reason: String)

    public var description: String {
        switch self {
        case let .cannotWrite(path, reason): return "cannot write \(path): \(reason)"
        case let .gnuplotFailed(script, status, message): return "gnuplot failed (status \(status)) --> \(script)\n\(message)"
        case let .unknownTheme(id): return "unknown theme '\(id)' (see `tally themes`)"
        case let .invalidPeriod(text): return "'\(text)' is not a period like 2025Q4, 2025 or undated"
        case let .badTemplate(name, reason): return "report template \(name) cannot be used: \(reason)"
        }
    }
}
