import Foundation

/// Decodes each distinct UTF-8 text once and hands out the same `String` for it afterwards.
///
/// A million-fact read names a few thousand objects and fourteen counties: decoding (and
/// allocating) every column of every row cost more than SQLite's own walk over the rows, and the
/// interned copies also share their storage, which keeps a large report's memory down.
///
/// One interner a column: then ``string(_:)``'s check against the text it returned last hits most rows.
///
///     var interner = TextInterner()
///     let county = interner.string(UnsafeRawBufferPointer(start: text, count: length))
struct TextInterner {
    /// The bytes of every distinct text, back to back; `spans[i]` locates text `i`.
    private var storage: [UInt8] = []
    private var spans: [Range<Int>] = []
    private var strings: [String] = []
    /// Open addressing: each slot holds a text index + 1, or 0 when empty. Kept at most half full.
    private var slots = [Int](repeating: 0, count: 64)

    /// The text returned last: rows repeat their neighbours' county, unit and theme, and one
    /// comparison is cheaper than a hash.
    private var last = -1

    /// The string for `bytes` (invalid UTF-8 repaired with U+FFFD, as `String(decoding:as:)` does).
    mutating func string(_ bytes: UnsafeRawBufferPointer) -> String {
        if last >= 0, holds(last, bytes) { return strings[last] }
        let hash = Self.hash(bytes)
        var slot = hash & (slots.count - 1)
        while slots[slot] != 0 {
            let index = slots[slot] - 1
            if holds(index, bytes) {
                last = index
                return strings[index]
            }
            slot = (slot + 1) & (slots.count - 1)
        }
        let start = storage.count
        storage.append(contentsOf: bytes)
        spans.append(start..<storage.count)
        strings.append(String(decoding: bytes, as: UTF8.self))
        slots[slot] = strings.count
        last = strings.count - 1
        if strings.count * 2 > slots.count { grow() }
        return strings[last]
    }

    private func holds(_ index: Int, _ bytes: UnsafeRawBufferPointer) -> Bool {
        let span = spans[index]
        guard span.count == bytes.count else { return false }
        return span.isEmpty || storage.withUnsafeBytes { memcmp($0.baseAddress! + span.lowerBound, bytes.baseAddress!, span.count) == 0 }
    }

    private mutating func grow() {
        slots = [Int](repeating: 0, count: slots.count * 2)
        for index in spans.indices {
            var slot = storage.withUnsafeBytes { Self.hash(UnsafeRawBufferPointer(rebasing: $0[spans[index]])) } & (slots.count - 1)
            while slots[slot] != 0 { slot = (slot + 1) & (slots.count - 1) }
            slots[slot] = index + 1
        }
    }

    private static func hash(_ bytes: UnsafeRawBufferPointer) -> Int {
        var hasher = Hasher()
        hasher.combine(bytes: bytes)
        return hasher.finalize()
    }
}
