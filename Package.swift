// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "declutter",
    products: [
        .library(name: "Declutter", targets: ["Declutter"]),
        .executable(name: "declutter", targets: ["declutter"]),
        .executable(name: "declutter-eval", targets: ["declutter-eval"]),
        .executable(name: "declutter-fuzz", targets: ["declutter-fuzz"]),
    ],
    targets: [
        // libxml2 through the system's pkg-config entry; nothing is vendored.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        // zlib through the system's pkg-config entry, for gunzipping `.gz` pages in the CLI.
        .systemLibrary(
            name: "CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"]), .brew(["zlib"])]
        ),
        // The library: decode → segment → features → score → select → render.
        .target(name: "Declutter", dependencies: ["CLibXML2"]),
        // The command-line tool, a thin shell over the library: single pages, folders, JSON Lines.
        .executableTarget(name: "declutter", dependencies: ["Declutter", "CZlib"]),
        // Shingle scorer (a port of score.py), corpus layouts and benchmark loop; not a product.
        .target(name: "DeclutterEvalKit", dependencies: ["Declutter"]),
        // The command behind `make eval` / `make bench`, a thin shell over DeclutterEvalKit.
        .executableTarget(name: "declutter-eval", dependencies: ["Declutter", "DeclutterEvalKit"]),
        // libFuzzer target over the library (`make fuzz`); a plain build is a replayer of inputs.
        .executableTarget(name: "declutter-fuzz", dependencies: ["Declutter"]),
        .testTarget(
            name: "DeclutterTests",
            dependencies: ["Declutter"],
            path: "Tests/DeclutterTests"
        ),
        .testTarget(
            name: "DeclutterEvalTests",
            dependencies: ["DeclutterEvalKit", "Declutter"],
            path: "Tests/DeclutterEvalTests"
        ),
        // Runs the built `declutter` binary: folder mode, JSON Lines, exit codes, kills.
        .testTarget(
            name: "DeclutterCLITests",
            dependencies: ["declutter"],
            path: "Tests/DeclutterCLITests"
        ),
    ]
)
