import Foundation
import XCTest

/// `declutter [OPTIONS] [FILE]`: the single-page contract the batch modes must not change.
final class SinglePageCLITests: XCTestCase {
    private let seed = CLISupport.seeds.appendingPathComponent("004_82173986a1a47279.txt")

    func testCleansAFileAndStandardInputAlike() throws {
        let fromFile = try CLISupport.run([seed.path])
        XCTAssertEqual(fromFile.status, 0)
        XCTAssertEqual(fromFile.stderr, "")
        let expected = CLISupport.seeds.deletingLastPathComponent().appendingPathComponent("expected/004_82173986a1a47279.txt")
        XCTAssertEqual(fromFile.stdout, try Data(contentsOf: expected))
        XCTAssertEqual(try CLISupport.run([], stdin: try Data(contentsOf: seed)).stdout, fromFile.stdout)
    }

    func testExitStatuses() throws {
        let missing = try CLISupport.run(["/nonexistent/page.txt"])
        XCTAssertEqual(missing.status, 1)
        XCTAssertTrue(missing.stderr.contains("/nonexistent/page.txt: cannot read"), missing.stderr)
        let binary = try CLISupport.run(["-"], stdin: Data([0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 0x4A, 0x46, 0x49, 0x46, 0, 0]))
        XCTAssertEqual(binary.status, 1)
        XCTAssertTrue(binary.stderr.contains("<stdin>:"), binary.stderr)
        XCTAssertEqual(try CLISupport.run(["--bogus"]).status, 2)
    }

    func testNoArticleGivesEmptyOutputAndAWarning() throws {
        let run = try CLISupport.run([], stdin: Data("Home\nSports\n".utf8))
        XCTAssertEqual(run.status, 0)
        XCTAssertEqual(run.stdout, Data())
        XCTAssertTrue(run.stderr.contains("warning: no article text found"), run.stderr)
    }

    func testFormatJSON() throws {
        let run = try CLISupport.run(["--format", "json", seed.path])
        XCTAssertEqual(run.status, 0, run.stderr)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: run.stdout) as? [String: Any])
        let paragraphs = try XCTUnwrap(object["paragraphs"] as? [String])
        XCTAssertFalse(paragraphs.isEmpty)
        XCTAssertEqual(object["text"] as? String, paragraphs.joined(separator: "\n\n"))
        XCTAssertEqual(object["input_kind"] as? String, "text")
        XCTAssertEqual(object["input_bytes"] as? Int, try Data(contentsOf: seed).count)
        XCTAssertGreaterThan(object["words"] as? Int ?? 0, 100)
        XCTAssertEqual(object["warnings"] as? [String], [])
        let text = try CLISupport.run([seed.path]).text
        XCTAssertEqual(text, (object["title"] as? String ?? "") + "\n\n" + paragraphs.joined(separator: "\n\n") + "\n")
    }
}
