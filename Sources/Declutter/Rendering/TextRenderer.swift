/// Renders an article as text: headline, blank line, paragraphs separated by blank lines,
/// one trailing newline — the form of the seed pages' expected output.
enum TextRenderer {
    static func render(title: String?, paragraphs: [String]) -> String {
        var parts = [String]()
        if let title, !title.isEmpty { parts.append(title) }
        parts.append(contentsOf: paragraphs)
        if parts.isEmpty { return "" }
        return parts.joined(separator: "\n\n") + "\n"
    }
}
