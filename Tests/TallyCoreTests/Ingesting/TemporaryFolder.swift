import Foundation

/// A fresh folder under the system temporary directory, removed when the value is released.
///
///     let folder = try TemporaryFolder(); try folder.write("page", to: "a.txt")
final class TemporaryFolder {
    let path: String

    init() throws {
        path = (NSTemporaryDirectory() as NSString).appendingPathComponent("tally-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    /// The absolute path of `relative` inside the folder.
    func file(_ relative: String) -> String { (path as NSString).appendingPathComponent(relative) }

    /// Writes `contents` to `relative`, creating subfolders.
    @discardableResult
    func write(_ contents: String, to relative: String) throws -> String {
        try write(Data(contents.utf8), to: relative)
    }

    @discardableResult
    func write(_ data: Data, to relative: String) throws -> String {
        let target = file(relative)
        try FileManager.default.createDirectory(atPath: (target as NSString).deletingLastPathComponent,
                                                withIntermediateDirectories: true)
        try data.write(to: URL(fileURLWithPath: target))
        return target
    }
}
