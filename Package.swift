// swift-tools-version: 6.1
import PackageDescription

let strict: [SwiftSetting] = [
    .swiftLanguageMode(.v6),
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
    // Release builds let the optimizer inline and specialize across the modules: the hot paths cross them for
    // every token (`FormTable.contains`, `Document.formHash`, the `Clitic` constants), and each crossing was a call.
    .unsafeFlags(["-cross-module-optimization"], .when(configuration: .release)),
]

let package = Package(
    name: "Marsad",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "marsad", targets: ["MarsadCLI"]),
        .library(name: "MarsadPipeline", targets: ["MarsadPipeline"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.0.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.0.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.0.0"),
    ],
    targets: [
        .systemLibrary(name: "CZlib", path: "Sources/CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        .systemLibrary(
            name: "CLibXML2", path: "Sources/CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .target(name: "MarsadCore", swiftSettings: strict),
        .target(name: "MarsadText", dependencies: ["MarsadCore"], swiftSettings: strict),
        .target(
            name: "MarsadActors", dependencies: ["MarsadCore", "MarsadText"],
            resources: [.copy("Resources")], swiftSettings: strict),
        .target(
            name: "MarsadTime", dependencies: ["MarsadCore", "MarsadText"],
            resources: [.copy("Resources")], swiftSettings: strict),
        .target(
            name: "MarsadCoding", dependencies: ["MarsadCore", "MarsadText"],
            resources: [.copy("Resources")], swiftSettings: strict),
        .target(
            name: "MarsadPipeline",
            dependencies: [
                "MarsadCore", "MarsadText", "MarsadActors", "MarsadTime", "MarsadCoding", "MarsadExtraction",
            ],
            swiftSettings: strict),
        .target(
            name: "MarsadExtraction", dependencies: ["MarsadCore", "CLibXML2", "CZlib"],
            resources: [.copy("Resources")], swiftSettings: strict),
        .target(name: "MarsadEvaluation", dependencies: ["MarsadCore"], swiftSettings: strict),
        .target(
            name: "MarsadStore",
            dependencies: ["MarsadCore", "MarsadText", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: strict),
        .target(
            name: "MarsadServer",
            dependencies: [
                "MarsadCore", "MarsadStore", "MarsadPipeline",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            resources: [.copy("Resources")], swiftSettings: strict),
        .executableTarget(
            name: "MarsadCLI",
            dependencies: [
                "MarsadPipeline", "MarsadEvaluation", "MarsadActors", "MarsadCoding", "MarsadCore", "MarsadTime",
                "MarsadExtraction", "MarsadStore", "MarsadServer",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strict),
        // Helpers shared by the test targets (seeded random numbers, the shared data folder).
        .target(name: "MarsadTesting", path: "Tests/MarsadTesting", swiftSettings: strict),
        .testTarget(name: "MarsadCoreTests", dependencies: ["MarsadCore"], swiftSettings: strict),
        .testTarget(name: "MarsadTextTests", dependencies: ["MarsadText"], swiftSettings: strict),
        .testTarget(name: "MarsadActorsTests", dependencies: ["MarsadActors"], swiftSettings: strict),
        .testTarget(name: "MarsadTimeTests", dependencies: ["MarsadTime", "MarsadTesting"], swiftSettings: strict),
        .testTarget(
            name: "MarsadCodingTests", dependencies: ["MarsadCoding"], exclude: ["Fixtures"], swiftSettings: strict),
        .testTarget(
            name: "MarsadPipelineTests", dependencies: ["MarsadPipeline", "MarsadTesting"], swiftSettings: strict),
        .testTarget(
            name: "MarsadExtractionTests", dependencies: ["MarsadExtraction", "MarsadTesting"], swiftSettings: strict),
        .testTarget(
            name: "MarsadEvaluationTests", dependencies: ["MarsadEvaluation", "MarsadTesting"], swiftSettings: strict),
        .testTarget(
            name: "MarsadStoreTests", dependencies: ["MarsadStore", "MarsadCore", "MarsadTesting"],
            swiftSettings: strict),
        .testTarget(
            name: "MarsadServerTests",
            dependencies: [
                "MarsadServer", "MarsadStore", "MarsadCore", "MarsadPipeline", "MarsadTesting",
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict),
        .testTarget(
            name: "MarsadCLITests", dependencies: ["MarsadCLI", "MarsadPipeline", "MarsadEvaluation", "MarsadTime"],
            swiftSettings: strict),
    ]
)
