import Foundation
import Testing
import TallyCore
import TallyTestSupport

/// Randomized property test of ``PageProcessor`` (reader → normaliser → segmenter → extractor → classifiers,
/// and date inference) on arbitrary bytes, arbitrary Unicode,
/// truncations, splices and token-mutations of the seeds.
///
/// Properties: no crash; each input done within ``perInputLimit``; every article's lines and source-map
/// lines lie within the file; every fact's span lies inside its sentence range, which lies inside the
/// body and holds the fact's sentence; every fact line lies within the article.
///
/// Time-bounded by `TALLY_FUZZ_SECONDS` (default 5) and reproducible from `TALLY_FUZZ_SEED`:
///
///     TALLY_FUZZ_SECONDS=600 TALLY_FUZZ_SEED=42 swift test --filter Fuzz
///
/// Before each input the bytes are written to `$TMPDIR/tally-fuzz-input.bin`, so after a crash that
/// file is the input that caused it.
@Suite struct PipelineFuzzTests {
    static let environment = ProcessInfo.processInfo.environment
    static let budget = Double(environment["TALLY_FUZZ_SECONDS"] ?? "") ?? 5
    static let seed = UInt64(environment["TALLY_FUZZ_SEED"] ?? "") ?? 20_251_123
    /// Generous for a debug build on a busy machine; a hang or a quadratic step on 64 KB exceeds it.
    static let perInputLimit: DispatchTimeInterval = .seconds(10)
    static let lastInput = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("tally-fuzz-input.bin")

    @Test func pipelineKeepsItsInvariantsOnRandomInput() throws {
        var inputs = try FuzzInputs(seed: Self.seed)
        let deadline = ContinuousClock.now + .seconds(Self.budget)
        var count = 0
        while ContinuousClock.now < deadline {
            let (kind, data) = inputs.next()
            count += 1
            try data.write(to: Self.lastInput)
            let problems = ProblemList()
            let done = DispatchSemaphore(value: 0)
            let year: Int? = count % 3 == 0 ? nil : 2000 + count % 30
            DispatchQueue.global().async {
                Self.check(data, publishedYear: year, into: problems)
                done.signal()
            }
            guard done.wait(timeout: .now() + Self.perInputLimit) == .success else {
                Issue.record("input \(count) (\(kind), seed \(Self.seed)) took over \(Self.perInputLimit); saved in \(Self.lastInput.path)")
                return
            }
            for problem in problems.all {
                Issue.record("input \(count) (\(kind), seed \(Self.seed), saved in \(Self.lastInput.path)): \(problem)")
            }
            if !problems.all.isEmpty { return }
        }
        #expect(count > 0)
        try? FileManager.default.removeItem(at: Self.lastInput)
    }

    /// Runs ``PageProcessor`` (the path ingest ships) on `data` and lists every broken invariant.
    static func check(_ data: Data, publishedYear: Int?, into problems: ProblemList) {
        let manifest = publishedYear.map {
            Manifest.Entry(file: "fuzz.txt", published: PublicationDate(year: $0, precision: .year, source: .manifest), source: nil)
        }
        guard let page = try? PageProcessor().process(data, path: "fuzz.txt", manifestEntry: manifest),
              let decoded = try? PageReader.decode(data, path: "fuzz.txt") else { return }
        let lineCount = decoded.text.unicodeScalars.reduce(1) { $0 + ($1 == "\n" ? 1 : 0) }
        let fileLines = 1...lineCount
        for article in page.articles {
            // Offsets count the body as read and as printed alike (traditional characters read one for one).
            let body = article.printedScalars
            if body != Array(article.body.unicodeScalars) {
                problems.add("article \(article.sequence): printedScalars differ from body")
            }
            if article.bodyScalars.count != body.count {
                problems.add("article \(article.sequence): bodyScalars (\(article.bodyScalars.count)) not one for one with body (\(body.count))")
            }
            if !fileLines.contains(article.lines.lowerBound) || !fileLines.contains(article.lines.upperBound) {
                problems.add("article \(article.sequence) lines \(article.lines) outside the file's \(fileLines)")
            }
            if let anchor = article.sourceMap.anchors.first(where: { !fileLines.contains($0.line) || $0.offset > body.count }) {
                problems.add("article \(article.sequence) source-map anchor \(anchor) outside the file or body")
            }
            for fact in page.facts where fact.articleSequence == article.sequence {
                let sentence = fact.sentenceRange
                guard sentence.lowerBound >= 0, sentence.upperBound <= body.count,
                      fact.span.lowerBound >= sentence.lowerBound, fact.span.upperBound <= sentence.upperBound,
                      !fact.span.isEmpty
                else {
                    problems.add("fact \(fact.surface): span \(fact.span) not inside sentence \(sentence) inside body 0..<\(body.count)")
                    continue
                }
                if String(String.UnicodeScalarView(body[sentence])) != fact.sentence {
                    problems.add("fact \(fact.surface): sentence text differs from body[\(sentence)]")
                }
                if !article.lines.contains(fact.line) {
                    problems.add("fact \(fact.surface): line \(fact.line) outside article lines \(article.lines)")
                }
            }
        }
    }

