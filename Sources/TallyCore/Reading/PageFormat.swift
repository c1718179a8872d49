/// The kinds of page file Tally reads, told apart by extension: text (`.txt`, `.md`), PDF pages and
/// saved e-paper or web pages (`.html`, `.htm`). Each has its reader; all give page text of one shape.
///
///     PageFormat(path: "archive/jnrb20250312_06.pdf") // .pdf
public enum PageFormat: String, Sendable, Hashable, CaseIterable, Comparable {
    case text, pdf, html

    /// Each page extension (lower case) and its format: the one table ingest searches folders with.
    public static let extensions: [String: PageFormat] = ["txt": .text, "md": .text, "pdf": .pdf, "html": .html, "htm": .html]

    /// The format `path`'s extension names; a file named on the command line with another extension is read as text.
    public init(path: String) {
        let name = path.split(separator: "/").last ?? Substring(path)
        let pathExtension = name.lastIndex(of: ".").map { name[name.index(after: $0)...].lowercased() } ?? ""
        self = Self.extensions[pathExtension] ?? .text
    }

    public static func < (lhs: PageFormat, rhs: PageFormat) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
