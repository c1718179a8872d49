/// How the CLI prints rows: an aligned table for people, TSV/CSV/JSON for tools.
///
///     let format = OutputFormat(rawValue: "tsv") // .tsv
public enum OutputFormat: String, CaseIterable, Sendable {
    /// Columns aligned by display width (CJK counts two), for reading in a terminal.
    case table
    /// Tab-separated, header first; tabs and newlines inside a field become spaces (what `score.py` reads).
    case tsv
    /// RFC 4180: fields with a comma, quote or newline are quoted, quotes doubled.
    case csv
    /// An array of objects keyed by column name; numbers stay numbers, NULL is `null`.
    case json
}
