import Foundation
import Testing
import TallyTestSupport

/// Text that breaks naive writers and shells (`|`, backquote, quotes, backslash, tab, line breaks,
/// `$(…)`, `<script>`) comes out of `tally articles/sql --format csv|tsv|json` as exactly one field
/// of one row, read back intact by a strict CSV parser and by JSONSerialization.
@Suite struct HostileOutputTests {
    static let hostile = "A|B `id` \"q\" 's' back\\slash $(rm -rf ~) <script>alert(1)</script> 逗号,分号;"

    /// A headline has at most 40 scalars and no sentence punctuation, or it reads as body text.
    static let hostileHeadline = "邹城市 A|B `id` \"q\" \\ $(rm) <script>"

    /// A page whose headline and body carry the hostile text (a headline cannot hold a line break).
    static let page = """
        ## \(hostileHeadline)

        本报邹城讯（通讯员 王）邹城市\(hostile)举办学习活动60余场次。

        """

    func ingest() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try folder.write(Self.page, to: "pages/hostile.txt")
        let run = try TallyEndToEndTests().tally(["ingest", "pages", "--db", "t.sqlite"], in: folder.path)
        #expect(run.status == 0, "\(run.stderr)")
        return folder
    }

    /// The SQL text of `value` as a string literal, with line breaks and tab spliced in with char().
    static let hostileLiteral = "'" + hostile.replacingOccurrences(of: "'", with: "''")
        + "' || char(9) || 'after tab' || char(10) || 'line 2' || char(13) || char(10) || 'line 3'"
    static let hostileWithBreaks = hostile + "\tafter tab\nline 2\r\nline 3"

    @Test(.enabled(if: TallyEndToEndTests.executable != nil)) func csvRoundTrips() throws {
        let folder = try ingest()
        let sql = try TallyEndToEndTests().tally(
            ["sql", "SELECT \(Self.hostileLiteral) AS \"odd,\"\"name\", 2 AS n", "--format", "csv", "--db", "t.sqlite"],
            in: folder.path)
        #expect(sql.status == 0, "\(sql.stderr)")
        #expect(try CSV.parse(sql.stdout) == [["odd,\"name", "n"], [Self.hostileWithBreaks, "2"]])
    }

    @Test(.enabled(if: TallyEndToEndTests.executable != nil)) func jsonRoundTrips() throws {
        let folder = try ingest()
        let sql = try TallyEndToEndTests().tally(
            ["sql", "SELECT \(Self.hostileLiteral) AS v, char(1, 27, 127, 8232) AS c", "--format", "json",
             "--db", "t.sqlite"], in: folder.path)
        #expect(sql.status == 0, "\(sql.stderr)")
        let parsed = try JSONSerialization.jsonObject(with: Data(sql.stdout.utf8)) as? [[String: String]]
        #expect(parsed == [["v": Self.hostileWithBreaks, "c": "\u{1}\u{1B}\u{7F}\u{2028}"]])
    }

    /// `articles` as CSV, TSV and JSON hold the same rows and values (TSV with tabs and line breaks
    /// as spaces), and the hostile text is in them.
    @Test(.enabled(if: TallyEndToEndTests.executable != nil)) func articlesAgreeAcrossFormats() throws {
        let folder = try ingest()
        func run(_ format: String) throws -> String {
            try TallyEndToEndTests().tally(["articles", "--format", format, "--db", "t.sqlite"], in: folder.path).stdout
        }
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run("json").utf8)) as? [[String: Any]])
        let csv = try CSV.parse(run("csv"))
        let columns = try #require(csv.first)
        let fromJSON: [[String]] = json.map { object in
            columns.map { column in
                switch object[column] {
                case let text as String: text
                case let number as NSNumber: number.stringValue
                default: ""
                }
            }
        }
        #expect(Array(csv.dropFirst()) == fromJSON)
        let tsv = try run("tsv").split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
        #expect(tsv == csv.map { $0.map { $0.replacingOccurrences(of: "\t", with: " ").replacingOccurrences(of: "\n", with: " ") } })
        let headline = try #require(columns.firstIndex(of: "headline"))
        #expect(csv.dropFirst().contains { $0[headline] == Self.hostileHeadline }, "\(csv)")
    }

    /// TSV has no quoting: a field never holds a tab or a line break, so every row is one line with
    /// as many fields as the header.
    @Test(.enabled(if: TallyEndToEndTests.executable != nil)) func tsvKeepsOneRowPerLine() throws {
        let folder = try ingest()
        let sql = try TallyEndToEndTests().tally(
            ["sql", "SELECT \(Self.hostileLiteral) AS v, 'x' AS w", "--format", "tsv", "--db", "t.sqlite"], in: folder.path)
        let lines = sql.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 3 && lines.last == "", "header, one row, final newline: \(lines)")
        #expect(lines.dropLast().allSatisfy { $0.split(separator: "\t", omittingEmptySubsequences: false).count == 2 })
        #expect(!sql.stdout.contains("\r"))
        #expect(lines[1].hasPrefix(Self.hostile))

        for command in ["articles", "facts"] {
            let run = try TallyEndToEndTests().tally([command, "--format", "tsv", "--db", "t.sqlite"], in: folder.path)
            #expect(run.status == 0)
            let rows = run.stdout.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
            #expect(rows.allSatisfy { $0.count == rows[0].count }, "\(command): ragged rows")
        }
    }
}

/// A strict RFC 4180 reader: quoted fields may hold commas, quotes (doubled) and line breaks;
/// anything else malformed is an error, so a writer's quoting bug cannot pass unnoticed.
enum CSV {
    struct Malformed: Error { var offset: Int }

    static func parse(_ text: String) throws -> [[String]] {
        let scalars = Array(text.unicodeScalars)
        var rows: [[String]] = [], row: [String] = [], field = String.UnicodeScalarView()
        var index = 0
        var fieldStarted = false
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\"" && field.isEmpty && !fieldStarted {
                index += 1
                while true {
                    guard index < scalars.count else { throw Malformed(offset: index) }
                    if scalars[index] == "\"" {
                        if index + 1 < scalars.count && scalars[index + 1] == "\"" { field.append("\""); index += 2; continue }
                        index += 1
                        break
                    }
                    field.append(scalars[index])
                    index += 1
                }
                fieldStarted = true
                guard index == scalars.count || scalars[index] == "," || scalars[index] == "\n" else { throw Malformed(offset: index) }
                continue
            }
            switch scalar {
            case ",":
                row.append(String(field)); field = .init(); fieldStarted = false
            case "\n":
                row.append(String(field)); field = .init(); fieldStarted = false
                rows.append(row); row = []
            case "\"", "\r":
                throw Malformed(offset: index)
            default:
                field.append(scalar); fieldStarted = true
            }
            index += 1
        }
        guard field.isEmpty && row.isEmpty else { throw Malformed(offset: index) }
        return rows
    }
}
