import Mustache

/// A row a page template repeats many times (a table row, an evidence line): it names its fields for the
/// template by key path, so rendering reads them directly. Mustache otherwise looks each field up through
/// `Mirror`, which was most of a report's time on a corpus of a million facts.
///
///     extension IndicatorPage.View.Evidence: TemplateRow {
///         static let fields: [String: PartialKeyPath<Self> & Sendable] = ["factID": \.factID, "county": \.county]
///     }
protocol TemplateRow: MustacheParent {
    static var fields: [String: PartialKeyPath<Self> & Sendable] { get }
}

extension TemplateRow {
    func child(named name: String) -> Any? {
        Self.fields[name].map { self[keyPath: $0] }
    }
}
