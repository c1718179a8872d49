import Foundation

/// Decodes each distinct UTF-8 text once and hands out the same `String` for it afterwards.
///
/// A million-fact read names a few thousand objects and fourteen counties: decoding (and
/// allocating) every column of every row cost more than SQLite's own walk over the rows, and the
/// interned copies also share their storage, which keeps a large report's memory down.
///
/// One interner a column: then the check against the text it returned last hits most rows. Texts
/// are numbered 0, 1, 2 … in order of first appearance, so a caller can keep what it derives
/// from a text (a parsed unit) in an array beside it.
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
    mutating func string(_ bytes: UnsafeRawBufferPointer) -> String { strings[number(of: bytes)] }

    /// The string numbered `number`.
    subscript(number: Int) -> String { strings[number] }

    /// The number of the text `bytes`, a new one (the count of texts so far) when it is new.
    mutating func number(of bytes: UnsafeRawBufferPointer) -> Int {
        if last >= 0, holds(last, bytes) { return last }
        var slot = Self.hash(bytes) & (slots.count - 1)
        while slots[slot] != 0 {
            let index = slots[slot] - 1
            if holds(index, bytes) {
                last = index
                return index
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
        return last
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

    /// FNV-1a with a final mix, not `Hasher`: texts are a few dozen bytes, and SipHash's setup and
    /// finish cost more than the rest of a lookup. Texts come from Tally's own database.
    private static func hash(_ bytes: UnsafeRawBufferPointer) -> Int {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        hash ^= hash >> 32
        hash = hash &* 0x9e37_79b9_7f4a_7c15
        return Int(truncatingIfNeeded: hash ^ (hash >> 29))
    }
}
