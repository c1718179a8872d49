/// Numbers a small set of distinct scalars 0, 1, 2 … and finds a scalar's number by open
/// addressing with a multiplicative hash.
///
///     let slots = ScalarSlots(["人", "户"])
///     slots.index(of: "户") // 1
///
/// Lexicon probes run for most scalars of a page; `Dictionary` hashes each key with SipHash,
/// which made hashing about 6 % of `PageProcessor`'s time.
struct ScalarSlots: Sendable {
    private static let empty = UInt32.max
    private var keys: [UInt32]
    private var indices: [Int32]
    private let shift: UInt32

    /// `scalars` must be distinct; the scalar at position i gets number i.
    init(_ scalars: [Unicode.Scalar]) {
        var bits: UInt32 = 3
        while (1 << bits) < 2 * scalars.count { bits += 1 }
        shift = 32 - bits
        keys = [UInt32](repeating: Self.empty, count: 1 << bits)
        indices = [Int32](repeating: -1, count: 1 << bits)
        let mask = (1 << Int(bits)) - 1
        for (index, scalar) in scalars.enumerated() {
            var slot = slot(of: scalar.value)
            while keys[slot] != Self.empty { slot = (slot + 1) & mask }
            keys[slot] = scalar.value
            indices[slot] = Int32(index)
        }
    }

    @inline(__always)
    private func slot(of value: UInt32) -> Int { Int((value &* 0x9E37_79B1) >> shift) }

    /// The number of `scalar`, or nil when it is not in the set.
    @inline(__always)
    func index(of scalar: Unicode.Scalar) -> Int? {
        let mask = keys.count - 1
        var slot = slot(of: scalar.value)
        while true {
            let key = keys[slot]
            if key == scalar.value { return Int(indices[slot]) }
            if key == Self.empty { return nil }
            slot = (slot + 1) & mask
        }
    }
}
