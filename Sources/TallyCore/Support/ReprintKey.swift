/// A 64-bit FNV-1a hash of a text's UTF-8 bytes with every White_Space scalar left out: two
/// printings of one article (wrapped differently, on a county and the city site) get the same key.
///
/// Only compared for equality in SQL (`articles.body_hash`), so 64 bits are plenty (a collision among a
/// million articles has odds of about 3·10⁻⁸); SHA-256 here cost a quarter of ingest's CPU time.
/// One pass over the bytes, no copy.
///
///     ReprintKey.hex(of: "党员 干部\n") == ReprintKey.hex(of: "党员干部") // true
public enum ReprintKey {
    /// The key as 16 lowercase hex digits.
    public static func hex(of text: String) -> String {
        let value = hash(of: text)
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    public static func hash(of text: String) -> UInt64 {
        var text = text
        return text.withUTF8 { hash(utf8: $0) }
    }

    private static func hash(utf8 bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var index = 0
        let count = bytes.count
        while index < count {
            let skip = whitespaceLength(bytes, at: index)
            if skip > 0 {
                index += skip
                continue
            }
            hash = (hash ^ UInt64(bytes[index])) &* 0x0000_0100_0000_01b3
            index += 1
        }
        return hash
    }

    /// The UTF-8 length of the White_Space scalar at `index`, or 0 when there is none:
    /// U+0009–000D, 0020, 0085, 00A0, 1680, 2000–200A, 2028, 2029, 202F, 205F, 3000.
    @inline(__always)
    private static func whitespaceLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let lead = bytes[index]
        if lead < 0x80 { return (lead >= 0x09 && lead <= 0x0D) || lead == 0x20 ? 1 : 0 }
        let remaining = bytes.count - index
        switch lead {
        case 0xC2:
            guard remaining >= 2 else { return 0 }
            return bytes[index + 1] == 0x85 || bytes[index + 1] == 0xA0 ? 2 : 0
        case 0xE1:
            guard remaining >= 3 else { return 0 }
            return bytes[index + 1] == 0x9A && bytes[index + 2] == 0x80 ? 3 : 0
        case 0xE2:
            guard remaining >= 3 else { return 0 }
            let second = bytes[index + 1], third = bytes[index + 2]
            if second == 0x80 {
                return (third >= 0x80 && third <= 0x8A) || third == 0xA8 || third == 0xA9 || third == 0xAF ? 3 : 0
            }
            return second == 0x81 && third == 0x9F ? 3 : 0
        case 0xE3:
            guard remaining >= 3 else { return 0 }
            return bytes[index + 1] == 0x80 && bytes[index + 2] == 0x80 ? 3 : 0
        default:
            return 0
        }
    }
}
