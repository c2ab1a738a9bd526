import Declutter
import Foundation

/// One JSON Lines record in, one out: `{"id": …, "html"|"text": …, other fields…}` becomes the
/// same record without the page and with `title` and `text` — or with `error` when it failed.
enum JSONLinesRecord {
    /// The fields that may carry the page, in the order they are looked for, with how to read it.
    static let payloadFields: [(name: String, kind: InputKind)] = [("html", .html), ("text", .text)]

    /// The output line (no newline) for input line `number` (from 1).
    static func process(_ line: String, number: Int, options: Options) -> String {
        guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
            let reason = line.allSatisfy(\.isWhitespace) ? "empty line" : "line is not a JSON object"
            return encode(["error": reason, "line": number], line: number)
        }
        var record = object
        var page: (text: String, kind: InputKind)? = nil
        var problem: String? = nil
        for field in payloadFields {
            guard let value = record.removeValue(forKey: field.name) else { continue }
            if page != nil { continue }
            if let text = value as? String {
                page = (text, field.kind)
            } else {
                problem = "\"\(field.name)\" must be a string"
            }
        }
        guard let page else {
            record["error"] = problem ?? "record has no \"html\" or \"text\" field"
            return encode(record, line: number)
        }
        var options = options
        options.inputKind = page.kind
        switch Cleaner(options: options).cleanResult(Data(page.text.utf8)) {
        case .success(let article):
            record["title"] = article.title.map { $0 as Any } ?? NSNull()
            record["text"] = JSONOutput.body(of: article)
        case .failure(let error):
            record["error"] = error.description
        }
        return encode(record, line: number)
    }

    /// Encodes a record; one that cannot be encoded (a number JSON cannot hold) becomes an error.
    private static func encode(_ record: [String: Any], line: Int) -> String {
        if let text = try? JSONOutput.line(record) { return text }
        return "{\"error\":\"record could not be written back as JSON\",\"line\":\(line)}"
    }
}
