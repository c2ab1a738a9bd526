/// Adjusts block values with what their neighbours say: repeats, runs of labels, boxes of
/// furniture, and whether a "Related"/"Comments" heading really ends the article.
///
/// Each rule reads the local verdicts and writes values or cues; none removes a block, so the
/// rules stay independent of each other and of the span selection that follows. A rule that
/// changes a block records itself in the block's `rules` (a bit each), for ``Explanation``.
enum ContextRules {
    /// Extra cost of each short or bad line in a run of this many or more: teaser lists and
    /// menus come in runs, subheadings one at a time.
    static let shortRunLength = 3
    /// What each line of such a run costs on top of its own value.
    static let shortRunPenalty = 1.0
    /// A repeated short line (menus printed twice, "Share" rows) costs this much more.
    static let repeatPenalty = 2.0
    /// An article-end cue of one kind seen at least this many times is thread furniture
    /// ("Reply 1", "Comments (4 posted)" under each teaser), not the start of what follows.
    static let repeatedEndCue = 3
    /// Blocks after an article-end heading that are read to confirm it: a heading that opens a
    /// list of other stories or of comments is followed by labels, titles and names.
    static let endCueLookahead = 3
    /// Of those, at least this many must be something other than prose; a "Comments" subheading
    /// followed by paragraphs is part of the article.
    static let endCueMinWeakFollowers = 2
    /// An inline "Read also" box holds at most this many teaser lines before the article resumes.
    static let inlineBoxMaxTeasers = 3
    /// Prose that resumes after an inline box: this many good paragraphs in a row ...
    static let resumedGoodBlocks = 2
    /// ... or one good paragraph of at least this many words.
    static let resumedLongWords = 50
    /// A block between two furniture blocks of the same kind belongs to that box when it is
    /// shorter than this (the blurb of a newsletter box, the text of a cookie banner).
    static let sandwichMaxWords = 30

    /// Applies every rule in order; `fromText` says the blocks come from a text dump, whose front
    /// door found their repeats already (``Block/sameAs``).
    static func apply(_ scored: inout [ScoredBlock], fromText: Bool = false) {
        markRepeats(&scored, fromText: fromText)
        markBareBylines(&scored)
        softenRepeatedEndCues(&scored)
        openInlineBoxes(&scored)
        softenEndCuesBeforeProse(&scored)
        absorbSandwiched(&scored)
        markTruncatedTeasers(&scored, fromText: fromText)
        penalizeShortRuns(&scored)
    }

    /// A bare author name has at most this many words ("Lukas Brandt", "Ana María de la Fuente").
    static let maxBareBylineWords = 5

    /// A name on its own line next to a date or byline is the byline: "Jane Doe" above
    /// "12 March 2024". Names are capitalised words with no stop words and no sentence end.
    /// A few capitalised words without stop words, digits or a full stop: "Jane Doe".
    private static func isBareName(_ stats: TextStats) -> Bool {
        stats.words >= 2 && stats.words <= maxBareBylineWords && stats.capitalizedWords == stats.words
            && stats.stopWords == 0 && !stats.endsWithTerminal && stats.digits == 0
    }

    static func markBareBylines(_ scored: inout [ScoredBlock]) {
        for index in scored.indices where scored[index].klass == .short {
            // The neighbours' cues first: they sit in the array, the block's counts behind its box.
            let datedBefore = index > 0 && !scored[index - 1].cues.isDisjoint(with: [.date, .byline])
            let datedAfter = index + 1 < scored.count && !scored[index + 1].cues.isDisjoint(with: [.date, .byline])
            guard datedBefore || datedAfter, isBareName(scored[index].block.stats) else { continue }
            scored[index].cues.insert(.byline)
            scored[index].klass = .noise
            scored[index].value = 0
            scored[index].rules.insert(.bareByline)
        }
    }

    /// Whether a block is an article-end heading: furniture that costs what such a heading costs
    /// (a huge line of non-prose, a usage dump printed as one line, costs as much and is not one).
    static func isEndHeading(_ block: ScoredBlock) -> Bool {
        block.klass == .noise && block.value <= -LocalScorer.articleEndPenalty
    }

    /// Marks every block whose text appeared earlier in the page; a repeat that is not prose costs
    /// ``repeatPenalty`` unless it has no words. A text dump's front door
    /// recorded each repeat's first copy already (``Block/sameAs``, the same bytes); other
    /// blocks are matched by their text hashes.
    static func markRepeats(_ scored: inout [ScoredBlock], fromText: Bool = false) {
        if fromText {
            for index in scored.indices {
                if let first = scored[index].block.sameAs { markRepeat(&scored[index], of: first) }
            }
            return
        }
        var seen = FirstSeenIndex(capacity: scored.count)
        for index in scored.indices {
            // The same text hash is the same text (64 bits: a collision on one page is not a concern).
            if let first = seen.firstIndex(of: scored[index].block.stats.textHash, orInsert: index, sameText: { _ in true }) {
                markRepeat(&scored[index], of: first)
            }
        }
    }

