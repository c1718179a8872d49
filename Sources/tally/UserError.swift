import ArgumentParser
import Foundation

/// Prints `error: message` on stderr (no stack trace) and returns the exit status to throw.
///
///     throw UserError.exit("no fact with id 12")
enum UserError {
    static func exit(_ message: String, status: Int32 = 1) -> ExitCode {
        Stderr.print("error: " + message)
        return ExitCode(status)
    }
}

/// Diagnostics and progress go to stderr so stdout stays clean for TSV, CSV and JSON.
enum Stderr {
    /// Writes `text` with control characters escaped (``TerminalText``): it often holds file names.
    /// `prefix` is written as it is (the `\r` that redraws a progress line).
    static func print(_ text: String, terminator: String = "\n", prefix: String = "") {
        FileHandle.standardError.write(Data((prefix + TerminalText.safe(text) + terminator).utf8))
    }

    static var isTerminal: Bool { isatty(FileHandle.standardError.fileDescriptor) != 0 }
}
