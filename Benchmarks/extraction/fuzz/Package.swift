// swift-tools-version: 6.1
import PackageDescription

// libFuzzer harnesses for MarsadExtraction's HTML and WARC entry points. Not part of the main build:
//
//   cd Benchmarks/extraction/fuzz
//   swift build -c release -Xswiftc -sanitize=fuzzer -Xswiftc -parse-as-library -Xswiftc -use-ld=lld
//   .build/release/FuzzHTML -max_total_time=600 -rss_limit_mb=4096 corpus-html/
//   .build/release/FuzzWARC -max_total_time=600 corpus-warc/
// NB: lld, because ld.gold stops with an internal error (dwarf_reader.cc) on the fuzzer link.
let package = Package(
    name: "MarsadFuzz",
    platforms: [.macOS(.v15)],
    dependencies: [.package(name: "Marsad", path: "../../..")],
    targets: [
        .executableTarget(
            name: "FuzzHTML", dependencies: [.product(name: "MarsadPipeline", package: "Marsad")],
            swiftSettings: [.swiftLanguageMode(.v6)]),
        .executableTarget(
            name: "FuzzWARC", dependencies: [.product(name: "MarsadPipeline", package: "Marsad")],
            swiftSettings: [.swiftLanguageMode(.v6)]),
    ]
)
