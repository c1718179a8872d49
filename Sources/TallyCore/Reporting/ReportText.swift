/// How a report cell cites its facts, in every language.
enum ReportText {
    /// Fact ids as links to their evidence on the indicator's page (`page` is its path from the citing page).
    static func citations(_ factIDs: [Int64], page: String = "") -> String {
        factIDs.map { "[\($0)](\(page)#fact-\($0))" }.joined(separator: ", ")
    }
}
