import Foundation

/// Renders an article as text: headline, blank line, paragraphs separated by blank lines,
/// one trailing newline — the form of the seed pages' expected output.
enum TextRenderer {
    /// The text's UTF-8 of `paragraphCount` paragraphs whose bytes, joined by blank lines, are
    /// `body` (``ArticleBody/joinedUTF8``): copies into one allocation, whatever the paragraphs.
    /// Empty when there is neither a title nor a paragraph.
    static func render(title: String?, body: [UInt8], paragraphCount: Int) -> Data {
        let title = title.flatMap { $0.isEmpty ? nil : $0 }
        if title == nil && paragraphCount == 0 { return Data() }
        var out = Data()
        out.reserveCapacity((title?.utf8.count ?? 0) + body.count + 3)
        if let title {
            out.append(contentsOf: title.utf8)
            if paragraphCount > 0 { out.append(contentsOf: [0x0A, 0x0A]) }
        }
        out.append(contentsOf: body)
        out.append(0x0A)
        return out
    }
}
