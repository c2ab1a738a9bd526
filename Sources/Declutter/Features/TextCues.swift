/// Reads page-furniture cues from a block's own words: the vocabulary in ``Vocabulary`` plus
/// shapes that need no vocabulary — date stamps, photo credits, price tickers, slugs.
enum TextCues {
    /// Lines up to this many words are matched whole or by their opening against the cue lists;
    /// furniture labels are short, and a long line that opens with "Photo" is prose.
    static let maxCueWords = 12
    /// Lines up to this many words are matched by their opening ("Read also: <a teaser title>",
    /// "Photo: <a caption>"); the openings are specific enough for lines that long.
    static let maxPrefixCueWords = 25
    /// Lines up to this many words are checked for contained cue phrases (cookie banners and
    /// newsletter boxes run long, but not as long as articles).
    static let maxContainedCueWords = 80
    /// Markup tags in a text block above which it is leaked source (an embed code box, a
    /// "republish this article" textarea), not something a reader sees as text.
    static let minLeakedTags = 2

    /// "59 Comments", "12 thoughts on “Title”", "3 responses to …": a count, then a comment noun.
    static func isCommentCount(_ lowered: String) -> Bool {
        let words = lowered.split(separator: " ", maxSplits: 2)
        guard words.count >= 2, words[0].allSatisfy(\.isNumber) else { return false }
        return Vocabulary.commentCountNouns.contains(String(words[1]))
    }

    /// A date line has at most this many tokens; longer lines that mention a date are prose.
    static let maxDateTokens = 14

    /// Labels up to this many words are checked for a cue keyword anywhere in them
    /// ("World POPULAR ARTICLES", "Access ranking").
    static let maxKeywordCueWords = 5

    static func cues(for text: String, stats: TextStats) -> Cues {
        var cues: Cues = []
        if stats.words <= maxContainedCueWords || stats.cjkChars > 0 {
            let lowered = text.lowercased()
            if stats.words <= maxPrefixCueWords {
                for (prefix, cue) in Vocabulary.prefixCues where lowered.hasPrefix(prefix) { cues.insert(cue) }
            }
            if stats.words <= maxCueWords {
                let key = cueKey(lowered)
                if let exact = Vocabulary.exactCues[key] { cues.formUnion(exact) }
                if isDateLine(lowered) { cues.insert(.date) }
                if stats.words <= maxKeywordCueWords && !stats.endsWithTerminal { cues.formUnion(keywordCues(lowered)) }
                if isByline(text, lowered: lowered, stats: stats) { cues.insert(.byline) }
            }
            for opening in Vocabulary.smallPrintOpenings where lowered.hasPrefix(opening) { cues.insert(.newsletter) }
            if stats.words <= 25, isCommentCount(lowered) { cues.insert(.comments) }
            for (phrase, cue) in Vocabulary.containedCues where lowered.contains(phrase) {
                // A contained cue in a long line marks it only when the line is not running prose
                // that happens to mention the phrase.
                if cue == .caption || cue == .cookie || stats.words <= 40 || stats.sentenceEnds <= 2 { cues.insert(cue) }
            }
        }
        if isPhotoCredit(text) || (stats.cjkChars > 0 && Vocabulary.creditSuffixes.contains { text.hasSuffix($0) }) {
            cues.insert(.caption)
        }
        if stats.markupTags >= minLeakedTags { cues.insert(.hidden) }
        if !stats.endsWithTerminal, stats.words <= maxCueWords, text.hasSuffix("→") || text.hasSuffix("»") {
            cues.insert(.navigation)
        }
        if isTicker(stats) { cues.insert(.ticker) }
        if isSlug(text, stats: stats) { cues.insert(.navigation) }
        return cues
    }

    /// Lower-case line without list markers, surrounding punctuation or a trailing count:
    /// "Comments (12)" → "comments", "» Related Articles:" → "related articles".
    static func cueKey(_ lowered: String) -> String {
        var scalars = Substring(lowered).unicodeScalars[...]
        func isTrim(_ s: Unicode.Scalar) -> Bool {
            let v = s.value
            if v >= 0x30 && v <= 0x39 { return false }
            return CharClass.of(v) != .letter && CharClass.of(v) != .upper && CharClass.of(v) != .cjk
        }
        while let first = scalars.first, isTrim(first) { scalars = scalars.dropFirst() }
        // Drop a trailing "(12)" / "12" count.
        var trimmed = String(String.UnicodeScalarView(scalars))
        while let last = trimmed.unicodeScalars.last,
              isTrim(last) || (last.value >= 0x30 && last.value <= 0x39) {
            trimmed.unicodeScalars.removeLast()
        }
        return trimmed
    }

    /// Cues from single keywords in a short label.
    static func keywordCues(_ lowered: String) -> Cues {
        var cues: Cues = []
        for word in lowered.split(whereSeparator: { !$0.isLetter }) {
            if Vocabulary.labelKeywords.contains(String(word)) { cues.insert(.sectionLabel) }
        }
        return cues
    }

