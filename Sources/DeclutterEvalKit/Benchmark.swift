import Declutter
import Foundation

/// A page held in memory for timing.
public struct BenchPage: Sendable {
    /// The raw input bytes.
    public var bytes: Data
    /// The kind passed to the cleaner.
    public var kind: InputKind

    /// Loads an input page's bytes.
    public init(_ page: InputPage) throws {
        bytes = try Data(contentsOf: page.url)
        kind = page.kind
    }

    /// Wraps bytes already in memory.
    public init(bytes: Data, kind: InputKind) {
        self.bytes = bytes
        self.kind = kind
    }
}

/// The figures of one benchmark run.
public struct BenchResult: Sendable {
    /// Pages in one pass.
    public var pages: Int
    /// Input bytes in one pass.
    public var bytes: Int
    /// Full passes made.
    public var passes: Int
    /// Wall-clock seconds for all passes.
    public var seconds: Double
    /// CPU seconds the process spent in them (all its threads): on a machine shared with other
    /// work, the wall clock also counts the time the cleaning threads waited for a core.
    public var cpuSeconds: Double = 0
    /// Pages whose cleaning threw, in one pass.
    public var failedPages: Int
    /// Threads that cleaned.
    public var workers: Int

    /// Input megabytes (10^6 bytes) cleaned per second.
    public var megabytesPerSecond: Double { Double(bytes) * Double(passes) / 1e6 / seconds }
    /// Pages cleaned per second.
    public var pagesPerSecond: Double { Double(pages) * Double(passes) / seconds }
    /// Input megabytes cleaned per CPU second: per core busy cleaning.
    public var megabytesPerCPUSecond: Double { cpuSeconds > 0 ? Double(bytes) * Double(passes) / 1e6 / cpuSeconds : 0 }
}

/// Times cleaning (decode, segment, score, select and render) of pages held in memory.
public enum Benchmark {
    /// Cleans all `pages` again and again, in full passes, until at least `minimumSeconds` have
    /// passed and at least `minimumPasses` (at least one) passes are done.
    ///
    /// `workers` is the number of threads cleaning at once: each pass is split over them, page by
    /// page from a shared counter, as a batch run with `-j N` does.
    public static func run(_ pages: [BenchPage], workers: Int = 1, minimumSeconds: Double, minimumPasses: Int = 1) throws -> BenchResult {
        guard workers >= 1 else { throw EvalError("workers must be at least 1 (asked for \(workers))") }
        guard !pages.isEmpty else { throw EvalError("no pages to clean") }
        let clock = ContinuousClock()
        let start = clock.now
        let cpuStart = processCPUSeconds()
        var passes = 0
        var failed = 0
        var elapsed = 0.0
        repeat {
            failed = workers == 1 ? cleanPass(pages) : parallelPass(pages, workers: workers)
            passes += 1
            elapsed = PageCleaner.seconds(clock.now - start)
        } while passes < minimumPasses || elapsed < minimumSeconds
        var result = BenchResult(pages: pages.count, bytes: pages.reduce(0) { $0 + $1.bytes.count }, passes: passes,
                                 seconds: elapsed, failedPages: failed, workers: workers)
        result.cpuSeconds = processCPUSeconds() - cpuStart
        return result
    }

    /// Cleans every page once, untimed: the vocabulary tables are built on first use, once a
    /// process, and a figure per pass should not carry that.
    public static func warmUp(_ pages: [BenchPage]) {
        _ = cleanPass(pages)
    }

    /// CPU seconds this process has used so far, all threads.
    static func processCPUSeconds() -> Double {
        var time = timespec()
        guard clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time) == 0 else { return 0 }
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// One pass on the calling thread; returns how many pages threw.
    static func cleanPass(_ pages: [BenchPage]) -> Int {
        var failed = 0
        var rendered = 0
        for page in pages {
            do {
                // The text output's work, as `declutter FILE` does it (no structure or metadata).
                var options = Options(inputKind: page.kind)
                options.structure = false
                let article = try Cleaner(options: options).clean(page.bytes)
                rendered &+= article.textData().count
            } catch {
                failed += 1
            }
        }
        // Keep the rendered text observable so the optimiser cannot drop the work.
        blackHole(rendered)
        return failed
    }

    /// One pass over `workers` threads taking pages from a shared counter; returns how many threw.
    static func parallelPass(_ pages: [BenchPage], workers: Int) -> Int {
        let next = Counter()
        let failures = Counter()
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while true {
                let index = next.increment() - 1
                guard index < pages.count else { break }
                if cleanPass([pages[index]]) > 0 { _ = failures.increment() }
            }
        }
        return failures.value
    }

    /// A lock-protected counter shared by the benchmark's threads.
    final class Counter: @unchecked Sendable {
        private var count = 0
        private let lock = NSLock()
        /// Adds one and returns the new count.
        func increment() -> Int { lock.lock(); defer { lock.unlock() }; count += 1; return count }
        var value: Int { lock.lock(); defer { lock.unlock() }; return count }
    }

    /// Consumes a value without doing anything the optimiser can see through.
    @inline(never)
    static func blackHole(_ value: Int) {
        withExtendedLifetime(value) {}
    }
}
