import Foundation
import TallyCore

/// Deterministic page files re-assembled from the seed pages, for benchmarks and crash tests.
///
/// Each page is a run of consecutive blocks (headlines, datelines, paragraphs) of the seeds, so it
/// segments like a real page, with every digit run replaced by another of the same length, the
/// county names permuted among the units, and its own layout: one paragraph a line (Markdown
/// conversions) or hard wraps at a random width, some with blank-line column breaks (PDF text).
/// Every page differs, so no cache or dedup can make a run faster than real work.
///
///     var corpus = try SyntheticCorpus(seed: 7)
///     let page: String = corpus.nextPage()   // ~20–30 KB of UTF-8
public struct SyntheticCorpus {
    private struct Block {
        var isHeading: Bool
        var scalars: [Unicode.Scalar]
    }

    private var random: SeededGenerator
    /// Blocks of every seed page, in file order, seeds one after another.
    private let blocks: [Block]
    /// County-level names that are swapped (full name and two-scalar short name) → index of the unit.
    private let unitNames: [String: Int]
    /// For each unit: full name, short name.
    private let units: [(full: [Unicode.Scalar], short: [Unicode.Scalar])]

    /// - Parameter seeds: the folder of seed pages (`*.txt`); defaults to the package's `seeds/`.
    public init(seed: UInt64, seeds: URL = Fixtures.seeds) throws {
        random = SeededGenerator(seed: seed)
        var blocks: [Block] = []
        let pages = try FileManager.default.contentsOfDirectory(at: seeds, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "txt" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        for page in pages {
            let decoded = try PageReader.decode(Data(contentsOf: page), path: page.path)
            for block in PageNormalizer.normalize(decoded.text).blocks {
                blocks.append(Block(isHeading: block.kind == .heading, scalars: Array(block.text.unicodeScalars)))
            }
        }
        guard !blocks.isEmpty else { throw NoSeedPages(folder: seeds.path) }
        self.blocks = blocks
        let counties = County.allCases.filter { $0 != .jiningCity && $0.rawValue.unicodeScalars.count == 3 }
        units = counties.map { county in
            let full = Array(county.rawValue.unicodeScalars)
            return (full, Array(full.prefix(2)))
        }
        var unitNames: [String: Int] = [:]
        for (index, unit) in units.enumerated() {
            unitNames[String(String.UnicodeScalarView(unit.full))] = index
            unitNames[String(String.UnicodeScalarView(unit.short))] = index
        }
        self.unitNames = unitNames
    }

    /// The seed folder holds no page text to re-assemble.
    public struct NoSeedPages: Error, CustomStringConvertible {
        public var folder: String
        public var description: String { "\(folder): no seed pages (*.txt) to build a corpus from" }
    }

    /// The next page: 20–30 KB of UTF-8 text, LF line ends.
    public mutating func nextPage() -> String {
        let target = Int.random(in: 20_000...30_000, using: &random)
        let permutation = Array(units.indices).shuffled(using: &random)
        let wrapWidth: Int? = Bool.random(using: &random) ? nil : Int.random(in: 16...44, using: &random)
        let columnBreakChance = wrapWidth == nil ? 0 : Int.random(in: 0...8, using: &random)
        var out = String.UnicodeScalarView()
        var bytes = 0
        var index = Int.random(in: 0..<blocks.count, using: &random)
        while bytes < target {
            let block = blocks[index % blocks.count]
            index += 1
            let text = swapCounties(in: varyDigits(block.scalars), permutation: permutation)
            if wrapWidth == nil {
                if block.isHeading { out.append(contentsOf: "## ".unicodeScalars) }
                out.append(contentsOf: text)
                out.append(contentsOf: "\n\n".unicodeScalars)
            } else if let width = wrapWidth {
                append(text, wrappedAt: block.isHeading ? Int.max : width, columnBreakChance: columnBreakChance, to: &out)
            }
            bytes += text.reduce(4) { $0 + $1.utf8.count }
        }
        return String(out)
    }

    /// Lines of `width` scalars; after a line, with `columnBreakChance` in 100, a blank line as
    /// PDF text has at column breaks.
    private mutating func append(_ text: [Unicode.Scalar], wrappedAt width: Int, columnBreakChance: Int,
                                 to out: inout String.UnicodeScalarView) {
        var start = 0
        while start < text.count {
            let end = min(text.count, start + width)
            out.append(contentsOf: text[start..<end])
            out.append("\n")
            if end < text.count && Int.random(in: 0..<100, using: &random) < columnBreakChance { out.append("\n") }
            start = end
        }
        if text.isEmpty { out.append("\n") }
    }

    /// Every run of ASCII digits replaced by a random run of the same length (no leading zero).
    private mutating func varyDigits(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var out = scalars
        var index = 0
        while index < out.count {
            guard out[index].properties.numericType == .decimal, out[index].isASCII else { index += 1; continue }
            var end = index
            while end < out.count && out[end].isASCII && out[end].properties.numericType == .decimal { end += 1 }
            for position in index..<end {
                let low: UInt32 = position == index && end - index > 1 ? 1 : 0
                out[position] = Unicode.Scalar(UInt8(48 + UInt32.random(in: low...9, using: &random)))
            }
            index = end
        }
        return out
    }

    /// County names (full or short) replaced by the same form of the unit `permutation` maps them to.
    private func swapCounties(in scalars: [Unicode.Scalar], permutation: [Int]) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(scalars.count)
        var last = 0
        for mention in Gazetteer.jining.mentions(in: scalars) {
            guard let unit = unitNames[mention.name] else { continue }
            out.append(contentsOf: scalars[last..<mention.range.lowerBound])
            let target = units[permutation[unit]]
            out.append(contentsOf: mention.range.count == 3 ? target.full : target.short)
            last = mention.range.upperBound
        }
        out.append(contentsOf: scalars[last...])
        return out
    }
}
