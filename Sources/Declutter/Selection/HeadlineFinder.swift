/// Finds the headline: a title-shaped line just above the article that is neither a section
/// label, a date, nor furniture.
enum HeadlineFinder {
    /// How many blocks above the article start are searched.
    static let lookback = 12
    /// Fewest words of a headline; one- and two-word lines are section labels ("World", "Sports").
    static let minWords = 3
    /// Most words of a headline; longer lines are standfirsts or paragraphs.
    static let maxWords = 40

    /// The index of the headline among `scored`, searching above `articleStart`.
    static func find(in scored: [ScoredBlock], articleStart: Int) -> Int? {
        var index = articleStart - 1
        let floor = max(0, articleStart - lookback)
        while index >= floor {
            if isTitleShaped(scored[index]) { return index }
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
        let text = scored.block.text
        if text.hasSuffix(".") && !text.hasSuffix("...") { return false }
        if stats.sentenceEnds > 1 { return false }
        if stats.endsWithColon { return false }
        return true
    }
}
