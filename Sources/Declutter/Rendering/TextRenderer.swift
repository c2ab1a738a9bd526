/// Renders an article as text: headline, blank line, paragraphs separated by blank lines,
/// one trailing newline — the form of the seed pages' expected output.
enum TextRenderer {
    static func render(title: String?, paragraphs: [String]) -> String {
        let title = title.flatMap { $0.isEmpty ? nil : $0 }
        if title == nil && paragraphs.isEmpty { return "" }
        // One allocation: the parts' bytes and a blank line after each.
        var capacity = (title?.utf8.count ?? 0) + 2
        for paragraph in paragraphs { capacity += paragraph.utf8.count + 2 }
        var out = String()
        out.reserveCapacity(capacity)
        var first = true
        for part in CollectionOfOne(title).compactMap({ $0 }) + paragraphs {
            if !first { out.append("\n\n") }
            out.append(part)
            first = false
        }
        out.append("\n")
        return out
    }
}
