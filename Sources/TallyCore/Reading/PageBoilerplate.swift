/// The printed furniture of a newspaper page that is not news: masthead, QR-code prompt,
/// the sponsor block and the page label. One table, so a new publication adds rows here.
enum PageBoilerplate {
    /// Page labels printed as a heading (`### 党的建设`).
    static let pageLabels: [[Unicode.Scalar]] = scalars(["党的建设"])
    /// A line starting with one of these is a QR-code or follow prompt.
    static let promptPrefixes: [[Unicode.Scalar]] = scalars(["扫描二维码", "扫码关注", "长按识别"])
    /// A run of consecutive lines whose last line ends with this is the sponsor block (主办 …).
    static let sponsorSuffixes: [[Unicode.Scalar]] = scalars(["主办", "协办", "承办"])
    /// The sponsor block lists a few organisations; longer runs are not one block.
    static let maximumSponsorLines = 6
    /// List bullets of the masthead's short slogan list (● 政策发布平台 …).
    static let bullets: ScalarSet = ["●", "-", "•", "·", "○", "◆", "*"]
    /// Masthead slogans are short; a longer bulleted line is kept as text.
    static let maximumSloganLength = 10

    private static func scalars(_ words: [String]) -> [[Unicode.Scalar]] {
        words.map { ScalarText.scalars(of: $0) }
    }
}
