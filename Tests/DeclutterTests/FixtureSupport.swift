import Foundation
import XCTest
@testable import Declutter

/// Locates `Fixtures/` from this source file, so tests run from any working directory.
enum FixtureSupport {
    /// Seven sentences of invented local news, prose by every measure, for pages built in tests.
    static let harbourProse = [
        "The council approved the plan on Tuesday after a long debate that lasted well into the evening hours.",
        "Traders on the road were split, and several of them said they would ask the council to think again.",
        "The scheme will replace dozens of parking bays on the seaward side of the road by the end of the year.",
        "Most of the money will come from a regional fund, and a final design is expected to be ready in spring.",
        "Cyclists who use the road every day welcomed the vote and said the new lanes were long overdue for them.",
        "The harbour master said that deliveries to the fish market would keep a loading bay at the northern end.",
        "Work on the first section is due to start after the summer festival, when traffic on the front is lighter.",
    ]

    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    /// Pairs of (input, expected) files in `Fixtures/<folder>/input` and `.../expected`, sorted.
    static func pairs(_ folder: String) throws -> [(input: URL, expected: URL)] {
        let inputDir = root.appendingPathComponent(folder).appendingPathComponent("input")
        let expectedDir = root.appendingPathComponent(folder).appendingPathComponent("expected")
        let names = try FileManager.default.contentsOfDirectory(atPath: inputDir.path).filter { !$0.hasPrefix(".") }.sorted()
        return names.map { name in
            let stem = (name as NSString).deletingPathExtension
            return (inputDir.appendingPathComponent(name), expectedDir.appendingPathComponent(stem + ".txt"))
        }
    }

    /// Cleans every input of a fixture folder and asserts byte-equal output; returns the count checked.
    @discardableResult
    static func assertFolder(_ folder: String, options: Options = Options(), file: StaticString = #filePath, line: UInt = #line) throws -> Int {
        let pairs = try pairs(folder)
        XCTAssertFalse(pairs.isEmpty, "no fixtures in \(folder)", file: file, line: line)
        for pair in pairs {
            let data = try Data(contentsOf: pair.input)
            let expected = try String(contentsOf: pair.expected, encoding: .utf8)
            let article = try Cleaner(options: options).clean(data)
            let actual = article.text(includeTitle: options.includeTitle)
            if actual != expected {
                XCTFail("\(folder)/\(pair.input.lastPathComponent): output differs from expected\n--- expected\n\(expected)\n--- actual\n\(actual)",
                        file: file, line: line)
            }
        }
        return pairs.count
    }
}
