/// Text from pages and file names made safe for a terminal: control characters (other than line
/// feeds and tabs) are written as `\x1B`-style escapes, so a file named with `\e[2J` cannot clear or
/// retitle the screen.
///
///     TerminalText.safe("a\u{1B}[2Jb")   // "a\\x1B[2Jb"
enum TerminalText {
    static func safe(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0A, 0x09: out.unicodeScalars.append(scalar)
            case 0x00...0x1F, 0x7F...0x9F:
                let hex = String(scalar.value, radix: 16, uppercase: true)
                out += "\\x" + (hex.count < 2 ? "0" : "") + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
