/// The byline and date lines a page shows near its headline — "By Jane Doe", "11:06 JST,
/// November 7, 2024 (updated at 15:00 JST)", "2024.11.06 21:26" — which the scoring marks
/// (``Cues/byline``, ``Cues/date``) and leaves out of the text: here they become metadata
/// instead of being dropped silently. Works the same on text dumps and HTML.
enum VisibleMetadata {
    /// Blocks before the article's first kept block that are looked at: the headline, kicker,
    /// byline and date of a text dump or a page header sit within a dozen lines of the body.
    static let windowBefore = 12
    /// Blocks after it (a date under a standfirst, a byline after the first paragraph).
    static let windowAfter = 4
    /// A byline has at most this many words; a longer line is an author box, not a byline.
    static let maxBylineWords = 12

    /// What the lines near the headline say.
    struct Found: Equatable {
        var byline: String? = nil
        var author: String? = nil
        var published: ParsedDate? = nil
        var modified: ParsedDate? = nil
    }

    /// Separators between a byline's name and what follows it ("By Jane Doe | May 1, 2025").
    static let bylineSeparators = [" | ", " · ", " • ", " — ", " – ", " - ", " / "]

    static func find(_ scored: [ScoredBlock], keep: [Bool]) -> Found {
        var found = Found()
        guard let anchor = keep.firstIndex(of: true) else { return found }
        let window = max(0, anchor - windowBefore)..<min(scored.count, anchor + windowAfter + 1)
        // Nearest the article first; at equal distance the line above it.
        let order = window.filter { !keep[$0] }.sorted { abs($0 - anchor) * 2 + ($0 > anchor ? 1 : 0) < abs($1 - anchor) * 2 + ($1 > anchor ? 1 : 0) }
        for index in order {
            let block = scored[index]
            if found.published == nil, block.cues.contains(.date) || block.cues.contains(.byline),
               let (published, modified) = dates(in: block.block.text) {
                found.published = published
                found.modified = modified
            }
            if found.byline == nil, block.cues.contains(.byline), block.block.stats.words <= maxBylineWords,
               let name = name(inByline: block.block.text) {
                found.byline = block.block.text
                found.author = name
            }
        }
        return found
    }

    /// The publication date of a date line and, after an update word ("updated at 15:00 JST"),
    /// the time of its last change (on the same day unless it names another).
    static func dates(in line: String) -> (ParsedDate, ParsedDate?)? {
        let (head, tail) = splitAtUpdateWord(line)
        guard let published = DateParser.parse(head) else {
            // "Updated May 2, 2025": only a change date; it stands for the publication too.
            guard let tail, let changed = DateParser.parse(tail) else { return nil }
            return (changed, nil)
        }
        let modified = tail.flatMap { DateParser.parse($0, fallback: published) }
        return (published, modified == published ? nil : modified)
    }

    /// The line before and after its first update word, if it has one.
    static func splitAtUpdateWord(_ line: String) -> (String, String?) {
        let lowered = line.lowercased()
        var wordStart: String.Index? = nil
        var index = lowered.startIndex
        while index <= lowered.endIndex {
            let isLetter = index < lowered.endIndex && lowered[index].isLetter
            if isLetter, wordStart == nil { wordStart = index }
            if !isLetter, let start = wordStart {
                if Vocabulary.updateWords.contains(String(lowered[start..<index])) {
                    let offset = lowered.distance(from: lowered.startIndex, to: start)
                    let cut = line.index(line.startIndex, offsetBy: offset)
                    return (String(line[..<cut]), String(line[cut...]))
                }
                wordStart = nil
            }
            if index == lowered.endIndex { break }
            index = lowered.index(after: index)
        }
        return (line, nil)
    }

    /// Words a byline may have before its "by" ("Guide by Jane Doe", "Sponsored by Acme").
    static let maxWordsBeforeBy = 2

    /// The name in a byline: the opener ("By ", "Von ", "Guide by ") and anything after a
    /// separator go, as do trailing punctuation marks; nil when nothing name-like is left.
    static func name(inByline line: String) -> String? {
        var text = Substring(line)
        let lowered = line.lowercased()
        if Vocabulary.bylineOpeners.contains(lowered + " ") { return nil }
        if let opener = Vocabulary.bylineOpeners.first(where: { lowered.hasPrefix($0) }) {
            text = text.dropFirst(opener.count)
        } else if let by = line.range(of: " by ", options: .caseInsensitive),
                  line[..<by.lowerBound].split(separator: " ").count <= maxWordsBeforeBy {
            text = line[by.upperBound...]
        }
        for separator in bylineSeparators {
            if let range = text.range(of: separator) { text = text[..<range.lowerBound] }
        }
        let name = Whitespace.normalize(text.trimmingCharacters(in: [",", ";", ":", " ", "."]))
        guard let first = name.unicodeScalars.first, first.properties.isUppercase || !first.properties.isCased,
              name.unicodeScalars.contains(where: { $0.properties.isAlphabetic }),
              DateParser.parse(name) == nil else { return nil }
        return name
    }
}

extension Substring {
    /// Without the given characters at either end.
    fileprivate func trimmingCharacters(in set: Set<Character>) -> Substring {
        guard let first = firstIndex(where: { !set.contains($0) }), let last = lastIndex(where: { !set.contains($0) }) else {
            return ""
        }
        return self[first...last]
    }
}
