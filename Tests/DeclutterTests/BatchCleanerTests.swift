import Foundation
import XCTest
@testable import Declutter

/// The library's batch API: same articles as one-by-one cleaning, in order, from many threads.
final class BatchCleanerTests: XCTestCase {
    /// The seed pages plus failures (a binary blob, an oversized page) and an empty page.
    private func pages() throws -> [(id: String, data: Data)] {
        var pages = try FixtureSupport.pairs("seeds").map { pair in
            (id: pair.input.lastPathComponent, data: try Data(contentsOf: pair.input))
        }
        pages.insert((id: "binary", data: Data([0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0, 0xFF, 0xD8, 0, 1])), at: 2)
        pages.append((id: "empty", data: Data()))
        return pages
    }

    private func expected(_ pages: [(id: String, data: Data)]) -> [Result<Article, DeclutterError>] {
        pages.map { Cleaner().cleanResult($0.data) }
    }

    func testCleanAllMatchesOneByOneInOrder() async throws {
        let pages = try self.pages() + self.pages() + self.pages()
        let results = await Cleaner().cleanAll(pages, maxConcurrency: 3)
        XCTAssertEqual(results, expected(pages))
        XCTAssertTrue(results.contains { if case .failure = $0 { true } else { false } })
    }

    func testStreamYieldsInOrder() async throws {
        let pages = Array(repeating: try self.pages(), count: 5).flatMap { $0 }
        var indices = [Int]()
        var results = [Result<Article, DeclutterError>]()
        for await item in Cleaner().results(for: pages, maxConcurrency: 4) {
            XCTAssertEqual(item.id, pages[item.index].id)
            indices.append(item.index)
            results.append(item.result)
        }
        XCTAssertEqual(indices, Array(pages.indices))
        XCTAssertEqual(results, expected(pages))
    }

    func testBreakingOutOfTheStreamStopsIt() async throws {
        let pages = Array(repeating: try self.pages(), count: 200).flatMap { $0 }
        var count = 0
        for await _ in Cleaner().results(for: pages, maxConcurrency: 2) {
            count += 1
            if count == 3 { break }
        }
        XCTAssertEqual(count, 3)
    }

    func testManyBatchesFromManyThreadsAtOnce() throws {
        let pages = try self.pages()
        let want = expected(pages)
        let cleaner = Cleaner()
        let failures = ConcurrencyCounter()
        DispatchQueue.concurrentPerform(iterations: 8) { round in
            let map = OrderedParallelMap(workers: 1 + round % 3) { (page: (id: String, data: Data)) in
                cleaner.cleanResult(page.data)
            }
            var got = [Result<Article, DeclutterError>]()
            map.run(pages) { _, result in got.append(result) }
            if got != want { failures.enter() }
            for page in pages where cleaner.cleanResult(page.data) != want[pages.firstIndex { $0.id == page.id }!] {
                failures.enter()
            }
        }
        XCTAssertEqual(failures.entered, 0)
    }

    func testCleanResultCapturesErrors() {
        let result = Cleaner(options: Options(maxBytes: 4)).cleanResult(Data("hello world".utf8))
        XCTAssertEqual(result, .failure(.tooLarge(bytes: 11, limit: 4)))
    }
}
