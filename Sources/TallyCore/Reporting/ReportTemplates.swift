import Mustache

/// Renders report pages from their Mustache templates: one set per language (`Templates/`) over the
/// same view models, so a Chinese and an English page differ in their words only.
///
/// Templates are Swift string constants, not package resources: `tally` stays one file that can be
/// copied anywhere, with no resource bundle to lose beside it. `{{name}}` writes page text escaped for
/// Markdown (``MarkdownText/escape(_:)``); `{{{name}}}` writes Markdown the model built (bold marks, links).
///
///     let page = try ReportTemplates.render(view, template: "indicator", language: .zh)
enum ReportTemplates {
    /// Every page template by name, per language.
    static func templates(_ language: ReportLanguage) -> [String: String] {
        switch language {
        case .zh: return ChineseTemplates.all
        case .en: return EnglishTemplates.all
        }
    }

    /// Mustache escaping for Markdown pages.
    private struct MarkdownContentType: MustacheContentType {
        func escapeText(_ text: String) -> String { MarkdownText.escape(text) }
    }

    private static let libraries: [ReportLanguage: Result<MustacheLibrary, ReportError>] = {
        MustacheContentTypes.register(MarkdownContentType(), named: "MARKDOWN")
        var libraries: [ReportLanguage: Result<MustacheLibrary, ReportError>] = [:]
        for language in ReportLanguage.allCases {
            libraries[language] = Result { () throws(ReportError) in
                var library = MustacheLibrary()
                for (name, text) in templates(language) {
                    do { try library.register("{{% CONTENT_TYPE: MARKDOWN}}\n" + text, named: name) } catch {
                        throw .badTemplate(name: "\(language.rawValue)/\(name)", reason: "\(error)")
                    }
                }
                return library
            }
        }
        return libraries
    }()

    /// The page `template` of `language` rendered over `view`.
    static func render(_ view: Any, template: String, language: ReportLanguage) throws(ReportError) -> String {
        let library = try libraries[language]!.get()
        guard let page = library.render(view, withTemplate: template) else {
            throw .badTemplate(name: "\(language.rawValue)/\(template)", reason: "no such template")
        }
        return page
    }
}
