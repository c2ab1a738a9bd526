import Foundation
import XCTest
@testable import Declutter

/// Locates `Fixtures/` from this source file, so tests run from any working directory.
enum FixtureSupport {
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
