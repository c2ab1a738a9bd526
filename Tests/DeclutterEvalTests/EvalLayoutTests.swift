import Declutter
import XCTest
@testable import DeclutterEvalKit

/// Layout detection, the eval run over the seed fixtures, and one benchmark pass.
final class EvalLayoutTests: XCTestCase {
    func testFixturesFolderIsTheFixtureLayout() throws {
        guard case .fixtures(let folders) = try EvalLayout.detect(EvalFixtures.root) else {
            return XCTFail("Fixtures/ should be the fixture layout")
        }
        XCTAssertTrue(folders.map(\.name).contains("seeds"))
        XCTAssertFalse(folders.map(\.name).contains("scorer"), "scorer/ has no input/ and expected/")
    }

    func testSeedFixturesCleanExactlyAndScorePerfectly() throws {
        let seeds = FixtureFolder(name: "seeds", input: EvalFixtures.root.appendingPathComponent("seeds/input"),
                                  expected: EvalFixtures.root.appendingPathComponent("seeds/expected"))
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("declutter-eval-test-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: out) }
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        try Data("stale".utf8).write(to: out.appendingPathComponent("stale.txt"))

        let pages = try seeds.pages(only: .text)
        let run = try PageCleaner(includeTitle: true).clean(pages, into: out, expected: seeds.expected)
        XCTAssertEqual(run.pages, 5)
        XCTAssertEqual(run.byteExact, 5)
        XCTAssertTrue(run.failures.isEmpty)
        XCTAssertFalse(FileManager.default.fileExists(atPath: out.appendingPathComponent("stale.txt").path))

        let metrics = CorpusMetrics(try FolderScorer.score(gold: seeds.expected, output: out))
        XCTAssertEqual(metrics.f1, 1)
        XCTAssertEqual(metrics.accuracy, 1)
        XCTAssertEqual(try seeds.pages(only: .html).count, 0)
    }

    func testMissingLayoutIsReported() {
        XCTAssertThrowsError(try EvalLayout.detect(EvalFixtures.root.appendingPathComponent("scorer")))
    }

    func testBenchmarkMakesAtLeastTheAskedPasses() throws {
        let page = BenchPage(bytes: Data("Headline\n\nA first paragraph of the article with enough words to keep.\n".utf8), kind: .text)
        let result = try Benchmark.run([page, page], minimumSeconds: 0, minimumPasses: 3)
        XCTAssertEqual(result.passes, 3)
        XCTAssertEqual(result.pages, 2)
        XCTAssertEqual(result.failedPages, 0)
        XCTAssertThrowsError(try Benchmark.run([page], workers: 0, minimumSeconds: 0))
        let binary = BenchPage(bytes: Data([0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0]), kind: .auto)
        let parallel = try Benchmark.run([page, binary, page, page], workers: 2, minimumSeconds: 0, minimumPasses: 2)
        XCTAssertEqual(parallel.passes, 2)
        XCTAssertEqual(parallel.failedPages, 1)
        XCTAssertEqual(parallel.workers, 2)
    }

    func testPageTableReadsColumnsByName() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("meta-\(UUID().uuidString).tsv")
        defer { try? FileManager.default.removeItem(at: url) }
        try Data("id\tpage_type\tlang\r\n0003\tarticle\ten\n0004\tforum\n".utf8).write(to: url)
        let table = try PageTable(contentsOf: url)
        XCTAssertEqual(table.column("page_type"), ["0003": "article", "0004": "forum"])
        XCTAssertEqual(table.column("lang")["0004"], "")
    }
}
