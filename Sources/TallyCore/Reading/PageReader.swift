import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The text of a page file, the encoding it was decoded from, its format, and the day the page itself
/// prints (masthead, date line, e-paper meta tag) when it shows one.
public struct DecodedPage: Sendable {
    public var text: String
    /// `utf-8` or `gb18030` (a PDF's text layer is `utf-8`).
    public var encoding: String
    public var format: PageFormat
    /// The page's own date (``PageDateLine``, or an HTML date `<meta>`), nil when it shows none.
    public var pageDay: CalendarDay?
    public init(text: String, encoding: String, format: PageFormat = .text, pageDay: CalendarDay? = nil) {
        self.text = text
        self.encoding = encoding
        self.format = format
        self.pageDay = pageDay
    }
}

/// Decodes page files: UTF-8 (BOM or not, CRLF or LF) or GB18030/GBK, always returning LF text.
///
/// Scrapes arrive in both encodings; binary files (PDFs, images) saved with a `.txt`
/// name are refused with a typed error rather than read as garbage.
///
///     let page = try PageReader.decode(Data(contentsOf: url), path: url.path)
///
/// ``read(_:path:)`` is the entry for any page file: it hands PDFs and HTML pages to their readers.
public enum PageReader {
    /// Magic numbers of binary formats that end up in scrape folders.
    private static let binarySignatures: [(bytes: [UInt8], name: String)] = [
        (Array("%PDF".utf8), "PDF header"),
        ([0x89, 0x50, 0x4E, 0x47], "PNG header"),
        ([0x50, 0x4B, 0x03, 0x04], "ZIP header"),
        (Array("GIF8".utf8), "GIF header"),
        ([0xFF, 0xD8, 0xFF], "JPEG header"),
    ]

    /// Reads a page file of any ``PageFormat`` (chosen by `path`'s extension) into page text.
    ///
    ///     let page = try PageReader.read(Data(contentsOf: url), path: "archive/jnrb20250312_06.pdf")
    public static func read(_ data: Data, path: String) throws(PageReadError) -> DecodedPage {
        switch PageFormat(path: path) {
        case .pdf:
            return try PDFTextReader.read(data, path: path)
        case .html:
            return try HTMLPageReader.read(data, path: path)
        case .text:
            var page = try decode(data, path: path)
            if let dated = PageDateLine.taken(from: page.text) {
                page.text = dated.text
                page.pageDay = dated.day
            }
            return page
        }
    }

    /// Decodes a text page (UTF-8 or GB18030).
    public static func decode(_ data: Data, path: String) throws(PageReadError) -> DecodedPage {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        guard !bytes.isEmpty else { throw .empty(path: path) }
        if let reason = binaryEvidence(in: bytes) { throw .binary(path: path, reason: reason) }

        // The standard library's validation decides; the offset is only looked for on failure,
        // which saves a pass over every valid page.
        if let text = String(validating: unifyLineEnds(bytes), as: UTF8.self) {
            return DecodedPage(text: text, encoding: "utf-8")
        }
        guard let text = decodeGB18030(bytes), isPlausibleChinese(text) else {
            // Both checks follow the Unicode rules for well-formed UTF-8, so an offset is found.
            let badOffset = firstInvalidUTF8Offset(in: bytes) ?? 0
            let bomLength = data.count - bytes.count
            let line = 1 + bytes[..<badOffset].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
            throw .undecodable(path: path, byteOffset: badOffset + bomLength, line: line)
        }
        return DecodedPage(text: text, encoding: "gb18030")
    }

    /// Why `bytes` look binary, or nil: a known magic number, a NUL byte, or more than
    /// 1 % control characters (text pages only use tab, LF, CR and form feed).
    private static func binaryEvidence(in bytes: [UInt8]) -> String? {
        for signature in binarySignatures where bytes.starts(with: signature.bytes) { return signature.name }
        var controls = 0
        for byte in bytes where byte < 0x20 {
            if byte == 0 { return "NUL byte" }
            if byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C { controls += 1 }
        }
        return controls * 100 > bytes.count ? "\(controls) control characters" : nil
    }

    /// The offset of the first byte that breaks UTF-8, or nil when all of `bytes` is valid.
    static func firstInvalidUTF8Offset(in bytes: [UInt8]) -> Int? {
        var index = 0
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 { index += 1; continue }
            let length: Int
            var low: UInt8 = 0x80, high: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; low = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; high = 0x9F
            case 0xF0: length = 4; low = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; high = 0x8F
            default: return index
            }
            guard index + length <= count else { return index }
            let second = bytes[index + 1]
            guard second >= low && second <= high else { return index }
            for offset in 2..<max(2, length) where bytes[index + offset] & 0xC0 != 0x80 { return index }
            index += length
        }
        return nil
    }

    /// CRLF and lone CR become LF.
    private static func unifyLineEnds(_ bytes: [UInt8]) -> [UInt8] {
        // memchr (vectorised) rather than `contains` (a byte at a time): most pages have no CR.
        let hasCR = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.map { memchr($0, 0x0D, buffer.count) != nil } ?? false
        }
        guard hasCR else { return bytes }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0D {
                out.append(0x0A)
                if index + 1 < bytes.count && bytes[index + 1] == 0x0A { index += 1 }
            } else {
                out.append(byte)
            }
            index += 1
        }
        return out
    }

    /// GB18030 → UTF-8 through glibc iconv (Foundation on Linux lacks the encoding); nil when
    /// the bytes are not valid GB18030.
    private static func decodeGB18030(_ bytes: [UInt8]) -> String? {
        let converter = iconv_open("UTF-8", "GB18030")
        guard converter != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(converter) }
        var input = bytes
        var output = [UInt8](repeating: 0, count: bytes.count * 2 + 16)
        let converted: Int? = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBuffer.baseAddress!).assumingMemoryBound(to: CChar.self)
                var inLeft = inBuffer.count
                var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuffer.baseAddress!).assumingMemoryBound(to: CChar.self)
                var outLeft = outBuffer.count
                let result = iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
                guard result != -1, inLeft == 0 else { return nil }
                return outBuffer.count - outLeft
            }
        }
        guard let length = converted else { return nil }
        return String(decoding: unifyLineEnds(Array(output[..<length])), as: UTF8.self)
    }

    /// A GB18030 reading is accepted only when most non-ASCII scalars are CJK ideographs or
    /// CJK punctuation: random bytes often decode as GB18030 but give rare symbols.
    private static func isPlausibleChinese(_ text: String) -> Bool {
        var nonASCII = 0, chinese = 0
        for scalar in text.unicodeScalars where scalar.value >= 0x80 {
            nonASCII += 1
            switch scalar.value {
            case 0x4E00...0x9FFF, 0x3000...0x303F, 0xFF00...0xFFEF, 0x2010...0x201F: chinese += 1
            default: break
            }
        }
        return nonASCII > 0 && chinese * 10 >= nonASCII * 8
    }
}
