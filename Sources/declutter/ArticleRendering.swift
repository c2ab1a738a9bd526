import Declutter
import Foundation

/// How every mode prints an article: `--format` with `--no-title`, `--no-tables`, `--links` and
/// `--pretty`. Single pages, folder runs and JSON Lines share it, so the same flags give the same
/// bytes everywhere.
struct ArticleRendering: Sendable {
    var format: Arguments.Format = .text
    var includeTitle = true
    var tables = true
    var links = false
    var pretty = false

    /// The output for one article (ending in a newline, or empty for an empty text article).
    func render(_ article: Article) -> String {
        switch format {
        case .text: return article.text(includeTitle: includeTitle)
        case .markdown: return article.markdown(includeTitle: includeTitle, tables: tables, links: links)
        case .json: return article.json(tables: tables, pretty: pretty) + "\n"
        }
    }

    /// ``render(_:)`` as the bytes written out (the text format's without making a string).
    func data(_ article: Article) -> Data {
        format == .text ? article.textData(includeTitle: includeTitle) : Data(render(article).utf8)
    }

    /// The extension of a folder run's output files.
    var fileExtension: String {
        switch format {
        case .text: return "txt"
        case .markdown: return "md"
        case .json: return "json"
        }
    }

    /// The fields a JSON Lines record gets for its page: `title` and `text` (the body), plus
    /// `markdown` with `--format markdown`, or every field of the JSON output with `--format json`.
    func recordFields(_ article: Article) -> [String: Any] {
        var fields: [String: Any] = [
            "title": article.title.map { $0 as Any } ?? NSNull(),
            // The body: paragraphs joined by a blank line, without the headline.
            "text": article.paragraphs.joined(separator: "\n\n"),
        ]
        switch format {
        case .text: break
        case .markdown: fields["markdown"] = article.markdown(includeTitle: includeTitle, tables: tables, links: links)
        case .json: fields.merge(article.jsonObject(tables: tables)) { _, new in new }
        }
        return fields
    }
}
