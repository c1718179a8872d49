/// Escapes text from pages (headlines, objects, sentences) for Markdown reports.
///
/// Page text is data, never markup: table separators, emphasis, links and HTML (`<script>`) are
/// neutralised, and line breaks become spaces so a cell stays on its row.
///
///     MarkdownText.escape("a|b <script>")   // "a\|b &lt;script&gt;"
public enum MarkdownText {
    /// The text as literal Markdown, safe in a table cell or a list item.
    public static func escape(_ text: String) -> String { render(text, bold: nil) }

    /// The sentence escaped, with the quantity at `span` (scalar offsets) in bold; unmarked when
    /// the span does not lie inside the sentence (a hand-edited database), so bold never stays open.
    public static func marking(_ sentence: String, span: Range<Int>) -> String {
        guard !span.isEmpty, span.lowerBound >= 0, span.upperBound <= sentence.unicodeScalars.count else {
            return escape(sentence)
        }
        return render(sentence, bold: span)
    }

    /// Writes UTF-8 bytes, not a `String.UnicodeScalarView`: appending scalar by scalar cost more
    /// than the rest of a theme page.
    private static func render(_ text: String, bold span: Range<Int>?) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 16)
        for (offset, scalar) in text.unicodeScalars.enumerated() {
            if offset == span?.lowerBound { out += "**".utf8 }
            switch scalar {
            case "&": out += "&amp;".utf8
            case "<": out += "&lt;".utf8
            case ">": out += "&gt;".utf8
            case "\\", "|", "`", "*", "_", "[", "]", "#", "!":
                out.append(UInt8(ascii: "\\"))
                out.append(UInt8(scalar.value))
            // Control characters (general category Cc: C0, DEL, C1) and line or paragraph separators.
            case "\u{0}"..."\u{1F}", "\u{7F}"..."\u{9F}", "\u{2028}", "\u{2029}":
                out.append(UInt8(ascii: " "))
            default:
                UTF8.encode(scalar) { out.append($0) }
            }
            if offset + 1 == span?.upperBound { out += "**".utf8 }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