    /// Marks a block as a repeat of block `first`; a repeat that is not prose costs more.
    private static func markRepeat(_ block: inout ScoredBlock, of first: Int) {
        block.isRepeat = true
        block.repeatOf = first
        block.rules.insert(.repeated)
        if block.klass != .good && block.block.stats.words > 0 { block.value -= repeatPenalty }
    }

    /// Article-end cues of one kind that repeat cost what a short label costs.
    static func softenRepeatedEndCues(_ scored: inout [ScoredBlock]) {
        var counts = [UInt32: Int]()
        // Read in place: iterating over the elements would copy (and retain) every block.
        for index in scored.indices where isEndHeading(scored[index]) {
            counts[scored[index].cues.intersection(Cues.articleEnd).rawValue, default: 0] += 1
        }
        for index in scored.indices where isEndHeading(scored[index]) && !opensCommentThread(scored, at: index) {
            if counts[scored[index].cues.intersection(Cues.articleEnd).rawValue, default: 0] >= repeatedEndCue {
                scored[index].value = -LocalScorer.shortPenalty
                scored[index].rules.insert(.repeatedEndCue)
            }
        }
    }

    /// Blocks after a comments heading read to see whether a thread follows.
    static let threadLookahead = 12
    /// A thread shows at least this many date lines and as many "Reply"-style link labels there.
    static let threadMinMarks = 2

    /// Whether the comments heading at `index` opens a thread: each comment comes with a date
    /// line and a link label ("Reply"), so a heading that repeats elsewhere on the page (a count
    /// in the header, a form label) still ends the article when a thread follows it.
    static func opensCommentThread(_ scored: [ScoredBlock], at index: Int) -> Bool {
        guard scored[index].cues.contains(.comments) else { return false }
        let followers = scored[(index + 1)..<min(scored.count, index + 1 + threadLookahead)]
        let dates = followers.filter { $0.cues.contains(.date) }.count
        let labels = followers.filter { $0.cues.contains(.linkLabel) && $0.block.stats.words <= 2 }.count
        return dates >= threadMinMarks && labels >= threadMinMarks
    }

    /// Article-end headings followed by prose are subheadings: they cost what a short label costs.
    static func softenEndCuesBeforeProse(_ scored: inout [ScoredBlock]) {
        for index in scored.indices where isEndHeading(scored[index]) {
            let followers = scored[(index + 1)..<min(scored.count, index + 1 + endCueLookahead)]
            let weak = followers.filter { $0.klass != .good }.count
            if weak < min(endCueMinWeakFollowers, followers.count) {
                scored[index].value = -LocalScorer.shortPenalty
                scored[index].rules.insert(.endCueBeforeProse)
            }
        }
    }

    /// A "Read also" heading with a few teaser lines, after which the article's prose resumes,
    /// is a box inside the article: the heading and its teasers are dropped, but the article
    /// goes on past them. Comment and most-read headings never open such a box.
    static func openInlineBoxes(_ scored: inout [ScoredBlock]) {
        for index in scored.indices where isEndHeading(scored[index]) && scored[index].cues.contains(.related)
            && scored[index].cues.isDisjoint(with: [.comments, .popular]) {
            var cursor = index + 1
            while cursor < scored.count, cursor - index - 1 < inlineBoxMaxTeasers, scored[cursor].klass != .good {
                cursor += 1
            }
            guard cursor < scored.count, scored[cursor].klass == .good else { continue }
            let resumes = scored[cursor].block.stats.words >= resumedLongWords
                || (cursor + resumedGoodBlocks - 1 < scored.count
                    && scored[cursor..<(cursor + resumedGoodBlocks)].allSatisfy { $0.klass == .good })
            guard resumes else { continue }
            scored[index].value = -LocalScorer.shortPenalty
            scored[index].rules.insert(.inlineBox)
            for teaser in (index + 1)..<cursor {
                scored[teaser].cues.insert(.related)
                scored[teaser].klass = .noise
                scored[teaser].value = -LocalScorer.shortPenalty
                scored[teaser].rules.insert(.inlineBoxTeaser)
            }
        }
    }

    /// A short block between two furniture blocks that share a cue takes that cue: the blurb
    /// inside a newsletter box, the body of a cookie banner between its title and buttons.
    static func absorbSandwiched(_ scored: inout [ScoredBlock]) {
        guard scored.count >= 3 else { return }
        for index in 1..<(scored.count - 1) where scored[index].klass != .noise {
            // The neighbours first: they sit in the array, the block's word count behind its box.
            let shared = scored[index - 1].cues.intersection(scored[index + 1].cues)
                .intersection([.newsletter, .cookie, .share, .ad])
            guard scored[index - 1].klass == .noise, scored[index + 1].klass == .noise, !shared.isEmpty,
                  scored[index].block.stats.words < sandwichMaxWords else { continue }
            scored[index].cues.formUnion(shared)
            scored[index].klass = .noise
            scored[index].value = -LocalScorer.shortPenalty
            scored[index].rules.insert(.sandwiched)
        }
    }

