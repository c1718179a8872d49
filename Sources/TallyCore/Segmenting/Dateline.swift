/// The `本报X讯（通讯员 …）` opening of an article: where it was filed, who filed it, and
/// where the body starts.
///
///     Dateline(parsing: Array("本报邹城讯 (通讯员 胡盼盼) 近年来".unicodeScalars))?.place // "邹城"
struct Dateline {
    var place: String
    var reporters: [String]
    /// Scalar offset in the parsed line where the body starts (after the closing parenthesis).
    var bodyOffset: Int

    init?(parsing line: [Unicode.Scalar]) {
        guard let placeEnd = TextCues.datelinePlaceEnd(line) else { return nil }
        place = ScalarText.string(line[2..<placeEnd])
        var index = placeEnd + 1
        while index < line.count && TextCues.isSpace(line[index]) { index += 1 }
        reporters = []
        bodyOffset = index
        guard index < line.count, line[index] == "(" || line[index] == "（" else { return }
        let open = index
        var close = open + 1
        while close < line.count && close - open <= 60 && line[close] != ")" && line[close] != "）" { close += 1 }
        guard close < line.count, line[close] == ")" || line[close] == "）" else { return }
        reporters = Dateline.names(in: line[(open + 1)..<close])
        bodyOffset = close + 1
        while bodyOffset < line.count && TextCues.isSpace(line[bodyOffset]) { bodyOffset += 1 }
    }

    /// Role words that precede names in datelines and credits.
    private static let roles = ["通讯员", "记者", "见习记者", "特约通讯员"]

    /// Names in `通讯员 甲 乙` (roles dropped, split at spaces and list marks).
    static func names(in scalars: ArraySlice<Unicode.Scalar>) -> [String] {
        var names: [String] = []
        var current = ""
        func finish() {
            if !current.isEmpty && !roles.contains(current) { names.append(current) }
            current = ""
        }
        for scalar in scalars {
            if TextCues.isSpace(scalar) || scalar == "、" || scalar == "," || scalar == "，" {
                finish()
            } else {
                current.unicodeScalars.append(scalar)
                if roles.contains(current) { current = "" }
            }
        }
        finish()
        return names
    }
}
