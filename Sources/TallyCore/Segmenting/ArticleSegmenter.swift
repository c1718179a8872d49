/// Splits a normalised page into articles and captions and attributes each to its county.
///
/// Items start at a `本报X讯` dateline, at a caption credit (`■通讯员 … 摄`), or — for a page
/// that starts mid-article or an article whose start is lost — at text after a heading or a
/// layout gap. Headings are then given to items: a page printed headline-first gives each
/// heading to the item below it, a page printed body-first (PDF text) to the item above, and a
/// heading that names a county goes to the nearby item about that county, which settles
/// stacked headings.
///
///     let articles = ArticleSegmenter().segment(PageNormalizer.normalize(decoded.text))
public struct ArticleSegmenter: Sendable {
    public var gazetteer: Gazetteer
    public init(gazetteer: Gazetteer = .jining) {
        self.gazetteer = gazetteer
    }

    /// One body paragraph of an item.
    private struct Part {
        /// As read (see ``NormalizedPage/Block/scalars``).
        var scalars: [Unicode.Scalar]
        /// As printed, when that differs from ``scalars``.
        var printed: [Unicode.Scalar]?
        /// The printed text as a slice of the block's string: bodies are joined from these, which
        /// copies valid UTF-8 where encoding the scalars again re-validated every body.
        var text: Substring
        var sourceMap: SourceMap
        var lines: ClosedRange<Int>
    }

    /// An item being assembled.
    private struct Draft {
        var kind: Article.Kind
        var dateline: Dateline?
        var reporters: [String]
        var parts: [Part]
        var headingLines: [NormalizedPage.Block] = []
    }

    /// Consecutive headings and the number of items that start before them.
    private struct HeadingRun {
        var blocks: [NormalizedPage.Block]
        var itemsBefore: Int
    }

    /// Each article comes with its body as scalars and its headline's subject (the town, village or
    /// unit it is about), which every later stage reads.
    public func segment(_ page: NormalizedPage) -> [Article] {
        var drafts: [Draft] = []
        var runs: [HeadingRun] = []
        var pending: [NormalizedPage.Block] = []
        var open: Int?

        for block in page.blocks {
            if block.kind == .heading {
                pending.append(block)
                continue
            }
            if !pending.isEmpty {
                runs.append(HeadingRun(blocks: pending, itemsBefore: drafts.count))
                pending = []
                open = nil
            }
            let scalars = block.scalars
            let whole = Part(scalars: scalars, printed: block.printed, text: block.text[...], sourceMap: block.sourceMap, lines: block.lines)
            if let dateline = Dateline(parsing: scalars) {
                drafts.append(Draft(kind: .article, dateline: dateline, reporters: dateline.reporters,
                                    parts: [part(of: whole, from: dateline.bodyOffset)]))
                open = drafts.count - 1
            } else if let credit = CaptionCredit(in: scalars) {
                if credit.markOffset > 0 {
                    drafts.append(Draft(kind: .caption, reporters: credit.reporters,
                                        parts: [part(of: whole, upTo: credit.markOffset)]))
                } else if let index = open {
                    captionize(&drafts, at: index, reporters: credit.reporters, credit: whole)
                }
                open = nil
            } else if let index = open, !block.followsGap {
                drafts[index].parts.append(whole)
            } else {
                drafts.append(Draft(kind: .article, reporters: [], parts: [whole]))
                open = drafts.count - 1
            }
        }
        if !pending.isEmpty { runs.append(HeadingRun(blocks: pending, itemsBefore: drafts.count)) }

        // Each item's county evidence is read once, for the headings and for the item's county.
        let evidence = drafts.map(textEvidence)
        let textCounties = evidence.map(\.county)
        assignHeadings(runs, to: &drafts, textCounties: textCounties)
        let scopes = ScopeFinder(gazetteer: gazetteer)
        var items: [Article] = []
        for index in drafts.indices {
            var item = article(from: drafts[index], sequence: index + 1, evidence: evidence[index])
            // A section of the article before it (组织建设：…, under its own subhead) names no county, yet
            // speaks of one (全县, 该县): it is that article's county, not the city's.
            // So does a section under a subhead (## 老党员也要跟上趟) that names no place at all: it goes on with
            // the article above it, unless it speaks of the whole city (我市, 各县市区).
            let body = item.bodyScalars
            if item.county == .jiningCity, item.kind == .article, drafts[index].dateline == nil, textCounties[index] == nil,
               let previous = items.last(where: { $0.kind == .article })?.county, previous != .jiningCity,
               JiningPlaces.ownCountyWords.firstMatch(in: body, within: body.indices) != nil
                || JiningPlaces.wholeCity.firstMatch(in: body, within: body.indices) == nil
                && JiningPlaces.acrossCounties.firstMatch(in: body, within: body.indices) == nil {
                item.county = previous
            }
            if item.kind == .article { item.subject = scopes.subject(ofHeadline: ScalarText.string(item.headlineScalars)) }
            items.append(item)
        }
        return items
    }

