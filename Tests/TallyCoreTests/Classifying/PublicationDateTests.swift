import Testing
@testable import TallyCore

@Suite struct PublicationDateTests {
    @Test func latestYearMentionedIsTheInferredYear() {
        let date = PublicationDate.infer(from: "2023年以来，开展活动。2025年以来，今年新建3个。2024年完成。")
        #expect(date == PublicationDate(year: 2025, precision: .year, source: .inferred))
    }

    @Test func planYearsCountOnlyWithoutOtherYears() {
        #expect(PublicationDate.infer(from: "2024年以来，成效明显，纳入2026年工作要点。")?.year == 2024)
        #expect(PublicationDate.infer(from: "纳入2026年工作要点")?.year == 2026)
    }

    @Test func fullWidthDigitsCount() {
        #expect(PublicationDate.infer(from: "２０２４年以来")?.year == 2024)
    }

    @Test func noYearGivesNil() {
        #expect(PublicationDate.infer(from: "今年以来，开展活动60余场次，3月9日举行。") == nil)
        #expect(PublicationDate.infer(from: "") == nil)
    }

    @Test func numbersThatAreNotYearsAreIgnored() {
        // Five digits, an implausible year, a decimal and a bare number are not calendar years.
        #expect(PublicationDate.infer(from: "12025年 1000年 3.2024年 2024人") == nil)
    }

    @Test func longDigitRunsStayLinearAndYieldNothing() {
        let text = String(repeating: "1", count: 100_000) + "年"
        #expect(PublicationDate.infer(from: text) == nil)
    }
}
