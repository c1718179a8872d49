import CXlsxWriter
import Foundation

/// An .xlsx file of sheets of rows, written through libxlsxwriter (Debian `libxlsxwriter-dev`), a C
/// library made for exactly this, rather than hand-made XML.
///
/// The bytes depend only on the rows: the document date is fixed (``documentDate``), so writing an
/// unchanged report again changes nothing and the committed workbook can be checked for staleness.
/// Sheets are written row by row in libxlsxwriter's constant-memory mode, so a million facts fit.
///
///     try XlsxFile(title: "Tally", sheets: [.init(name: "全部事实", columnWidths: [8, 40], rows: rows)])
///         .write(to: "reports/tally.xlsx")
struct XlsxFile {
    struct Row {
        var cells: [Cell]
        /// Printed bold: a table's header or a section's title.
        var isHeader = false
    }

    struct Sheet {
        var name: String
        /// Width of each column, in characters; columns past the list keep the default.
        var columnWidths: [Double]
        var rows: [Row]
    }

    var title: String
    var sheets: [Sheet]

    /// 2025-01-01 00:00 UTC, the workbook's creation date in its properties (libxlsxwriter would
    /// otherwise stamp the time of writing).
    static let documentDate: time_t = 1_735_689_600
    /// Rows a sheet can hold (Excel's limit, which libxlsxwriter enforces).
    static let maxRows = Int(LXW_ROW_MAX)
    /// Characters a cell can hold (Excel's limit; libxlsxwriter refuses longer strings).
    static let maxCellLength = 32_767

    func write(to path: String) throws(ReportError) {
        var options = lxw_workbook_options(constant_memory: UInt8(LXW_TRUE.rawValue), tmpdir: nil,
                                           use_zip64: UInt8(LXW_TRUE.rawValue))
        guard let workbook = workbook_new_opt(path, &options) else {
            throw .cannotWrite(path: path, reason: "libxlsxwriter could not create the workbook")
        }
        var properties = lxw_doc_properties()
        let ownedTitle = strdup(title)
        defer { free(ownedTitle) }
        properties.title = ownedTitle
        properties.created = Self.documentDate
        workbook_set_properties(workbook, &properties)
        let header = workbook_add_format(workbook)
        format_set_bold(header)
        let wrapped = workbook_add_format(workbook)
        format_set_text_wrap(wrapped)
        format_set_align(wrapped, UInt8(LXW_ALIGN_VERTICAL_TOP.rawValue))
        var firstError: lxw_error?
        func check(_ error: lxw_error) {
            if error != LXW_NO_ERROR, firstError == nil { firstError = error }
        }
        var used: Set<String> = []
        for sheet in sheets {
            let name = Self.sheetName(sheet.name, avoiding: used)
            used.insert(name.lowercased())
            guard let worksheet = workbook_add_worksheet(workbook, name) else {
                workbook_close(workbook)
                throw .cannotWrite(path: path, reason: "libxlsxwriter refused the sheet name '\(name)'")
            }
            for (column, width) in sheet.columnWidths.enumerated() {
                check(worksheet_set_column(worksheet, lxw_col_t(column), lxw_col_t(column), width, wrapped))
            }
            worksheet_freeze_panes(worksheet, 1, 0)
            for (index, row) in sheet.rows.prefix(Self.maxRows).enumerated() {
                for (column, cell) in row.cells.enumerated() {
                    let (at, to, format) = (lxw_row_t(index), lxw_col_t(column), row.isHeader ? header : wrapped)
                    switch cell {
                    case .null: continue
                    case let .integer(value): check(worksheet_write_number(worksheet, at, to, Double(value), format))
                    case let .real(value):
                        if value.isFinite { check(worksheet_write_number(worksheet, at, to, value, format)) }
                    case let .text(text): check(worksheet_write_string(worksheet, at, to, Self.fitting(text), format))
                    }
                }
            }
        }
        check(workbook_close(workbook))
        if let firstError {
            throw .cannotWrite(path: path, reason: "libxlsxwriter: " + String(cString: lxw_strerror(firstError)))
        }
    }

    /// The text, cut to what a cell holds.
    static func fitting(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard scalars.count > maxCellLength else { return text }
        return String(String.UnicodeScalarView(scalars.prefix(maxCellLength - 1))) + "…"
    }

    /// A sheet name Excel accepts: no `[]:*?/\`, no quote at either end, at most 31 characters, and
    /// unique without regard to case (`used` holds lowercased names).
    static func sheetName(_ wanted: String, avoiding used: Set<String>) -> String {
        let forbidden = "[]:*?/\\".unicodeScalars
        let base = Array(wanted.trimmingCharacters(in: CharacterSet(charactersIn: "'")).unicodeScalars.map { scalar in
            forbidden.contains(scalar) || scalar.properties.generalCategory == .control ? "_" : scalar
        })
        let stem = base.isEmpty ? Array("Sheet".unicodeScalars) : base
        func named(_ suffix: String) -> String {
            String(String.UnicodeScalarView(stem.prefix(31 - suffix.unicodeScalars.count))) + suffix
        }
        var name = named("")
        var number = 2
        while used.contains(name.lowercased()) {
            name = named("~\(number)")
            number += 1
        }
        return name
    }
}
