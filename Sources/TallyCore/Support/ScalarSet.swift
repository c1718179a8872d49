/// A fixed set of scalars (a punctuation class) whose membership test is one bit read.
///
///     let marks: ScalarSet = ["，", "；"]
///     marks.contains("；") // true
///
/// The sentence splitter and the normaliser test such classes for most scalars of a page;
/// `Set<Unicode.Scalar>` hashes each one with SipHash, several times slower than a bit read.
struct ScalarSet: Sendable, ExpressibleByArrayLiteral {
    /// One bit per Basic Multilingual Plane scalar (8 KB).
    private var bits = [UInt64](repeating: 0, count: 1024)
    /// Members outside the Basic Multilingual Plane.
    private var astral: [Unicode.Scalar] = []

    init(arrayLiteral scalars: Unicode.Scalar...) {
        self.init(scalars)
    }

    /// A set built from data (the characters a converter changes) rather than written out.
    init(_ scalars: some Sequence<Unicode.Scalar>) {
        for scalar in scalars {
            if scalar.value < 0x10000 {
                bits[Int(scalar.value >> 6)] |= 1 << UInt64(scalar.value & 63)
            } else {
                astral.append(scalar)
            }
        }
    }

    @inline(__always)
    func contains(_ scalar: Unicode.Scalar) -> Bool {
        guard scalar.value < 0x10000 else { return astral.contains(scalar) }
        return bits[Int(scalar.value >> 6)] & (1 << UInt64(scalar.value & 63)) != 0
    }
}
