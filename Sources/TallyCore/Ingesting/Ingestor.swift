import Dispatch
import Foundation

/// Ingests page files and folders into a ``TallyDatabase``: the engine behind `tally ingest`.
///
/// Files are processed in parallel in bounded batches (at most ``batchSize`` pages in memory) and
/// written by one writer in sorted path order, one transaction per document, so fact ids are the
/// same for the same corpus and a fresh database. A file whose sha256 matches its stored document
/// is skipped without parsing; a file that cannot be read or decoded is reported and nothing of it
/// is written, and the run goes on.
///
///     let summary = try Ingestor(database: TallyDatabase(path: "tally.sqlite")).ingest(paths: ["seeds"])
public struct Ingestor: Sendable {
    /// Extensions of page files found in folders.
    public static let pageExtensions: Set<String> = ["txt", "md"]

    public var database: TallyDatabase
    public var processor: PageProcessor
    /// Pages processed at once: bounds memory and keeps every core busy.
    public var batchSize: Int

    public init(database: TallyDatabase, processor: PageProcessor = PageProcessor(),
                batchSize: Int = 2 * ProcessInfo.processInfo.activeProcessorCount) {
        self.database = database
        self.processor = processor
        self.batchSize = max(1, batchSize)
    }

    /// Ingests `paths` (files, or folders searched recursively for `*.txt` and `*.md`).
    ///
    /// - Parameter progress: called on the writer after each file with (files done, files in total).
    /// - Throws: only when the database cannot be read at all; per-file problems land in the summary.
    public func ingest(paths: [String], progress: ((Int, Int) -> Void)? = nil) throws(TallyDatabaseError) -> IngestSummary {
        var summary = IngestSummary()
        let corpus = CorpusFiles(paths: paths)
        summary.warnings = corpus.warnings
        summary.failed = corpus.missing
        summary.files = corpus.files.count + corpus.missing.count
        let digests = try database.storedDigests()
        var done = 0
        var start = 0
        while start < corpus.files.count {
            let batch = Array(corpus.files[start..<min(start + batchSize, corpus.files.count)])
            start += batch.count
            let outcomes = OutcomeSlots(count: batch.count)
            DispatchQueue.concurrentPerform(iterations: batch.count) { index in
                outcomes.set(index, process(batch[index], storedDigest: digests[batch[index].path]))
            }
            for outcome in outcomes.values {
                switch outcome {
                case .skipped(let path):
                    summary.skipped.append(path)
                case .failed(let failure):
                    summary.failed.append(failure)
                case .processed(let page):
                    do {
                        try database.replace(with: page)
                        summary.stored += 1
                        summary.items += page.articles.count
                        summary.facts += page.facts.count
                    } catch {
                        summary.failed.append(.init(path: page.path, reason: error.description))
                    }
                }
                done += 1
                progress?(done, corpus.files.count)
            }
        }
        return summary
    }

    private enum Outcome: Sendable {
        case processed(ProcessedPage)
        case skipped(String)
        case failed(IngestSummary.Failure)
    }

    private func process(_ file: CorpusFiles.File, storedDigest: String?) -> Outcome {
        guard let data = FileManager.default.contents(atPath: file.path) else {
            return .failed(.init(path: file.path, reason: "cannot read the file"))
        }
        let digest = SHA256.hex(of: data)
        if digest == storedDigest { return .skipped(file.path) }
        do {
            return .processed(try processor.process(data, path: file.path, manifestEntry: file.manifestEntry, sha256: digest))
        } catch {
            return .failed(.init(path: file.path, reason: Ingestor.reason(error)))
        }
    }

    /// A reader's error in words, without repeating the path the summary already prints.
    static func reason(_ error: PageReadError) -> String {
        switch error {
        case .empty: return "empty file"
        case .binary(_, let reason): return "not a text file (\(reason))"
        case .undecodable(_, let byteOffset, let line):
            return "neither UTF-8 nor GB18030 text (first bad byte at line \(line), byte \(byteOffset))"
        }
    }

    /// Result slots filled by concurrent workers, each index written once.
    private final class OutcomeSlots: @unchecked Sendable {
        private var slots: [Outcome?]
        private let lock = NSLock()
        init(count: Int) { slots = Array(repeating: nil, count: count) }
        func set(_ index: Int, _ outcome: Outcome) { lock.withLock { slots[index] = outcome } }
        var values: [Outcome] { lock.withLock { slots.compactMap { $0 } } }
    }
}
