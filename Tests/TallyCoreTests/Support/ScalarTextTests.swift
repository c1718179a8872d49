import Testing
@testable import TallyCore

@Suite struct ScalarTextTests {
    @Test(arguments: ["", "a", "é近3万人次", "𠀀😀 mixed ＡＢ１２ \u{FFFD}\n", String(repeating: "中a€𝄞", count: 1000)])
    func decodesAndEncodesLikeTheStandardLibrary(_ text: String) {
        let scalars = ScalarText.scalars(of: text)
        #expect(scalars == Array(text.unicodeScalars))
        #expect(ScalarText.string(scalars) == text)
        #expect(ScalarText.string(scalars.dropFirst(min(1, scalars.count))) == String(String.UnicodeScalarView(text.unicodeScalars.dropFirst(min(1, scalars.count)))))
    }
}
