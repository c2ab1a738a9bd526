import Declutter
import Foundation

/// `declutter --jsonl`: JSON Lines from standard input to standard output, one record out per
/// line in, in input order, written (and so flushed) as soon as it and all before it are done —
/// the shape Spark's `RDD.pipe`, Hadoop Streaming and GNU parallel expect.
enum JSONLinesMode {
    /// Runs until standard input ends (0) or a signal stops it (130).
    static func run(_ arguments: Arguments) -> Int32 {
        let options = arguments.options
        let rendering = arguments.rendering
        let map = OrderedParallelMap(workers: arguments.workerCount) { (input: (number: Int, line: String)) in
            JSONLinesRecord.process(input.line, number: input.number, options: options, rendering: rendering)
        }
        let trap = SignalTrap { map.stop() } onRepeat: { _exit(130) }
        var written = 0
        var writeError: Error?
        let completed = map.run(StandardInputLines()) { _, output in
            guard writeError == nil else { return }
            do {
                try StandardOutput.write(Data((output + "\n").utf8))
                written += 1
            } catch {
                // Nothing more can be delivered: stop taking lines and say so.
                writeError = error
                map.stop()
            }
        }
        trap.release()
        if let writeError {
            printError("\(writeError) after \(written) records")
            return 1
        }
        if !completed {
            printError("interrupted: \(written) records written")
            return 130
        }
        if arguments.progress { Console.shared.line("declutter: \(written) records") }
        return 0
    }
}

/// The lines of standard input with their numbers (from 1), read lazily.
struct StandardInputLines: Sequence, IteratorProtocol {
    private var number = 0

    mutating func next() -> (number: Int, line: String)? {
        guard let line = readLine(strippingNewline: true) else { return nil }
        number += 1
        return (number, line)
    }
}
