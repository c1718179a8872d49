/// A set of words with a payload, matched longest-first against an array of scalars.
///
/// Every lexicon of the extractor (units, qualifier words, verbs, period cues) is one of
/// these, so matching is a bit test and a hash probe on one scalar plus a few comparisons: no
/// String slicing, no Regex.
///
///     let table = WordTable([("人次", 1), ("人", 2)])
///     table.longestMatch(in: Array("5人次".unicodeScalars), at: 1) // (length: 2, value: 1)
struct WordTable<Value: Sendable>: Sendable {
    /// A word: `length` scalars of ``letters`` from `start`.
    private struct Entry: Sendable {
        var start: Int
        var length: Int
        var value: Value
    }

    /// Entries grouped by one scalar (first or last), each group longest first.
    private struct Index: Sendable {
        var slots: ScalarSlots
        var groups: [Range<Int>]
        var entries: [Entry]

        init(_ entries: [Entry], key: (Entry) -> Unicode.Scalar) {
            var keys: [Unicode.Scalar] = []
            var members: [[Entry]] = []
            var position: [Unicode.Scalar: Int] = [:]
            for entry in entries {
                let scalar = key(entry)
                if position[scalar] == nil {
                    position[scalar] = keys.count
                    keys.append(scalar)
                    members.append([])
                }
                members[position[scalar]!].append(entry)
            }
            slots = ScalarSlots(keys)
            groups = []
            self.entries = []
            for var group in members {
                group.sort { $0.length > $1.length }
                groups.append(self.entries.count..<self.entries.count + group.count)
                self.entries += group
            }
        }
    }

    /// Every word's scalars, one after another: one flat array, so a comparison touches no
    /// per-word array (retain/release of those was about 5 % of `PageProcessor`'s time).
    private var letters: [Unicode.Scalar] = []

    /// Bitmaps of the first and last scalars (low 16 bits): most scalars of a text start no
    /// word, and a bit test is far cheaper than hashing them.
    private var firstBits = [UInt64](repeating: 0, count: 1024)
    private var lastBits = [UInt64](repeating: 0, count: 1024)
    /// Bitmap of hashed first-two-scalar pairs, when every word has two scalars or more: many
    /// scalars start some word (人, 大, 年 … for the theme keywords) and most are not followed by
    /// its second one, so this test spares the hash probe (a sixth of the classifier's instructions).
    private var pairBits: [UInt64]?

    /// Entries by first scalar, longest first.
    private let byFirst: Index
    /// Entries by last scalar, longest first (for matching backwards from a position).
    private let byLast: Index