    /// A teaser's excerpt is at most this many words: a card's two or three lines.
    static let maxTeaserExcerptWords = 60
    /// Its title is a link over at least this share of its text.
    static let minTeaserTitleLinkDensity = 0.9
    /// A listing of other stories shows at least this many such cards; one alone may be the
    /// article's own "read on" line.
    static let minTeaserCards = 2
    /// Prose words above the first card: cards under an article are other stories; cards that
    /// open the page are the page itself (a topic listing).
    static let minProseWordsAboveTeasers = 300

    /// A short paragraph cut off with an ellipsis right under a linked title is the excerpt of a
    /// teaser card ("The Hard 1099 Deadline" / "Every January, companies promise …"): a listing
    /// of other stories, worth what a label is worth, when the page shows two or more such cards
    /// below an article's worth of prose. A text dump has no links: there the title is a line
    /// that is not prose, and an excerpt that also opens with an ellipsis is a quote's middle
    /// (a forum reply's "… as I said …"), not a card.
    static func markTruncatedTeasers(_ scored: inout [ScoredBlock], fromText: Bool = false) {
        guard scored.count >= 2 else { return }
        var excerpts = [Int]()
        for index in 1..<scored.count where scored[index].klass == .good || scored[index].klass == .nearGood {
            guard scored[index].block.stats.words <= maxTeaserExcerptWords else { continue }
            if fromText {
                let above = scored[index - 1].klass
                guard above != .good, above != .nearGood,
                      scored[index].block.withUTF8({ endsWithEllipsis($0) && !opensWithEllipsis($0) }) else { continue }
            } else {
                let title = scored[index - 1].block
                guard title.linkBytes > 0, title.linkDensity >= minTeaserTitleLinkDensity,
                      scored[index].block.withUTF8(endsWithEllipsis) else { continue }
            }
            excerpts.append(index)
        }
        guard excerpts.count >= minTeaserCards else { return }
        let proseAbove = scored[..<excerpts[0]].reduce(0) { $0 + ($1.klass == .good ? $1.block.stats.words : 0) }
        guard proseAbove >= minProseWordsAboveTeasers else { return }
        for index in excerpts {
            scored[index].cues.insert(.related)
            scored[index].klass = .noise
            scored[index].value = -LocalScorer.shortPenalty
            scored[index].rules.insert(.truncatedTeaser)
        }
    }

    /// Whether `text` ends in "..." or "…" (reads only its last three bytes).
    static func endsWithEllipsis(_ text: String) -> Bool {
        var text = text
        return text.withUTF8(endsWithEllipsis)
    }

    /// ``endsWithEllipsis(_:)`` on the text's UTF-8 bytes.
    static func endsWithEllipsis(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count >= 3 else { return false }
        let end = bytes.count
        return isEllipsis(bytes[end - 3], bytes[end - 2], bytes[end - 1])
    }

    /// Whether the text's UTF-8 bytes open with "..." or "…".
    static func opensWithEllipsis(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.count >= 3 && isEllipsis(bytes[0], bytes[1], bytes[2])
    }

    /// Whether three bytes are "..." or the UTF-8 of "…".
    private static func isEllipsis(_ first: UInt8, _ second: UInt8, _ third: UInt8) -> Bool {
        (first, second, third) == (0x2E, 0x2E, 0x2E) || (first, second, third) == (0xE2, 0x80, 0xA6)
    }

    /// Adds ``shortRunPenalty`` to each line of a run of ``shortRunLength`` or more non-prose lines
    /// (lines without words stay free, see ``LocalScorer/score(_:ignoring:)``).
    static func penalizeShortRuns(_ scored: inout [ScoredBlock]) {
        for run in weakRuns(scored, minLength: shortRunLength) {
            for index in run where scored[index].block.stats.words > 0 {
                scored[index].value -= shortRunPenalty
                scored[index].rules.insert(.labelRun)
            }
        }
    }

    /// Maximal runs of at least `minLength` consecutive weak blocks, as ranges of the
    /// collection's indices (a slice's are the page's).
    static func weakRuns<Blocks: RandomAccessCollection>(_ scored: Blocks, minLength: Int,
                                                         including: (ScoredBlock) -> Bool = isWeak) -> [Range<Int>]
    where Blocks.Element == ScoredBlock, Blocks.Index == Int {
        var runs = [Range<Int>]()
        // Made once at the most runs there can be (each but the last ends at a block that is not
        // weak): a long page has dozens, and a growing array would be copied at each doubling.
        runs.reserveCapacity(scored.count / (max(minLength, 1) + 1) + 1)
        var start = scored.startIndex
        while start < scored.endIndex {
            guard including(scored[start]) else { start += 1; continue }
            var end = start
            while end < scored.endIndex, including(scored[end]) { end += 1 }
            if end - start >= minLength { runs.append(start..<end) }
            start = end
        }
        return runs
    }

    static func isWeak(_ block: ScoredBlock) -> Bool {
        block.klass == .short || block.klass == .bad || (block.klass == .noise && block.value < 0)
    }
}
