/// The headline a text dump declares: a scraper's dump starts with the page's `<title>`
/// ("Headline | Site"), and the body repeats the headline near the article's top. Kept, that
/// repeat is the headline printed into the body, which the article's text leaves out.
struct DumpTitle {
    /// A kept line that holds the title and at most this many words more is the headline with a
    /// kicker or a breadcrumb around it ("Home » Headline", "Guides / Headline"), not a sentence
    /// that happens to quote it.
    static let maxExtraWords = 6
    /// A title this short ("Contact", "Blog") names a page, not an article: too weak to match.
    static let minTitleWords = 3

    /// The title without the site's name, as a comparison key, and its word count.
    let key: String
    let words: Int
    /// The whole first line as a key ("Headline | Site" printed again in the body).
    let fullKey: String

    /// The title on the dump's first line, when that line is title-shaped and long enough.
    init?(_ scored: [ScoredBlock]) {
        guard let first = scored.first, HeadlineFinder.isTitleShaped(first) else { return nil }
        let title = TitleChooser.stripSite(first.block.text, siteName: nil)
        words = TextStats(of: title).words
        key = TitleChooser.key(title)
        fullKey = TitleChooser.key(first.block.text)
        guard words >= Self.minTitleWords, !key.isEmpty else { return nil }
    }

    /// Whether the block repeats the title (with at most a short kicker or breadcrumb around it).
    func isRepeated(by block: ScoredBlock) -> Bool {
        guard block.block.stats.words <= words + Self.maxExtraWords else {
            // Too long to hold the title with a kicker: only the title itself, or the whole first
            // line, can match, so the key is read no longer than they are.
            guard let blockKey = TitleChooser.key(block.block.text, maxBytes: max(key.utf8.count, fullKey.utf8.count))
            else { return false }
            return blockKey == key || blockKey == fullKey
        }
        let blockKey = TitleChooser.key(block.block.text)
        if blockKey == key || blockKey == fullKey { return true }
        return ByteSearch.contains(blockKey, key)
    }

    /// The index of the kept block, among the first ``PageAnalysis/titleRepeatWindow`` kept ones
    /// after the title line, that repeats the title; nil when there is none.
    func keptRepeat(_ scored: [ScoredBlock], keep: Verdicts) -> Int? {
        keep.keptIndicesLazily.drop { $0 == 0 }.prefix(PageAnalysis.titleRepeatWindow)
            .first { isRepeated(by: scored[$0]) }
    }
}
