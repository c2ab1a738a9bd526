import Foundation

/// Standard output, written so that a failure (a full disk, a closed pipe when SIGPIPE is
/// ignored) is an error with its reason rather than a crash: `FileHandle.write(_:)` traps on
/// any write error.
enum StandardOutput {
    /// A failed write, worded for a message.
    struct WriteError: Error, CustomStringConvertible {
        let description: String
    }

    /// Writes all of `data` to standard output.
    static func write(_ data: Data) throws {
        do {
            try FileHandle.standardOutput.write(contentsOf: data)
        } catch {
            throw WriteError(description: "cannot write standard output: \(reason(error))")
        }
    }

    /// The system's wording of a Foundation error's underlying POSIX error, when it has one.
    static func reason(_ error: Error) -> String {
        let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError
        if let underlying, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        return (error as NSError).localizedDescription
    }
}
