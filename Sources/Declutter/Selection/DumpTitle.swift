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

    /// The title without the site's name, as a comparison key (``TitleChooser/key(_:)``'s
    /// bytes), and its word count.
    let key: [UInt8]
    let words: Int
    /// The whole first line as a key ("Headline | Site" printed again in the body).
    let fullKey: [UInt8]

    /// The title on the dump's first line, when that line is title-shaped and long enough.
    init?(_ scored: [ScoredBlock]) {
        guard let first = scored.first, HeadlineFinder.isTitleShaped(first) else { return nil }
        let line = first.block.text
        let title = TitleChooser.stripSite(line, siteName: nil)
        words = TextStats(of: title).words
        key = Array(TitleChooser.key(title).utf8)
        fullKey = Array(TitleChooser.key(line).utf8)
        guard words >= Self.minTitleWords, !key.isEmpty else { return nil }
    }

    /// Whether the block repeats the title (with at most a short kicker or breadcrumb around it).
    /// Its key is made as bytes, in a temporary buffer.
    func isRepeated(by block: ScoredBlock) -> Bool {
        // Too long to hold the title with a kicker: only the title itself, or the whole first
        // line, can match, so the key is read no longer than they are.
        let holdsKicker = block.block.stats.words <= words + Self.maxExtraWords
        let maxBytes = holdsKicker ? Int.max : max(key.count, fullKey.count)
        return block.block.withUTF8 { utf8 in
            TitleChooser.withKey(utf8, maxBytes: maxBytes) { blockKey in
                guard let blockKey else { return false }
                return key.withUnsafeBufferPointer { key in
                    fullKey.withUnsafeBufferPointer { fullKey in
                        TitleChooser.sameKey(blockKey, key) || TitleChooser.sameKey(blockKey, fullKey)
                            || (holdsKicker && ByteSearch.find(key, in: blockKey) != nil)
                    }
                }
            }
        }
    }

    /// The index of the kept block, among the first ``PageAnalysis/titleRepeatWindow`` kept ones
    /// after the title line, that repeats the title; nil when there is none.
    func keptRepeat(_ scored: [ScoredBlock], keep: Verdicts) -> Int? {
        keep.keptIndicesLazily.drop { $0 == 0 }.prefix(PageAnalysis.titleRepeatWindow)
            .first { isRepeated(by: scored[$0]) }
    }
}
