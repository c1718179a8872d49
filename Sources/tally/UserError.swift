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
    static func print(_ text: String, terminator: String = "\n") {
        FileHandle.standardError.write(Data((text + terminator).utf8))
    }

    static var isTerminal: Bool { isatty(FileHandle.standardError.fileDescriptor) != 0 }
}
