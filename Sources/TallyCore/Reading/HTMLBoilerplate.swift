/// What a saved e-paper or web page holds besides the article: one table each of elements dropped by
/// name, words in `class`/`id` that mark site furniture, and the `<meta>` names that give the publication day.
///
/// A new site's share bar or date tag adds a row here, never a rule in ``HTMLPageReader``.
enum HTMLBoilerplate {
    /// Elements never read: code, styling, forms, embedded frames and navigation.
    static let droppedElements: Set<String> = [
        "head", "script", "style", "noscript", "template", "nav", "footer", "aside", "form", "button", "select",
        "textarea", "input", "iframe", "object", "embed", "svg", "canvas", "audio", "video", "map", "menu",
    ]
    /// Words that mark an element's `class` or `id` as site furniture (compared case-insensitively, as parts
    /// of the attribute: `bdsharebuttonbox`, `nav-top`, `footer_copyright`).
    static let furnitureWords = [
        "share", "nav", "menu", "breadcrumb", "crumb", "footer", "copyright", "comment", "related", "toolbar",
        "sidebar", "advert", "banner", "login", "search", "pager", "qrcode", "weixin", "wechat",
    ]
    /// Elements whose text is its own block (paragraph or heading).
    static let blockElements: Set<String> = [
        "p", "div", "section", "article", "main", "header", "li", "ul", "ol", "dl", "dt", "dd", "table", "tr", "td",
        "th", "blockquote", "pre", "figure", "figcaption", "center", "address", "body", "h1", "h2", "h3", "h4", "h5", "h6",
    ]
    /// Heading elements: their text becomes a headline line.
    static let headingElements: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6"]
    /// `<meta name=…>` or `<meta property=…>` (lower case) whose `content` is the publication day.
    static let dateMetaNames: Set<String> = [
        "publishdate", "pubdate", "publish_date", "publication_date", "article:published_time", "date", "dc.date",
        "dc.date.issued", "dcterms.created", "og:release_date", "created",
    ]
}
