import Foundation
import TallyCore

/// Path arguments as the bytes the shell passed. Swift decodes the command line as UTF-8 and replaces
/// what is not (a GBK file name from a Windows archive) with U+FFFD, which names no file; such an
/// argument is taken from the raw `argv` instead.
///
///     try ingestor.ingest(paths: PathArguments.bytes(of: paths))
enum PathArguments {
    static func bytes(of paths: [String]) -> [BytePath] {
        let undecodable = (0..<Int(CommandLine.argc)).compactMap { CommandLine.unsafeArgv[$0] }
            .map { argument in Array(UnsafeBufferPointer(start: argument, count: strlen(argument))).map { UInt8(bitPattern: $0) } }
            .filter { String(validating: $0, as: UTF8.self) == nil }
        return paths.map { path in
            guard path.unicodeScalars.contains("\u{FFFD}"),
                  let bytes = undecodable.first(where: { String(decoding: $0, as: UTF8.self) == path })
            else { return BytePath(path) }
            return BytePath(bytes: bytes)
        }
    }
}
