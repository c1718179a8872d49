import Foundation
import Testing
@testable import TallyCore

/// The FIPS 180-4 / NIST example vectors, plus block-boundary lengths checked against `sha256sum`.
@Suite struct SHA256Tests {
    @Test func emptyInput() {
        #expect(SHA256.hex(of: Data()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    }

    @Test func abc() {
        #expect(SHA256.hex(of: Data("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    @Test func twoBlockMessage() {
        let message = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"
        #expect(SHA256.hex(of: Data(message.utf8)) == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }

    @Test func oneMillionA() {
        let data = Data(repeating: UInt8(ascii: "a"), count: 1_000_000)
        #expect(SHA256.hex(of: data) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test func paddingBoundaries() {
        // 55 bytes fit one padded block, 56 need two.
        #expect(SHA256.hex(of: Data(repeating: UInt8(ascii: "a"), count: 55))
            == "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318")
        #expect(SHA256.hex(of: Data(repeating: UInt8(ascii: "a"), count: 56))
            == "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a")
    }

    @Test func slicedData() {
        let data = Data("xxabc".utf8).dropFirst(2)
        #expect(SHA256.hex(of: data) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    /// The SHA-instruction kernel and the Swift rounds agree on every block count and tail length
    /// (the vectors above run on whichever one this CPU uses).
    @Test(.enabled(if: SHA256.hardware, "this CPU has no SHA instructions")) func hardwareMatchesSwift() {
        var generator = SystemRandomNumberGenerator()
        for count in [1, 55, 56, 63, 64, 65, 127, 128, 129, 1000, 4096, 100_003] {
            let data = Data((0..<count).map { _ in UInt8.random(in: 0...255, using: &generator) })
            #expect(SHA256.digest(of: data, hardware: true) == SHA256.digest(of: data, hardware: false), "\(count) bytes")
        }
    }
}
