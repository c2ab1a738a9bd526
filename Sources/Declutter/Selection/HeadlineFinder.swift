/// Finds the headline: a title-shaped line just above the article that is neither a section
/// label, a date, nor furniture.
enum HeadlineFinder {
    /// How many blocks above the article start are searched.
    static let lookback = 12
    /// Fewest words of a headline; one- and two-word lines are section labels ("World", "Sports").
    static let minWords = 3
    /// Most words of a headline; longer lines are standfirsts or paragraphs.
    static let maxWords = 40

    /// A standfirst (dek) under the headline has at least this many words; shorter title-shaped
    /// lines under a headline are labels or kickers.
    static let minDekWords = 8
    /// A standfirst is a sentence: its stop-word share is that of prose, not of a headline.
    static let minDekStopDensity = 0.2

    /// The headline found above `articleStart`, and the standfirst under it when there is one.
    ///
    /// The nearest title-shaped line above the article wins, unless the line right above it is
    /// title-shaped too and shorter: then that one is the headline and the nearer, longer line
    /// is the standfirst, which belongs to the body.
    static func find(in scored: [ScoredBlock], articleStart: Int) -> (headline: Int, dek: Int?)? {
        var index = articleStart - 1
        let floor = max(0, articleStart - lookback)
        while index >= floor {
            if isTitleShaped(scored[index]) {
                let above = index - 1
                if above >= 0, isTitleShaped(scored[above]),
                   scored[above].block.stats.words < scored[index].block.stats.words,
                   scored[index].block.stats.words >= minDekWords,
                   scored[index].block.stats.stopWordDensity >= minDekStopDensity {
                    return (above, index)
                }
                return (index, nil)
            }
            index -= 1
        }
        return nil
    }

    static func isTitleShaped(_ scored: ScoredBlock) -> Bool {
        let stats = scored.block.stats
        if !scored.cues.isDisjoint(with: Cues.noise) { return false }
        if scored.block.role == .listItem { return false }
        if stats.words < minWords || stats.words > maxWords || stats.hasURL { return false }
        if stats.letters * 2 < stats.chars { return false }
        // A headline is one statement: no full stop at its end, at most one sentence inside.
        if endsWithFullStop(scored.block) { return false }
        if stats.sentenceEnds > 1 { return false }
        if stats.endsWithColon { return false }
        // Breadcrumbs ("Home > News > Europe") and menus joined on one line.
        if stats.separators >= 2 { return false }
        return true
    }

    /// Whether the text's last character is a full stop that does not end "...", as String's
    /// character-wise `hasSuffix` says, read off the last bytes: only a stop right after a byte
    /// beyond ASCII (where a prepended mark could join it into one character) asks the string.
    static func endsWithFullStop(_ block: Block) -> Bool {
        block.withUTF8 { bytes in
            let count = bytes.count
            guard count > 0, bytes[count - 1] == 0x2E else { return false }
            var dots = 1
            while dots < 3, dots < count, bytes[count - 1 - dots] == 0x2E { dots += 1 }
            guard dots < count, bytes[count - 1 - dots] >= 0x80 else { return dots < 3 }
            let text = String(decoding: bytes, as: UTF8.self)
            return text.hasSuffix(".") && !text.hasSuffix("...")
        }
    }
}
