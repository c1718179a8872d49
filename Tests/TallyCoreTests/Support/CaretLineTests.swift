import Testing
@testable import TallyCore

@Suite struct CaretLineTests {
    @Test func caretUnderCJKCountsTwoColumns() {
        let line = CaretLine(text: "举办活动60余场次。", marked: 4..<9)
        #expect(line.rendered == "举办活动60余场次。\n        ^^^^^^^^\n")
    }

    @Test func lineBreaksBecomeSpacesAndRangesAreClamped() {
        let line = CaretLine(text: "a\nb", marked: 2..<99)
        #expect(line.text == "a b")
        #expect(line.caret == "  ^")
    }

    @Test func displayWidth() {
        #expect(DisplayWidth.of("60余场次") == 8)
        #expect(DisplayWidth.of("ab，") == 4)
        #expect(DisplayWidth.of("e\u{301}") == 1)
    }
}