    init(_ words: [(String, Value)]) {
        var entries: [Entry] = []
        for (word, value) in words {
            let scalars = ScalarText.scalars(of: word)
            guard let first = scalars.first, let last = scalars.last else { continue }
            entries.append(Entry(start: letters.count, length: scalars.count, value: value))
            letters += scalars
            Self.set(&firstBits, first)
            Self.set(&lastBits, last)
        }
        if !entries.isEmpty, entries.allSatisfy({ $0.length >= 2 }) {
            var pairs = [UInt64](repeating: 0, count: 1024)
            for entry in entries {
                Self.set(&pairs, Self.pair(letters[entry.start], letters[entry.start + 1]))
            }
            pairBits = pairs
        }
        let letters = letters
        byFirst = Index(entries) { letters[$0.start] }
        byLast = Index(entries) { letters[$0.start + $0.length - 1] }
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

    /// Two scalars hashed into one, for ``pairBits`` (which keeps its low 16 bits).
    @inline(__always)
    private static func pair(_ first: Unicode.Scalar, _ second: Unicode.Scalar) -> Unicode.Scalar {
        unsafeBitCast((first.value &* 31 &+ second.value) & 0xFFFF, to: Unicode.Scalar.self)
    }

    /// False when no word can start at `index` and end by `end`, by the pair bitmap (true without one).
    @inline(__always)
    private func mayStartPair(in text: [Unicode.Scalar], at index: Int, end: Int) -> Bool {
        guard let pairBits else { return true }
        return index + 1 < end && Self.test(pairBits, Self.pair(text[index], text[index + 1]))
    }

    /// Whether the word stands in `text` at `start` (the caller keeps it inside the text).
    @inline(__always)
    private func occurs(_ entry: Entry, in text: [Unicode.Scalar], at start: Int) -> Bool {
        for k in 0..<entry.length where text[start + k] != letters[entry.start + k] { return false }
        return true
    }

    // Each lookup is split: the bit test is inlined into the caller's scan (most scalars stop
    // there), the comparison is a call. A whole lookup per scalar as a call doubled PeriodFinder's time.

    /// The longest word starting at `index` and ending at or before `limit`.
    @inline(__always)
    func longestMatch(in text: [Unicode.Scalar], at index: Int, limit: Int? = nil) -> (length: Int, value: Value)? {
        let end = min(limit ?? text.count, text.count)
        guard index >= 0, index < end, Self.test(firstBits, text[index]), mayStartPair(in: text, at: index, end: end)
        else { return nil }
        return longestMatch(in: text, startingAt: index, end: end)
    }

    private func longestMatch(in text: [Unicode.Scalar], startingAt index: Int, end: Int) -> (length: Int, value: Value)? {
        guard let group = byFirst.slots.index(of: text[index]) else { return nil }
        for e in byFirst.groups[group] {
            let entry = byFirst.entries[e]
            if index + entry.length <= end && occurs(entry, in: text, at: index) { return (entry.length, entry.value) }
        }
        return nil
    }

    /// Calls `body` with every word starting at `index` and ending at or before `limit` (longest
    /// first), overlapping ones included.
    @inline(__always)
    func forEachMatch(in text: [Unicode.Scalar], at index: Int, limit: Int? = nil, _ body: (Value) -> Void) {
        let end = min(limit ?? text.count, text.count)
        guard Self.test(firstBits, text[index]), mayStartPair(in: text, at: index, end: end),
              let group = byFirst.slots.index(of: text[index]) else { return }
        for e in byFirst.groups[group] {
            let entry = byFirst.entries[e]
            if index + entry.length <= end && occurs(entry, in: text, at: index) { body(entry.value) }
        }
    }

    /// The longest word ending just before `end` and starting at or after `lowerBound`.
    @inline(__always)
    func longestMatch(in text: [Unicode.Scalar], endingAt end: Int, lowerBound: Int = 0) -> (length: Int, value: Value)? {
        guard end > max(lowerBound, 0), end <= text.count, Self.test(lastBits, text[end - 1]) else { return nil }
        return longestMatch(in: text, before: end, lowerBound: max(lowerBound, 0))
    }

    private func longestMatch(in text: [Unicode.Scalar], before end: Int, lowerBound: Int) -> (length: Int, value: Value)? {
        guard let group = byLast.slots.index(of: text[end - 1]) else { return nil }
        for e in byLast.groups[group] {
            let entry = byLast.entries[e]
            if end - entry.length >= lowerBound && occurs(entry, in: text, at: end - entry.length) {
                return (entry.length, entry.value)
            }
        }
        return nil
    }
}

extension WordTable {
    /// The first word found in `range` of `text` (scanning forward, longest at each position).
    ///
    ///     cues.firstMatch(in: text, within: clause.lowerBound..<quantity.numberStart)
    func firstMatch(in text: [Unicode.Scalar], within range: Range<Int>) -> (range: Range<Int>, value: Value)? {
        let end = min(range.upperBound, text.count)
        var index = max(range.lowerBound, 0)
        while index < end {
            if let match = longestMatch(in: text, at: index, limit: end) { return (index..<index + match.length, match.value) }
            index += 1
        }
        return nil
    }

    /// The word found nearest the end of `range` (scanning backward, longest ending at each position).
    func lastMatch(in text: [Unicode.Scalar], within range: Range<Int>) -> (range: Range<Int>, value: Value)? {
        var end = min(range.upperBound, text.count)
        let lower = max(range.lowerBound, 0)
        while end > lower {
            if let match = longestMatch(in: text, endingAt: end, lowerBound: lower) { return (end - match.length..<end, match.value) }
            end -= 1
        }
        return nil
    }
}

extension WordTable where Value == Void {
    init(words: [String]) {
        self.init(words.map { ($0, ()) })
    }
}
