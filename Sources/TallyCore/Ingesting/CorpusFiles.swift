import Foundation

/// The page files named by `tally ingest`'s arguments, sorted by path, each with its manifest entry.
///
/// Folders are searched recursively for page files (``Ingestor/pageExtensions``: text, PDF, HTML); hidden files and folders and
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
                var visited = Set<String>()
                pagePaths.formUnion(pages(under: argument, visited: &visited).map(CorpusFiles.canonical))
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

    /// Page files under `folder`, as `folder/relative/path`. Links to pages and to folders are followed
    /// (a folder reached twice, as by a link loop, is read once); a folder that cannot be read is
    /// reported in ``missing``, never skipped in silence.
    private mutating func pages(under folder: String, visited: inout Set<String>) -> [String] {
        let fileManager = FileManager.default
        guard visited.insert(CorpusFiles.canonical(folder)).inserted else { return [] }
        let names: [String]
        do {
            names = try fileManager.contentsOfDirectory(atPath: folder).sorted()
        } catch {
            missing.append(.init(path: folder, reason: "cannot read the folder"))
            return []
        }
        var found: [String] = []
        for name in names where !name.hasPrefix(".") {
            let path = (folder as NSString).appendingPathComponent(name)
            var isDirectory: ObjCBool = false
            // fileExists follows links: a link to a page or a folder counts as what it points to.
            guard fileManager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                missing.append(.init(path: path, reason: "a link to nothing"))
                continue
            }
            if isDirectory.boolValue {
                found += pages(under: path, visited: &visited)
            } else if Ingestor.pageExtensions.contains((name as NSString).pathExtension.lowercased()),
                      (try? fileManager.attributesOfItem(atPath: URL(fileURLWithPath: path).resolvingSymlinksInPath().path)[.type]
                          as? FileAttributeType) == .typeRegular {
                found.append(path)
            }
        }
        return found
    }
}
