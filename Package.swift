// swift-tools-version:6.0
import PackageDescription

// Layers, one-way: CLapack → TouchstoneStats (kernels) → TouchstoneCore (project, pipeline; returns values
// and typed findings, no sentences) → TouchstoneOutput (the words in English and Chinese, and the text, CSV,
// JSON and workbook forms of the results) → TouchstoneReports (the one place that knows both results and
// charts) → TouchstoneCLI (the `touchstone` executable; the only module that imports ArgumentParser).
// TouchstoneCharts (SVG) knows nothing of our statistics and sits beside Core, under Reports.
// TouchstoneText (number formatting, East Asian display width, Markdown escaping, text tables) depends on
// nothing and sits under Core and Charts, so tables, charts and reports print numbers and measure text alike.
// Each target lists every module its files import.
// TouchstoneSynthetic generates the bundled demo panel and depends on nothing of ours.
let package = Package(
    name: "Touchstone",
    products: [
        .executable(name: "touchstone", targets: ["TouchstoneCLI"]),
        .library(name: "TouchstoneCore", targets: ["TouchstoneCore"]),
        .library(name: "TouchstoneStats", targets: ["TouchstoneStats"]),
        .library(name: "TouchstoneOutput", targets: ["TouchstoneOutput"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        // Reads and writes .xlsx workbooks (a ZIP of SpreadsheetML parts); the XML is FoundationXML's.
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        .systemLibrary(
            name: "CLapack",
            pkgConfig: "openblas",
            providers: [.apt(["libopenblas-dev", "liblapacke-dev"])]
        ),
        .target(name: "TouchstoneText"),
        .target(name: "TouchstoneStats", dependencies: ["CLapack"]),
        .target(
            name: "TouchstoneCore",
            dependencies: [
                "TouchstoneStats", "TouchstoneText", .product(name: "Yams", package: "Yams"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        .target(name: "TouchstoneOutput", dependencies: ["TouchstoneCore", "TouchstoneStats", "TouchstoneText"]),
        .target(name: "TouchstoneSynthetic"),
        .target(name: "TouchstoneCharts", dependencies: ["TouchstoneText"]),
        .target(
            name: "TouchstoneReports",
            dependencies: ["TouchstoneStats", "TouchstoneCore", "TouchstoneOutput", "TouchstoneCharts", "TouchstoneText"]
        ),
        .executableTarget(
            name: "TouchstoneCLI",
            dependencies: [
                "TouchstoneCore", "TouchstoneOutput", "TouchstoneReports", "TouchstoneSynthetic", "TouchstoneText",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // The JSON Schemas of the `--format json` outputs: documentation for users, checked by the tests.
            exclude: ["Schemas"]
        ),
        .testTarget(name: "TouchstoneTextTests", dependencies: ["TouchstoneText"]),
        .testTarget(name: "TouchstoneStatsTests", dependencies: ["TouchstoneStats"]),
        .testTarget(
            name: "TouchstoneCoreTests",
            dependencies: [
                "TouchstoneCore", "TouchstoneOutput", "TouchstoneStats", "TouchstoneSynthetic", "TouchstoneText",
                .product(name: "PropertyBased", package: "swift-property-based"),
                .product(name: "Yams", package: "Yams"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            exclude: ["Fixtures"]
        ),
        .testTarget(name: "TouchstoneCLITests", dependencies: ["TouchstoneCLI", "TouchstoneCore", "TouchstoneText"]),
        .testTarget(name: "TouchstoneSyntheticTests", dependencies: ["TouchstoneSynthetic"]),
        .testTarget(name: "TouchstoneChartsTests", dependencies: ["TouchstoneCharts", "TouchstoneText"], exclude: ["Golden"]),
        .testTarget(name: "TouchstoneReportsTests", dependencies: ["TouchstoneReports", "TouchstoneStats", "TouchstoneCore", "TouchstoneOutput", "TouchstoneCharts", "TouchstoneSynthetic", "TouchstoneText"], exclude: ["Golden"]),
    ],
    swiftLanguageModes: [.v6]
)
