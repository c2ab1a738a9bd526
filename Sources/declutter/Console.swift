import Foundation

/// Standard error, shared by messages and the progress line: a message first wipes the progress
/// line (when one is shown), so the two never run into each other.
final class Console: @unchecked Sendable {
    /// The one console of the process.
    static let shared = Console()

    /// Whether standard error is a terminal, where a progress line can be redrawn in place.
    let isTerminal = isatty(STDERR_FILENO) == 1
    private let lock = NSLock()
    private var statusShown = false

    /// Writes `declutter: MESSAGE` on its own line.
    func error(_ message: String) {
        write("declutter: " + message + "\n")
    }

    /// Writes a line as is (a summary, a progress line off a terminal).
    func line(_ text: String) {
        write(text + "\n")
    }

    /// Draws the progress line in place of the last one (terminals only).
    func status(_ text: String) {
        lock.lock()
        defer { lock.unlock() }
        // "\r" returns to the start of the line, ESC[K erases what an older, longer line left.
        raw("\r" + text + "\u{1B}[K")
        statusShown = true
    }

    /// Erases the progress line, if one is shown.
    func clearStatus() {
        lock.lock()
        defer { lock.unlock() }
        clearLocked()
    }

    private func write(_ text: String) {
        lock.lock()
        defer { lock.unlock() }
        clearLocked()
        raw(text)
    }

    private func clearLocked() {
        if statusShown {
            raw("\r\u{1B}[K")
            statusShown = false
        }
    }

    private func raw(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}

/// Writes `declutter: MESSAGE` on standard error.
func printError(_ message: String) {
    Console.shared.error(message)
}
