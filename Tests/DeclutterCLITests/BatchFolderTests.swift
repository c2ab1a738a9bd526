import Foundation
import XCTest

/// `declutter -o OUTDIR PATH...`: layout, safety of inputs, failures, resuming, determinism.
final class BatchFolderTests: XCTestCase {
    private let seedNames = ["000_387bf68416f2cc47", "001_cdaad23b92c2e0ae", "002_91986847445cdae3",
                             "003_9dd9a1825aa44453", "004_82173986a1a47279"]

    private func seed(_ index: Int) throws -> Data {
        try Data(contentsOf: CLISupport.seeds.appendingPathComponent(seedNames[index] + ".txt"))
    }

    /// The single-page output for bytes, as `declutter FILE` prints it.
    private func single(_ data: Data, in scratch: URL) throws -> Data {
        let file = scratch.appendingPathComponent("single-\(UUID().uuidString).txt")
        try data.write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let run = try CLISupport.run([file.path])
        XCTAssertEqual(run.status, 0, run.stderr)
        return run.stdout
    }

    /// A small crawl: nested folders, an HTML-named text page, a gzipped page, a hidden file.
    private func makeCrawl(in scratch: URL) throws -> URL {
        let crawl = scratch.appendingPathComponent("crawl")
        try CLISupport.write(seed(0), to: crawl.appendingPathComponent("a/b/page.html"))
        try CLISupport.write(seed(1), to: crawl.appendingPathComponent("a/story.txt"))
        try CLISupport.write(CLISupport.gzip(seed(2), in: scratch), to: crawl.appendingPathComponent("a/zipped.html.gz"))
        try CLISupport.write(seed(3), to: crawl.appendingPathComponent("top"))
        try CLISupport.write(Data("hidden".utf8), to: crawl.appendingPathComponent(".hidden.txt"))
        return crawl
    }

    func testMirrorsTheLayoutAndMatchesSinglePages() throws {
        let scratch = try CLISupport.scratch(self)
        let crawl = try makeCrawl(in: scratch)
        let extra = scratch.appendingPathComponent("extra.html")
        try seed(4).write(to: extra)
        let out = scratch.appendingPathComponent("out")
        let run = try CLISupport.run(["-o", out.path, crawl.path, extra.path])
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertTrue(run.stderr.contains("cleaned 5 pages"), run.stderr)
        let tree = try CLISupport.tree(out)
        XCTAssertEqual(Set(tree.keys), ["a/b/page.txt", "a/story.txt", "a/zipped.txt", "top.txt", "extra.txt"])
        XCTAssertEqual(tree["a/b/page.txt"], try single(seed(0), in: scratch))
        XCTAssertEqual(tree["a/zipped.txt"], try single(seed(2), in: scratch))
        XCTAssertEqual(tree["extra.txt"], try single(seed(4), in: scratch))
    }

    func testIncludeFiltersByName() throws {
        let scratch = try CLISupport.scratch(self)
        let crawl = try makeCrawl(in: scratch)
        let out = scratch.appendingPathComponent("out")
        let run = try CLISupport.run(["-o", out.path, "--include", "*.html", "--include=*.gz", crawl.path])
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertEqual(Set(try CLISupport.tree(out).keys), ["a/b/page.txt", "a/zipped.txt"])
    }

    func testInputsAreNeverModified() throws {
        let scratch = try CLISupport.scratch(self)
        let crawl = try makeCrawl(in: scratch)
        let before = try snapshot(crawl)
        let out = scratch.appendingPathComponent("out")
        XCTAssertEqual(try CLISupport.run(["-o", out.path, "-j", "2", crawl.path]).status, 0)
        XCTAssertEqual(try CLISupport.run(["-o", out.path, "--resume", crawl.path]).status, 0)
        XCTAssertEqual(try snapshot(crawl), before)
    }

