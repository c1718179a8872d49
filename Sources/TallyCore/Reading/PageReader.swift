import Foundation

// PLACEHOLDER (interface only): the reading helper replaces this file.

/// The text of a page file and the encoding it was decoded from.
public struct DecodedPage: Sendable {
    public var text: String
    /// `utf-8` or `gb18030`.
    public var encoding: String
    public init(text: String, encoding: String) {
        self.text = text
        self.encoding = encoding
    }
}

/// Why a page file could not be read. Every case names the file.
public enum PageReadError: Error, Sendable, Equatable {
    case empty(path: String)
    case binary(path: String, reason: String)
    case undecodable(path: String, byteOffset: Int)
}

/// Decodes page files: UTF-8 (BOM or not, CRLF or LF) or GB18030/GBK.
public enum PageReader {
    public static func decode(_ data: Data, path: String) throws(PageReadError) -> DecodedPage {
        guard !data.isEmpty else { throw .empty(path: path) }
        guard let text = String(data: data, encoding: .utf8) else { throw .undecodable(path: path, byteOffset: 0) }
        return DecodedPage(text: text, encoding: "utf-8")
    }
}
