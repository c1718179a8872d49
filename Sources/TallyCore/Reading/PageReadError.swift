/// Why a page file could not be read. Every case names the file, so a batch run's log
/// says which input to look at.
///
///     catch let error as PageReadError { print(error) } // "seeds/x.txt: file is empty"
public enum PageReadError: Error, Sendable, Equatable, CustomStringConvertible {
    case empty(path: String)
    /// The bytes are not text: `reason` names the evidence (PDF header, NUL byte …).
    case binary(path: String, reason: String)
    /// Neither UTF-8 nor GB18030; `byteOffset` (0-based) and `line` (1-based) locate the first bad byte.
    case undecodable(path: String, byteOffset: Int, line: Int)
    /// A PDF whose pages carry no text, only images: a scan, which would be stored empty.
    case noTextLayer(path: String)
    /// The program that reads this format is not installed; `package` is the Debian package that has it.
    case toolMissing(path: String, tool: String, package: String)
    /// `pdftotext` could not read the PDF (damaged, encrypted); `reason` is what it said.
    case unreadablePDF(path: String, reason: String)
    /// An HTML page with no visible text once scripts, styles and site furniture are dropped.
    case noArticleText(path: String)
    /// OpenCC, which reads traditional characters as simplified ones, could not be loaded.
    case scriptConverterUnavailable(path: String, cause: ScriptConverterError)

    public var description: String { "\(path): \(reason)" }

    /// The file that could not be read.
    public var path: String {
        switch self {
        case .empty(let path), .binary(let path, _), .undecodable(let path, _, _), .noTextLayer(let path),
             .toolMissing(let path, _, _), .unreadablePDF(let path, _), .noArticleText(let path),
             .scriptConverterUnavailable(let path, _): path
        }
    }

    /// What is wrong, without the path (for summaries that print the path already).
    public var reason: String {
        switch self {
        case .empty:
            "file is empty"
        case .binary(_, let reason):
            "binary file, not a text page (\(reason))"
        case .undecodable(_, let byteOffset, let line):
            "not UTF-8 or GB18030 (first bad byte at line \(line), byte \(byteOffset))"
        case .noTextLayer:
            "no text layer (scanned page?)"
        case .toolMissing(_, let tool, let package):
            "\(tool) is not installed (apt-get install \(package))"
        case .unreadablePDF(_, let reason):
            "not a readable PDF (\(reason))"
        case .noArticleText:
            "no article text in the page (only markup, scripts or navigation)"
        case .scriptConverterUnavailable(_, let cause):
            "cannot read traditional characters: \(cause)"
        }
    }
}
