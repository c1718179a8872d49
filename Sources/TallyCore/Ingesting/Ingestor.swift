import Dispatch
import Foundation

/// Ingests page files and folders into a ``TallyDatabase``: the engine behind `tally ingest`.
///
/// Files are processed in parallel in bounded batches (at most ``batchSize`` pages, and at most
/// ``batchBytes`` of files unless one file alone is larger, in memory at once) and
/// written by one writer in sorted path order, one transaction per batch and a savepoint per document
/// (a document that cannot be stored is rolled back alone), so fact ids are the
/// same for the same corpus and a fresh database. A file whose sha256 matches its stored document
/// is skipped without parsing; a file that cannot be read or decoded is reported and nothing of it
/// is written, and the run goes on.
///
///     let summary = try Ingestor(database: TallyDatabase(path: "tally.sqlite")).ingest(paths: ["seeds"])
public struct Ingestor: Sendable {
    /// Extensions of page files found in folders (``PageFormat/extensions``).
    public static let pageExtensions = Set(PageFormat.extensions.keys)
    /// Pages larger than this are refused unread: processing holds a page about ten times over, so a
    /// stray 200 MB file would take gigabytes. A newspaper page is tens of kilobytes.
    public static let maximumPageBytes = 64 << 20

    public var database: TallyDatabase
    public var processor: PageProcessor
    /// Pages processed at once, and stored in one transaction: bounds memory and keeps every core
    /// busy. 256 rather than 64: a commit rewrites every index page it touched, and fewer commits
    /// made ingest about a tenth faster for 30 MB more memory.
    public var batchSize: Int
    /// File bytes processed at once: a batch of very large pages holds fewer of them.
    public var batchBytes: Int

    public init(database: TallyDatabase, processor: PageProcessor = PageProcessor(),
                batchSize: Int = 256, batchBytes: Int = 32 << 20) {
        self.database = database
        self.processor = processor
        self.batchSize = max(1, batchSize)
        self.batchBytes = batchBytes
    }

    /// Ingests `paths` (files, or folders searched recursively for ``pageExtensions``).
    ///
    /// - Parameter progress: called on the writer's thread after each file with (files done, files in total).
    /// - Throws: only when the database cannot be read at all; per-file problems land in the summary.
    /// - Parameter prune: remove stored documents under `paths` whose file is gone (else they are only counted).
    public func ingest(
        paths: [String], prune: Bool = false, progress: ((Int, Int) -> Void)? = nil
    ) throws(TallyDatabaseError) -> IngestSummary {
        try ingest(paths: paths.map(BytePath.init), prune: prune, progress: progress)
    }

    /// ``ingest(paths:prune:progress:)-([String],_,_)`` of paths given as bytes, as a command line's may be.
    public func ingest(
        paths: [BytePath], prune: Bool = false, progress: ((Int, Int) -> Void)? = nil
    ) throws(TallyDatabaseError) -> IngestSummary {
        var summary = IngestSummary()
        let corpus = CorpusFiles(paths: paths)
        summary.warnings = corpus.warnings
        summary.failed = corpus.missing
        summary.files = corpus.files.count + corpus.missing.count
        let stored = try database.storedDocuments()
        // One writer thread stores batch k while the workers process batch k + 1, so the store's time
        // overlaps the processing. At most one batch waits for the writer, which bounds memory.
        let writer = BatchWriter(database: database, summary: summary, total: corpus.files.count, progress: progress)
        var start = 0
        while start < corpus.files.count {
            var end = start + 1
            var bytes = corpus.files[start].byteCount
            while end < corpus.files.count, end - start < batchSize, bytes + corpus.files[end].byteCount <= batchBytes {
                bytes += corpus.files[end].byteCount
                end += 1
            }
            let batch = Array(corpus.files[start..<end])
            start = end
            let outcomes = ConcurrentSlots<Outcome>(count: batch.count)
            DispatchQueue.concurrentPerform(iterations: batch.count) { index in
                let path = batch[index].path
                // An unchanged file is skipped only when its manifest row did not change either.
                let document = stored[path]
                let unchanged = document?.manifestFields.agree(with: batch[index].manifestEntry) ?? false
                outcomes.set(index, process(batch[index], storedDigest: unchanged ? document?.sha256 : nil))
            }
            writer.enqueue(outcomes.values)
        }
        var done = try writer.finish()
        // Documents of this run's folders whose files are gone: said, and removed on request. Only under
        // the arguments, so another folder's documents (or relative paths from another working folder) are untouched.
        let listed = Set(corpus.files.map(\.path))
        done.vanished = stored.keys.filter { path in
            !listed.contains(path) && corpus.roots.contains { path == $0 || path.hasPrefix($0 + "/") }
                && !FileManager.default.fileExists(atPath: path)
        }.sorted()
        if prune, !done.vanished.isEmpty {
            try database.remove(documentsAt: done.vanished)
            done.pruned = true
        }
        return done
    }

