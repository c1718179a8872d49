import Foundation

/// The folder inside a report's output folder where a run writes and renders everything before moving it
/// into place: `OUT/.tally-staging-PID`, named after the process that owns it.
///
/// A run killed with `kill -9` cannot remove its staging folder; the next run removes every staging folder
/// whose process is gone, and leaves those of runs still writing.
///
///     let staging = try StagingFolder(in: outputFolder)   // OUT/.tally-staging-4242, stale ones removed
///     defer { staging.remove() }
struct StagingFolder {
    static let prefix = ".tally-staging-"

    let url: URL

    /// Removes stale staging folders in `directory`, then makes this process's one, empty.
    init(in directory: URL) throws(ReportError) {
        let pid = ProcessInfo.processInfo.processIdentifier
        url = directory.appendingPathComponent(Self.prefix + String(pid))
        let fileManager = FileManager.default
        for name in (try? fileManager.contentsOfDirectory(atPath: directory.path)) ?? [] {
            guard name.hasPrefix(Self.prefix), let owner = pid_t(name.dropFirst(Self.prefix.count)),
                  owner == pid || !Self.isRunning(owner) else { continue }
            // removeItem removes a link itself, never what it points to.
            do { try fileManager.removeItem(at: directory.appendingPathComponent(name)) } catch {
                throw .cannotWrite(path: directory.appendingPathComponent(name).path, reason: "\(error)")
            }
        }
        do { try fileManager.createDirectory(at: url, withIntermediateDirectories: true) } catch {
            throw .cannotWrite(path: url.path, reason: "\(error)")
        }
    }

    func remove() { try? FileManager.default.removeItem(at: url) }

    /// True while process `pid` exists (EPERM: it exists but belongs to someone else).
    private static func isRunning(_ pid: pid_t) -> Bool {
        pid > 0 && (kill(pid, 0) == 0 || errno == EPERM)
    }
}
