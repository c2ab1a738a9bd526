import Foundation

/// Keeps count of a folder run and tells the user: errors and warnings as they come, a progress
/// line (redrawn on a terminal, or a line a second with `--progress` off one), the summary line,
/// and the `--errors` TSV. Used from one thread only.
final class BatchReport {
    /// How often the progress line is redrawn on a terminal: five times a second at most.
    static let terminalInterval: TimeInterval = 0.2
    /// How often a progress line is printed when stderr is a file or pipe (with `--progress`).
    static let plainInterval: TimeInterval = 1
    /// Bytes in the megabytes the report shows (decimal, as disk and network speeds are).
    static let bytesPerMegabyte = 1_000_000.0

    let total: Int
    private(set) var cleaned = 0
    private(set) var upToDate = 0
    private(set) var failures: [(path: String, error: String)] = []
    private var bytes = 0
    private let started = Date()
    private let console = Console.shared
    /// Seconds between progress lines, or `nil` when there is no progress display.
    let tickInterval: TimeInterval?

    init(total: Int, forceProgress: Bool) {
        self.total = total
        if console.isTerminal {
            tickInterval = Self.terminalInterval
        } else {
            tickInterval = forceProgress ? Self.plainInterval : nil
        }
    }

    var done: Int { cleaned + upToDate + failures.count }

    /// Records a failure and says so on stderr.
    func fail(_ path: String, _ error: String) {
        failures.append((path, error))
        console.error("\(path): \(error)")
    }

    /// Records how one input ended.
    func record(_ path: String, _ outcome: FolderJob.Outcome) {
        switch outcome {
        case .cleaned(let size, let warnings):
            cleaned += 1
            bytes += size
            for warning in warnings { console.error("\(path): warning: \(warning)") }
        case .upToDate:
            upToDate += 1
        case .failed(let error):
            fail(path, error)
        }
    }

    /// Draws (or prints) the progress line.
    func tick() {
        guard tickInterval != nil else { return }
        let seconds = max(Date().timeIntervalSince(started), 0.001)
        let rate = Double(cleaned + failures.count) / seconds
        var parts = ["\(done)/\(total) pages",
                     String(format: "%.0f pages/s", rate),
                     String(format: "%.1f MB/s", Double(bytes) / Self.bytesPerMegabyte / seconds)]
        if rate > 0 { parts.append("ETA " + Self.clock(Double(total - done) / rate)) }
        if !failures.isEmpty { parts.append("\(failures.count) failed") }
        let text = parts.joined(separator: ", ")
        if console.isTerminal { console.status(text) } else { console.line("declutter: " + text) }
    }

    /// Prints the summary line (after "interrupted: N of M done" when cut short).
    func finish(interrupted: Bool) {
        console.clearStatus()
        if interrupted { console.error("interrupted: \(done) of \(total) done") }
        let seconds = Date().timeIntervalSince(started)
        var summary = String(format: "cleaned %d pages (%.1f MB) in %.1f s, %d failed",
                             cleaned, Double(bytes) / Self.bytesPerMegabyte, seconds, failures.count)
        if upToDate > 0 { summary += ", \(upToDate) up to date" }
        console.error(summary)
    }

    /// Writes the failures as a TSV with a `path<TAB>error` header; tabs and line breaks inside
    /// a field become spaces.
    func writeErrors(to path: String) throws {
        func field(_ text: String) -> String {
            text.replacingOccurrences(of: "\t", with: " ").replacingOccurrences(of: "\r", with: " ")
                .replacingOccurrences(of: "\n", with: " ")
        }
        let rows = ["path\terror"] + failures.map { field($0.path) + "\t" + field($0.error) }
        try AtomicWriter().write(Data(rows.map { $0 + "\n" }.joined().utf8), to: path)
    }

    /// `H:MM:SS` or `M:SS`.
    private static func clock(_ seconds: Double) -> String {
        let whole = Int(seconds.rounded())
        let (hours, minutes, secs) = (whole / 3600, whole / 60 % 60, whole % 60)
        return hours > 0 ? String(format: "%d:%02d:%02d", hours, minutes, secs) : String(format: "%d:%02d", minutes, secs)
    }
}
