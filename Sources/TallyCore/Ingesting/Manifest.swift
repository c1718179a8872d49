import Foundation

/// A folder's `manifest.tsv`: publication date and source of each page file.
///
/// Columns `file`, `published` (`YYYY-MM-DD`, `YYYY-MM`, `YYYY` or empty) and `source`, header first.
/// A bad row is a ``Warning`` naming `manifest.tsv:LINE`, never fatal: the page is still ingested
/// and dated from its file name or text.
///
///     let manifest = Manifest(text: try String(contentsOf: url, encoding: .utf8), path: "seeds/manifest.tsv",
///                             filesInFolder: ["000.txt"])
///     manifest.entries["000.txt"]?.published
public struct Manifest: Sendable {
    /// The file name every folder's manifest has.
    public static let fileName = "manifest.tsv"

    /// What the manifest says about one file.
    public struct Entry: Sendable, Hashable {
        public var file: String
        public var published: PublicationDate?
        public var source: String?

        public init(file: String, published: PublicationDate?, source: String?) {
            self.file = file
            self.published = published
            self.source = source
        }
    }

    /// A row that could not be used fully, with where it is.
    public struct Warning: Sendable, Hashable, CustomStringConvertible {
        public var path: String
        public var line: Int
        public var message: String
        public var description: String { "\(path):\(line): \(message)" }
    }

    /// Entries by file name (relative to the manifest's folder).
    public var entries: [String: Entry] = [:]
    public var warnings: [Warning] = []

    /// - Parameter filesInFolder: the page files next to the manifest; a row naming another file is a warning.
    /// - Parameter today: the ingest day; a date after it (or before 1949) is a warning, not a date.
    public init(text: String, path: String, filesInFolder: Set<String>, today: CalendarDay = .today) {
        var columns = ["file", "published", "source"]
        var lineOfFile: [String: Int] = [:]
        // A spreadsheet's export may start with a byte-order mark and end lines with CRLF ("\r\n" is one
        // Character, so lines are split on every newline, not on "\n").
        let body = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        for (index, line) in body.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            let lineNumber = index + 1
            if line.trimmingCharacters(in: .whitespaces).isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces) }
            if lineNumber == 1 && fields.contains("file") {
                columns = fields
                continue
            }
            func field(_ name: String) -> String? {
                guard let column = columns.firstIndex(of: name), column < fields.count, !fields[column].isEmpty
                else { return nil }
                return fields[column]
            }
            guard let file = field("file") else {
                warnings.append(Warning(path: path, line: lineNumber, message: "no file name"))
                continue
            }
            guard filesInFolder.contains(file) else {
                warnings.append(Warning(path: path, line: lineNumber, message: "no such file: \(file)"))
                continue
            }
            var published: PublicationDate?
            if let text = field("published") {
                published = Manifest.date(from: text)
                if published == nil {
                    warnings.append(Warning(path: path, line: lineNumber,
                                            message: "bad date '\(text)' for \(file) (want YYYY-MM-DD, YYYY-MM or YYYY); dating it from its name or text"))
                } else if published?.isPossible(today: today) == false {
                    published = nil
                    warnings.append(Warning(path: path, line: lineNumber,
                                            message: "date '\(text)' for \(file) is before 1949 or after today (\(today)); dating it from its name or text"))
                }
            }
            if let earlier = lineOfFile[file] {
                warnings.append(Warning(path: path, line: lineNumber, message: "second row for \(file) (first at line \(earlier)); this one is used"))
            }
            lineOfFile[file] = lineNumber
            entries[file] = Entry(file: file, published: published, source: field("source"))
        }
    }

    /// Reads `manifest.tsv` in `folder` (a path as given, relative or absolute), or nil when there is none.
    /// An unreadable manifest is one warning.
    public static func load(folder: BytePath, filesInFolder: Set<String>, today: CalendarDay = .today) -> Manifest? {
        let location = folder.appending(Array(fileName.utf8))
        let path = location.text
        guard location.status() != nil else { return nil }
        guard let data = try? location.contents().get(), let text = String(data: data, encoding: .utf8) else {
            var manifest = Manifest(text: "", path: path, filesInFolder: [])
            manifest.warnings.append(Warning(path: path, line: 1, message: "cannot read the manifest as UTF-8 text; ignored"))
            return manifest
        }
        return Manifest(text: text, path: path, filesInFolder: filesInFolder, today: today)
    }

    /// `YYYY-MM-DD`, `YYYY-MM` or `YYYY` as a manifest date, or nil when the text is none of them or not a real date.
    public static func date(from text: String) -> PublicationDate? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4, parts.dropFirst().allSatisfy({ $0.count == 2 }),
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let year = Int(parts[0]), year >= 1900
        else { return nil }
        let month = parts.count > 1 ? Int(parts[1]) : nil
        let day = parts.count > 2 ? Int(parts[2]) : nil
        if let month, !(1...12).contains(month) { return nil }
        if let month, let day, CalendarDay(year: year, month: month, day: day) == nil { return nil }
        let precision: PublicationDate.Precision = day != nil ? .day : month != nil ? .month : .year
        return PublicationDate(year: year, month: month, day: day, precision: precision, source: .manifest)
    }
}
