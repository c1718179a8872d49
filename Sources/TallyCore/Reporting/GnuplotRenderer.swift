import Foundation

/// Runs gnuplot on a generated script, when gnuplot is installed.
///
///     if let renderer = GnuplotRenderer.installed() { try renderer.render(script: url) }
public struct GnuplotRenderer: Sendable {
    public var executable: URL
    /// `setpriv` (util-linux), which starts gnuplot with a parent-death signal: gnuplot is killed when Tally
    /// dies, even by `kill -9`, instead of writing on into a staging folder nobody will use. Foundation starts
    /// children with posix_spawn, which cannot set that signal itself. Nil where there is no setpriv (macOS).
    public var setpriv: URL?

    public init(executable: URL, setpriv: URL? = nil) {
        self.executable = executable
        self.setpriv = setpriv
    }

    /// gnuplot found on `PATH` (with `setpriv` when there is one), or nil.
    public static func installed(environment: [String: String] = ProcessInfo.processInfo.environment) -> GnuplotRenderer? {
        let folders = (environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":")
        func find(_ name: String) -> URL? {
            folders.lazy.map { URL(fileURLWithPath: String($0)).appendingPathComponent(name) }
                .first { FileManager.default.isExecutableFile(atPath: $0.path) }
        }
        return find("gnuplot").map { GnuplotRenderer(executable: $0, setpriv: find("setpriv")) }
    }

    /// Renders scripts in the background as they are handed over, while the caller goes on writing
    /// pages (gnuplot starts in a tenth of a second and a report has a dozen charts); ``finish()``
    /// waits for all of them and throws the first failure in the order they were started.
    ///
    ///     let batch = GnuplotRenderer.Batch(renderer)
    ///     batch.start(script: url)
    ///     try batch.finish()
    public final class Batch: @unchecked Sendable {
        private let renderer: GnuplotRenderer
        private let group = DispatchGroup()
        // Guarded by `lock`: renders finish on other threads.
        private let lock = NSLock()
        private var started = 0
        private var failures: [(order: Int, error: ReportError)] = []

        public init(_ renderer: GnuplotRenderer) { self.renderer = renderer }

        public func start(script: URL) {
            let order = lock.withLock {
                started += 1
                return started
            }
            DispatchQueue.global().async(group: group) {
                do throws(ReportError) {
                    try self.renderer.render(script: script)
                } catch {
                    self.lock.withLock { self.failures.append((order, error)) }
                }
            }
        }

        public func finish() throws(ReportError) {
            group.wait()
            if let first = lock.withLock({ failures.min { $0.order < $1.order } }) { throw first.error }
        }
    }

    /// Runs the script from its own folder, so its output lands next to it.
    ///
    /// The parent-death signal goes out when the thread that started gnuplot ends, so this thread waits for
    /// gnuplot to exit before it returns.
    public func render(script: URL) throws(ReportError) {
        let process = Process()
        if let setpriv {
            process.executableURL = setpriv
            process.arguments = ["--pdeathsig", "KILL", "--", executable.path, script.lastPathComponent]
        } else {
            process.executableURL = executable
            process.arguments = [script.lastPathComponent]
        }
        process.currentDirectoryURL = script.deletingLastPathComponent()
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        do { try process.run() } catch {
            throw .gnuplotFailed(script: script.path, status: -1, message: "\(error)")
        }
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        if process.terminationStatus != 0 {
            throw .gnuplotFailed(script: script.path, status: process.terminationStatus, message: message)
        }
    }

}
