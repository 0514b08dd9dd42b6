// swift-tools-version: 6.1
// Marsad benchmarks: a separate package so the main package does not depend on package-benchmark.
// Run with `swift package benchmark` from this directory (see README.md).
import PackageDescription

let package = Package(
    name: "MarsadBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "Marsad", path: ".."),
        // Only the malloc interposer trait (mallocCountTotal on Swift 6.3, no jemalloc). The default
        // "RuntimeInterposer" trait would pull in ordo-one/swift-runtime-interposer on Linux + Swift 6.3,
        // which only the ARC metrics need; these benchmarks do not ask for them.
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "MarsadBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "MarsadCoder", package: "Marsad"),
                .product(name: "MarsadStore", package: "Marsad"),
            ],
            path: "Benchmarks/MarsadBenchmarks",
            plugins: [
                .plugin(name: "BenchmarkPlugin", package: "benchmark")
            ]
        )
    ]
)
