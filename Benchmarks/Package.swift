// swift-tools-version:6.0
import PackageDescription

// Benchmarks live in their own package (own .build folder), so the main package's build and tests never pay
// for them. Plain Swift timing with ContinuousClock: no benchmark framework. Run `bash Benchmarks/run.sh`.
let package = Package(
    name: "TouchstoneBenchmarks",
    dependencies: [
        // Named explicitly so the product reference does not depend on the checkout folder's name.
        .package(name: "Touchstone", path: ".."),
    ],
    targets: [
        .executableTarget(
            name: "touchstone-bench",
            dependencies: [
                .product(name: "TouchstoneCore", package: "Touchstone"),
                .product(name: "TouchstoneStats", package: "Touchstone"),
            ],
            path: "Sources/touchstone-bench"
        ),
    ],
    swiftLanguageModes: [.v6]
)
