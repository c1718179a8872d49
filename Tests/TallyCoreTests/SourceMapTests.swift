import Testing
@testable import TallyCore

@Suite struct SourceMapTests {
    @Test func findsTheLastAnchorAtOrBeforeAnOffset() {
        let map = SourceMap(anchors: [.init(offset: 40, line: 6), .init(offset: 0, line: 5), .init(offset: 90, line: 9)])
        #expect(map.line(at: 0) == 5)
        #expect(map.line(at: 39) == 5)
        #expect(map.line(at: 40) == 6)
        #expect(map.line(at: 1000) == 9)
        #expect(map.slice(from: 50).line(at: 0) == 6)
        #expect(map.slice(from: 50).line(at: 40) == 9)
    }
}