    /// Problems found by a worker, read after it signals.
    final class ProblemList: @unchecked Sendable {
        private var problems: [String] = []
        private let lock = NSLock()
        func add(_ problem: String) { lock.withLock { problems.append(problem) } }
        var all: [String] { lock.withLock { problems } }
    }
}

/// Fuzz inputs from a seed: each call picks one generator.
struct FuzzInputs {
    private var random: SeededGenerator
    private let seeds: [Data]
    private let seedScalars: [[Unicode.Scalar]]

    /// Scalars the pipeline gives meaning to, drawn more often than chance would.
    private static let tokens: [String] = [
        "本报", "讯", "本报邹城讯", "（", "）", "(", ")", "通讯员", "记者", "■", "摄", "## ", "**", "#", "\n", "\n\n",
        "\n\n\n", "\r\n", "余", "多", "近", "超", "以上", "左右", "万", "亿", "万元", "人次", "场次", "个", "名", "%", "％",
        "—", "-", "~", "至", "、", "，", "。", "；", "：", "“", "”", "累计", "今年以来", "年", "月", "日", "季度",
        "邹城市", "济宁", "微山", "高新区", "镇", "街道", "每", "亩", "0", "1", "9", "６", ".", "．", "·", "\u{3000}", " ",
        "\u{200B}", "\u{FEFF}", "\u{301}", "\u{1F600}", "\u{E000}", "\u{0378}",
        "本報", "訊", "萬", "個", "(wàn)", "（mǔ）", "乾", "\u{2A6D6}",
    ]

    init(seed: UInt64) throws {
        random = SeededGenerator(seed: seed)
        seeds = try Fixtures.seedPages().map { try Data(contentsOf: $0) }
        seedScalars = seeds.map { Array(String(decoding: $0, as: UTF8.self).unicodeScalars) }
    }

    mutating func next() -> (kind: String, data: Data) {
        switch Int.random(in: 0..<6, using: &random) {
        case 0: return ("random bytes", Data((0..<Int.random(in: 0...4096, using: &random)).map { _ in UInt8.random(in: 0...255, using: &random) }))
        case 1: return ("random Unicode", Data(String(String.UnicodeScalarView(randomScalars())).utf8))
        case 2:
            let seed = seeds.randomElement(using: &random)!
            let cut = Int.random(in: 0...seed.count, using: &random)
            return Bool.random(using: &random) ? ("seed prefix", seed.prefix(cut)) : ("seed suffix", seed.suffix(from: seed.startIndex + cut))
        case 3:
            var data = Data()
            for _ in 0..<Int.random(in: 2...6, using: &random) {
                let seed = seeds.randomElement(using: &random)!
                let start = Int.random(in: 0..<seed.count, using: &random)
                let end = min(seed.count, start + Int.random(in: 0...8000, using: &random))
                data.append(seed[(seed.startIndex + start)..<(seed.startIndex + end)])
            }
            return ("byte splice of seeds", data)
        case 4:
            var scalars: [Unicode.Scalar] = []
            for _ in 0..<Int.random(in: 2...6, using: &random) {
                let seed = seedScalars.randomElement(using: &random)!
                let start = Int.random(in: 0..<seed.count, using: &random)
                scalars += seed[start..<min(seed.count, start + Int.random(in: 0...6000, using: &random))]
            }
            return ("scalar splice of seeds", Data(String(String.UnicodeScalarView(scalars)).utf8))
        default:
            var scalars = seedScalars.randomElement(using: &random)!
            for _ in 0..<Int.random(in: 1...200, using: &random) {
                let position = Int.random(in: 0...scalars.count, using: &random)
                switch Int.random(in: 0..<4, using: &random) {
                case 0: scalars.insert(contentsOf: Self.tokens.randomElement(using: &random)!.unicodeScalars, at: position)
                case 1: scalars.insert(contentsOf: String(repeating: "8", count: Int.random(in: 1...3000, using: &random)).unicodeScalars, at: position)
                case 2: if position < scalars.count { scalars.removeSubrange(position..<min(scalars.count, position + Int.random(in: 1...50, using: &random))) }
                default: scalars.insert(contentsOf: randomScalars(upTo: 8), at: position)
                }
            }
            return ("mutated seed", Data(String(String.UnicodeScalarView(scalars)).utf8))
        }
    }

    /// Scalars from the whole range, half of them the pipeline's own tokens.
    private mutating func randomScalars(upTo limit: Int = 3000) -> [Unicode.Scalar] {
        var scalars: [Unicode.Scalar] = []
        for _ in 0..<Int.random(in: 0...limit, using: &random) {
            if Bool.random(using: &random) {
                scalars += Self.tokens.randomElement(using: &random)!.unicodeScalars
            } else if let scalar = Unicode.Scalar(UInt32.random(in: 0...0x10FFFF, using: &random)) {
                scalars.append(scalar)
            }
        }
        return scalars
    }
}
