import Foundation
import XCTest

/// `declutter --explain` and `--explain=json`: one row per block, whose kept rows are exactly the
/// paragraphs the same binary prints for the page.
final class ExplainCLITests: XCTestCase {
    private let seed = CLISupport.seeds.appendingPathComponent("004_82173986a1a47279.txt")
    private let html = CLISupport.fixtures.appendingPathComponent("html/input/comments-after-article.html")

    /// The blocks of `--explain=json`, one object a line.
    private func jsonRows(_ file: URL) throws -> [[String: Any]] {
        let run = try CLISupport.run(["--explain=json", file.path])
        XCTAssertEqual(run.status, 0, run.stderr)
        return try run.text.split(separator: "\n").map {
            try XCTUnwrap(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
    }

    /// The page as `--format json` prints it.
    private func article(_ file: URL) throws -> [String: Any] {
        let run = try CLISupport.run(["--format", "json", file.path])
        XCTAssertEqual(run.status, 0, run.stderr)
        return try XCTUnwrap(JSONSerialization.jsonObject(with: run.stdout) as? [String: Any])
    }

    func testJSONKeptRowsAreTheOutputForTextAndHTML() throws {
        for file in [seed, html] {
            let rows = try jsonRows(file)
            let article = try article(file)
            let kept = rows.filter { $0["kept"] as? Bool == true }.compactMap { $0["text"] as? String }
            XCTAssertEqual(kept, article["paragraphs"] as? [String], file.lastPathComponent)
            XCTAssertEqual(rows.compactMap { $0["index"] as? Int }, Array(rows.indices))
            for row in rows {
                for key in ["reason", "reason_text", "class", "role", "score", "words", "link_share", "stop_density",
                            "cues", "markup_cues", "landmarks", "rules", "span", "repeat_of", "headline"] {
                    XCTAssertNotNil(row[key], "\(file.lastPathComponent): row without \(key)")
                }
            }
        }
        // The text dump's headline is a block; the HTML page declares its own in its metadata.
        let seedRows = try jsonRows(seed)
        let headline = try XCTUnwrap(seedRows.first { $0["headline"] as? Bool == true })
        XCTAssertEqual(headline["text"] as? String, try article(seed)["title"] as? String)
        XCTAssertEqual(headline["reason"] as? String, "headline")
        let related = try XCTUnwrap(seedRows.first { $0["text"] as? String == "Related Articles" })
        XCTAssertEqual(related["reason"] as? String, "articleEndHeading")
        XCTAssertEqual(related["rules"] as? [String], ["labelRun"])
        XCTAssertEqual(related["cues"] as? [String], ["related", "sectionLabel"])
        let htmlRows = try jsonRows(html)
        XCTAssertTrue(htmlRows.contains { ($0["markup_cues"] as? [String])?.contains("comments") == true })
        XCTAssertTrue(htmlRows.contains { ($0["landmarks"] as? [String])?.contains("article") == true })
    }

    func testTableMarksKeptRowsAndHasNoColourOffATerminal() throws {
        for file in [seed, html] {
            let run = try CLISupport.run(["--explain", file.path])
            XCTAssertEqual(run.status, 0, run.stderr)
            XCTAssertFalse(run.text.contains("\u{1B}["), "colour codes in a pipe")
            let lines = run.text.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
            XCTAssertTrue(lines.first?.hasPrefix("  # k class") == true, String(lines.first ?? ""))
            let rows = lines.dropFirst().dropLast()
            let paragraphs = try XCTUnwrap(article(file)["paragraphs"] as? [String])
            XCTAssertEqual(rows.count, try jsonRows(file).count)
            let kept = rows.filter { $0.split(separator: " ", maxSplits: 2)[1] == "+" }
            XCTAssertEqual(kept.count, paragraphs.count, file.lastPathComponent)
            for (row, paragraph) in zip(kept, paragraphs) {
                XCTAssertTrue(row.contains(String(paragraph.prefix(40))),
                              "\(row) does not show \(paragraph.prefix(40))")
            }
            XCTAssertTrue(lines.last?.hasPrefix("\(rows.count) blocks: \(paragraphs.count) kept (+)") == true,
                          String(lines.last ?? ""))
        }
        let seedTable = try CLISupport.run(["--explain", seed.path]).text
        XCTAssertTrue(seedTable.contains(" T short    p "), "the headline row is marked T")
        XCTAssertTrue(seedTable.contains("article-end heading [label run]"))
        XCTAssertTrue(seedTable.contains("tail after article end"))
    }

    /// Colour on a terminal (through `script`, which gives the command one), none with NO_COLOR.
    func testColourOnATerminalUnlessNoColor() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/script") else {
            throw XCTSkip("util-linux script is not installed")
        }
        func onTerminal(_ environment: String) throws -> String {
            let command = "\(environment) '\(CLISupport.binary.path)' --explain '\(seed.path)'"
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
            process.arguments = ["-qec", command, "/dev/null"]
            let output = Pipe()
            process.standardOutput = output
            process.standardInput = FileHandle.nullDevice
            try process.run()
            let data = output.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            XCTAssertEqual(process.terminationStatus, 0)
            return String(decoding: data, as: UTF8.self)
        }
        let coloured = try onTerminal("env -u NO_COLOR")
        XCTAssertTrue(coloured.contains("\u{1B}[32m"), "kept rows are green on a terminal")
        XCTAssertTrue(coloured.contains("\u{1B}[1;36m"), "the headline is bold cyan on a terminal")
        let plain = try onTerminal("env NO_COLOR=1")
        XCTAssertFalse(plain.contains("\u{1B}["), "NO_COLOR is respected")
        XCTAssertTrue(plain.contains("Related Articles"))
    }

    func testExplainUsageErrors() throws {
        let cases: [([String], String)] = [
            (["--explain=xml", seed.path], "--explain takes table or json"),
            (["--explain", "--format", "json", seed.path], "--explain cannot be combined with --format"),
            (["--explain=json", "-o", "out", seed.path], "-o cannot be combined with --explain"),
            (["--jsonl", "--explain"], "--jsonl cannot be combined with --explain"),
        ]
        for (arguments, message) in cases {
            let run = try CLISupport.run(arguments)
            XCTAssertEqual(run.status, 2, arguments.joined(separator: " "))
            XCTAssertTrue(run.stderr.contains(message), run.stderr)
            XCTAssertEqual(run.stdout, Data())
        }
        let missing = try CLISupport.run(["--explain", "/nonexistent/page.txt"])
        XCTAssertEqual(missing.status, 1)
        XCTAssertTrue(missing.stderr.contains("/nonexistent/page.txt"), missing.stderr)
    }

    func testHelpDocumentsBothForms() throws {
        let help = try CLISupport.run(["--help"]).text
        XCTAssertTrue(help.contains("--explain "))
        XCTAssertTrue(help.contains("--explain=json"))
    }
}
