/// The structure a text dump still shows, read off the kept lines: runs of lines with list
/// markers are lists, a short Title Case or ALL CAPS line between paragraphs is a subheading,
/// lines opening with "> " or wholly inside quotation marks are quotes. The text output does
/// not change; only the Markdown and JSON outputs use it.
enum TextStructure {
    /// A subheading has at most this many words; longer short lines are teasers or sentences.
    static let maxHeadingWords = 12
    /// ... and at most this many bytes.
    static let maxHeadingBytes = 120
    /// A subheading in sentence case ("What changed on the land") has at most this many words:
    /// longer lines without a full stop are more often a sentence cut short.
    static let maxSentenceCaseHeadingWords = 8
    /// The paragraph after a subheading has at least this many words: it opens a section of prose.
    static let minSectionWords = 12

    static func pieces(_ kept: [KeptBlock]) -> [ArticleBlock] {
        var pieces = [ArticleBlock]()
        var index = 0
        while index < kept.count {
            let block = kept[index]
            if block.role == .listItem && !isNumberedSubheading(kept, at: index) {
                var end = index
                var items = [ArticleBlock.ListItem]()
                while end < kept.count, kept[end].role == .listItem {
                    let (text, number) = withoutMarker(kept[end].text)
                    items.append(ArticleBlock.ListItem(text: text, level: 1, ordered: number != nil, number: number))
                    end += 1
                }
                pieces.append(ArticleStructure.listPiece(items, spans: items.map { _ in [] }))
                index = end
                continue
            }
            if let first = quoted(block.text) {
                var paragraphs = [(first, [InlineSpan]())]
                var end = index + 1
                while end < kept.count, kept[end].role != .listItem, let next = quoted(kept[end].text) {
                    paragraphs.append((next, []))
                    end += 1
                }
                pieces.append(ArticleStructure.quote(paragraphs))
                index = end
                continue
            }
            if isSubheading(kept, at: index) || isNumberedSubheading(kept, at: index) {
                var piece = ArticleBlock(kind: .heading, text: block.text)
                piece.level = 2
                pieces.append(piece)
            } else {
                pieces.append(ArticleStructure.paragraph(block))
            }
            index += 1
        }
        return pieces
    }

    /// A line without its list marker ("- ", "• ", "1. ", "2) "), and the marker's number.
    static func withoutMarker(_ text: String) -> (String, Int?) {
        let bytes = Array(text.utf8)
        guard ListMarker.hasMarker(bytes), let space = bytes.firstIndex(of: 0x20) else { return (text, nil) }
        let number = bytes[0] >= 0x30 && bytes[0] <= 0x39 ? Int(String(decoding: bytes[..<(space - 1)], as: UTF8.self)) : nil
        let rest = String(decoding: bytes[(space + 1)...], as: UTF8.self)
        return (Whitespace.normalize(rest), number)
    }

    /// A numbered line standing alone before prose ("4. Lineman's Pliers", "2. The Corpus"): the
    /// heading of a numbered section, kept with its number.
    static func isNumberedSubheading(_ kept: [KeptBlock], at index: Int) -> Bool {
        let block = kept[index]
        guard block.role == .listItem, withoutMarker(block.text).1 != nil, index + 1 < kept.count,
              kept[index + 1].role != .listItem, index == 0 || kept[index - 1].role != .listItem else { return false }
        let stats = block.stats
        return stats.words <= maxHeadingWords && stats.bytes <= maxHeadingBytes && !stats.endsWithTerminal
            && !stats.endsWithColon
    }

    /// Opening and closing quotation marks that enclose a whole quoted line.
    static let quotePairs: [(open: [UInt8], close: [UInt8])] = [
        ("\u{201C}", "\u{201D}"), ("\"", "\""), ("\u{00AB}", "\u{00BB}"), ("\u{201E}", "\u{201C}"),
        ("\u{300C}", "\u{300D}"),
    ].map { (Array($0.0.utf8), Array($0.1.utf8)) }

    /// The text of a quoted line: "> text" without its marker, or a line wholly inside one pair
    /// of quotation marks (no closing mark inside, so not "“A,” she said, “B.”"); nil otherwise.
    static func quoted(_ text: String) -> String? {
        let utf8 = text.utf8
        if utf8.starts(with: [UInt8(ascii: ">"), 0x20]) { return Whitespace.normalize(text.dropFirst(2)) }
        guard let first = utf8.first, first == 0x22 || first >= 0xC2 else { return nil }
        for pair in quotePairs where utf8.starts(with: pair.open) && utf8.reversed().starts(with: pair.close.reversed()) {
            let bytes = Array(utf8)
            guard bytes.count > pair.open.count + pair.close.count else { return nil }
            let inner = bytes[pair.open.count..<(bytes.count - pair.close.count)]
            if ByteSearch.contains(inner, pair.close) || (pair.open != pair.close && ByteSearch.contains(inner, pair.open)) {
                return nil
            }
            return text
        }
        return nil
    }

    /// A short line between two kept paragraphs, without sentence punctuation, in Title Case
    /// (every word that is not a function word capitalised) or in capitals — or shorter still in
    /// sentence case — followed by prose.
    static func isSubheading(_ kept: [KeptBlock], at index: Int) -> Bool {
        guard index > 0, index + 1 < kept.count else { return false }
        let stats = kept[index].stats
        guard stats.words >= 1, stats.words <= maxHeadingWords, stats.bytes <= maxHeadingBytes,
              !stats.endsWithTerminal, !stats.endsWithColon, !stats.isCJK, stats.letters > stats.digits,
              stats.startsCapitalized, quoted(kept[index].text) == nil else { return false }
        let next = kept[index + 1]
        guard next.role == .paragraph, next.stats.words >= minSectionWords else { return false }
        // The line above is not a heading of its own: two short lines in a row are a label and a teaser.
        let previous = kept[index - 1].stats
        if previous.words <= maxHeadingWords && !previous.endsWithTerminal && kept[index - 1].role == .paragraph {
            return false
        }
        return stats.words <= maxSentenceCaseHeadingWords || isSubheadingShape(stats)
    }

    /// Title Case (capitalised words and function words only) or ALL CAPS.
    static func isSubheadingShape(_ stats: TextStats) -> Bool {
        if stats.upperCaseWords > 0 && stats.upperCaseWords == stats.capitalizedWords && stats.capitalizedWords == stats.words {
            return true
        }
        return stats.capitalizedWords + stats.stopWords >= stats.words && stats.capitalizedWords * 2 >= stats.words
    }
}
