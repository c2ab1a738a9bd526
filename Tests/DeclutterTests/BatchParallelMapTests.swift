import Foundation
import XCTest
@testable import Declutter

/// The ordered, bounded worker pool under every batch: order, bounds and stopping.
final class BatchParallelMapTests: XCTestCase {
    func testDeliversEveryResultInInputOrder() {
        let map = OrderedParallelMap(workers: 4) { (n: Int) -> Int in
            usleep(UInt32((n * 7919) % 5) * 100)  // uneven work so results finish out of order
            return n * n
        }
        var seen = [(Int, Int)]()
        XCTAssertTrue(map.run(0..<500) { seen.append(($0, $1)) })
        XCTAssertEqual(seen.map(\.0), Array(0..<500))
        XCTAssertEqual(seen.map(\.1), (0..<500).map { $0 * $0 })
    }

    func testNeverRunsMoreThanTheWorkerCount() {
        let counter = ConcurrencyCounter()
        let map = OrderedParallelMap(workers: 3) { (n: Int) -> Int in
            counter.enter()
            usleep(500)
            counter.leave()
            return n
        }
        map.run(0..<200) { _, _ in }
        XCTAssertLessThanOrEqual(counter.peak, 3)
        XCTAssertGreaterThan(counter.peak, 1)
    }

    func testReadsOnlyAWindowAhead() {
        let counter = ConcurrencyCounter()
        let inputs = (0..<100).lazy.map { n -> Int in counter.enter(); return n }
        let map = OrderedParallelMap(workers: 2, window: 5) { (n: Int) in n }
        var behind = 0
        map.run(inputs) { index, _ in
            usleep(200)
            behind = max(behind, counter.entered - index)
        }
        XCTAssertLessThanOrEqual(behind, 6)
    }

    func testStopDeliversAPrefixAndReturnsFalse() {
        let map = OrderedParallelMap(workers: 2) { (n: Int) -> Int in usleep(1000); return n }
        var seen = [Int]()
        let completed = map.run(0..<10_000) { index, _ in
            seen.append(index)
            if index == 20 { map.stop() }
        }
        XCTAssertFalse(completed)
        XCTAssertTrue(map.isStopped)
        XCTAssertEqual(seen, Array(0..<seen.count))
        XCTAssertLessThan(seen.count, 100)
    }

    func testTicksWhileWaiting() {
        let map = OrderedParallelMap(workers: 1) { (n: Int) -> Int in usleep(20_000); return n }
        var ticks = 0
        map.run(0..<10, tickInterval: 0.01, tick: { ticks += 1 }) { _, _ in }
        XCTAssertGreaterThan(ticks, 3)
    }

    func testEmptyInputFinishes() {
        let map = OrderedParallelMap(workers: 4) { (n: Int) in n }
        var count = 0
        XCTAssertTrue(map.run([Int]()) { _, _ in count += 1 })
        XCTAssertEqual(count, 0)
    }
}

/// Counts how many callers are inside a section at once, and how many ever entered.
final class ConcurrencyCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var inside = 0
    private var highest = 0
    private var total = 0

    func enter() {
        lock.lock()
        inside += 1
        total += 1
        highest = max(highest, inside)
        lock.unlock()
    }

    func leave() {
        lock.lock()
        inside -= 1
        lock.unlock()
    }

    var peak: Int { lock.lock(); defer { lock.unlock() }; return highest }
    var entered: Int { lock.lock(); defer { lock.unlock() }; return total }
}
