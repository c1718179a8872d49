/// What one `tally ingest` run did, for the closing summary and the exit status.
///
///     let summary = try Ingestor(database: database).ingest(paths: ["seeds"])
///     summary.failed.isEmpty ? 0 : 2
public struct IngestSummary: Sendable, Hashable {
    /// A file that was not stored, and why. Nothing of it was written.
    public struct Failure: Sendable, Hashable, CustomStringConvertible {
        public var path: String
        public var reason: String
        public var description: String { "\(path): \(reason)" }
    }

    /// What became of the page files of one format.
    public struct FormatCounts: Sendable, Hashable {
        public var files = 0
        public var stored = 0
        public var skipped = 0
        public var failed = 0
    }

    /// Page files found (stored + skipped + failed).
    public var files = 0
    /// The page files of each format (paths named on the command line that do not exist are in no format).
    public var formats: [PageFormat: FormatCounts] = [:]
    /// Documents stored (new or changed).
    public var stored = 0
    /// Articles and captions stored.
    public var items = 0
    /// Facts stored.
    public var facts = 0
    /// Paths left alone because their sha256 matches the stored document.
    public var skipped: [String] = []
    public var failed: [Failure] = []
    /// Manifest rows that could not be used (`manifest.tsv:LINE: …`).
    public var warnings: [Manifest.Warning] = []
    /// Stored documents under the ingested folders whose file is gone; removed when ingest prunes.
    public var vanished: [String] = []
    /// Whether ``vanished`` documents were removed.
    public var pruned = false

    public init() {}
}
