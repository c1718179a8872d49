/// A set of words with a payload, matched longest-first against an array of scalars.
///
/// Every lexicon of the extractor (units, qualifier words, verbs, period cues) is one of
/// these, so matching is a dictionary probe on one scalar plus a few comparisons: no
/// String slicing, no Regex.
///
///     let table = WordTable([("人次", 1), ("人", 2)])
///     table.longestMatch(in: Array("5人次".unicodeScalars), at: 1) // (length: 2, value: 1)
struct WordTable<Value: Sendable>: Sendable {
    private struct Entry: Sendable {
        var scalars: [Unicode.Scalar]
        var value: Value

        /// Whether the word stands in `text` at `start` (the caller keeps it inside the text).
        @inline(__always)
        func occurs(in text: [Unicode.Scalar], at start: Int) -> Bool {
            for k in scalars.indices where text[start + k] != scalars[k] { return false }
            return true
        }
    }

    /// Bitmaps of the first and last scalars (low 16 bits): most scalars of a text start no
    /// word, and a bit test is far cheaper than hashing them.
    private var firstBits = [UInt64](repeating: 0, count: 1024)
    private var lastBits = [UInt64](repeating: 0, count: 1024)

    /// Entries by first scalar, longest first.
    private var byFirst: [Unicode.Scalar: [Entry]] = [:]
    /// Entries by last scalar, longest first (for matching backwards from a position).
    private var byLast: [Unicode.Scalar: [Entry]] = [:]

    init(_ words: [(String, Value)]) {
        for (word, value) in words {
            let scalars = ScalarText.scalars(of: word)
            guard let first = scalars.first, let last = scalars.last else { continue }
            byFirst[first, default: []].append(Entry(scalars: scalars, value: value))
            Self.set(&firstBits, first)
            Self.set(&lastBits, last)
            byLast[last, default: []].append(Entry(scalars: scalars, value: value))
        }
        for key in byFirst.keys { byFirst[key]!.sort { $0.scalars.count > $1.scalars.count } }
        for key in byLast.keys { byLast[key]!.sort { $0.scalars.count > $1.scalars.count } }
    }

    private static func set(_ bits: inout [UInt64], _ s: Unicode.Scalar) {
        let v = Int(s.value & 0xFFFF)
        bits[v >> 6] |= 1 << UInt64(v & 63)
    }

    @inline(__always)
    private static func test(_ bits: [UInt64], _ s: Unicode.Scalar) -> Bool {
        let v = Int(s.value & 0xFFFF)
        return bits[v >> 6] & (1 << UInt64(v & 63)) != 0
    }

    /// The longest word starting at `index` and ending at or before `limit`.
    func longestMatch(in text: [Unicode.Scalar], at index: Int, limit: Int? = nil) -> (length: Int, value: Value)? {
        let end = min(limit ?? text.count, text.count)
        guard index >= 0, index < end, Self.test(firstBits, text[index]), let entries = byFirst[text[index]] else { return nil }
        for entry in entries where index + entry.scalars.count <= end && entry.occurs(in: text, at: index) {
            return (entry.scalars.count, entry.value)
        }
        return nil
    }

    /// Calls `body` with every word starting at `index` (longest first), overlapping ones included.
    @inline(__always)
    func forEachMatch(in text: [Unicode.Scalar], at index: Int, _ body: (Value) -> Void) {
        guard Self.test(firstBits, text[index]), let entries = byFirst[text[index]] else { return }
        for entry in entries where index + entry.scalars.count <= text.count && entry.occurs(in: text, at: index) {
            body(entry.value)
        }
    }

    /// The longest word ending just before `end` and starting at or after `lowerBound`.
    func longestMatch(in text: [Unicode.Scalar], endingAt end: Int, lowerBound: Int = 0) -> (length: Int, value: Value)? {
        guard end > max(lowerBound, 0), end <= text.count, Self.test(lastBits, text[end - 1]),
              let entries = byLast[text[end - 1]] else { return nil }
        for entry in entries where end - entry.scalars.count >= max(lowerBound, 0)
            && entry.occurs(in: text, at: end - entry.scalars.count) {
            return (entry.scalars.count, entry.value)
        }
        return nil
    }
}

extension WordTable where Value == Void {
    init(words: [String]) {
        self.init(words.map { ($0, ()) })
    }
}
