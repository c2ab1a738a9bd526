import Declutter
import Foundation

/// JSON as declutter writes it: one line, keys sorted except `id`, which comes first so a
/// record is easy to spot; slashes and non-ASCII characters left as they are (UTF-8).
enum JSONOutput {
    /// One object on one line, without a trailing newline.
    static func line(_ object: [String: Any]) throws -> String {
        var rest = object
        let id = rest.removeValue(forKey: "id")
        let options: JSONSerialization.WritingOptions = [.sortedKeys, .withoutEscapingSlashes, .fragmentsAllowed]
        let body = String(decoding: try JSONSerialization.data(withJSONObject: rest, options: options), as: UTF8.self)
        guard let id else { return body }
        let idJSON = String(decoding: try JSONSerialization.data(withJSONObject: id, options: options), as: UTF8.self)
        let others = body.dropFirst()  // everything after the opening brace
        return "{\"id\":" + idJSON + (others == "}" ? "" : ",") + others
    }
}
