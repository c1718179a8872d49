import Foundation
import Testing

/// A `tally ingest` child process: run to the end, or killed with SIGKILL after a delay.
///
///     let run = try IngestProcess.run(["corpus", "--db", "t.sqlite"], in: folder.path, killAfter: .milliseconds(200))
struct IngestProcess {
    struct Outcome {
        var status: Int32
        var stderr: String
        /// SIGKILL arrived before the process exited by itself.
        var wasKilled: Bool
    }

    private let process: Process
    private let stderrFile: URL

    /// Starts `tally ingest ARGUMENTS` in `folder`; stdout is discarded, stderr kept for ``wait()``.
    static func start(_ arguments: [String], in folder: String) throws -> IngestProcess {
        let process = Process()
        // Callers are enabled only when the executable exists; without it `run()` throws.
        process.executableURL = TallyEndToEndTests.executable
        process.arguments = ["ingest"] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        let stderrFile = URL(fileURLWithPath: folder).appendingPathComponent("stderr-\(UUID().uuidString).txt")
        _ = FileManager.default.createFile(atPath: stderrFile.path, contents: nil)
        process.standardOutput = FileHandle.nullDevice
        process.standardError = try FileHandle(forWritingTo: stderrFile)
        try process.run()
        return IngestProcess(process: process, stderrFile: stderrFile)
    }

    static func run(_ arguments: [String], in folder: String, killAfter delay: Duration? = nil) throws -> Outcome {
        let child = try start(arguments, in: folder)
        guard let delay else { return child.wait() }
        Thread.sleep(forTimeInterval: Double(delay.components.seconds) + Double(delay.components.attoseconds) / 1e18)
        let wasRunning = child.process.isRunning
        if wasRunning { kill(child.process.processIdentifier, SIGKILL) }
        var outcome = child.wait()
        outcome.wasKilled = wasRunning && child.process.terminationReason == .uncaughtSignal
        return outcome
    }

    func wait() -> Outcome {
        process.waitUntilExit()
        let stderr = (try? String(contentsOf: stderrFile, encoding: .utf8)) ?? ""
        return Outcome(status: process.terminationStatus, stderr: stderr, wasKilled: false)
    }
}
