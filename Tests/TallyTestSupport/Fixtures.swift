import Foundation

/// Paths to the files tests read: the repo's `seeds/` and the copied evaluation fixtures.
public enum Fixtures {
    /// The package root, found from this file's path so tests run from any working directory.
    public static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The embedded default corpus.
    public static let seeds = packageRoot.appendingPathComponent("seeds")

    /// `Tests/TallyCoreTests/Fixtures`: gold facts (`gold/`) and the gold article list (`articles.tsv`),
    /// copied from the shared evaluation set so tests run without it.
    public static let directory = packageRoot.appendingPathComponent("Tests/TallyCoreTests/Fixtures")

    public static func seedPages() throws -> [URL] {
        try FileManager.default.contentsOfDirectory(at: seeds, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "txt" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }
}
