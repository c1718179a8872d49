import Foundation

/// A `String` hashed and compared by its UTF-8 bytes, for dictionaries and sets over many Chinese texts.
///
/// `String` hashes and compares by canonical equivalence, normalising non-ASCII text on every call:
/// grouping a million facts by county and object that way was a fifth of a report's time. Stored
/// texts come from one normaliser, so equal texts have equal bytes.
///
///     let byCounty = Dictionary(grouping: facts, by: { UTF8Key($0.county) })
struct UTF8Key: Hashable, Sendable {
    let text: String

    init(_ text: String) { self.text = text }

    func hash(into hasher: inout Hasher) {
        var text = text  // withUTF8 is mutating (it may make a bridged string contiguous); native ones are not copied
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }

    static func == (lhs: UTF8Key, rhs: UTF8Key) -> Bool {
        var left = lhs.text, right = rhs.text
        return left.withUTF8 { leftBytes in
            right.withUTF8 { rightBytes in
                leftBytes.count == rightBytes.count
                    && (leftBytes.isEmpty || memcmp(leftBytes.baseAddress!, rightBytes.baseAddress!, leftBytes.count) == 0)
            }
        }
    }
}
