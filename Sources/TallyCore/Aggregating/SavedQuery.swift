import Foundation

/// A saved SQL query from `queries/*.sql`, with the header that documents it (`title.zh` and
/// `answers.zh` are what Chinese reports list; without them they list the English ones):
///
///     -- title: Funds by county
///     -- answers: How much money does each county report?
///     -- title.zh: 各县市区的资金
///     -- answers.zh: 每个县市区报道了多少资金？
///     -- param: :county  canonical county name, or NULL for every county
///
/// They run with `tally sql` (named parameters bound from its arguments); tests run each one on a fixture database.
///
///     let queries = try SavedQuery.load(from: URL(fileURLWithPath: "queries"))
public struct SavedQuery: Sendable, Hashable {
    /// The file name without `.sql`.
    public var name: String
    public var title: String
    public var answers: String
    /// The title and question in Chinese, when the header gives them.
    public var chineseTitle: String?
    public var chineseAnswers: String?
    /// Documented named parameters, without the colon, in header order.
    public var parameters: [String]
    /// The whole file text (comments included; SQLite ignores them).
    public var sql: String

    /// Why a saved query file is not usable.
    public enum LoadError: Error, Sendable, Hashable, CustomStringConvertible {
        case unreadable(file: String, reason: String)
        case missingHeader(file: String, field: String)
        case undocumentedParameter(file: String, line: Int, name: String)

        public var description: String {
            switch self {
            case let .unreadable(file, reason): return "cannot read \(file): \(reason)"
            case let .missingHeader(file, field): return "missing `-- \(field):` header --> \(file):1"
            case let .undocumentedParameter(file, line, name):
                return "parameter :\(name) has no `-- param:` line --> \(file):\(line)"
            }
        }
    }

    /// Every `*.sql` file of the folder, sorted by name.
    public static func load(from directory: URL) throws(LoadError) -> [SavedQuery] {
        let files: [URL]
        do {
            files = try FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)
                .filter { $0.pathExtension == "sql" }.sorted { $0.lastPathComponent < $1.lastPathComponent }
        } catch { throw .unreadable(file: directory.path, reason: "\(error)") }
        var queries: [SavedQuery] = []
        for file in files {
            let text: String
            do { text = try String(contentsOf: file, encoding: .utf8) } catch {
                throw .unreadable(file: file.path, reason: "\(error)")
            }
            queries.append(try SavedQuery(name: file.deletingPathExtension().lastPathComponent, text: text, file: file.path))
        }
        return queries
    }

    /// Parses the header of one query's text.
    public init(name: String, text: String, file: String) throws(LoadError) {
        var title: String?
        var answers: String?
        var chineseTitle: String?
        var chineseAnswers: String?
        var parameters: [String] = []
        var bodyParameters: [(name: String, line: Int)] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("--") {
                let comment = trimmed.dropFirst(2).trimmingCharacters(in: .whitespaces)
                if title == nil, comment.hasPrefix("title:") { title = Self.value(of: comment) }
                if answers == nil, comment.hasPrefix("answers:") { answers = Self.value(of: comment) }
                if chineseTitle == nil, comment.hasPrefix("title.zh:") { chineseTitle = Self.value(of: comment) }
                if chineseAnswers == nil, comment.hasPrefix("answers.zh:") { chineseAnswers = Self.value(of: comment) }
                if comment.hasPrefix("param:") { parameters += Self.parameterNames(in: Self.value(of: comment)).prefix(1) }
            } else {
                bodyParameters += Self.parameterNames(in: String(line)).map { ($0, index + 1) }
            }
        }
        guard let title, !title.isEmpty else { throw .missingHeader(file: file, field: "title") }
        guard let answers, !answers.isEmpty else { throw .missingHeader(file: file, field: "answers") }
        if let undocumented = bodyParameters.first(where: { !parameters.contains($0.name) }) {
            throw .undocumentedParameter(file: file, line: undocumented.line, name: undocumented.name)
        }
        self.name = name
        self.title = title
        self.answers = answers
        self.chineseTitle = chineseTitle
        self.chineseAnswers = chineseAnswers
        self.parameters = parameters
        self.sql = text
    }

    private static func value(of comment: String) -> String {
        guard let colon = comment.firstIndex(of: ":") else { return "" }
        return comment[comment.index(after: colon)...].trimmingCharacters(in: .whitespaces)
    }

    /// Names of `:name` parameters in a line, outside '…' string literals.
    static func parameterNames(in line: String) -> [String] {
        let scalars = ScalarText.scalars(of: line)
        var names: [String] = []
        var inString = false
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "'" { inString.toggle() }
            if !inString, scalar == ":", index + 1 < scalars.count, isNameStart(scalars[index + 1]) {
                var end = index + 1
                while end < scalars.count, isNameStart(scalars[end]) || ("0"..."9").contains(scalars[end]) { end += 1 }
                names.append(ScalarText.string(scalars[(index + 1)..<end]))
                index = end
                continue
            }
            index += 1
        }
        return names
    }

    private static func isNameStart(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || scalar == "_"
    }
}
