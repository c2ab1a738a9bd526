/// Pages that are not articles — section fronts, job boards, search results, catalogues — have
/// little running prose for the spans to find, yet a reader still sees their main content: the
/// list of teasers. When the spans come back (nearly) empty on an HTML page, this takes the
/// element that holds most of the page's unmarked text and keeps its blocks instead.
enum ListingFallback {
    /// The spans found fewer prose words than this: not an article.
    static let maxArticleProseWords = 120
    /// ... on a page with at least this many blocks no cue marks as furniture.
    static let minPlainBlocks = 8
    /// The listing is the innermost element holding at least this share of the unmarked words.
    static let minPlainShare = 0.5
    /// A listing's blocks average at least this many words; a menu's average one or two.
    static let minMeanWords = 3.0
    /// Cues a listing's own blocks may carry: teasers have dates and bylines.
    static let listingCues: Cues = [.date, .byline]

    /// Replaces `keep` with the listing's blocks when the page is not an article.
    static func apply(_ scored: [ScoredBlock], keep: inout Verdicts) {
        guard scored.contains(where: { !$0.block.ancestors.isEmpty }) else { return }
        let proseWords = scored.indices.filter { keep[$0] && ContainerCompletion.isProse(scored[$0]) }
            .reduce(0) { $0 + scored[$1].block.stats.words }
        guard proseWords < maxArticleProseWords else { return }
        let plain = scored.indices.filter { isListingBlock(scored[$0]) }
        guard plain.count >= minPlainBlocks else { return }
        let total = plain.reduce(0) { $0 + scored[$1].block.stats.words }
        guard total > 0 else { return }

        // Words under each container, then the deepest one holding enough of them.
        var words = [Int: Int]()
        var depth = [Int: Int]()
        for index in plain {
            for (level, ancestor) in scored[index].block.ancestors.enumerated() {
                words[ancestor, default: 0] += scored[index].block.stats.words
                depth[ancestor] = level
            }
        }
        guard let container = words.filter({ Double($0.value) >= Double(total) * minPlainShare })
            .max(by: { depth[$0.key]! < depth[$1.key]! })?.key else { return }
        // A menu is a list too, but of one- and two-word links: a listing's teasers say more.
        let inside = plain.filter { scored[$0].block.ancestors.contains(container) }
        let insideWords = inside.reduce(0) { $0 + scored[$1].block.stats.words }
        guard Double(insideWords) >= Double(inside.count) * minMeanWords else { return }
        for index in scored.indices {
            let block = scored[index]
            if !isListingBlock(block) {
                keep.set(index, block.block.stats.letters > 0 ? .furnitureCue : .outsideListing)
            } else if !block.block.ancestors.contains(container) {
                keep.set(index, .outsideListing)
            } else if block.isRepeat && block.repeatOf.map({ keep[$0] }) == true {
                keep.set(index, .repeated)
            } else {
                keep.set(index, .listing)
            }
        }
    }

    static func isListingBlock(_ block: ScoredBlock) -> Bool {
        block.cues.subtracting(listingCues).isDisjoint(with: Cues.noise) && block.block.stats.letters > 0
    }
}
