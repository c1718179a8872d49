import CSHA256
import Foundation

/// SHA-256 (FIPS 180-4) of a byte buffer, as lowercase hex.
///
/// Tally hashes every page to skip unchanged files on re-ingest. Foundation on Linux has no
/// CryptoKit, and swift-crypto would add BoringSSL's long build (three minutes here) for one
/// function, so the digest is implemented here, with the x86 SHA instructions where the CPU has
/// them (`CSHA256`), and pinned by the standard test vectors either way.
///
///     SHA256.hex(of: Data("abc".utf8)) // "ba7816bf…f20015ad"
public enum SHA256 {
    /// FIPS 180-4 round constants, from the C target (its SHA-instruction kernel uses the same table).
    private static var roundConstants: UnsafeBufferPointer<UInt32> { UnsafeBufferPointer(start: tally_sha256_round_constants(), count: 64) }

    /// Whether the CPU's SHA instructions do the full blocks (the padded tail is always done in Swift).
    public static let hardware = tally_sha256_hardware_available() != 0

    /// The digest of `data` as 64 lowercase hex digits.
    public static func hex(of data: Data) -> String {
        digest(of: data).map { byte in
            let text = String(byte, radix: 16)
            return byte < 16 ? "0" + text : text
        }.joined()
    }

    /// The 32-byte digest of `data`; `hardware: false` forces the Swift rounds (tests compare the two).
    public static func digest(of data: Data, hardware: Bool = SHA256.hardware) -> [UInt8] {
        var state: (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32) = (
            0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19
        )
        let schedule = UnsafeMutablePointer<UInt32>.allocate(capacity: 64)
        defer { schedule.deallocate() }
        let fullBlocks = data.count / 64
        let constants = roundConstants
        data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
            guard fullBlocks > 0 else { return }
            if hardware {
                withUnsafeMutableBytes(of: &state) { words in
                    tally_sha256_hardware_blocks(words.baseAddress!.assumingMemoryBound(to: UInt32.self),
                                                 bytes.baseAddress!.assumingMemoryBound(to: UInt8.self), fullBlocks)
                }
                return
            }
            for block in 0..<fullBlocks {
                compress(bytes.baseAddress! + block * 64, state: &state, schedule: schedule, constants: constants)
            }
        }
        // Padding: the tail, 0x80, zeros, then the bit length big-endian, to a multiple of 64 bytes.
        var tail = [UInt8](data.suffix(from: data.startIndex + fullBlocks * 64))
        tail.append(0x80)
        while tail.count % 64 != 56 { tail.append(0) }
        let bitLength = UInt64(data.count) &* 8
        for shift in stride(from: 56, through: 0, by: -8) { tail.append(UInt8(truncatingIfNeeded: bitLength >> UInt64(shift))) }
        tail.withUnsafeBytes { bytes in
            for start in stride(from: 0, to: bytes.count, by: 64) {
                compress(bytes.baseAddress! + start, state: &state, schedule: schedule, constants: constants)
            }
        }
        var out: [UInt8] = []
        out.reserveCapacity(32)
        for word in [state.0, state.1, state.2, state.3, state.4, state.5, state.6, state.7] {
            out.append(UInt8(truncatingIfNeeded: word >> 24))
            out.append(UInt8(truncatingIfNeeded: word >> 16))
            out.append(UInt8(truncatingIfNeeded: word >> 8))
            out.append(UInt8(truncatingIfNeeded: word))
        }
        return out
    }

    @inline(__always)
    private static func rotateRight(_ x: UInt32, _ n: UInt32) -> UInt32 { (x >> n) | (x << (32 - n)) }

    /// One 64-byte block into the running state. Unsafe pointers: this loop is most of ingest's hashing time.
    @inline(__always)
    private static func compress(
        _ block: UnsafeRawPointer, state: inout (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32),
        schedule w: UnsafeMutablePointer<UInt32>, constants k: UnsafeBufferPointer<UInt32>
    ) {
        for i in 0..<16 {
            w[i] = UInt32(bigEndian: block.loadUnaligned(fromByteOffset: i * 4, as: UInt32.self))
        }
        for i in 16..<64 {
            let s0 = rotateRight(w[i - 15], 7) ^ rotateRight(w[i - 15], 18) ^ (w[i - 15] >> 3)
            let s1 = rotateRight(w[i - 2], 17) ^ rotateRight(w[i - 2], 19) ^ (w[i - 2] >> 10)
            w[i] = w[i - 16] &+ s0 &+ w[i - 7] &+ s1
        }
        var (a, b, c, d, e, f, g, h) = state
        for i in 0..<64 {
            let s1 = rotateRight(e, 6) ^ rotateRight(e, 11) ^ rotateRight(e, 25)
            let choice = (e & f) ^ (~e & g)
            let t1 = h &+ s1 &+ choice &+ k[i] &+ w[i]
            let s0 = rotateRight(a, 2) ^ rotateRight(a, 13) ^ rotateRight(a, 22)
            let majority = (a & b) ^ (a & c) ^ (b & c)
            let t2 = s0 &+ majority
            h = g; g = f; f = e; e = d &+ t1
            d = c; c = b; b = a; a = t1 &+ t2
        }
        state = (state.0 &+ a, state.1 &+ b, state.2 &+ c, state.3 &+ d,
                 state.4 &+ e, state.5 &+ f, state.6 &+ g, state.7 &+ h)
    }
}
