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
    private static let roundConstants: [UInt32] = [
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
    ]

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
        roundConstants.withUnsafeBufferPointer { constants in
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
