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
        if path == "-" { return try readStandardInput(limit: limit) }
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

    /// Bytes read from standard input at a time.
    static let chunkSize = 1 << 20

    /// All of standard input; past `limit` the bytes are counted, not kept, so an oversize page
    /// is refused with its true size without holding it in memory.
    static func readStandardInput(limit: Int) throws -> Data {
        var data = Data()
        var total = 0
        while true {
            let chunk: Data
            do {
                chunk = try FileHandle.standardInput.read(upToCount: chunkSize) ?? Data()
            } catch {
                throw ReadError(description: "cannot read: \(StandardOutput.reason(error))")
            }
            if chunk.isEmpty { break }
            total += chunk.count
            if total <= limit {
                data.append(chunk)
            } else if !data.isEmpty {
                data = Data()
            }
        }
        if total > limit { throw DeclutterError.tooLarge(bytes: total, limit: limit) }
        return data
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
