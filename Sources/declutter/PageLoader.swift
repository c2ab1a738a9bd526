import Declutter
import Foundation

/// Reads a page from a file or standard input, gunzipping files whose name ends in `.gz`.
enum PageLoader {
    /// A failure to read, worded for a message that starts with the path.
    struct ReadError: Error, CustomStringConvertible {
        let description: String
    }

    /// The bytes of the page at `path` (`-` is standard input); `limit` caps a gunzipped size.
    static func load(_ path: String, limit: Int) throws -> Data {
        if path == "-" { return FileHandle.standardInput.readDataToEndOfFile() }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw ReadError(description: "cannot read: \((error as NSError).localizedDescription)")
        }
        return isGzipName(path) ? try Gunzip.decompress(data, limit: limit) : data
    }

    /// Whether a file name says gzip.
    static func isGzipName(_ path: String) -> Bool {
        path.lowercased().hasSuffix(".gz")
    }
}
