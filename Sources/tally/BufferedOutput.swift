import Foundation
import TallyCore

/// Standard output in blocks of 64 KB: streamed query rows are written as they come without a
/// system call per row, and without holding the whole result.
final class BufferedOutput {
    private var buffer = Data()
    private static let blockSize = 64 << 10

    func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= Self.blockSize { flush() }
    }

    func flush() {
        guard !buffer.isEmpty else { return }
        FileHandle.standardOutput.write(buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}

/// The results of `tally sql` written as SQLite steps to them: each statement's header, rows and
/// footer (``RowWriter/Stream``) through one ``BufferedOutput``.
final class StreamedRows {
    private let writer: RowWriter
    private let output = BufferedOutput()
    private var stream: RowWriter.Stream?

    init(writer: RowWriter) { self.writer = writer }

    func start(_ columns: [String]) {
        if let finished = stream { output.write(finished.footer) }
        stream = writer.stream(columns: columns)
        output.write(stream?.header ?? "")
    }

    func add(_ row: [Cell]) {
        output.write(stream?.line(row) ?? "")
    }

    func finish() {
        if let finished = stream { output.write(finished.footer) }
        output.flush()
    }
}
