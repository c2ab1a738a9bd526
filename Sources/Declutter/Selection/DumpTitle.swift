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
        // A line without a site name to cut is its own title: its word count is the block's and
        // its key is made once.
        let isLine = ByteSearch.sameBytes(title, line)
        words = isLine ? first.block.stats.words : TextStats(of: title).words
        guard words >= Self.minTitleWords else { return nil }
        key = TitleChooser.keyBytes(title)
        fullKey = isLine ? key : TitleChooser.keyBytes(line)
        guard !key.isEmpty else { return nil }
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

    /// The kept text above a later repeat of the title is at most this share of all kept text
    /// for that repeat to be the body's headline (a header's menu and promos above it); a repeat
    /// further down is a "Related" teaser or a footer naming the page.
    static let maxShareAboveLaterRepeat = 0.25

    /// Where the body repeats the title, read in one pass over the kept blocks after the title line.
    enum Repeat: Equatable {
        /// Among the first ``PageAnalysis/titleRepeatWindow`` kept blocks.
        case near(Int)
        /// Further down, with the kept blocks above it holding no paragraph that opens an article
        /// and at most ``maxShareAboveLaterRepeat`` of the kept words: the body's own headline,
        /// under header furniture that the spans took in.
        case later(Int)
    }

    /// The kept block that repeats the title, near the top or further down; nil when none does.
    func keptRepeat(_ scored: [ScoredBlock], keep: Verdicts) -> Repeat? {
        var position = 0
        var above = 0
        var proseAbove = false
        for index in keep.keptIndicesLazily where index > 0 {
            let stats = scored[index].block.stats
            if position < PageAnalysis.titleRepeatWindow {
                if isRepeated(by: scored[index]) { return .near(index) }
            } else if stats.words >= words && stats.words <= words + Self.maxExtraWords
                        && startsLikeKey(scored[index]) && isRepeated(by: scored[index]) {
                // Read the rest only now that there is a repeat to weigh.
                let total = keep.keptIndicesLazily.reduce(0) { $0 + scored[$1].block.stats.words }
                return Double(above) <= Double(total) * Self.maxShareAboveLaterRepeat ? .later(index) : nil
            }
            // A paragraph that opens an article: a repeat below it is a section's or a picture's
            // title inside the article.
            proseAbove = proseAbove
                || (stats.words >= LandmarkCues.firstProseWords && stats.stopWordDensity >= LocalScorer.minGoodStopDensity)
            position += 1
            if proseAbove && position >= PageAnalysis.titleRepeatWindow { return nil }
            above += stats.words
        }
        return nil
    }

    /// Whether the block's first letter or digit is the key's first byte (a later repeat is the
    /// title itself, not the title under a kicker): a check on bytes before the key is made.
    private func startsLikeKey(_ block: ScoredBlock) -> Bool {
        guard let first = key.first, first < 0x80 else { return true }
        return block.block.withUTF8 { bytes in
            for byte in bytes {
                let lowered = byte &- 0x41 < 26 ? byte | 0x20 : byte
                if lowered &- 0x61 < 26 || lowered &- 0x30 < 10 { return lowered == first }
                if byte >= 0x80 { return true }
            }
            return false
        }
    }
}
