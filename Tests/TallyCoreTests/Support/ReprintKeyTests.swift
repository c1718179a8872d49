import Testing
@testable import TallyCore

@Suite struct ReprintKeyTests {
    @Test func ignoresExactlyTheUnicodeWhiteSpaceScalars() {
        let scalars = (0...0x3100).compactMap(Unicode.Scalar.init)
        let text = String(String.UnicodeScalarView(scalars))
        let withoutWhitespace = String(String.UnicodeScalarView(scalars.filter { !$0.properties.isWhitespace }))
        #expect(ReprintKey.hash(of: text) == ReprintKey.hash(of: withoutWhitespace))
        #expect(ReprintKey.hex(of: "党员 干部\n") == ReprintKey.hex(of: "党员\u{3000}干部"))
        #expect(ReprintKey.hex(of: "党员干部") != ReprintKey.hex(of: "党员干事"))
    }

    @Test func knownFNV1aValues() {
        #expect(ReprintKey.hex(of: "") == "cbf29ce484222325")
        #expect(ReprintKey.hex(of: "a") == "af63dc4c8601ec8c")
        #expect(ReprintKey.hex(of: " a ") == "af63dc4c8601ec8c")
    }

    @Test func truncatedSequencesAtTheEnd() {
        // A lone lead byte cannot be built from a String; the last scalar being 3 bytes long is the edge.
        #expect(ReprintKey.hex(of: "a\u{3000}") == ReprintKey.hex(of: "a"))
        #expect(ReprintKey.hex(of: "a\u{E2}") != ReprintKey.hex(of: "a"))
    }
}
