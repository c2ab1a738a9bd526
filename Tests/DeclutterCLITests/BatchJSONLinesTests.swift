import Foundation
import XCTest

/// `declutter --jsonl`: one record out per line in, in order, fields passed through, errors in-band.
final class BatchJSONLinesTests: XCTestCase {
    private func seedText(_ name: String) throws -> String {
        try String(contentsOf: CLISupport.seeds.appendingPathComponent(name), encoding: .utf8)
    }

    private func line(_ object: [String: Any]) throws -> String {
        String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self)
    }

    private func records(_ run: CLISupport.Run) throws -> [[String: Any]] {
        try run.text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map {
            try XCTUnwrap(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any], String($0))
        }
    }

    /// Seed pages as records, with an extra field each, many times over.
    private func seedRecords(count: Int) throws -> [String] {
        let names = try FileManager.default.contentsOfDirectory(atPath: CLISupport.seeds.path).sorted()
        let texts = try names.map(seedText)
        return try (0..<count).map { index in
            try line(["id": "page-\(index)", "text": texts[index % texts.count], "source": ["crawl": "é/\(index)"]])
        }
    }

    func testFormatsAddTheirFields() throws {
        let input = try line(["id": 7, "text": seedText("003_9dd9a1825aa44453.txt")]) + "\n"
        let markdown = try records(CLISupport.run(["--jsonl", "--format", "markdown"], stdin: Data(input.utf8)))
        XCTAssertEqual(markdown.first.map { Set($0.keys) }, ["id", "title", "text", "markdown"])
        XCTAssertTrue((markdown.first?["markdown"] as? String)?.hasPrefix("# US Election") ?? false)
        let json = try records(CLISupport.run(["--jsonl", "--format", "json"], stdin: Data(input.utf8)))
        XCTAssertEqual(json.first?["id"] as? Int, 7)
        XCTAssertEqual(json.first?["published"] as? String, "2024-11-07T11:06:00+09:00")
        XCTAssertEqual(json.first?["modified"] as? String, "2024-11-07T15:00:00+09:00")
        XCTAssertNotNil(json.first?["blocks"] as? [Any])
    }

    func testKeepsOrderAndFieldsAndMatchesSinglePages() throws {
        let input = try seedRecords(count: 40)
        let run = try CLISupport.run(["--jsonl", "-j", "3"], stdin: Data((input.joined(separator: "\n") + "\n").utf8))
        XCTAssertEqual(run.status, 0, run.stderr)
        let output = try records(run)
        XCTAssertEqual(output.count, 40)
        for (index, record) in output.enumerated() {
            XCTAssertEqual(record["id"] as? String, "page-\(index)")
            XCTAssertEqual((record["source"] as? [String: Any])?["crawl"] as? String, "é/\(index)")
            XCTAssertNil(record["error"])
            XCTAssertNotNil(record["title"])
        }
        // The text field is the body of the single-page output: without the headline and its blank line.
        let seed = CLISupport.seeds.appendingPathComponent("004_82173986a1a47279.txt")
        let single = try CLISupport.run([seed.path]).text
        let title = try XCTUnwrap(output[4]["title"] as? String)
        let body = try XCTUnwrap(output[4]["text"] as? String)
        XCTAssertEqual(single, title + "\n\n" + body + "\n")
        // One line per record, `id` first, UTF-8 and slashes unescaped.
        XCTAssertTrue(run.text.hasPrefix("{\"id\":\"page-0\","))
        XCTAssertTrue(run.text.contains("\"crawl\":\"é/0\""))
    }

    func testErrorRecordsKeepTheirPlace() throws {
        let good = try seedRecords(count: 1)[0]
        let input = [
            good,
            "{not json",
            try line(["id": 7, "note": "no page here"]),
            try line(["id": "bin", "text": 12]),
            "",
            "[1, 2]",
            good,
        ]
        let run = try CLISupport.run(["--jsonl", "-j", "2"], stdin: Data(input.joined(separator: "\n").utf8))
        XCTAssertEqual(run.status, 0, run.stderr)
        let output = try records(run)
        XCTAssertEqual(output.count, 7)
        XCTAssertNil(output[0]["error"])
        XCTAssertEqual(output[1]["line"] as? Int, 2)
        XCTAssertNotNil(output[1]["error"])
        XCTAssertEqual(output[2]["id"] as? Int, 7)
        XCTAssertEqual(output[2]["note"] as? String, "no page here")
        XCTAssertTrue((output[2]["error"] as? String)?.contains("no \"html\" or \"text\"") ?? false)
        XCTAssertNil(output[2]["title"])
        XCTAssertNotNil(output[3]["error"])
        XCTAssertNil(output[3]["text"])
        XCTAssertEqual(output[4]["line"] as? Int, 5)
        XCTAssertEqual(output[5]["line"] as? Int, 6)
        XCTAssertEqual(output[6]["text"] as? String, output[0]["text"] as? String)
    }

    func testSameOutputForAnyWorkerCount() throws {
        let input = Data((try seedRecords(count: 30) + ["oops"]).joined(separator: "\n").utf8)
        let one = try CLISupport.run(["--jsonl", "-j", "1"], stdin: input)
        let four = try CLISupport.run(["--jsonl", "-j", "4"], stdin: input)
        XCTAssertEqual(one.status, 0)
        XCTAssertEqual(one.stdout, four.stdout)
        XCTAssertEqual(try records(one).count, 31)
    }

    func testWritesEachRecordBeforeTheInputEnds() throws {
        // A pipeline that feeds a record and waits for its answer must get it while stdin is still open.
        let process = try CLISupport.start(["--jsonl", "-j", "2"])
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data((try seedRecords(count: 1)[0] + "\n").utf8))
        var received = Data()
        while !received.contains(UInt8(ascii: "\n")) {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            received.append(chunk)
        }
        XCTAssertTrue(String(decoding: received, as: UTF8.self).hasPrefix("{\"id\":\"page-0\""))
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0)
    }

    func testBase64PayloadCarriesALegacyEncodingByteForByte() throws {
        let fixtures = CLISupport.seeds.deletingLastPathComponent().deletingLastPathComponent()
        let page = try Data(contentsOf: fixtures.appendingPathComponent("html/input/windows-1252-curly-quotes.html"))
        let expected = try String(contentsOf: fixtures.appendingPathComponent("html/expected/windows-1252-curly-quotes.txt"),
                                  encoding: .utf8)
        let input = try [
            line(["id": "legacy", "html_base64": page.base64EncodedString()]),
            line(["id": "sniffed", "base64": page.base64EncodedString()]),
            line(["id": "broken", "html_base64": "not base64 at all!"]),
        ].joined(separator: "\n") + "\n"
        let run = try CLISupport.run(["--jsonl"], stdin: Data(input.utf8))
        let out = try records(run)
        XCTAssertEqual(out.count, 3)
        for record in out.prefix(2) {
            let title = try XCTUnwrap(record["title"] as? String)
            let text = try XCTUnwrap(record["text"] as? String)
            XCTAssertEqual(title + "\n\n" + text + "\n", expected, "\(record["id"] ?? "")")
            XCTAssertNil(record["html_base64"])
        }
        XCTAssertEqual(out[2]["id"] as? String, "broken")
        XCTAssertNotNil(out[2]["error"])
    }
}
