/// The language a report is written in: Chinese by default, as the office writes its own reports, or
/// English on request. Both are rendered from one report model by their own template set
/// (``ReportTemplates``); only the frame words differ, never the figures.
///
///     ReportGenerator(data: data, language: .en)
public enum ReportLanguage: String, CaseIterable, Sendable, Hashable {
    case zh
    case en
}
