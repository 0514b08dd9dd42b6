// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "Marsad",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "marsad", targets: ["marsad"]),
        .library(name: "MarsadCore", targets: ["MarsadCore"]),
        .library(name: "MarsadText", targets: ["MarsadText"]),
        .library(name: "MarsadLanguages", targets: ["MarsadLanguages"]),
        .library(name: "MarsadLexicon", targets: ["MarsadLexicon"]),
        .library(name: "MarsadCoder", targets: ["MarsadCoder"]),
        .library(name: "MarsadStore", targets: ["MarsadStore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
    ],
    targets: [
        .target(name: "MarsadCore"),
        .target(name: "MarsadText", dependencies: ["MarsadCore"]),
        .target(
            name: "MarsadArabic", dependencies: ["MarsadCore", "MarsadText"],
            resources: [.copy("Resources")]),
        .target(
            name: "MarsadEnglish", dependencies: ["MarsadCore", "MarsadText"],
            resources: [.copy("Resources")]),
        .target(
            name: "MarsadLanguages",
            dependencies: ["MarsadCore", "MarsadText", "MarsadArabic", "MarsadEnglish"]),
        .target(
            name: "MarsadLexicon", dependencies: ["MarsadCore", "MarsadText"],
            resources: [.copy("Resources")]),
        .target(
            name: "MarsadCoder",
            dependencies: ["MarsadCore", "MarsadText", "MarsadLexicon", "MarsadLanguages"]),
        .target(
            name: "MarsadStore",
            dependencies: ["MarsadCore", .product(name: "GRDB", package: "GRDB.swift")]),
        .executableTarget(
            name: "marsad",
            dependencies: [
                "MarsadCore", "MarsadText", "MarsadLexicon", "MarsadLanguages", "MarsadCoder",
                "MarsadStore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        .testTarget(name: "MarsadCoreTests", dependencies: ["MarsadCore"]),
        .testTarget(name: "MarsadTextTests", dependencies: ["MarsadText"]),
        .testTarget(name: "MarsadArabicTests", dependencies: ["MarsadArabic"]),
        .testTarget(name: "MarsadEnglishTests", dependencies: ["MarsadEnglish"]),
        .testTarget(name: "MarsadLexiconTests", dependencies: ["MarsadLexicon", "MarsadLanguages"]),
        .testTarget(
            name: "MarsadCoderTests", dependencies: ["MarsadCoder"],
            resources: [.copy("Fixtures")]),
        .testTarget(name: "MarsadStoreTests", dependencies: ["MarsadStore", "MarsadCoder"]),
    ]
)
