import Foundation
import Testing
import TallyCore
import TallyTestSupport

/// The extractor on hostile input: arbitrary Unicode, truncated and spliced seeds, huge digit
/// runs. It must not trap or hang, and every fact must point inside its sentence and body.
@Suite struct ExtractorRobustnessTests {
    /// SplitMix64: a seeded generator so a failure replays.
    struct SeededGenerator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// Scalars the grammar reacts to, mixed with arbitrary ones.
    static let alphabet = Array("0123456789０１２３４５６７８９.,．，。、；：“”《》‘’\"（）至—-~余多近超约万亿千百十一两三第年月日个名人次场元%％平方米以上左右内每累计以来\n \u{3000}\u{FFFD}#".unicodeScalars)

    static func check(_ body: String) {
        let found = facts(body, county: .jiningCity, publishedYear: 2025)
        let count = body.unicodeScalars.count
        for fact in found {
            #expect(fact.sentenceRange.lowerBound >= 0 && fact.sentenceRange.upperBound <= count)
            #expect(fact.span.lowerBound >= fact.sentenceRange.lowerBound && fact.span.upperBound <= fact.sentenceRange.upperBound)
            #expect(!fact.span.isEmpty && !fact.surface.isEmpty && fact.value.isFinite)
        }
    }

    @Test func randomTextNeverBreaksTheInvariants() {
        var rng = SeededGenerator(state: 20_261_123)
        for _ in 0..<300 {
            var scalars = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 0..<400, using: &rng) {
                if Bool.random(using: &rng) {
                    scalars.append(Self.alphabet.randomElement(using: &rng)!)
                } else if let s = Unicode.Scalar(UInt32.random(in: 0..<0x11_0000, using: &rng)) {
                    scalars.append(s)
                }
            }
            Self.check(String(scalars))
        }
    }

    @Test func truncatedAndSplicedSeedsNeverBreakTheInvariants() throws {
        var rng = SeededGenerator(state: 42)
        let pages = try Fixtures.seedPages().map { Array(try String(contentsOf: $0, encoding: .utf8).unicodeScalars) }
        for _ in 0..<60 {
            let a = pages.randomElement(using: &rng)!, b = pages.randomElement(using: &rng)!
            let cut = Int.random(in: 0...a.count, using: &rng), from = Int.random(in: 0...b.count, using: &rng)
            var spliced = String.UnicodeScalarView()
            spliced.append(contentsOf: a[..<cut])
            spliced.append(contentsOf: b[from...])
            Self.check(String(spliced))
        }
    }

    @Test func longDigitRunsAreSkippedInLinearTime() {
        let run = String(repeating: "9", count: 100_000)
        Self.check(run + "个")
        Self.check("共" + run + ".5万元，另有3个。")
        #expect(facts(run + "个，另有3个。").map(\.surface) == ["3个"])
        Self.check(String(repeating: "1个", count: 20_000))
        Self.check(String(repeating: "“", count: 50_000) + "5个")
    }

    /// Doubling the input must not much more than double the time (no quadratic path).
    @Test func timeGrowsLinearly() throws {
        let page = try String(contentsOf: try Fixtures.seedPages()[0], encoding: .utf8)
        let small = String(repeating: page, count: 8), large = String(repeating: page, count: 32)
        func seconds(_ text: String) -> Double {
            let start = Date()
            _ = facts(text.replacingOccurrences(of: "\n", with: " "))
            return Date().timeIntervalSince(start)
        }
        _ = seconds(small)
        let t1 = seconds(small), t4 = seconds(large)
        #expect(t4 < t1 * 4 * 2.5 + 0.05, "8 copies \(t1)s, 32 copies \(t4)s")
    }
}
