import Dispatch
import Foundation

/// Turns SIGINT and SIGTERM into calls: the first asks the run to wind down cleanly, a repeat
/// (a second Ctrl-C) is for giving up at once. Restores the default handling on `release()`.
final class SignalTrap: @unchecked Sendable {
    /// The signals a batch winds down on: Ctrl-C and a polite kill.
    static let signals: [Int32] = [SIGINT, SIGTERM]

    private let queue = DispatchQueue(label: "declutter.signals")
    private var sources: [DispatchSourceSignal] = []
    private var count = 0

    init(onFirst: @escaping @Sendable () -> Void, onRepeat: @escaping @Sendable () -> Void) {
        for number in Self.signals {
            signal(number, SIG_IGN)  // the dispatch source sees the signal; the default action must not
            let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
            source.setEventHandler { [self] in
                self.count += 1  // only ever touched on `queue`
                if self.count == 1 { onFirst() } else { onRepeat() }
            }
            source.resume()
            sources.append(source)
        }
    }

    /// Stops trapping; the signals kill the process again.
    func release() {
        for source in sources { source.cancel() }
        for number in Self.signals { signal(number, SIG_DFL) }
    }
}
