import Foundation

/// Runs gnuplot on a generated script, when gnuplot is installed.
///
///     if let renderer = GnuplotRenderer.installed() { try renderer.render(script: url) }
public struct GnuplotRenderer: Sendable {
    public var executable: URL

    public init(executable: URL) {
        self.executable = executable
    }

    /// gnuplot found on `PATH`, or nil.
    public static func installed(environment: [String: String] = ProcessInfo.processInfo.environment) -> GnuplotRenderer? {
        let folders = (environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":")
        for folder in folders {
            let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent("gnuplot")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return GnuplotRenderer(executable: candidate) }
        }
        return nil
    }

    /// Renders several scripts, as many at once as there are cores (gnuplot starts in a tenth of a
    /// second and a report has a dozen charts); the first failure in `scripts` order is thrown.
    public func render(scripts: [URL]) throws(ReportError) {
        let failures = ConcurrentSlots<ReportError>(count: scripts.count)
        DispatchQueue.concurrentPerform(iterations: scripts.count) { index in
            do throws(ReportError) { try render(script: scripts[index]) } catch { failures.set(index, error) }
        }
        if let failure = failures.values.first { throw failure }
    }

    /// Runs the script from its own folder, so its output lands next to it.
    public func render(script: URL) throws(ReportError) {
        let process = Process()
        process.executableURL = executable
        process.arguments = [script.lastPathComponent]
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
