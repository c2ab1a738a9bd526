/// Pages that are not articles — section fronts, job boards, search results, catalogues — have
/// little running prose for the spans to find, yet a reader still sees their main content: the
/// list of teasers. When the spans come back (nearly) empty on an HTML page, this takes the
/// element that holds most of the page's unmarked text and keeps its blocks instead; on a text
/// dump, the run of lines richest in words.
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

    /// Replaces `keep` with the listing's blocks when the page is not an article; true when it did
    /// (the article's spans then say nothing about where a headline stands). `domContext`: some
    /// block has ancestors (``Swift/Array/haveDOMContext``), else the page is read as a dump.
    @discardableResult
    static func apply(_ scored: [ScoredBlock], keep: inout Verdicts, domContext: Bool) -> Bool {
        let proseWords = scored.keptWords(keep) { ContainerCompletion.isProse(scored[$0]) }
        guard proseWords < maxArticleProseWords else { return false }
        guard domContext else {
            return applyToDump(scored, keep: &keep)
        }
        let plain = scored.indices.filter { isListingBlock(scored[$0]) }
        guard plain.count >= minPlainBlocks else { return false }
        let total = plain.reduce(0) { $0 + scored[$1].block.stats.words }
        guard total > 0 else { return false }

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
            .max(by: { depth[$0.key]! < depth[$1.key]! })?.key else { return false }
        // A menu is a list too, but of one- and two-word links: a listing's teasers say more (a
        // table's figure cells are short by nature and are not counted).
        let inside = plain.filter { scored[$0].block.ancestors.contains(container) && !isTableFigure(scored[$0]) }
        let insideWords = inside.reduce(0) { $0 + scored[$1].block.stats.words }
        guard Double(insideWords) >= Double(inside.count) * minMeanWords else { return false }
        for index in scored.indices {
            let block = scored[index]
            if !isListingBlock(block) {
                keep.set(index, block.block.stats.letters > 0 ? .furnitureCue : .outsideListing)
            } else if !block.block.ancestors.contains(container) {
                keep.set(index, .outsideListing)
            } else if block.isRepeat && block.repeatOf.map({ keep[$0] }) == true && !isTableFigure(block) {
                keep.set(index, .repeated)
            } else {
                keep.set(index, .listing)
            }
        }
        return true
    }

    /// What each line of a text dump's listing must say to pay for itself, in words: teaser
    /// titles, summaries and table rows say more, menu items and labels less.
    static let dumpLineCost = 3.0
    /// A line longer than this with fewer stop words than ``maxKeywordRowStopDensity`` is a
    /// keyword row or a menu printed on one line ("Categories: Art Ask Five Atlanta …"), not a teaser.
    static let maxTeaserWords = 25
    static let maxKeywordRowStopDensity = 0.15
    /// The listing replaces what the spans found only when it holds this many times its words:
    /// a short article above a few links to other posts stays the article.
    static let minDumpGrowth = 2.0

    /// A text dump has no elements to hold a listing, but its lines lie together: the listing is
    /// the run of lines where teasers (worth their words) outweigh menus and labels (worth less
    /// than ``dumpLineCost``), found like the article's span.
    static func applyToDump(_ scored: [ScoredBlock], keep: inout Verdicts) -> Bool {
        let values = scored.map { block -> Double in
            guard isListingBlock(block), !block.isRepeat, !isKeywordRow(block) else { return -dumpLineCost }
            return Double(block.block.stats.words) - dumpLineCost
        }
        let span = SpanSelector.bestSpan(values, in: values.indices)
        guard span.count >= minPlainBlocks else { return false }
        let listingWords = span.filter { isListingBlock(scored[$0]) && !scored[$0].isRepeat }
            .reduce(0) { $0 + scored[$1].block.stats.words }
        let keptWords = scored.keptWords(keep)
        guard Double(listingWords) >= Double(keptWords) * minDumpGrowth else { return false }
        for index in scored.indices {
            let block = scored[index]
            if !isListingBlock(block) {
                keep.set(index, block.block.stats.letters > 0 ? .furnitureCue : .outsideListing)
            } else if !span.contains(index) {
                keep.set(index, .outsideListing)
            } else if block.isRepeat {
                keep.set(index, .repeated)
            } else {
                keep.set(index, .listing)
            }
        }
        return true
    }

    static func isKeywordRow(_ block: ScoredBlock) -> Bool {
        block.block.stats.words > maxTeaserWords && block.block.stats.stopWordDensity < maxKeywordRowStopDensity
            && block.block.role != .tableCell
    }

    static func isListingBlock(_ block: ScoredBlock) -> Bool {
        block.cues.subtracting(listingCues).isDisjoint(with: Cues.noise)
            && (block.block.stats.letters > 0 || isTableFigure(block))
    }

    /// A table cell of figures ("37% / 40%", "3 (tie)"): the table's data though it has no letters
    /// and repeats from row to row.
    static func isTableFigure(_ block: ScoredBlock) -> Bool {
        block.block.role == .tableCell && block.block.stats.digits > 0
    }
}
