import Foundation

/// The page files named by `tally ingest`'s arguments, sorted by path, each with its manifest entry.
///
/// Folders are searched recursively for `*.txt` and `*.md`; hidden files and folders and
/// `manifest.tsv` are skipped. Each folder's `manifest.tsv` applies to the files directly in it.
/// Only paths are held, never contents, so the list stays small for any corpus.
///
/// Paths are canonical (``canonical(_:)``): `seeds`, `./seeds` and `/abs/seeds` name one document each
/// page, whichever spelling the command line used.
///
///     CorpusFiles(paths: ["seeds"]).files.map(\.path) // ["seeds/000_….txt", …]
struct CorpusFiles {
    struct File: Sendable {
        var path: String
        var manifestEntry: Manifest.Entry?
        /// The size when listed (0 if unknown): bounds the bytes of a processing batch.
        var byteCount: Int
    }

    private(set) var files: [File] = []
    private(set) var warnings: [Manifest.Warning] = []
    /// Arguments that name nothing on disk.
    private(set) var missing: [IngestSummary.Failure] = []
    /// Every argument, canonical: the folders and files whose stored documents this run speaks for.
    private(set) var roots: [String] = []

    init(paths: [String]) {
        let fileManager = FileManager.default
        var pagePaths = Set<String>()
        for argument in paths {
            roots.append(CorpusFiles.canonical(argument))
            var isDirectory: ObjCBool = false
            guard fileManager.fileExists(atPath: argument, isDirectory: &isDirectory) else {
                missing.append(.init(path: argument, reason: "no such file or folder"))
                continue
            }
            if isDirectory.boolValue {
                pagePaths.formUnion(CorpusFiles.pages(under: argument).map(CorpusFiles.canonical))
            } else {
                pagePaths.insert(CorpusFiles.canonical(argument))
            }
        }
        var manifests: [String: Manifest?] = [:]
        for path in pagePaths.sorted() {
            let folder = (path as NSString).deletingLastPathComponent
            if manifests[folder] == nil {
                let names = Set(((try? fileManager.contentsOfDirectory(atPath: folder.isEmpty ? "." : folder)) ?? []))
                let manifest = Manifest.load(folder: folder.isEmpty ? "." : folder, filesInFolder: names)
                manifests[folder] = .some(manifest)
                warnings += manifest?.warnings ?? []
            }
            let entry = manifests[folder]??.entries[(path as NSString).lastPathComponent]
            let size = (try? URL(fileURLWithPath: path).resourceValues(forKeys: [.fileSizeKey]).fileSize) ?? 0
            files.append(File(path: path, manifestEntry: entry, byteCount: size))
        }
    }

    /// One spelling of a file's path: `.` and `..` and symbolic links resolved, and relative to the
    /// working folder when the file lies below it (as `seeds/000_….txt`), else absolute.
    static func canonical(_ path: String) -> String {
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
        let base = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).standardizedFileURL.resolvingSymlinksInPath().path
        return absolute.hasPrefix(base + "/") ? String(absolute.dropFirst(base.count + 1)) : absolute
    }

    /// Page files under `folder`, as `folder/relative/path`.
    private static func pages(under folder: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(
            at: URL(fileURLWithPath: folder), includingPropertiesForKeys: [.isRegularFileKey],
            options: [.skipsHiddenFiles])
        else { return [] }
        let base = URL(fileURLWithPath: folder).standardizedFileURL.path
        var found: [String] = []
        for case let url as URL in enumerator {
            guard Ingestor.pageExtensions.contains(url.pathExtension.lowercased()),
                  (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true
            else { continue }
            let full = url.standardizedFileURL.path
            let relative = full.hasPrefix(base + "/") ? String(full.dropFirst(base.count + 1)) : url.lastPathComponent
            found.append((folder as NSString).appendingPathComponent(relative))
        }
        return found
    }
}
