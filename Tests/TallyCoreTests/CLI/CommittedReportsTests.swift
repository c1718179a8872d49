import Foundation
import Testing
import TallyTestSupport

/// The committed `reports/` is what `swift run tally` makes from `seeds/` today: a change to the
/// extractor, the themes or the report layout that is not followed by regenerating the reports fails here.
extension TallyEndToEndTests {
    @Test(.enabled(if: executable != nil)) func committedReportsAreCurrent() throws {
        let scratch = try TemporaryFolder()
        // Run from the package root so document paths read `seeds/…` and `queries/` is found, as in the README's command.
        let run = try tally(["run", "seeds", "--db", scratch.file("t.sqlite"), "--out", scratch.file("reports")],
                            in: Fixtures.packageRoot.path)
        #expect(run.status == 0, "\(run.stderr)")

        let committed = Fixtures.packageRoot.appendingPathComponent("reports")
        let fresh = URL(fileURLWithPath: scratch.file("reports"))
        let committedFiles = try Self.files(under: committed), freshFiles = try Self.files(under: fresh)
        // Charts exist only where gnuplot ran; the scripts, pages and workbook are compared byte for byte.
        let textual = { (name: String) in !name.hasSuffix(".svg") }
        if run.stdout.contains("charts were not rendered") {
            #expect(freshFiles.filter(textual) == committedFiles.filter(textual))
        } else {
            #expect(freshFiles == committedFiles, "regenerate with `swift run tally`")
        }
        for name in freshFiles.filter(textual) where committedFiles.contains(name) {
            // The workbook is compared byte for byte too: its document date is fixed.
            let expected = try Data(contentsOf: committed.appendingPathComponent(name))
            let actual = try Data(contentsOf: fresh.appendingPathComponent(name))
            #expect(actual == expected, "reports/\(name) is stale: regenerate with `swift run tally`")
        }
    }

    /// Relative paths of the files under `root`, sorted.
    private static func files(under root: URL) throws -> [String] {
        let enumerator = FileManager.default.enumerator(atPath: root.path)
        var names: [String] = []
        while let name = enumerator?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: root.appendingPathComponent(name).path, isDirectory: &isDirectory)
            if exists, !isDirectory.boolValue { names.append(name) }
        }
        return names.sorted()
    }
}
