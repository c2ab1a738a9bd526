/// Renders an article as CommonMark with GitHub's tables: the headline as `#`, body headings as
/// `##`–`######`, lists (nested four spaces a level), block quotes, fenced code and pipe tables,
/// each piece separated by a blank line, one trailing newline. Characters Markdown would read as
/// markup are escaped with a backslash, so the text reads back as written.
enum MarkdownRenderer {
    /// Spaces a nested list is indented by per level: past the content column of any parent
    /// marker ("- ", "1. ", "10. ") and short of an indented code block.
    static let listIndent = 4

    /// What to render.
    struct Settings {
        var tables = true
        var links = false
    }

    static func render(title: String?, pieces: [ArticleBlock], settings: Settings) -> String {
        var parts = [String]()
        if let title, !title.isEmpty { parts.append("# " + escapeLine(title)) }
        for piece in pieces {
            let source = InlineSource(piece, settings)
            switch piece.kind {
            case .heading:
                let level = min(6, max(2, piece.level))
                parts.append(String(repeating: "#", count: level) + " " + inline(source, 0..<source.utf8.count))
            case .paragraph:
                parts.append(inline(source, 0..<source.utf8.count))
            case .list:
                parts.append(list(piece, source))
            case .quote:
                let paragraphs = ranges(of: piece.paragraphs, separator: 2).map { "> " + inline(source, $0) }
                parts.append(paragraphs.joined(separator: "\n>\n"))
            case .table:
                if settings.tables { parts.append(table(piece, source)) }
            case .code:
                parts.append(code(piece.text))
            }
        }
        if parts.isEmpty { return "" }
        return parts.joined(separator: "\n\n") + "\n"
    }

    // MARK: - Pieces

    private static func list(_ piece: ArticleBlock, _ source: InlineSource) -> String {
        var lines = [String]()
        var numbers = [Int]()  // the next number at each level
        for (item, range) in zip(piece.items, ranges(of: piece.items.map(\.text), separator: 1)) {
            let level = max(1, item.level)
            if numbers.count > level { numbers.removeLast(numbers.count - level) }
            while numbers.count < level { numbers.append(1) }
            if let number = item.number { numbers[level - 1] = number }
            let marker = item.ordered ? "\(numbers[level - 1]). " : "- "
            numbers[level - 1] += 1
            let indent = String(repeating: " ", count: (level - 1) * listIndent)
            let continuation = "\n\n" + indent + String(repeating: " ", count: marker.count)
            // An item of several paragraphs: each after the first indented to the item's content.
            let text = item.text.utf8.count == range.count ? inline(source, range) : item.text
            let paragraphs = text.components(separatedBy: "\n\n")
            lines.append(indent + marker + paragraphs.joined(separator: continuation))
        }
        return lines.joined(separator: "\n")
    }

    private static func table(_ piece: ArticleBlock, _ source: InlineSource) -> String {
        var offset = 0
        var lines = [String]()
        for (index, row) in piece.rows.enumerated() {
            var cells = [String]()
            for cell in row {
                let range = offset..<(offset + cell.utf8.count)
                offset = range.upperBound + 1  // the tab or line break after the cell
                cells.append(inline(source, range, inTable: true))
            }
            lines.append("| " + cells.joined(separator: " | ") + " |")
            if index == 0 { lines.append("|" + String(repeating: " --- |", count: row.count)) }
        }
        return lines.joined(separator: "\n")
    }

    /// A fenced code block; the fence is longer than any run of backticks in the code.
    static func code(_ text: String) -> String {
        var longest = 0, run = 0
        for byte in text.utf8 {
            run = byte == UInt8(ascii: "`") ? run + 1 : 0
            longest = max(longest, run)
        }
        let fence = String(repeating: "`", count: max(3, longest + 1))
        return fence + "\n" + text + "\n" + fence
    }

    /// The byte ranges of `parts` inside their join with `separator` bytes between them.
    static func ranges(of parts: [String], separator: Int) -> [Range<Int>] {
        var offset = 0
        return parts.map { part in
            let range = offset..<(offset + part.utf8.count)
            offset = range.upperBound + separator
            return range
        }
    }

    // MARK: - Inline text

    /// A piece's text as bytes, read once however many ranges (cells, items) are rendered, and
    /// the spans to write (none unless `settings.links`), outer before inner.
    struct InlineSource {
        let utf8: [UInt8]
        let spans: [InlineSpan]

        init(_ piece: ArticleBlock, _ settings: Settings) {
            utf8 = Array(piece.text.utf8)
            spans = settings.links ? piece.spans.sorted { $0.start != $1.start ? $0.start < $1.start : $0.end > $1.end } : []
        }
    }

