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
            let n = bytes.count
            return [Unicode.Scalar](unsafeUninitializedCapacity: n) { buffer, written in
                var i = 0, count = 0
                // String storage is valid UTF-8: lead bytes say how many continuation bytes follow,
                // and every value decoded is a scalar, so it is stored without the validity check.
                while i < n {
                    let b0 = UInt32(bytes[i])
                    var value = b0
                    if b0 < 0x80 {
                        i += 1
                    } else if b0 >= 0xF0, i + 3 < n {
                        value = (b0 & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6
                            | UInt32(bytes[i + 3] & 0x3F)
                        i += 4
                    } else if b0 >= 0xE0, i + 2 < n {
                        value = (b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
                        i += 3
                    } else if b0 >= 0xC0, i + 1 < n {
                        value = (b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
                        i += 2
                    } else {
                        i += 1
                    }
                    buffer[count] = unsafeBitCast(value, to: Unicode.Scalar.self)
                    count += 1
                }
                written = count
            }
        }
    }

    /// The number of scalars of `string`: its UTF-8 bytes that are not continuation bytes.
    static func count(of string: String) -> Int {
        var copy = string
        return copy.withUTF8 { bytes in
            var count = 0
            for byte in bytes where byte & 0xC0 != 0x80 { count += 1 }
            return count
        }
    }

    static func string<S: Sequence>(_ scalars: S) -> String where S.Element == Unicode.Scalar {
        if let text = scalars.withContiguousStorageIfAvailable(string(of:)) { return text }
        return Array(scalars).withUnsafeBufferPointer(string(of:))
    }

    /// Encodes straight into the string's storage, sized exactly: appending to a `[UInt8]` first
    /// cost a capacity check per byte and a second copy.
    private static func string(of scalars: UnsafeBufferPointer<Unicode.Scalar>) -> String {
        var length = 0
        for s in scalars {
            let v = s.value
            length += v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x10000 ? 3 : 4
        }
        guard length > 0 else { return "" }
        return String(unsafeUninitializedCapacity: length) { bytes in
            var i = 0
            for s in scalars {
                let v = s.value
                if v < 0x80 {
                    bytes[i] = UInt8(v)
                    i += 1
                } else if v < 0x800 {
                    bytes[i] = UInt8(0xC0 | v >> 6)
                    bytes[i + 1] = UInt8(0x80 | v & 0x3F)
                    i += 2
                } else if v < 0x10000 {
                    bytes[i] = UInt8(0xE0 | v >> 12)
                    bytes[i + 1] = UInt8(0x80 | v >> 6 & 0x3F)
                    bytes[i + 2] = UInt8(0x80 | v & 0x3F)
                    i += 3
                } else {
                    bytes[i] = UInt8(0xF0 | v >> 18)
                    bytes[i + 1] = UInt8(0x80 | v >> 12 & 0x3F)
                    bytes[i + 2] = UInt8(0x80 | v >> 6 & 0x3F)
                    bytes[i + 3] = UInt8(0x80 | v & 0x3F)
                    i += 4
                }
            }
            return i
        }
    }
}
