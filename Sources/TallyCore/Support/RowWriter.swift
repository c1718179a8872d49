/// Renders a header and rows in one ``OutputFormat``, quoting each format correctly.
///
/// One place for output quoting, so every subcommand (`articles`, `facts`, `sql`) prints the same way.
///
///     print(RowWriter(format: .tsv).render(columns: ["doc", "value"], rows: [[.text("a.txt"), .real(60)]]), terminator: "")
public struct RowWriter: Sendable {
    public var format: OutputFormat

    public init(format: OutputFormat) {
        self.format = format
    }

    /// The whole output, ending with a newline (an empty JSON array for no rows).
    public func render(columns: [String], rows: [[Cell]]) -> String {
        switch format {
        case .tsv: return renderSeparated(columns: columns, rows: rows, separator: "\t", field: RowWriter.tsvField)
        case .csv: return renderSeparated(columns: columns, rows: rows, separator: ",", field: RowWriter.csvField)
        case .json: return renderJSON(columns: columns, rows: rows)
        case .table: return renderTable(columns: columns, rows: rows)
        }
    }

    private func renderSeparated(columns: [String], rows: [[Cell]], separator: String,
                                 field: (String) -> String) -> String {
        var out = columns.map(field).joined(separator: separator) + "\n"
        for row in rows { out += row.map { field($0.text) }.joined(separator: separator) + "\n" }
        return out
    }

    /// Writing rows as they come, for TSV, CSV and JSON (a table needs every row for its widths):
    /// the same text as ``render(columns:rows:)``, piece by piece.
    ///
    ///     var stream = RowWriter(format: .json).stream(columns: ["n"])
    ///     out += stream.header; out += stream.line([.integer(1)]); out += stream.footer
    public struct Stream: Sendable {
        public let format: OutputFormat
        public let columns: [String]
        private var count = 0

        init(format: OutputFormat, columns: [String]) {
            precondition(format != .table, "a table needs every row before its first line")
            self.format = format
            self.columns = columns
        }

        public var header: String {
            switch format {
            case .tsv: return columns.map(RowWriter.tsvField).joined(separator: "\t") + "\n"
            case .csv: return columns.map(RowWriter.csvField).joined(separator: ",") + "\n"
            default: return "["
            }
        }

        public mutating func line(_ row: [Cell]) -> String {
            defer { count += 1 }
            switch format {
            case .tsv: return row.map { RowWriter.tsvField($0.text) }.joined(separator: "\t") + "\n"
            case .csv: return row.map { RowWriter.csvField($0.text) }.joined(separator: ",") + "\n"
            default: return (count == 0 ? "\n" : ",\n") + RowWriter.jsonObject(columns: columns, row: row)
            }
        }

        public var footer: String { format == .json ? (count == 0 ? "]\n" : "\n]\n") : "" }
    }

    /// A ``Stream`` for rows with these columns; nil for a table.
    public func stream(columns: [String]) -> Stream? {
        format == .table ? nil : Stream(format: format, columns: columns)
    }

    /// A TSV field cannot hold a tab or a line break: each becomes one space.
    static func tsvField(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0 == "\t" || $0 == "\n" || $0 == "\r" }) else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            scalars.append(scalar == "\t" || scalar == "\n" || scalar == "\r" ? " " : scalar)
        }
        return String(scalars)
    }

    static func csvField(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
        else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    private func renderJSON(columns: [String], rows: [[Cell]]) -> String {
        var stream = Stream(format: .json, columns: columns)
        var out = stream.header
        for row in rows { out += stream.line(row) }
        return out + stream.footer
    }

    /// One row as a JSON object line: `  {"column": value, …}`.
    static func jsonObject(columns: [String], row: [Cell]) -> String {
        "  {" + zip(columns, row).map { column, cell in jsonString(column) + ": " + jsonValue(cell) }.joined(separator: ", ") + "}"
    }

    private static func jsonValue(_ cell: Cell) -> String {
        switch cell {
        case .null: return "null"
        case .integer(let value): return String(value)
        case .real(let value): return value.isFinite ? Cell.format(value) : "null"
        case .text(let value): return jsonString(value)
        }
    }

    static func jsonString(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    private func renderTable(columns: [String], rows: [[Cell]]) -> String {
        let texts = rows.map { $0.map { RowWriter.tsvField($0.text) } }
        var widths = columns.map(DisplayWidth.of)
        for row in texts {
            for (index, text) in row.enumerated() where index < widths.count {
                widths[index] = max(widths[index], DisplayWidth.of(text))
            }
        }
        func line(_ cells: [String]) -> String {
            var out = ""
            for (index, text) in cells.enumerated() {
                let isLast = index == cells.count - 1
                out += text
                if !isLast { out += String(repeating: " ", count: widths[index] - DisplayWidth.of(text) + 2) }
            }
            return out + "\n"
        }
        var out = line(columns)
        out += line(widths.map { String(repeating: "-", count: $0) })
        for row in texts { out += line(row) }
        return out
    }
}
