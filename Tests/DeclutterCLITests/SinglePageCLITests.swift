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
        XCTAssertEqual(object["published"] as? String, "2024-11-06T21:26:00")
        XCTAssertEqual((object["metadata_sources"] as? [String: String])?["published"], "visible")
        XCTAssertEqual((object["blocks"] as? [[String: Any]])?.count, paragraphs.count)
        let text = try CLISupport.run([seed.path]).text
        XCTAssertEqual(text, (object["title"] as? String ?? "") + "\n\n" + paragraphs.joined(separator: "\n\n") + "\n")
    }
}

/// `--format markdown`, `--no-tables` and `--links` on one page.
final class MarkdownCLITests: XCTestCase {
    private let page = Data("""
        <html><head><title>Harbour fees</title></head><body><article><h1>Harbour fees rise</h1>
        <p>The harbour board voted on Tuesday to raise mooring fees for the first time in six years, \
        citing the cost of <a href="/dredging">dredging the channel</a> and repairs to the north pier.</p>
        <h2>What changes</h2>
        <p>Fees for boats under ten metres will rise by about a tenth, while larger vessels will pay a \
        fifth more than they do now, the board said in a statement after the meeting.</p>
        <table><tr><th>Length</th><th>Old fee</th><th>New fee</th></tr>
        <tr><td>Under 10 m</td><td>£410 a year</td><td>£450 a year</td></tr>
        <tr><td>10 m and over</td><td>£720 a year</td><td>£865 a year</td></tr></table>
        <p>Owners will be able to spread the payment over twelve months, and the new fees will apply \
        from the first of April, when most boats go back into the water for the season.</p>
        </article></body></html>
        """.utf8)

    func testMarkdownKeepsHeadingsTablesAndOptionallyLinks() throws {
        let run = try CLISupport.run(["--format", "markdown", "-"], stdin: page)
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertTrue(run.text.hasPrefix("# Harbour fees rise\n\nThe harbour board"), run.text)
        XCTAssertTrue(run.text.contains("\n\n## What changes\n\n"), run.text)
        XCTAssertTrue(run.text.contains("| Length | Old fee | New fee |\n| --- | --- | --- |\n| Under 10 m | £410 a year | £450 a year |"), run.text)
        XCTAssertTrue(run.text.contains("cost of dredging the channel and"), run.text)

        let noTables = try CLISupport.run(["--format=markdown", "--no-tables", "-"], stdin: page)
        XCTAssertFalse(noTables.text.contains("|"), noTables.text)
        XCTAssertTrue(noTables.text.contains("## What changes"), noTables.text)

        let links = try CLISupport.run(["--format", "markdown", "--links", "-"], stdin: page)
        XCTAssertTrue(links.text.contains("cost of [dredging the channel](/dredging) and"), links.text)
    }

    func testUnknownFormatIsAUsageError() throws {
        let run = try CLISupport.run(["--format", "yaml", "-"], stdin: page)
        XCTAssertEqual(run.status, 2)
        XCTAssertTrue(run.stderr.contains("text, markdown or json"), run.stderr)
    }
}
