/// Quotes text for generated gnuplot scripts so that no page text can run a command
/// (anchors.md §3).
///
/// Strings go in single quotes, where gnuplot does no backquote substitution, with `'` doubled;
/// a leading `'` becomes ＇, since gnuplot reads `'''a'` as an empty string and a stray token.
/// Datablock fields go in double quotes with `"` turned into ＂; every data line therefore starts
/// with `"` or a digit, so none can start with the block's end marker. Line breaks and control
/// characters become spaces in both, so text can never end a line early.
///
///     GnuplotText.quoted("it's `id`")       // "'it''s `id`'"
///     GnuplotText.field("say \"hi\"\nEOD")  // "\"say ＂hi＂ EOD\""
public enum GnuplotText {
    /// Ends every datablock; never the start of a data line, which begins with `"`, a digit or `NaN`.
    public static let datablockEnd = "EOD_TALLY"

    /// A single-quoted gnuplot string literal.
    public static func quoted(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        out.append("'")
        for (offset, scalar) in text.unicodeScalars.enumerated() {
            if scalar == "'" {
                if offset == 0 { out.append("＇") } else { out.append("'"); out.append("'") }
            } else {
                out.append(flattened(scalar))
            }
        }
        out.append("'")
        return String(out)
    }

    /// A double-quoted datablock field.
    public static func field(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        out.append("\"")
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out.append("＂")
            case "\\": out.append("＼")
            default: out.append(flattened(scalar))
            }
        }
        out.append("\"")
        return String(out)
    }

    /// A number in a datablock: `NaN` when missing or not finite (never 0).
    public static func number(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "NaN" }
        return value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : "\(value)"
    }

    private static func flattened(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        scalar.properties.generalCategory == .control || scalar == "\u{2028}" || scalar == "\u{2029}"
            || scalar == "\u{85}" ? " " : scalar
    }
}
