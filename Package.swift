// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Tally",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "TallyCore", targets: ["TallyCore"]),
        .executable(name: "tally", targets: ["tally"]),
        .executable(name: "tally-bench", targets: ["tally-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
    ],
    targets: [
        .target(
            name: "TallyCore",
            dependencies: [
                "CSHA256",
                "CXlsxWriter",
                "CLibXML2",
                "COpenCC",
                .product(name: "GRDB", package: "GRDB.swift"),
                // SQLite's C API, for the million-row reads and writes where GRDB's conveniences cost the most.
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                // The report pages are Mustache templates (Reporting/Templates), one set per language.
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            resources: []
        ),
        // libxlsxwriter, for the reports' workbook: a C library made for writing .xlsx files.
        .systemLibrary(name: "CXlsxWriter", pkgConfig: "xlsxwriter", providers: [.apt(["libxlsxwriter-dev"])]),
        // SHA-256 with the x86 SHA instructions, for the digest ingest takes of every page.
        // DWARF 4: valgrind 3.19 (Debian 12) gives up on the DWARF 5 clang writes by default.
        .target(name: "CSHA256", cSettings: [.unsafeFlags(["-gdwarf-4"])]),
        // libxml2's HTML parser: e-paper article pages, and the XHTML `pdftotext -bbox-layout` writes.
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        // OpenCC, the standard converter between traditional and simplified characters: pages reposted in
        // traditional script are read with the simplified lexicons (Reading/ScriptConverter).
        .systemLibrary(name: "COpenCC", pkgConfig: "opencc", providers: [.apt(["libopencc-dev"])]),
        .executableTarget(
            name: "tally",
            dependencies: [
                "TallyCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "tally-bench",
            dependencies: [
                "TallyCore",
                "TallyTestSupport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        .target(
            name: "TallyTestSupport",
            dependencies: ["TallyCore"],
            path: "Tests/TallyTestSupport"
        ),
        .testTarget(
            name: "TallyCoreTests",
            dependencies: ["TallyCore", "TallyTestSupport"],
            resources: [.copy("Fixtures")]
        ),
    ]
)
