import Foundation

/// Turns a PDF page into page text of the shape raw PDF text has: its text layer in reading order, one
/// paragraph (poppler's text block) after another with a blank line between, hard wraps kept for
/// ``PageNormalizer`` to join.
///
/// Poppler's `pdftotext -bbox-layout` (Debian `poppler-utils`) runs as a subprocess and writes the page as
/// XHTML of pages, flows, blocks, lines and words, which libxml2 reads. Measured against
/// `libpoppler-glib` in-process (2026-11-30, 150 small pages): about 40 ms a page against 7 ms, but only
/// the subprocess gives poppler's paragraph blocks (the glib API returns lines without them), and Tally
/// links no PDF library: only ingesting PDFs needs poppler. A masthead that carries the date
/// (`济宁日报 2025年3月12日 星期三`, ``PageDateLine``) gives the page's day and is emptied.
///
///     let page = try PDFTextReader.read(Data(contentsOf: url), path: "archive/jnrb20250312_06.pdf")
enum PDFTextReader {
    /// The poppler tool run, and the Debian package that installs it.
    static let tool = "pdftotext"
    static let package = "poppler-utils"

    /// - Parameter searchPath: where to look for `pdftotext` (`PATH`'s form: folders joined by `:`).
    static func read(_ data: Data, path: String,
                     searchPath: String? = ProcessInfo.processInfo.environment["PATH"]) throws(PageReadError) -> DecodedPage {
        guard let executable = locate(tool, in: searchPath) else { throw .toolMissing(path: path, tool: tool, package: package) }
        let xhtml = try run(executable, on: data, path: path)
        let text = pageText(fromBoundingBoxXHTML: xhtml)
        guard text.contains(where: { !$0.isWhitespace }) else { throw .noTextLayer(path: path) }
        let dated = PageDateLine.taken(from: text)
        return DecodedPage(text: dated?.text ?? text, encoding: "utf-8", format: .pdf, pageDay: dated?.day)
    }

    /// The first executable named `tool` in the `:`-separated folders of `searchPath`.
    static func locate(_ tool: String, in searchPath: String?) -> String? {
        for folder in (searchPath ?? "").split(separator: ":") where !folder.isEmpty {
            let candidate = (String(folder) as NSString).appendingPathComponent(tool)
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// Runs `pdftotext -bbox-layout` over `data` (through temporary files, so a failing tool never meets a
    /// half-written pipe) and returns its XHTML.
    private static func run(_ executable: String, on data: Data, path: String) throws(PageReadError) -> [UInt8] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tally-pdf-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("page.pdf"), output = folder.appendingPathComponent("page.html")
        let process = Process()
        let errors = Pipe()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try data.write(to: input)
            process.executableURL = URL(fileURLWithPath: executable)
            process.arguments = ["-bbox-layout", "-enc", "UTF-8", input.path, output.path]
            process.standardInput = FileHandle.nullDevice
            process.standardOutput = FileHandle.nullDevice
            process.standardError = errors
            try process.run()
        } catch {
            throw .unreadablePDF(path: path, reason: "cannot run \(executable): \(error.localizedDescription)")
        }
        // Read to the end before waiting: a damaged PDF can make pdftotext write more than a pipe holds.
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0, let xhtml = FileManager.default.contents(atPath: output.path) else {
            let firstLine = message.split(separator: "\n").first.map { ": " + $0 } ?? ""
            throw .unreadablePDF(path: path, reason: "\(tool) exited with status \(process.terminationStatus)\(firstLine)")
        }
        return [UInt8](xhtml)
    }

    /// The text of `pdftotext -bbox-layout` output: words joined by spaces into lines, lines by newlines
    /// into blocks, blocks by blank lines; a page or flow break is two blank lines (a layout gap).
    static func pageText(fromBoundingBoxXHTML xhtml: [UInt8]) -> String {
        guard let tree = HTMLTree(xml: xhtml), let root = tree.root else { return "" }
        var flows: [String] = []
        for flow in root.elements(named: "flow") {
            let blocks = flow.elements(named: "block").map { block in
                block.elements(named: "line").map { line in
                    line.elements(named: "word").map { word in word.children.map(\.text).joined() }.joined(separator: " ")
                }.joined(separator: "\n")
            }
            flows.append(blocks.joined(separator: "\n\n"))
        }
        return flows.joined(separator: "\n\n\n") + "\n"
    }
}
