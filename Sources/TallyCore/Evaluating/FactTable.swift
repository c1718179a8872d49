import Foundation

/// Why a fact TSV could not be read. Every case names the file and the 1-based line.
public enum FactTableError: Error, Sendable, Equatable, CustomStringConvertible {
    case unreadable(path: String)
    case missingColumns(path: String, columns: [String])
    case badValue(path: String, line: Int, text: String)

    public var description: String {
        switch self {
        case .unreadable(let path): "cannot read gold facts at \(path)"
        case .missingColumns(let path, let columns): "\(path): missing columns \(columns.joined(separator: ", "))"
        case .badValue(let path, let line, let text): "\(path):\(line): value '\(text)' is not a number"
        }
    }
}

/// Reads and writes fact TSVs the way `eval/score.py` does: tab-separated, header row,
/// no quoting; surface and object compared with whitespace removed.
///
///     let gold = try FactTable.read(folderOrFile: goldURL)
///     try FactTable.tsv(rows).write(to: url, atomically: true, encoding: .utf8)
public enum FactTable {
    /// Rows of one TSV file, or of every `.tsv` in a folder (sorted by name).
    public static func read(folderOrFile url: URL) throws(FactTableError) -> [ContractFactRow] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            throw .unreadable(path: url.path)
        }
        guard isDirectory.boolValue else { return try read(file: url) }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: url.path).filter { $0.hasSuffix(".tsv") }.sorted()
        } catch {
            throw .unreadable(path: url.path)
        }
        var rows: [ContractFactRow] = []
        for name in names { rows += try read(file: url.appendingPathComponent(name)) }
        return rows
    }

    public static func read(file url: URL) throws(FactTableError) -> [ContractFactRow] {
        guard let data = try? Data(contentsOf: url), let text = String(data: data, encoding: .utf8) else {
            throw .unreadable(path: url.path)
        }
        return try parse(text, path: url.path)
    }

    public static func parse(_ text: String, path: String) throws(FactTableError) -> [ContractFactRow] {
        var lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
            .map { $0.hasSuffix("\r") ? String($0.dropLast()) : String($0) }
        guard !lines.isEmpty else { return [] }
        let header = lines.removeFirst().split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        var rows: [ContractFactRow] = []
        for (index, line) in lines.enumerated() where !line.isEmpty {
            if rows.isEmpty {
                let missing = ["doc", "value", "unit"].filter { !header.contains($0) }
                if !missing.isEmpty { throw .missingColumns(path: path, columns: missing) }
            }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            func field(_ name: String) -> String? {
                guard let i = header.firstIndex(of: name), i < fields.count else { return nil }
                return fields[i]
            }
            let lineNumber = index + 2
            let valueText = field("value") ?? ""
            guard let value = Double(valueText.trimmingCharacters(in: .whitespaces)) else {
                throw .badValue(path: path, line: lineNumber, text: valueText)
            }
            let highText = (field("high") ?? "").trimmingCharacters(in: .whitespaces)
            var high: Double?
            if !highText.isEmpty {
                guard let h = Double(highText) else { throw .badValue(path: path, line: lineNumber, text: highText) }
                high = h
            }
            let rate = (field("rate") ?? "0").trimmingCharacters(in: .whitespaces)
            rows.append(ContractFactRow(
                doc: (field("doc") ?? "").trimmingCharacters(in: .whitespaces).split(separator: "/").last.map(String.init) ?? "",
                surface: withoutWhitespace(field("surface") ?? ""), value: value, high: high,
                qualifier: (field("qualifier") ?? "").trimmingCharacters(in: .whitespaces),
                unit: (field("unit") ?? "").trimmingCharacters(in: .whitespaces),
                classifier: (field("classifier") ?? "").trimmingCharacters(in: .whitespaces),
                object: withoutWhitespace(field("object") ?? ""),
                county: (field("county") ?? "").trimmingCharacters(in: .whitespaces),
                isRate: rate == "1"))
        }
        return rows
    }

    /// The TSV text of `rows`, header first; tabs and line breaks inside fields become spaces.
    public static func tsv(_ rows: [ContractFactRow]) -> String {
        var out = ContractFactRow.columns.joined(separator: "\t") + "\n"
        for r in rows {
            let fields = [r.doc, r.surface, number(r.value), r.high.map(number) ?? "", r.qualifier, r.unit, r.classifier,
                          r.object, r.county, r.isRate ? "1" : "0"]
            out += fields.map { $0.map { $0 == "\t" || $0.isNewline ? " " : $0 }.map(String.init).joined() }
                .joined(separator: "\t") + "\n"
        }
        return out
    }

    /// Integers without a fraction (`60`, `3000000`), other values as Swift prints them.
    static func number(_ value: Double) -> String {
        if value.isFinite, value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }

    static func withoutWhitespace(_ s: String) -> String {
        ScalarText.string(s.unicodeScalars.filter { !$0.properties.isWhitespace })
    }
}