    /// Stores batches in order on its own serial queue, one batch at a time ahead of the workers.
    private final class BatchWriter: @unchecked Sendable {
        private let database: TallyDatabase
        private let queue = DispatchQueue(label: "tally.ingest.writer")
        private let free = DispatchSemaphore(value: 1)
        private let total: Int
        private let progress: ((Int, Int) -> Void)?
        // Touched only on `queue`, and read after `finish()` drains it.
        private var summary: IngestSummary
        /// The first storage failure (a full disk): later batches are not stored.
        private(set) var storageFailure: TallyDatabaseError?
        private var done = 0

        init(database: TallyDatabase, summary: IngestSummary, total: Int, progress: ((Int, Int) -> Void)?) {
            self.database = database
            self.summary = summary
            self.total = total
            self.progress = progress
        }

        /// Waits until the previous batch is stored, then stores `outcomes` in the background.
        func enqueue(_ outcomes: [Outcome]) {
            free.wait()
            queue.async {
                self.store(outcomes)
                self.free.signal()
            }
        }

        /// Waits for the last batch and returns the summary, or throws the first storage failure.
        func finish() throws(TallyDatabaseError) -> IngestSummary {
            var summary = IngestSummary()
            var failure: TallyDatabaseError?
            queue.sync {
                summary = self.summary
                failure = self.storageFailure
            }
            if let failure { throw failure }
            return summary
        }

        /// Stores the batch's pages in one transaction (``TallyDatabase/replace(with:)-([ProcessedPage])``)
        /// and counts every outcome in file order.
        private func store(_ outcomes: [Outcome]) {
            guard storageFailure == nil else { return }
            let pages = outcomes.compactMap { if case .processed(let page) = $0 { page } else { nil } }
            // A batch of unchanged or failed files opens no transaction.
            let results = pages.isEmpty ? [] : database.replace(with: pages)
            for case .failure(let error) in results {
                if case .storage = error { storageFailure = error; return }
            }
            var stored = results.makeIterator()
            for outcome in outcomes {
                var counts = summary.formats[PageFormat(path: outcome.path), default: .init()]
                counts.files += 1
                switch outcome {
                case .skipped(let path):
                    summary.skipped.append(path)
                    counts.skipped += 1
                case .failed(let failure):
                    summary.failed.append(failure)
                    counts.failed += 1
                case .processed(let page):
                    switch stored.next() {
                    case .success:
                        summary.stored += 1
                        summary.items += page.articles.count
                        summary.facts += page.facts.count
                        counts.stored += 1
                    case .failure(let error):
                        summary.failed.append(.init(path: page.path, reason: error.description))
                        counts.failed += 1
                    case nil:
                        preconditionFailure("replace(with:) returns one result a page")
                    }
                }
                summary.formats[PageFormat(path: outcome.path)] = counts
                done += 1
                progress?(done, total)
            }
        }
    }

    private enum Outcome: Sendable {
        case processed(ProcessedPage)
        case skipped(String)
        case failed(IngestSummary.Failure)

        var path: String {
            switch self {
            case .processed(let page): page.path
            case .skipped(let path): path
            case .failed(let failure): failure.path
            }
        }
    }

    private func process(_ file: CorpusFiles.File, storedDigest: String?) -> Outcome {
        if file.byteCount > Self.maximumPageBytes {
            return .failed(.init(path: file.path, reason: "larger than \(Self.maximumPageBytes >> 20) MB, the page size limit; not read"))
        }
        let data: Data
        switch file.location.contents() {
        case .success(let contents): data = contents
        case .failure(let error):
            return .failed(.init(path: file.path, reason: "cannot read the file: " + String(cString: strerror(error.code.rawValue))))
        }
        let digest = SHA256.hex(of: data)
        if digest == storedDigest { return .skipped(file.path) }
        do {
            return .processed(try processor.process(data, path: file.path, manifestEntry: file.manifestEntry, sha256: digest))
        } catch {
            return .failed(.init(path: file.path, reason: error.reason))
        }
    }
}