    /// A standalone credit line: the paragraph just before it is the caption. It is either an
    /// undated item of its own or the last paragraph appended to the open item.
    private func captionize(_ drafts: inout [Draft], at index: Int, reporters: [String], credit: Part) {
        if drafts[index].dateline == nil && drafts[index].parts.count == 1 {
            drafts[index].kind = .caption
            drafts[index].reporters = reporters
            drafts[index].parts[0].lines = drafts[index].parts[0].lines.lowerBound...credit.lines.upperBound
        } else if drafts[index].parts.count > 1, var caption = drafts[index].parts.popLast() {
            caption.lines = caption.lines.lowerBound...credit.lines.upperBound
            drafts.insert(Draft(kind: .caption, reporters: reporters, parts: [caption]), at: index + 1)
        }
    }

    private func part(of whole: Part, from start: Int) -> Part {
        var start = min(start, whole.scalars.count)
        while start < whole.scalars.count && TextCues.isSpace(whole.scalars[start]) { start += 1 }
        var text = ScalarCursor(whole.text, scalars: whole.printed ?? whole.scalars)
        return Part(scalars: Array(whole.scalars[start...]), printed: whole.printed.map { Array($0[start...]) },
                    text: text.slice(start..<whole.scalars.count),
                    sourceMap: whole.sourceMap.slice(from: start),
                    lines: whole.sourceMap.line(at: start)...whole.lines.upperBound)
    }

    private func part(of whole: Part, upTo end: Int) -> Part {
        var end = end
        while end > 0 && TextCues.isSpace(whole.scalars[end - 1]) { end -= 1 }
        var text = ScalarCursor(whole.text, scalars: whole.printed ?? whole.scalars)
        return Part(scalars: Array(whole.scalars[..<end]), printed: whole.printed.map { Array($0[..<end]) },
                    text: text.slice(0..<end),
                    sourceMap: whole.sourceMap, lines: whole.lines)
    }

    // MARK: Headings

    /// - Parameter textCounties: the ``TextEvidence/county`` of each draft.
    private func assignHeadings(_ runs: [HeadingRun], to drafts: inout [Draft], textCounties: [County?]) {
        let assembler = HeadlineAssembler(gazetteer: gazetteer)
        // Body-first layout: the page opens with an item and ends with headings.
        let headlinesFollowBodies = !drafts.isEmpty && runs.first.map { $0.itemsBefore > 0 } ?? false
            && runs.last.map { $0.itemsBefore == drafts.count } ?? false
        // Precomputed neighbours keep the assignment linear on pages with many items.
        var previousArticle = [Int?](repeating: nil, count: drafts.count + 1)
        for index in drafts.indices {
            previousArticle[index + 1] = drafts[index].kind == .article ? index : previousArticle[index]
        }
        var nextArticle = [Int?](repeating: nil, count: drafts.count + 1)
        for index in drafts.indices.reversed() {
            nextArticle[index] = drafts[index].kind == .article ? index : nextArticle[index + 1]
        }
        var runsUpTo = [Int](repeating: 0, count: drafts.count + 2)
        for run in runs { runsUpTo[run.itemsBefore + 1] += 1 }
        for index in 1..<runsUpTo.count { runsUpTo[index] += runsUpTo[index - 1] }
        var taken = [Bool](repeating: false, count: drafts.count)

        for run in runs {
            for unit in units(of: run.blocks, assembler: assembler) {
                let unitCounty = unit.lazy.compactMap { assembler.placeCounty(in: $0.scalars) }.first
                let previous = previousArticle[run.itemsBefore]
                let next = nextArticle[run.itemsBefore]
                // The article after `next`, when no other heading run stands between them.
                let afterNext = next.flatMap { next in
                    nextArticle[next + 1].flatMap { runsUpTo[$0 + 1] == runsUpTo[next + 1] ? $0 : nil }
                }
                var chosen: Int?
                if let next, next == run.itemsBefore, drafts[next].dateline == nil, !taken[next] {
                    chosen = next
                } else {
                    let preferred = (headlinesFollowBodies ? [previous, next] : [next, previous]).compactMap { $0 }
                        .filter { !taken[$0] }
                    if let unitCounty {
                        chosen = (preferred + [afterNext].compactMap { $0 }.filter { !taken[$0] })
                            .first { textCounties[$0] == unitCounty }
                    }
                    chosen = chosen ?? preferred.first
                }
                if let chosen {
                    drafts[chosen].headingLines = unit
                    taken[chosen] = true
                }
            }
        }
    }

