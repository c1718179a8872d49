import Foundation

/// A path as the file system holds it: bytes, which need not be UTF-8. Pages from a Windows archive
/// often have GBK-encoded Chinese names, which Foundation's file calls cannot name, so ingest lists
/// folders, resolves links and reads files through these bytes.
///
/// ``text`` is the path as Tally stores and shows it: UTF-8 as it is, any other byte as `\xD5`.
///
///     let page = BytePath(bytes: Array("pages/".utf8) + [0xD5, 0xC5] + Array(".txt".utf8))
///     page.text        // "pages/\xD5\xC5.txt"
///     page.contents()  // the file's bytes, or nil
public struct BytePath: Sendable, Hashable {
    /// The path's bytes, without a terminating NUL.
    public var bytes: [UInt8]

    public init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// The path spelled by `text` in UTF-8.
    public init(_ text: String) {
        bytes = Array(text.utf8)
    }

    /// The path as stored and shown: bytes that are not UTF-8 written as `\xNN`.
    public var text: String { Self.escaped(bytes) }

    /// `bytes` as text, each byte of a sequence that is not UTF-8 written as `\xNN`.
    static func escaped(_ bytes: [UInt8]) -> String {
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        var text = ""
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                text.unicodeScalars.append(Unicode.UTF8.decode(encoded))
                offset += encoded.count
            case .error(let length):
                for byte in bytes[offset..<offset + length] {
                    let hex = String(byte, radix: 16, uppercase: true)
                    text += "\\x" + (hex.count < 2 ? "0" : "") + hex
                }
                offset += length
            case .emptyInput:
                return text
            }
        }
    }

    /// This path followed by `/` and `name`.
    func appending(_ name: [UInt8]) -> BytePath {
        BytePath(bytes: bytes.last == UInt8(ascii: "/") ? bytes + name : bytes + [UInt8(ascii: "/")] + name)
    }

    /// The folder holding this path (`.` for a bare name).
    var parent: BytePath {
        guard let slash = bytes.lastIndex(of: UInt8(ascii: "/")) else { return BytePath(".") }
        return BytePath(bytes: slash == 0 ? [UInt8(ascii: "/")] : Array(bytes[..<slash]))
    }

    /// The last component's bytes.
    var name: [UInt8] {
        bytes.lastIndex(of: UInt8(ascii: "/")).map { Array(bytes[($0 + 1)...]) } ?? bytes
    }

    /// What a path names, links followed.
    enum Kind { case folder, regularFile, other }

    /// The kind and size of what the path names, links followed; nil when it names nothing (or a link to nothing).
    func status() -> (kind: Kind, byteCount: Int)? {
        var info = stat()
        guard withCString({ stat($0, &info) }) == 0 else { return nil }
        let kind: Kind = switch info.st_mode & S_IFMT {
        case S_IFDIR: .folder
        case S_IFREG: .regularFile
        default: .other
        }
        return (kind, Int(info.st_size))
    }

    /// The names in this folder (without `.` and `..`), or nil when it cannot be read.
    func folderEntries() -> [[UInt8]]? {
        guard let folder = withCString({ opendir($0) }) else { return nil }
        defer { closedir(folder) }
        var names: [[UInt8]] = []
        while let entry = readdir(folder) {
            let name = withUnsafeBytes(of: &entry.pointee.d_name) { raw in Array(raw.prefix { $0 != 0 }) }
            if name != [UInt8(ascii: ".")] && name != [UInt8(ascii: "."), UInt8(ascii: ".")] { names.append(name) }
        }
        return names
    }

    /// The absolute path with `.`, `..` and every link resolved (`realpath`), or nil when it names nothing.
    func resolved() -> BytePath? {
        guard let real = withCString({ realpath($0, nil) }) else { return nil }
        defer { free(real) }
        return BytePath(bytes: Array(UnsafeBufferPointer(start: real, count: strlen(real))).map { UInt8(bitPattern: $0) })
    }

    /// The file's bytes, or why they cannot be read.
    func contents() -> Result<Data, POSIXError> {
        let descriptor = withCString { open($0, O_RDONLY | O_CLOEXEC) }
        guard descriptor >= 0 else { return .failure(POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)) }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        do { return .success(try handle.readToEnd() ?? Data()) } catch {
            return .failure((error as? POSIXError) ?? POSIXError(.EIO))
        }
    }

    private func withCString<Result>(_ body: (UnsafePointer<CChar>) throws -> Result) rethrows -> Result {
        try (bytes + [0]).withUnsafeBufferPointer { buffer in
            try buffer.withMemoryRebound(to: CChar.self) { try body($0.baseAddress!) }
        }
    }
}
