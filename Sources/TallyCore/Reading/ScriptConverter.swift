import COpenCC

/// Reads text printed in one Chinese script as the other, through OpenCC, one scalar for one scalar.
///
/// Reposts in traditional characters (`本報嘉祥訊`, `3.6萬畝`) are read with the simplified lexicons:
/// ``PageNormalizer`` converts each line that has a traditional character, the later stages match on the
/// converted scalars, and headlines, bodies, sentences and surfaces are cut from the printed scalars at
/// the same offsets. So a conversion keeps the scalar count: OpenCC converts the whole line, its phrase
/// dictionaries settling characters that are ambiguous alone (乾淨 → 干净, 乾隆 stays), and where that
/// changes the count each character is converted on its own.
///
///     let script = try ScriptConverter.traditionalToSimplified.get()
///     script.converted(ScalarText.scalars(of: "3.6萬畝")) // the scalars of "3.6万亩"; nil for a line with nothing to convert
///
/// `@unchecked Sendable`: OpenCC's converter is read-only once loaded, so threads may share it.
public final class ScriptConverter: @unchecked Sendable {
    /// Traditional to simplified (OpenCC's `t2s.json`, from Debian's libopencc-data), loaded once a process.
    public static let traditionalToSimplified = Result { () throws(ScriptConverterError) in
        try ScriptConverter(config: "t2s.json")
    }

    /// The blocks OpenCC's character dictionaries cover: CJK Unified Ideographs with Extension A, the
    /// compatibility ideographs, and Extensions B to E.
    static let ideographBlocks: [ClosedRange<UInt32>] = [0x3400...0x9FFF, 0xF900...0xFAFF, 0x20000...0x2CEAF]

    private let handle: UnsafeMutableRawPointer
    /// What the config makes of each character on its own, for the characters it changes.
    private let characters: [Unicode.Scalar: Unicode.Scalar]
    /// The keys of ``characters``: a line with none of them is left as it is. The normaliser tests each
    /// scalar against it in the pass that cleans the line, at the cost of one bit read.
    let changed: ScalarSet

    /// - Parameter config: an OpenCC config (`t2s.json`, `s2t.json` …): a path, or a name OpenCC finds in its data folder.
    public init(config: String) throws(ScriptConverterError) {
        guard let handle = opencc_open(config), handle != UnsafeMutableRawPointer(bitPattern: -1) else {
            throw .configUnreadable(config: config, reason: opencc_error().map { String(cString: $0) } ?? "no reason given")
        }
        self.handle = handle
        // Every ideograph once, one a line so that no phrase spans two: what the config does to each alone.
        let candidates = Self.ideographBlocks.flatMap { $0.compactMap(Unicode.Scalar.init) }
        var listed = String.UnicodeScalarView()
        for candidate in candidates {
            listed.append(candidate)
            listed.append("\n")
        }
        let lines = Self.convert(String(listed), with: handle).map { ScalarText.scalars(of: $0).split(separator: "\n", omittingEmptySubsequences: false) }
        guard let lines, lines.count >= candidates.count else {
            opencc_close(handle)
            throw .configUnreadable(config: config, reason: "it converts no text")
        }
        var characters: [Unicode.Scalar: Unicode.Scalar] = [:]
        for (candidate, line) in zip(candidates, lines) where line.count == 1 && line.first != candidate {
            characters[candidate] = line.first
        }
        self.characters = characters
        changed = ScalarSet(characters.keys)
    }

    deinit { opencc_close(handle) }

    /// `scalars` in the config's script, as many as there are; nil when the config changes none of them.
    public func converted(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar]? {
        guard scalars.contains(where: changed.contains) else { return nil }
        if let text = Self.convert(ScalarText.string(scalars), with: handle) {
            let whole = ScalarText.scalars(of: text)
            if whole.count == scalars.count { return whole }
        }
        return scalars.map { characters[$0] ?? $0 }
    }

    /// OpenCC's conversion of `text`, nil when OpenCC fails.
    private static func convert(_ text: String, with handle: UnsafeMutableRawPointer) -> String? {
        var text = text
        return text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return "" }
            let input = UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self)
            guard let output = opencc_convert_utf8(handle, input, bytes.count) else { return nil }
            defer { opencc_convert_utf8_free(output) }
            return String(cString: output)
        }
    }
}
