/// Turns declutter's Markdown back into plain text, for scoring the Markdown output against the
/// same gold as the text output: heading marks, quote marks, list markers (numbers included),
/// table rules and pipes, code fences, emphasis marks, link targets and backslash escapes go;
/// every word of the text stays, one block a paragraph.
public enum MarkdownStripper {
    /// The plain text of `markdown`.
    public static func plainText(_ markdown: String) -> String {
        var out = [String]()
        var fence: Substring? = nil
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            if let open = fence {
                if line.hasPrefix(open) && line.allSatisfy({ $0 == open.first }) {
                    fence = nil
                } else {
                    out.append(String(line))
                }
                continue
            }
            if line.hasPrefix("```") || line.hasPrefix("~~~") {
                fence = line.prefix { $0 == line.first }
                continue
            }
            var rest = line.drop { $0 == " " }
            if rest.hasPrefix("|") {
                // A table: the rule under the header goes, each row's cells become one line.
                if rest.allSatisfy({ $0 == "|" || $0 == "-" || $0 == ":" || $0 == " " }) { continue }
                let cells = splitCells(rest)
                out.append(cells.map(inlineText).joined(separator: " "))
                continue
            }
            if rest.hasPrefix("#") {
                rest = rest.drop { $0 == "#" }.drop { $0 == " " }
            }
            while rest.hasPrefix(">") { rest = rest.dropFirst().drop { $0 == " " } }
            if rest.hasPrefix("- ") || rest.hasPrefix("* ") || rest.hasPrefix("+ ") {
                rest = rest.dropFirst(2)
            } else if let marker = orderedMarkerLength(rest) {
                // The number stays: a reader of the rendered Markdown sees it as text.
                out.append(String(rest.prefix(marker - 2)) + " " + inlineText(rest.dropFirst(marker)))
                continue
            }
            out.append(inlineText(rest))
        }
        return out.joined(separator: "\n")
    }

    /// The length of "12. " or "3) " opening a line, or nil.
    static func orderedMarkerLength(_ line: Substring) -> Int? {
        let digits = line.prefix { $0.isASCII && $0.isNumber }.count
        guard digits > 0, digits <= 9 else { return nil }
        let rest = line.dropFirst(digits)
        guard let mark = rest.first, mark == "." || mark == ")", rest.dropFirst().first == " " else { return nil }
        return digits + 2
    }

    /// The cells of a table row, split at pipes that are not escaped.
    static func splitCells(_ row: Substring) -> [Substring] {
        var cells = [Substring]()
        var start = row.index(after: row.startIndex)
        var index = start
        while index < row.endIndex {
            if row[index] == "\\" {
                index = row.index(after: index)
                if index < row.endIndex { index = row.index(after: index) }
                continue
            }
            if row[index] == "|" {
                cells.append(row[start..<index])
                start = row.index(after: index)
            }
            index = row.index(after: index)
        }
        if start < row.endIndex { cells.append(row[start...]) }
        return cells.map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
    }

    /// A line's text without emphasis marks, inline-code ticks, link brackets and targets, and
    /// with backslash escapes resolved.
    static func inlineText(_ line: Substring) -> String {
        var out = ""
        var index = line.startIndex
        while index < line.endIndex {
            let character = line[index]
            let next = line.index(after: index)
            switch character {
            case "\\":
                if next < line.endIndex, line[next].isASCII, line[next].isPunctuation || line[next].isSymbol {
                    out.append(line[next])
                    index = line.index(after: next)
                    continue
                }
                out.append(character)
            case "*", "`", "[":
                break
            case "]":
                // "](target)": the target is not text.
                if next < line.endIndex, line[next] == "(", let close = line[next...].firstIndex(of: ")") {
                    index = line.index(after: close)
                    continue
                }
            default:
                out.append(character)
            }
            index = next
        }
        return out
    }
}

extension Substring {
    /// Without spaces at either end.
    fileprivate func trimmingSpaces() -> Substring {
        guard let first = firstIndex(where: { $0 != " " }), let last = lastIndex(where: { $0 != " " }) else { return "" }
        return self[first...last]
    }
}
