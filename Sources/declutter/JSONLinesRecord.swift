import Declutter
import Foundation

/// One JSON Lines record in, one out: `{"id": …, "html"|"text": …, other fields…}` becomes the
/// same record without the page and with `title` and `text` — or with `error` when it failed.
///
/// A JSON string holds Unicode text, so a page in a legacy encoding (windows-1252, Shift_JIS)
/// cannot travel in `html` byte for byte; `html_base64`, `text_base64` and `base64` (kind
/// sniffed) carry the raw bytes instead, and the page is decoded exactly as a file would be.
enum JSONLinesRecord {
    /// The fields that may carry the page, in the order they are looked for, with how to read it
    /// and whether the value is base64 of the raw bytes.
    static let payloadFields: [(name: String, kind: InputKind, base64: Bool)] = [
        ("html", .html, false), ("text", .text, false), ("html_base64", .html, true), ("text_base64", .text, true),
        ("base64", .auto, true),
    ]

    /// The output line (no newline) for input line `number` (from 1).
    static func process(_ line: String, number: Int, options: Options, rendering: ArticleRendering = ArticleRendering()) -> String {
        guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
            let reason = line.allSatisfy(\.isWhitespace) ? "empty line" : "line is not a JSON object"
            return encode(["error": reason, "line": number], line: number)
        }
        var record = object
        var page: (bytes: Data, kind: InputKind)? = nil
        var problem: String? = nil
        for field in payloadFields {
            guard let value = record.removeValue(forKey: field.name) else { continue }
            if page != nil { continue }
            guard let text = value as? String else {
                problem = "\"\(field.name)\" must be a string"
                continue
            }
            if !field.base64 {
                page = (Data(text.utf8), field.kind)
            } else if let bytes = Data(base64Encoded: text, options: .ignoreUnknownCharacters) {
                page = (bytes, field.kind)
            } else {
                problem = "\"\(field.name)\" is not valid base64"
            }
        }
        guard let page else {
            record["error"] = problem ?? "record has no \"html\" or \"text\" field (nor html_base64, text_base64, base64)"
            return encode(record, line: number)
        }
        var options = options
        options.inputKind = page.kind
        switch Cleaner(options: options).cleanResult(page.bytes) {
        case .success(let article):
            record.merge(rendering.recordFields(article)) { _, new in new }
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
