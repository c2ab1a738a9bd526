import Foundation
import XCTest

/// `.gz` inputs: gunzipped in memory, several members joined, damage reported per file.
final class BatchGzipTests: XCTestCase {
    private let seed = CLISupport.seeds.appendingPathComponent("001_cdaad23b92c2e0ae.txt")

    func testJoinedMembersAreOnePage() throws {
        let scratch = try CLISupport.scratch(self)
        let page = try Data(contentsOf: seed)
        let half = page.count / 2
        let joined = try CLISupport.gzip(page.prefix(half), in: scratch) + CLISupport.gzip(page.suffix(from: half), in: scratch)
        try CLISupport.write(joined, to: scratch.appendingPathComponent("in/page.txt.gz"))
        let out = scratch.appendingPathComponent("out")
        let run = try CLISupport.run(["-o", out.path, scratch.appendingPathComponent("in").path])
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertEqual(try CLISupport.tree(out)["page.txt"], try CLISupport.run([seed.path]).stdout)
        // A single page named .gz is gunzipped too.
        XCTAssertEqual(try CLISupport.run([scratch.appendingPathComponent("in/page.txt.gz").path]).stdout,
                       try CLISupport.run([seed.path]).stdout)
    }

    func testCutShortOrOversizedIsAnError() throws {
        let scratch = try CLISupport.scratch(self)
        let zipped = try CLISupport.gzip(try Data(contentsOf: seed), in: scratch)
        try CLISupport.write(zipped.prefix(zipped.count / 2), to: scratch.appendingPathComponent("in/cut.html.gz"))
        try CLISupport.write(zipped, to: scratch.appendingPathComponent("in/whole.html.gz"))
        let out = scratch.appendingPathComponent("out")
        let cut = try CLISupport.run(["-o", out.path, scratch.appendingPathComponent("in").path])
        XCTAssertEqual(cut.status, 1)
        XCTAssertTrue(cut.stderr.contains("cut.html.gz: not a text or HTML page (gzip data is cut short)"), cut.stderr)
        XCTAssertEqual(Set(try CLISupport.tree(out).keys), ["whole.txt"])
        let big = try CLISupport.run(["--max-bytes", "1000", scratch.appendingPathComponent("in/whole.html.gz").path])
        XCTAssertEqual(big.status, 1)
        XCTAssertTrue(big.stderr.contains("over the --max-bytes limit of 1000"), big.stderr)
    }
}
