/// What `tally explain` prints: the fact, its sentence with the quantity marked by a caret line
/// (compiler-diagnostic style, CJK two columns wide), the file and line, and the article headline.
///
///     print(try database.fact(id: 12)!.explanation, terminator: "")
///     // fact 12: 60余场次 = 60 event (over); object 学习活动; county 邹城市
///     //  --> seeds/000_a81acad557f7d2c0.txt:3
///     //   |
///     // 3 | 邹城市举办学习活动60余场次，…
///     //   |                   ^^^^^^^^^^
///     // article 1: 邹城市 凝聚银发力量
extension StoredFact {
    public var explanation: String {
        let range = high.map { "\(Cell.format(value))–\(Cell.format($0))" } ?? Cell.format(value)
        var header = "fact \(id): \(surface) = \(range) \(unit) (\(qualifier))"
        if isRate { header += ", rate" }
        header += "; object \(object.isEmpty ? "(none)" : object); county \(county)"
        if let theme { header += "; theme \(theme)" }
        if let period { header += "; period \(period)" }
        header += "; scope \(scope)" + (place.isEmpty ? "" : " \(place)")
        if status != "actual" { header += "; \(status)" }
        if let relation { header += "; \(relation)" }
        if !indicators.isEmpty { header += "; counts toward \(indicators)" }
        let marked = CaretLine(text: sentence, marked: spanInSentence)
        let gutter = String(repeating: " ", count: String(line).count)
        return """
            \(header)
            \(gutter)--> \(location)
            \(gutter) |
            \(line) | \(marked.text)
            \(gutter) | \(marked.caret)
            article \(articleSeq): \(headline.isEmpty ? "(no headline)" : headline)

            """
    }
}
