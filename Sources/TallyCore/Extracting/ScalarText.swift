/// Fast conversions between `String` and arrays of scalars, the extractor's working form.
///
///     let scalars = ScalarText.scalars(of: "近3万人次")
///     ScalarText.string(scalars[1...]) // "3万人次"
///
/// `Array(string.unicodeScalars)` counts the view before copying it and appending scalars to a
/// `String` one by one re-validates each; decoding and encoding UTF-8 by hand is several
/// times faster on the hot path of a 50 MB page.
enum ScalarText {
    static func scalars(of string: String) -> [Unicode.Scalar] {
        var copy = string
        return copy.withUTF8 { bytes in
            var out: [Unicode.Scalar] = []
            out.reserveCapacity(bytes.count)
            var i = 0
            let n = bytes.count
            while i < n {
                let b0 = UInt32(bytes[i])
                var value: UInt32
                var length: Int
                if b0 < 0x80 {
                    value = b0; length = 1
                } else if b0 < 0xE0 {
                    value = b0 & 0x1F; length = 2
                } else if b0 < 0xF0 {
                    value = b0 & 0x0F; length = 3
                } else {
                    value = b0 & 0x07; length = 4
                }
                // String storage is valid UTF-8, so continuation bytes are present.
                var k = 1
                while k < length, i + k < n {
                    value = value << 6 | UInt32(bytes[i + k] & 0x3F)
                    k += 1
                }
                out.append(Unicode.Scalar(value) ?? "\u{FFFD}")
                i += length
            }
            return out
        }
    }

    static func string<S: Sequence>(_ scalars: S) -> String where S.Element == Unicode.Scalar {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.underestimatedCount * 3)
        for s in scalars {
            let v = s.value
            if v < 0x80 {
                bytes.append(UInt8(v))
            } else if v < 0x800 {
                bytes.append(UInt8(0xC0 | v >> 6))
                bytes.append(UInt8(0x80 | v & 0x3F))
            } else if v < 0x10000 {
                bytes.append(UInt8(0xE0 | v >> 12))
                bytes.append(UInt8(0x80 | v >> 6 & 0x3F))
                bytes.append(UInt8(0x80 | v & 0x3F))
            } else {
                bytes.append(UInt8(0xF0 | v >> 18))
                bytes.append(UInt8(0x80 | v >> 12 & 0x3F))
                bytes.append(UInt8(0x80 | v >> 6 & 0x3F))
                bytes.append(UInt8(0x80 | v & 0x3F))
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