    /// A line made only of dates, times, month and weekday names: "7 Novembre 2024",
    /// "11:06 JST, November 7, 2024 (updated at 15:00 JST)", "2024.11.06 21:26", "3 hours ago".
    static func isDateLine(_ lowered: String) -> Bool {
        var tokens = 0, numbers = 0, months = 0, longNumbers = 0, times = 0, unknown = 0
        var current = ""
        var currentIsNumber = true
        var previousByte: UInt8 = 0
        var sawColonInNumber = false
        func finish() -> Bool {
            defer { current = ""; currentIsNumber = true }
            if current.isEmpty { return true }
            tokens += 1
            if !currentIsNumber, isClockToken(current) {
                numbers += 1
                times += 1
                return true
            }
            if currentIsNumber {
                numbers += 1
                if current.utf8.count == 4 { longNumbers += 1 }
                return true
            }
            if Vocabulary.months.contains(current) { months += 1; return true }
            if Vocabulary.dateWords.contains(current) { return true }
            // One unknown word is a place name ("Valdecruz, 03/07/2024 - 10:21"); two are prose.
            unknown += 1
            return unknown <= 1
        }
        for scalar in lowered.unicodeScalars {
            let klass = CharClass.of(scalar.value)
            if klass == .letter || klass == .upper || klass == .digit || klass == .cjk {
                if klass == .cjk {
                    // 2024年11月7日: each CJK char is its own token.
                    if !finish() { return false }
                    current = String(scalar)
                    currentIsNumber = false
                    if !finish() { return false }
                    continue
                }
                if klass != .digit { currentIsNumber = false }
                current.unicodeScalars.append(scalar)
            } else {
                if scalar == ":" && currentIsNumber && !current.isEmpty { sawColonInNumber = true }
                if !finish() { return false }
            }
            previousByte = scalar.isASCII ? UInt8(scalar.value) : 0
        }
        _ = previousByte
        if !finish() { return false }
        if sawColonInNumber { times += 1 }
        if tokens == 0 || tokens > maxDateTokens { return false }
        if months > 0 && numbers > 0 { return true }
        if numbers >= 3 && longNumbers > 0 { return true }
        if unknown > 0 { return false }
        if numbers >= 2 && (longNumbers > 0 || times > 0) { return true }
        if numbers >= 3 { return true }
        return lowered.hasSuffix(" ago") && numbers > 0
    }

    /// "4pm", "10am", "9h30", "16h": a time of day written as one token.
    static func isClockToken(_ token: String) -> Bool {
        var digits = 0
        var rest = Substring(token)
        while let first = rest.first, first.isASCII, first.isNumber { digits += 1; rest = rest.dropFirst() }
        guard digits > 0 && digits <= 2 else { return false }
        return rest == "am" || rest == "pm" || rest == "h" || (rest.hasPrefix("h") && rest.dropFirst().allSatisfy(\.isNumber))
    }

    /// "By Jane Doe", "By Jane Doe and John Roe, Reuters": short, opens with a byline word, names follow.
    static func isByline(_ text: String, lowered: String, stats: TextStats) -> Bool {
        guard stats.words >= 2, stats.words <= 10, !stats.endsWithTerminal else { return false }
        for opener in ["by ", "written by ", "posted by ", "von ", "par ", "por ", "di ", "door ", "text: ", "texte : "]
        where lowered.hasPrefix(opener) {
            // Names are capitalised; "by the way, ..." is not a byline.
            return stats.capitalizedWords * 2 >= stats.words
        }
        return false
    }

    /// A photo credit: a closing parenthetical "(Name/Agency)", or an agency in capitals joined
    /// to a name by a slash ("AGENCY/Jane Doe").
    static func isPhotoCredit(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count >= 5 else { return false }
        // "(... / ...)" at the very end, short.
        if bytes.last == UInt8(ascii: ")"), let open = bytes.lastIndex(of: UInt8(ascii: "(")), bytes.count - open <= 60 {
            let inner = bytes[(open + 1)..<(bytes.count - 1)]
            if inner.contains(UInt8(ascii: "/")), inner.firstRange(of: Array(" / ".utf8)) == nil, let first = inner.first,
               first >= 0x41 && first <= 0x5A {
                return true
            }
        }
        // "WORD/Name" where WORD is two or more capitals.
        var index = 2
        while index + 1 < bytes.count {
            if bytes[index] == UInt8(ascii: "/"), isUpper(bytes[index + 1]) {
                var start = index
                while start > 0, isUpper(bytes[start - 1]) { start -= 1 }
                let capitals = index - start
                if capitals >= 2, start == 0 || bytes[start - 1] == 0x20 || bytes[start - 1] == UInt8(ascii: "(") {
                    return true
                }
            }
            index += 1
        }
        return false
    }

    @inline(__always) static func isUpper(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }

    /// Prices and percentages with few words: "Bitcoin (BTC) $ 84,668.69 5.29%", "DAX 18,234.5 +0.4%".
    static func isTicker(_ stats: TextStats) -> Bool {
        guard stats.words <= 10, stats.digits >= 3 else { return false }
        let marks = stats.currency + stats.percents
        return (marks >= 1 && stats.digitShare >= 0.25) || stats.digitShare >= 0.6
    }

    /// A lone lower-case token with hyphens, like a URL slug or a CSS id leaking into a dump.
    static func isSlug(_ text: String, stats: TextStats) -> Bool {
        guard stats.words >= 1, stats.words <= 4, !text.utf8.contains(0x20) else { return false }
        var hyphens = 0
        for byte in text.utf8 {
            if byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") { hyphens += 1; continue }
            if !(byte >= 0x61 && byte <= 0x7A) && !(byte >= 0x30 && byte <= 0x39) { return false }
        }
        return hyphens > 0
    }
}
