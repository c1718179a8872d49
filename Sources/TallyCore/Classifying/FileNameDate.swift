/// The publication day an archive's file name carries: `jnrb20250312_06.pdf` (a paper code, then
/// `YYYYMMDD`), `2025-03-12-党的建设.txt`, `2025_03_12.html`, `2025年3月12日 第6版.pdf`.
///
/// Only a whole day counts: `2025-06` alone may as well be a page number. Hash-like names
/// (`000_a81acad557f7d2c0.txt`) give nothing, since eight digits must stand alone or after letters only.
///
///     FileNameDate.day(in: "jnrb20250312_06.pdf") // 2025-03-12
public enum FileNameDate {
    /// The day in `name` (a file name or path: only the last component is read), or nil.
    public static func day(in name: String) -> CalendarDay? {
        // The extension ends the date as any other non-digit does, so it need not be cut off.
        DateText.firstDay(in: name.split(separator: "/").last.map(String.init) ?? name, compact: true)
    }
}