    /// Every file's bytes and modification time, by path.
    private func snapshot(_ folder: URL) throws -> [String: String] {
        var result = [String: String]()
        for (path, data) in try CLISupport.tree(folder) {
            let attributes = try FileManager.default.attributesOfItem(atPath: folder.resolvingSymlinksInPath().path + "/" + path)
            let time = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
            result[path] = "\(data.hashValue) \(data.count) \(time)"
        }
        return result
    }

    func testRefusesAnOutputFolderInsideAnInputFolder() throws {
        let scratch = try CLISupport.scratch(self)
        let crawl = try makeCrawl(in: scratch)
        for out in [crawl.path, crawl.appendingPathComponent("a/out").path, crawl.path + "/a/.."] {
            let run = try CLISupport.run(["-o", out, crawl.path])
            XCTAssertEqual(run.status, 2, out)
            XCTAssertTrue(run.stderr.contains("inside the input folder"), run.stderr)
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: crawl.appendingPathComponent("a/out").path))
    }

    func testRefusesAnOutputThatIsAnInput() throws {
        let scratch = try CLISupport.scratch(self)
        let page = scratch.appendingPathComponent("page.txt")
        try seed(0).write(to: page)
        let run = try CLISupport.run(["-o", scratch.path, page.path])
        XCTAssertEqual(run.status, 2)
        XCTAssertTrue(run.stderr.contains("would overwrite the input"), run.stderr)
        XCTAssertEqual(try Data(contentsOf: page), try seed(0))
    }

    func testOneBadFileFailsAloneWithAnErrorRow() throws {
        let scratch = try CLISupport.scratch(self)
        let crawl = try makeCrawl(in: scratch)
        let bad = crawl.appendingPathComponent("a/broken.bin")
        try CLISupport.write(Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + [UInt8](repeating: 0, count: 64)), to: bad)
        try CLISupport.write(Data("not gzip".utf8), to: crawl.appendingPathComponent("a/fake.gz"))
        let out = scratch.appendingPathComponent("out")
        let errors = scratch.appendingPathComponent("errors.tsv")
        let run = try CLISupport.run(["-o", out.path, "-j", "2", "--errors", errors.path, crawl.path])
        XCTAssertEqual(run.status, 1)
        XCTAssertTrue(run.stderr.contains(bad.path + ": not a text or HTML page"), run.stderr)
        XCTAssertTrue(run.stderr.contains("2 failed"), run.stderr)
        XCTAssertEqual(try CLISupport.tree(out).count, 4)
        let rows = try String(contentsOf: errors, encoding: .utf8).split(separator: "\n").map { $0.split(separator: "\t") }
        XCTAssertEqual(rows.count, 3)
        XCTAssertEqual(rows[0], ["path", "error"])
        XCTAssertEqual(rows[1].first.map(String.init), bad.path)
        XCTAssertEqual(rows[2].first.map(String.init), crawl.appendingPathComponent("a/fake.gz").path)
    }

    func testMissingPathFailsButTheRestIsCleaned() throws {
        let scratch = try CLISupport.scratch(self)
        let crawl = try makeCrawl(in: scratch)
        let out = scratch.appendingPathComponent("out")
        let run = try CLISupport.run(["-o", out.path, scratch.appendingPathComponent("nope").path, crawl.path])
        XCTAssertEqual(run.status, 1)
        XCTAssertEqual(try CLISupport.tree(out).count, 4)
    }

    func testAPageWithNoArticleGetsAnEmptyFileAndAWarning() throws {
        let scratch = try CLISupport.scratch(self)
        let input = scratch.appendingPathComponent("in")
        try CLISupport.write(Data("Home\nSports\nWeather\n".utf8), to: input.appendingPathComponent("menu.txt"))
        let out = scratch.appendingPathComponent("out")
        let run = try CLISupport.run(["-o", out.path, input.path])
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertTrue(run.stderr.contains("menu.txt: warning: no article text found"), run.stderr)
        XCTAssertEqual(try CLISupport.tree(out), ["menu.txt": Data()])
    }

    func testResumeSkipsOutputsNewerThanTheirInput() throws {
        let scratch = try CLISupport.scratch(self)
        let crawl = try makeCrawl(in: scratch)
        let out = scratch.appendingPathComponent("out")
        XCTAssertEqual(try CLISupport.run(["-o", out.path, crawl.path]).status, 0)
        // A marker in one output shows whether it is rewritten; a newer input must be redone.
        let kept = out.appendingPathComponent("a/story.txt")
        try Data("marker".utf8).write(to: kept)
        let old = Date(timeIntervalSinceNow: -3600)
        let redone = out.appendingPathComponent("top.txt")
        try Data("stale".utf8).write(to: redone)
        try FileManager.default.setAttributes([.modificationDate: old], ofItemAtPath: redone.path)
        let run = try CLISupport.run(["-o", out.path, "--resume", crawl.path])
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertTrue(run.stderr.contains("cleaned 1 pages"), run.stderr)
        XCTAssertTrue(run.stderr.contains("3 up to date"), run.stderr)
        XCTAssertEqual(try Data(contentsOf: kept), Data("marker".utf8))
        XCTAssertEqual(try Data(contentsOf: redone), try single(seed(3), in: scratch))
    }

    func testOutputIsTheSameForAnyWorkerCount() throws {
        let scratch = try CLISupport.scratch(self)
        let input = scratch.appendingPathComponent("in")
        for index in 0..<60 {
            var page = try seed(index % 5)
            page.append(Data("\n\nA closing paragraph number \(index) that says a little more about the story.\n".utf8))
            try CLISupport.write(page, to: input.appendingPathComponent("d\(index % 4)/page\(index).txt"))
        }
        var trees = [[String: Data]]()
        for jobs in ["1", "2", "7"] {
            let out = scratch.appendingPathComponent("out\(jobs)")
            XCTAssertEqual(try CLISupport.run(["-o", out.path, "-j", jobs, input.path]).status, 0)
            trees.append(try CLISupport.tree(out))
        }
        XCTAssertEqual(trees[0].count, 60)
        XCTAssertEqual(trees[0], trees[1])
        XCTAssertEqual(trees[0], trees[2])
    }

    func testFollowsLinksButNotLinkLoops() throws {
        let scratch = try CLISupport.scratch(self)
        let crawl = try makeCrawl(in: scratch)
        try FileManager.default.createSymbolicLink(atPath: crawl.appendingPathComponent("a/b/loop").path, withDestinationPath: "../..")
        let out = scratch.appendingPathComponent("out")
        let run = try CLISupport.run(["-o", out.path, crawl.path])
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertEqual(try CLISupport.tree(out).count, 4)
    }

    func testFormatsWriteTheirOwnExtension() throws {
        let scratch = try CLISupport.scratch(self)
        let out = scratch.appendingPathComponent("out")
        let run = try CLISupport.run(["-o", out.path, "--format", "markdown", CLISupport.seeds.path])
        XCTAssertEqual(run.status, 0, run.stderr)
        let tree = try CLISupport.tree(out)
        XCTAssertEqual(tree.keys.sorted().first, "000_387bf68416f2cc47.md")
        let seed = CLISupport.seeds.appendingPathComponent("000_387bf68416f2cc47.txt")
        XCTAssertEqual(tree["000_387bf68416f2cc47.md"], try CLISupport.run(["--format", "markdown", seed.path]).stdout)
        let json = try CLISupport.run(["-o", out.path, "--format", "json", "--include", "004*", CLISupport.seeds.path])
        XCTAssertEqual(json.status, 0, json.stderr)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: XCTUnwrap(CLISupport.tree(out)["004_82173986a1a47279.json"])) as? [String: Any])
        XCTAssertEqual(object["published"] as? String, "2024-11-06T21:26:00")
    }

    func testUsageErrors() throws {
        for arguments in [["-o"], ["-o", "/tmp/x"], ["a", "b"], ["--resume", "a"], ["--jsonl", "a"], ["-o", "x", "--explain", "a"], ["--jsonl", "--explain"], ["-j", "0", "-o", "x", "a"]] {
            let run = try CLISupport.run(arguments)
            XCTAssertEqual(run.status, 2, arguments.joined(separator: " "))
        }
    }
}
