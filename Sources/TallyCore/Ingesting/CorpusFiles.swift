import Foundation

/// The page files named by `tally ingest`'s arguments, sorted by path, each with its manifest entry.
///
/// Folders are searched recursively for page files (``Ingestor/pageExtensions``: text, PDF, HTML); hidden files and folders and
/// `manifest.tsv` are skipped. Each folder's `manifest.tsv` applies to the files directly in it.
/// Only paths are held, never contents, so the list stays small for any corpus.
///
/// Paths are canonical (``canonical(_:)-(BytePath)``): `seeds`, `./seeds` and `/abs/seeds` name one document
/// each page, whichever spelling the command line used. Folders are listed and files opened by their bytes
/// (``BytePath``), so names that are not UTF-8 (GBK names from a Windows archive) are read too, and stored
/// with those bytes written as `\xD5`.
///
///     CorpusFiles(paths: [BytePath("seeds")]).files.map(\.path) // ["seeds/000_….txt", …]
struct CorpusFiles {
    struct File: Sendable {
        /// The path as stored and shown (``BytePath/text``).
        var path: String
        /// The path as the file system has it: what the file is opened by.
        var location: BytePath
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

    init(paths: [BytePath]) {
        // Canonical page paths, by the text they are stored under.
        var pagePaths: [String: BytePath] = [:]
        func add(_ page: BytePath) {
            let canonical = CorpusFiles.canonical(page)
            pagePaths[canonical.text] = canonical
        }
        for argument in paths {
            roots.append(CorpusFiles.canonical(argument).text)
            guard let status = argument.status() else {
                missing.append(.init(path: argument.text, reason: "no such file or folder"))
                continue
            }
            if status.kind == .folder {
                var visited = Set<BytePath>()
                pages(under: argument, visited: &visited).forEach(add)
            } else {
                add(argument)
            }
        }
        var manifests: [String: Manifest?] = [:]
        for (path, location) in pagePaths.sorted(by: { $0.key < $1.key }) {
            let folder = location.parent
            if manifests[folder.text] == nil {
                let names = Set((folder.folderEntries() ?? []).map(BytePath.escaped))
                let manifest = Manifest.load(folder: folder, filesInFolder: names)
                manifests[folder.text] = .some(manifest)
                warnings += manifest?.warnings ?? []
            }
            let entry = manifests[folder.text]??.entries[BytePath.escaped(location.name)]
            files.append(File(path: path, location: location, manifestEntry: entry, byteCount: location.status()?.byteCount ?? 0))
        }
    }

    /// One spelling of a file's path: `.` and `..` and symbolic links resolved, and relative to the
    /// working folder when the file lies below it (as `seeds/000_….txt`), else absolute.
    static func canonical(_ path: String) -> String {
        canonical(BytePath(path)).text
    }

    /// ``canonical(_:)-(String)`` of a path's bytes; a path naming nothing is only tidied (`.` and `..`).
    static func canonical(_ path: BytePath) -> BytePath {
        let absolute = path.resolved() ?? BytePath(URL(fileURLWithPath: path.text).standardizedFileURL.resolvingSymlinksInPath().path)
        let base = (BytePath(".").resolved()?.bytes ?? []) + [UInt8(ascii: "/")]
        return absolute.bytes.starts(with: base) ? BytePath(bytes: Array(absolute.bytes.dropFirst(base.count))) : absolute
    }

    /// Page files under `folder`, as `folder/relative/path`. Links to pages and to folders are followed
    /// (a folder reached twice, as by a link loop, is read once); a folder that cannot be read is
    /// reported in ``missing``, never skipped in silence.
    private mutating func pages(under folder: BytePath, visited: inout Set<BytePath>) -> [BytePath] {
        guard visited.insert(CorpusFiles.canonical(folder)).inserted else { return [] }
        guard let entries = folder.folderEntries() else {
            missing.append(.init(path: folder.text, reason: "cannot read the folder"))
            return []
        }
        var found: [BytePath] = []
        for entry in entries where entry.first != UInt8(ascii: ".") {
            let path = folder.appending(entry)
            let name = BytePath.escaped(entry)
            // status() follows links: a link to a page or a folder counts as what it points to.
            guard let status = path.status() else {
                missing.append(.init(path: path.text, reason: "a link to nothing"))
                continue
            }
            if status.kind == .folder {
                found += pages(under: path, visited: &visited)
            } else if Ingestor.pageExtensions.contains((name as NSString).pathExtension.lowercased()),
                      status.kind == .regularFile {
                found.append(path)
            }
        }
        return found
    }
}
