import Testing
@testable import TallyCore

@Suite struct ManifestTests {
    @Test func readsDatesOfEveryPrecisionAndSource() {
        let text = "file\tpublished\tsource\na.txt\t2025-03-09\tJining Daily\nb.txt\t2025-03\t\nc.txt\t2025\tx\nd.txt\t\t\n"
        let manifest = Manifest(text: text, path: "pages/manifest.tsv", filesInFolder: ["a.txt", "b.txt", "c.txt", "d.txt"])
        #expect(manifest.warnings.isEmpty)
        #expect(manifest.entries["a.txt"]?.published == PublicationDate(year: 2025, month: 3, day: 9, precision: .day, source: .manifest))
        #expect(manifest.entries["a.txt"]?.source == "Jining Daily")
        #expect(manifest.entries["b.txt"]?.published?.precision == .month)
        #expect(manifest.entries["b.txt"]?.source == nil)
        #expect(manifest.entries["c.txt"]?.published?.precision == .year)
        #expect(manifest.entries["d.txt"] != nil)
        #expect(manifest.entries["d.txt"]?.published == nil)
    }

    @Test func badRowsAreWarningsNamingTheLine() {
        let text = "file\tpublished\tsource\ngone.txt\t2025\t\na.txt\t2025-02-30\tx\nb.txt\t25-1-1\t\n\t2025\t\n"
        let manifest = Manifest(text: text, path: "pages/manifest.tsv", filesInFolder: ["a.txt", "b.txt"])
        #expect(manifest.warnings.map(\.line) == [2, 3, 4, 5])
        #expect(manifest.warnings[0].description == "pages/manifest.tsv:2: no such file: gone.txt")
        #expect(manifest.warnings[1].description.hasPrefix("pages/manifest.tsv:3: bad date '2025-02-30'"))
        // A bad date keeps the row's source; the date is then inferred from the text.
        #expect(manifest.entries["a.txt"]?.source == "x")
        #expect(manifest.entries["a.txt"]?.published == nil)
    }

    @Test func dates() {
        #expect(Manifest.date(from: "2024-02-29")?.day == 29)
        #expect(Manifest.date(from: "2023-02-29") == nil)
        #expect(Manifest.date(from: "2025-13") == nil)
        #expect(Manifest.date(from: "２０２５") == nil)
        #expect(Manifest.date(from: "2025-3-9") == nil)
        #expect(Manifest.date(from: "") == nil)
    }

    /// A spreadsheet's export: a byte-order mark and CRLF line ends read like a plain file (issue #14: 7).
    @Test func byteOrderMarkAndCRLFAreRead() {
        let text = "\u{FEFF}file\tpublished\tsource\r\na.txt\t2025-03-09\tx\r\nb.txt\t2024\t\r\n"
        let manifest = Manifest(text: text, path: "pages/manifest.tsv", filesInFolder: ["a.txt", "b.txt"])
        #expect(manifest.warnings.isEmpty)
        #expect(manifest.entries["a.txt"]?.published?.day == 9 && manifest.entries["a.txt"]?.source == "x")
        #expect(manifest.entries["b.txt"]?.published?.year == 2024)
    }

    @Test func aSecondRowForAFileIsAWarning() {
        let text = "file\tpublished\na.txt\t2025-03-09\na.txt\t2025-04-01\n"
        let manifest = Manifest(text: text, path: "pages/manifest.tsv", filesInFolder: ["a.txt"])
        #expect(manifest.warnings.map(\.description) == ["pages/manifest.tsv:3: second row for a.txt (first at line 2); this one is used"])
        #expect(manifest.entries["a.txt"]?.published?.month == 4)
    }
}
