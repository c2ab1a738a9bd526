import Declutter
import Foundation

/// Reads a page from a file or standard input, gunzipping files whose name ends in `.gz`.
enum PageLoader {
    /// A failure to read, worded for a message that starts with the path.
    struct ReadError: Error, CustomStringConvertible {
        let description: String
    }

    /// The bytes of the page at `path` (`-` is standard input); `limit` caps a gunzipped size.
    /// A plain file larger than `limit` is refused before it is read, so an oversize page costs
    /// no memory.
    static func load(_ path: String, limit: Int) throws -> Data {
        if path == "-" { return FileHandle.standardInput.readDataToEndOfFile() }
        let gzipped = isGzipName(path)
        if !gzipped, let size = fileSize(path), size > limit {
            throw DeclutterError.tooLarge(bytes: size, limit: limit)
        }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw ReadError(description: "cannot read: \(reason(path, error))")
        }
        return gzipped ? try Gunzip.decompress(data, limit: limit) : data
    }

    /// The size of a regular file (links followed); nil for anything else or on failure.
    static func fileSize(_ path: String) -> Int? {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        return Int(info.st_size)
    }

    /// Why `path` could not be read, in the system's words ("Permission denied", "Too many levels
    /// of symbolic links", "Is a directory") when opening it again says; else Foundation's.
    static func reason(_ path: String, _ error: Error) -> String {
        var info = stat()
        if stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR { return String(cString: strerror(EISDIR)) }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        if descriptor < 0 { return String(cString: strerror(errno)) }
        close(descriptor)
        return (error as NSError).localizedDescription
    }

    /// Whether a file name says gzip.
    static func isGzipName(_ path: String) -> Bool {
        path.lowercased().hasSuffix(".gz")
    }
}
