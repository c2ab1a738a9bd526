import Foundation

/// Runs a function over a sequence on a fixed number of worker threads and hands the results
/// back on the calling thread in input order, holding only a bounded window of inputs at once.
///
/// The sequence is read lazily on a feeder thread of its own, so a sequence that blocks (lines
/// of standard input) never keeps finished results from being delivered. ``stop()`` — callable
/// from any thread, a signal handler's queue say — makes the run take no new inputs: inputs
/// already being transformed are finished and delivered, queued ones are dropped, and since
/// workers take inputs in order, what is delivered is always a prefix of the input.
///
/// One value runs once. It keeps no global state: many runs may go on at the same time.
public final class OrderedParallelMap<Input: Sendable, Output: Sendable>: @unchecked Sendable {
    /// Stack for each worker thread: parsers recurse on deeply nested pages, and 8 MiB is the
    /// usual main-thread limit, which the single-page path already relies on.
    static var workerStackSize: Int { 8 << 20 }
    /// Inputs held per worker (queued, running or waiting for delivery) when no window is given:
    /// enough to keep every worker busy while one slow input holds up delivery.
    static var defaultWindowPerWorker: Int { 4 }

    /// How many inputs are transformed at the same time.
    public let workers: Int
    /// How many inputs are held at once, from being read to being delivered.
    public let window: Int

    private let transform: @Sendable (Input) -> Output
    // Everything below is guarded by `condition`.
    private let condition = NSCondition()
    private var queued: [(index: Int, input: Input)] = []
    private var finished: [Int: Output] = [:]
    private var taken = 0
    private var delivered = 0
    private var running = 0
    private var inputEnded = false
    private var stopRequested = false
    private var runOver = false
    private var started = false

    /// Creates a map that applies `transform` on `workers` threads (at least one), holding at
    /// most `window` inputs at once (default: four per worker; never fewer than `workers`).
    public init(workers: Int, window: Int? = nil, transform: @escaping @Sendable (Input) -> Output) {
        self.workers = max(1, workers)
        self.window = max(self.workers, window ?? self.workers * Self.defaultWindowPerWorker)
        self.transform = transform
    }

    /// Asks the run to take no new inputs. Safe from any thread, at any time, more than once.
    public func stop() {
        condition.lock()
        stopRequested = true
        condition.broadcast()
        condition.unlock()
    }

    /// Whether ``stop()`` has been called.
    public var isStopped: Bool {
        condition.lock()
        defer { condition.unlock() }
        return stopRequested
    }

    /// Transforms every element of `inputs` and calls `deliver(index, output)` on this thread in
    /// input order. When `tickInterval` is given, `tick` is called on this thread about that often
    /// while the run goes on (for a progress display). Returns `true` when every input was
    /// delivered, `false` when ``stop()`` cut the run short.
    @discardableResult
    public func run<S: Sequence>(
        _ inputs: S,
        tickInterval: TimeInterval? = nil,
        tick: () -> Void = {},
        deliver: (Int, Output) -> Void
    ) -> Bool where S.Element == Input {
        condition.lock()
        precondition(!started, "an OrderedParallelMap runs once")
        started = true
        condition.unlock()

        let source = InputSource(inputs.makeIterator())
        startThread { self.feed(from: source) }
        for _ in 0..<workers { startThread { self.work() } }

        var nextTick = tickInterval.map { Date(timeIntervalSinceNow: $0) }
        condition.lock()
        defer {
            runOver = true
            queued.removeAll()
            condition.broadcast()
            condition.unlock()
        }
        while true {
            // Ticks are checked on every pass: a busy run wakes too often for a wait to time out.
            if let interval = tickInterval, let due = nextTick, Date() >= due {
                condition.unlock()
                tick()
                condition.lock()
                nextTick = Date(timeIntervalSinceNow: interval)
            }
            if let output = finished.removeValue(forKey: delivered) {
                let index = delivered
                condition.unlock()
                deliver(index, output)
                condition.lock()
                delivered += 1
                condition.broadcast()
                continue
            }
            if inputEnded && delivered == taken { return true }
            if stopRequested && running == 0 { return false }
            if let due = nextTick {
                _ = condition.wait(until: due)
            } else {
                condition.wait()
            }
        }
    }

    /// The feeder: reads inputs while the window has room, until the sequence ends or a stop.
    private func feed(from source: InputSource<Input>) {
        while true {
            condition.lock()
            while !stopRequested && !runOver && taken - delivered >= window { condition.wait() }
            let halted = stopRequested || runOver
            condition.unlock()
            if halted { return }

            let next = source.next()

            condition.lock()
            defer { condition.broadcast(); condition.unlock() }
            guard let input = next else {
                inputEnded = true
                return
            }
            if stopRequested || runOver { return }
            queued.append((taken, input))
            taken += 1
        }
    }

    /// A worker: takes queued inputs in order and transforms them, until there are no more.
    private func work() {
        condition.lock()
        while true {
            while queued.isEmpty && !inputEnded && !stopRequested && !runOver { condition.wait() }
            if queued.isEmpty || stopRequested || runOver { break }
            let job = queued.removeFirst()
            running += 1
            condition.unlock()
            let output = transform(job.input)
            condition.lock()
            running -= 1
            finished[job.index] = output
            condition.broadcast()
        }
        condition.unlock()
    }

    private func startThread(_ body: @escaping @Sendable () -> Void) {
        let thread = Thread(block: body)
        thread.stackSize = Self.workerStackSize
        thread.start()
    }
}

/// Carries a sequence's iterator to the feeder thread, the only thread that ever touches it.
private final class InputSource<Element>: @unchecked Sendable {
    private let nextElement: () -> Element?

    init<Iterator: IteratorProtocol>(_ iterator: Iterator) where Iterator.Element == Element {
        var iterator = iterator
        nextElement = { iterator.next() }
    }

    func next() -> Element? { nextElement() }
}
