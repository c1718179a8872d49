/// Escapes text from pages (headlines, objects, sentences) for Markdown reports.
///
/// Page text is data, never markup: table separators, emphasis, links and HTML (`<script>`) are
/// neutralised, and line breaks become spaces so a cell stays on its row.
///
///     MarkdownText.escape("a|b <script>")   // "a\|b &lt;script&gt;"
public enum MarkdownText {
    /// The text as literal Markdown, safe in a table cell or a list item.
    public static func escape(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { append(scalar, to: &out) }
        return String(out)
    }

    /// The sentence escaped, with the quantity at `span` (scalar offsets) in bold; unmarked when
    /// the span does not lie inside the sentence (a hand-edited database), so bold never stays open.
    public static func marking(_ sentence: String, span: Range<Int>) -> String {
        guard !span.isEmpty, span.lowerBound >= 0, span.upperBound <= sentence.unicodeScalars.count else {
            return escape(sentence)
        }
        var out = String.UnicodeScalarView()
        for (offset, scalar) in sentence.unicodeScalars.enumerated() {
            if offset == span.lowerBound { out.append(contentsOf: "**".unicodeScalars) }
            append(scalar, to: &out)
            if offset + 1 == span.upperBound { out.append(contentsOf: "**".unicodeScalars) }
        }
        return String(out)
    }

    private static func append(_ scalar: Unicode.Scalar, to out: inout String.UnicodeScalarView) {
        switch scalar {
        case "&": out.append(contentsOf: "&amp;".unicodeScalars)
        case "<": out.append(contentsOf: "&lt;".unicodeScalars)
        case ">": out.append(contentsOf: "&gt;".unicodeScalars)
        case "\\", "|", "`", "*", "_", "[", "]", "#", "!":
            out.append("\\")
            out.append(scalar)
        default:
            out.append(scalar.properties.generalCategory == .control || scalar == "\u{2028}" || scalar == "\u{2029}"
                       ? " " : scalar)
        }
    }
}