    /// The bytes `range` of the piece's text with Markdown escaped, and with its links and
    /// emphasis as Markdown when the source has them.
    static func inline(_ source: InlineSource, _ range: Range<Int>, inTable: Bool = false) -> String {
        let utf8 = source.utf8
        guard range.lowerBound >= 0, range.upperBound <= utf8.count else { return "" }
        let spans = source.spans.isEmpty ? [] : nestedSpans(source.spans, in: range)
        var out = [UInt8]()
        out.reserveCapacity(range.count + 16)
        var open = [InlineSpan]()
        var pending = spans[...]
        var index = range.lowerBound
        while index <= range.upperBound {
            // Close the spans that end here, innermost first.
            while let last = open.last, last.end == index {
                out += closing(last)
                open.removeLast()
            }
            if index == range.upperBound { break }
            while let next = pending.first, next.start == index {
                out += opening(next)
                open.append(next)
                pending.removeFirst()
            }
            let byte = utf8[index]
            if open.contains(where: { $0.kind == .code }) {
                out.append(byte)
            } else {
                let lineStart = index == range.lowerBound || utf8[index - 1] == 0x0A
                escape(byte, at: index, in: utf8, lineStart: lineStart, inTable: inTable, into: &out)
            }
            index += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The spans (sorted outer before inner) inside `range` that nest properly: a span crossing
    /// another's end is left out.
    static func nestedSpans(_ spans: [InlineSpan], in range: Range<Int>) -> [InlineSpan] {
        let inside = spans.filter { $0.start >= range.lowerBound && $0.end <= range.upperBound && $0.start < $0.end }
        var kept = [InlineSpan]()
        var open = [InlineSpan]()
        for span in inside {
            while let last = open.last, last.end <= span.start { open.removeLast() }
            if let last = open.last, span.end > last.end { continue }
            // Nothing inside code is markup; a link inside a link cannot be written.
            if open.contains(where: { $0.kind == .code }) { continue }
            if span.kind == .link && open.contains(where: { $0.kind == .link }) { continue }
            kept.append(span)
            open.append(span)
        }
        return kept
    }

    private static func opening(_ span: InlineSpan) -> [UInt8] {
        switch span.kind {
        case .link: return [UInt8(ascii: "[")]
        case .emphasis: return [UInt8(ascii: "*")]
        case .strong: return Array("**".utf8)
        case .code: return [UInt8(ascii: "`")]
        }
    }

    private static func closing(_ span: InlineSpan) -> [UInt8] {
        switch span.kind {
        case .link: return Array("](\(linkTarget(span.href ?? "")))".utf8)
        case .emphasis: return [UInt8(ascii: "*")]
        case .strong: return Array("**".utf8)
        case .code: return [UInt8(ascii: "`")]
        }
    }

    /// A link target with the characters that would end it percent-encoded.
    static func linkTarget(_ href: String) -> String {
        var out = ""
        for scalar in href.unicodeScalars {
            switch scalar {
            case " ": out += "%20"
            case "(": out += "%28"
            case ")": out += "%29"
            case "<": out += "%3C"
            case ">": out += "%3E"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A headline on one line with Markdown escaped.
    static func escapeLine(_ text: String) -> String {
        inline(InlineSource(ArticleBlock(kind: .paragraph, text: text), Settings()), 0..<text.utf8.count)
    }

    /// Appends `byte` (at `index` of `text`) escaped: the characters that start emphasis, code,
    /// links and HTML anywhere; `|` in a table; and what would open a heading, quote, list or
    /// rule at the start of a line.
    @inline(__always)
    private static func escape(_ byte: UInt8, at index: Int, in text: [UInt8], lineStart: Bool, inTable: Bool,
                               into out: inout [UInt8]) {
        let backslash = UInt8(ascii: "\\")
        switch byte {
        case UInt8(ascii: "\\"), UInt8(ascii: "*"), UInt8(ascii: "`"), UInt8(ascii: "["), UInt8(ascii: "]"),
             UInt8(ascii: "<"):
            out.append(backslash)
        case UInt8(ascii: "_"):
            // An underscore inside a word (snake_case) is text in GitHub's Markdown.
            let before = index > 0 ? text[index - 1] : 0x20
            let after = index + 1 < text.count ? text[index + 1] : 0x20
            if !(isWordByte(before) && isWordByte(after)) { out.append(backslash) }
        case UInt8(ascii: "|"):
            if inTable { out.append(backslash) }
        case UInt8(ascii: "#"), UInt8(ascii: ">"):
            if lineStart { out.append(backslash) }
        case UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "="):
            // "- item", "+ item", a "---" or "===" rule; "-5 degrees" is text.
            let after = index + 1 < text.count ? text[index + 1] : 0x20
            if lineStart && (after == 0x20 || after == byte) { out.append(backslash) }
        case UInt8(ascii: "."), UInt8(ascii: ")"):
            // "1. " or "2) " opening a line is a numbered list.
            var start = index
            while start > 0, text[start - 1] >= 0x30, text[start - 1] <= 0x39 { start -= 1 }
            let after = index + 1 < text.count ? text[index + 1] : 0x20
            let opensLine = start == 0 || text[start - 1] == 0x0A || text[start - 1] == 0x09
            // CommonMark list numbers have at most nine digits.
            if start < index, index - start <= 9, opensLine, after == 0x20 { out.append(backslash) }
        default:
            break
        }
        out.append(byte)
    }

    @inline(__always)
    private static func isWordByte(_ byte: UInt8) -> Bool {
        (byte | 0x20) &- 0x61 < 26 || byte &- 0x30 < 10 || byte >= 0x80
    }
}
