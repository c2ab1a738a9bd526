import Foundation

/// Renders an article as the JSON object `declutter --format json` prints; the fields are
/// described by `docs/article.schema.json`. Keys are sorted and only integers, strings, booleans,
/// arrays, objects and null are written, so the bytes of the output are stable.
enum JSONRenderer {
    /// The article as a JSON-ready dictionary. `tables: false` leaves table blocks out.
    static func object(_ article: Article, tables: Bool) -> [String: Any] {
        let pieces = article.blocks.filter { tables || $0.kind != .table }
        var object: [String: Any] = [
            "title": article.title.map { $0 as Any } ?? NSNull(),
            "text": article.paragraphs.joined(separator: "\n\n"),
            "paragraphs": article.paragraphs,
            "input_kind": article.inputKind.rawValue,
            "input_bytes": article.inputBytes,
            "words": article.wordCount,
            "warnings": article.warnings,
            "blocks": pieces.map(block),
        ]
        let metadata = article.metadata
        let fields: [(String, String?)] = [
            ("author", metadata.author), ("byline", metadata.byline), ("published", metadata.published),
            ("modified", metadata.modified), ("site_name", metadata.siteName), ("language", metadata.language),
            ("canonical_url", metadata.canonicalURL), ("description", metadata.description), ("image", metadata.image),
        ]
        for (name, value) in fields { object[name] = value.map { $0 as Any } ?? NSNull() }
        object["metadata_sources"] = metadata.sources.mapValues(\.rawValue)
        var counts = [String: Int]()
        for kind in ArticleBlock.Kind.allCases { counts[kind.rawValue] = 0 }
        for piece in article.blocks { counts[piece.kind.rawValue, default: 0] += 1 }
        object["stats"] = [
            "input_bytes": article.inputBytes,
            "words": article.wordCount,
            "characters": article.paragraphs.reduce(0) { $0 + $1.count },
            "paragraphs": article.paragraphs.count,
            "blocks": counts,
        ] as [String: Any]
        return object
    }

    /// One block: its kind and text, and the fields of its kind.
    static func block(_ piece: ArticleBlock) -> [String: Any] {
        var object: [String: Any] = ["kind": piece.kind.rawValue, "text": piece.text]
        switch piece.kind {
        case .heading:
            object["level"] = piece.level
        case .list:
            object["ordered"] = piece.ordered
            object["items"] = piece.items.map { item -> [String: Any] in
                var entry: [String: Any] = ["text": item.text, "level": item.level, "ordered": item.ordered]
                if let number = item.number { entry["number"] = number }
                return entry
            }
        case .quote:
            object["paragraphs"] = piece.paragraphs
        case .table:
            object["rows"] = piece.rows
            object["header_row"] = piece.headerRow
        case .paragraph, .code:
            break
        }
        let links = piece.spans.filter { $0.kind == .link }
        if !links.isEmpty {
            let utf8 = Array(piece.text.utf8)
            object["links"] = links.map { span -> [String: Any] in
                let text = String(decoding: utf8[max(0, span.start)..<min(utf8.count, span.end)], as: UTF8.self)
                return ["text": text, "href": span.href ?? ""]
            }
        }
        return object
    }

    /// One object on one line (or indented, `pretty`), keys sorted, slashes and non-ASCII
    /// characters left as they are.
    static func line(_ object: [String: Any], pretty: Bool = false) throws -> String {
        var options: JSONSerialization.WritingOptions = [.sortedKeys, .withoutEscapingSlashes, .fragmentsAllowed]
        if pretty { options.insert(.prettyPrinted) }
        return String(decoding: try JSONSerialization.data(withJSONObject: object, options: options), as: UTF8.self)
    }
}

extension Article {
    /// The article as one line of JSON (no trailing newline; indented over many lines when
    /// `pretty`): the fields `declutter --format json` prints, described by
    /// `docs/article.schema.json`. `tables: false` leaves table blocks out.
    public func json(tables: Bool = true, pretty: Bool = false) -> String {
        (try? JSONRenderer.line(JSONRenderer.object(self, tables: tables), pretty: pretty)) ?? "{}"
    }

    /// The same as a dictionary of JSON values, for callers that add fields of their own.
    public func jsonObject(tables: Bool = true) -> [String: Any] {
        JSONRenderer.object(self, tables: tables)
    }
}