    /// Splits a heading run into the headings of different articles: column labels are dropped,
    /// and a new unit starts at a line naming a different county than the lines before it.
    private func units(of blocks: [NormalizedPage.Block], assembler: HeadlineAssembler) -> [[NormalizedPage.Block]] {
        var kept = blocks
        if kept.count > 1, assembler.isColumnLabel(kept[0].scalars, followedBy: kept[1].scalars) { kept.removeFirst() }
        var units: [[NormalizedPage.Block]] = []
        var current: [NormalizedPage.Block] = []
        var currentCounty: County?
        for block in kept {
            let county = assembler.placeCounty(in: block.scalars)
            if let county, let currentCounty, county != currentCounty {
                units.append(current)
                current = []
            }
            current.append(block)
            currentCounty = county ?? currentCounty
            if county != nil && current.count == 1 { currentCounty = county }
        }
        if !current.isEmpty { units.append(current) }
        return units
    }

    // MARK: Counties

    /// What an item's own words say of its county: the county its dateline names, else the one its text names most
    /// (the first named on a tie), and how many county-level units the text names (read with the text, 0 after a
    /// dateline): a roundup names several.
    private struct TextEvidence {
        var county: County?
        var countiesNamed: Int
    }

    private func textEvidence(_ draft: Draft) -> TextEvidence {
        if let place = draft.dateline?.place, let county = gazetteer.county(named: place), county != .jiningCity {
            return TextEvidence(county: county, countiesNamed: 0)
        }
        var counts: [County: (count: Int, first: Int)] = [:]
        for mention in gazetteer.mentions(in: draft.parts.flatMap { $0.scalars }) where mention.county != .jiningCity {
            let entry = counts[mention.county] ?? (0, mention.range.lowerBound)
            counts[mention.county] = (entry.count + 1, entry.first)
        }
        let dominant = counts.max { ($0.value.count, -$0.value.first) < ($1.value.count, -$1.value.first) }?.key
        return TextEvidence(county: dominant, countiesNamed: counts.count)
    }

    private func article(from draft: Draft, sequence: Int, evidence: TextEvidence) -> Article {
        let assembler = HeadlineAssembler(gazetteer: gazetteer)
        let headline = draft.kind == .caption
            ? (read: [], printed: [])
            : assembler.headline(of: draft.headingLines.map(\.scalars),
                                 printed: draft.headingLines.contains { $0.printed != nil }
                                     ? draft.headingLines.map { $0.printed ?? $0.scalars } : nil)
        let county: County
        if let place = draft.dateline?.place, let named = gazetteer.county(named: place), named != .jiningCity {
            county = named
        } else {
            let text = draft.parts.flatMap { $0.scalars }
            // A roundup: it speaks of every county (各县市区), or of the city (我市, 全市) while naming several.
            let isCityWide = JiningPlaces.acrossCounties.firstMatch(in: text, within: text.indices) != nil
                || evidence.countiesNamed >= 2 && JiningPlaces.wholeCity.firstMatch(in: text, within: text.indices) != nil
            county = assembler.placeCounty(in: headline.read)
                ?? (isCityWide ? .jiningCity : evidence.county) ?? .jiningCity
        }

        var body: [Unicode.Scalar] = []
        // Built only for an item with a part in traditional script.
        var printed: [Unicode.Scalar]? = draft.parts.contains { $0.printed != nil } ? [] : nil
        var anchors: [SourceMap.Anchor] = []
        for (index, part) in draft.parts.enumerated() {
            if index > 0 {
                body.append("\n")
                printed?.append("\n")
            }
            anchors += part.sourceMap.anchors.map { .init(offset: $0.offset + body.count, line: $0.line) }
            body += part.scalars
            printed? += part.printed ?? part.scalars
        }
        let allLines = draft.parts.map(\.lines) + draft.headingLines.map(\.lines)
        let first = allLines.map(\.lowerBound).min() ?? 1
        let last = allLines.map(\.upperBound).max() ?? first
        return Article(
            sequence: sequence, kind: draft.kind, headline: ScalarText.string(headline.printed), headlineScalars: headline.read,
            datelinePlace: draft.dateline?.place, reporters: draft.reporters, county: county,
            body: draft.parts.map { $0.text }.joined(separator: "\n"), bodyScalars: body, printedScalars: printed, sourceMap: SourceMap(anchors: anchors.isEmpty ? [.init(offset: 0, line: first)] : anchors),
            lines: first...last)
    }
}
