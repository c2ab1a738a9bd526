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

    /// The kept text above a later repeat of the title is at most this share of all kept text
    /// for that repeat to be the body's headline (a header's menu and promos above it); a repeat
    /// further down is a "Related" teaser or a footer naming the page.
    static let maxShareAboveLaterRepeat = 0.25

    /// The index of a kept block further down that repeats the title, with kept blocks above it
    /// holding at most ``maxShareAboveLaterRepeat`` of the kept words: the body's own headline,
    /// under header furniture that the spans took in. Nil when there is none.
    func laterRepeat(_ scored: [ScoredBlock], keep: Verdicts) -> Int? {
        let total = keep.keptIndicesLazily.reduce(0) { $0 + scored[$1].block.stats.words }
        let limit = Double(total) * Self.maxShareAboveLaterRepeat
        var above = 0
        for index in keep.keptIndicesLazily where index > 0 {
            if isRepeated(by: scored[index]) { return above > 0 ? index : nil }
            // A paragraph that opens an article stands above it: the repeat is a section's or a
            // picture's title inside the article.
            let stats = scored[index].block.stats
            if stats.words >= LandmarkCues.firstProseWords && stats.stopWordDensity >= LocalScorer.minGoodStopDensity {
                return nil
            }
            above += stats.words
            if Double(above) > limit { return nil }
        }
        return nil
    }

    /// The index of the kept block, among the first ``PageAnalysis/titleRepeatWindow`` kept ones
    /// after the title line, that repeats the title; nil when there is none.
    func keptRepeat(_ scored: [ScoredBlock], keep: Verdicts) -> Int? {
        keep.keptIndicesLazily.drop { $0 == 0 }.prefix(PageAnalysis.titleRepeatWindow)
            .first { isRepeated(by: scored[$0]) }
    }
}
