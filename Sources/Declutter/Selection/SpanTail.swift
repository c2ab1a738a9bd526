/// Ends the main span where the article ends when the maximum-sum search ran past it.
///
/// The search keeps whatever after a stretch of furniture is worth more than the furniture
/// costs: an author's bio, a teaser with its excerpt, a donation appeal or the first reader's
/// comment, each a paragraph of real prose, easily repay a share row and a newsletter box. But
/// the article's own sections are not separated from each other by share buttons, newsletter
/// boxes, tag lists and comment labels; its end is. So a valley in the span that holds such
/// page furniture, after which the span is worth less than ``SpanSelector/secondarySpanShare``
/// of what came before (what a separate run would need to join the article), ends the article.
enum SpanTail {
    /// The valley loses at least this much value from the best point before it: several lines of
    /// furniture, not one stray label between two paragraphs.
    static let minValleyDepth = 10.0
    /// The valley holds at least this many short lines marked as end-of-article furniture ...
    static let minFurnitureLines = 2
    /// ... each of at most this many words ("Share", "Subscribe", "Tags", "2 Comments"): a long
    /// paragraph that happens to say "newsletter" is the article talking about one.
    static let maxFurnitureWords = 8
    /// Furniture that closes an article: sharing, sign-ups, tags, comment and related labels,
    /// footers. Captions, dates, bylines and tickers stand inside articles; menus and slugs
    /// (navigation) also name a list's own items.
    static let endFurniture: Cues = [
        .newsletter, .share, .comments, .related, .popular, .tags, .footer, .copyright, .linkLabel,
        .sectionLabel, .cookie, .breadcrumb,
    ]
    /// At most this many furniture lines of one valley are checked for repeats further down, so
    /// the search stays linear on a page of thousands of posts.
    static let maxCheckedLines = 64

    /// The span cut after its last block before such a valley, or the span unchanged.
    static func trimmed(_ scored: [ScoredBlock], _ values: [Double], _ span: Range<Int>) -> Range<Int> {
        guard span.count > 2 else { return span }
        let base = span.lowerBound
        // prefix[k]: the value of the span's first k blocks; marks[k]: furniture lines among them.
        // furniture: where those lines are, so marks[k]..<marks[j] indexes the ones in k..<j.
        var prefix = [0.0], marks = [0], furniture = [Int]()
        prefix.reserveCapacity(span.count + 1)
        marks.reserveCapacity(span.count + 1)
        for index in span {
            prefix.append(prefix[prefix.count - 1] + values[index])
            if isEndFurniture(scored[index]) { furniture.append(index) }
            marks.append(furniture.count)
        }
        let total = prefix[prefix.count - 1]
        // bottom[k]: where the lowest prefix value at or after k is.
        var bottom = Array(prefix.indices)
        for k in stride(from: prefix.count - 2, through: 0, by: -1) where prefix[bottom[k + 1]] <= prefix[k] {
            bottom[k] = bottom[k + 1]
        }
        // Where each text was last seen, and the texts above the span, by their hashes (tables
        // sized once, no `Hasher`); made only when a valley asks.
        var lastSeen: FirstSeenIndex? = nil
        var aboveSpan: FirstSeenIndex? = nil
        var peak = 0.0
        for k in 1..<prefix.count where prefix[k] > peak {
            peak = prefix[k]
            let low = bottom[k]
            guard peak - prefix[low] >= minValleyDepth, marks[low] - marks[k] >= minFurnitureLines,
                  total - prefix[low] < peak * SpanSelector.secondarySpanShare else { continue }
            // Furniture that comes back after the valley is each post's own (Reply, Share, "2
            // Comments" under every answer of a thread, every item of a listing): the posts go on.
            // Fed from the page's end: the index kept for a text is its last.
            let seen = lastSeen ?? textIndex(scored, scored.indices.reversed(), capacity: scored.count)
            lastSeen = seen
            // Lines the page already showed above the span are its chrome (the share row and
            // sign-up link of the header, printed again in the footer), not a post's.
            let above = aboveSpan ?? textIndex(scored, 0..<base, capacity: base)
            aboveSpan = above
            let lines = furniture[marks[k]..<min(marks[low], marks[k] + maxCheckedLines)]
            let repeated = lines.filter {
                let hash = scored[$0].block.stats.textHash
                return (seen.index(of: hash) ?? 0) >= base + low && above.index(of: hash) == nil
            }.count
            if repeated * 2 > lines.count && !tailRecurs(scored, values, (base + low)..<span.upperBound, seen) { continue }
            return base..<(base + k)
        }
        return span
    }

    /// Whether every block that pays for the span's tail (`tail`, after the valley) is printed
    /// twice in it: a footer shown twice (its links, sign-up box and disclaimer), not a thread
    /// whose posts each carry the same buttons but say something new.
    static func tailRecurs(_ scored: [ScoredBlock], _ values: [Double], _ tail: Range<Int>, _ lastSeen: FirstSeenIndex) -> Bool {
        var paying = 0
        for index in tail where values[index] > 0 {
            if let first = scored[index].repeatOf, first >= tail.lowerBound { continue }
            guard let last = lastSeen.index(of: scored[index].block.stats.textHash), last > index else { return false }
            paying += 1
        }
        return paying > 0
    }

    /// The blocks at `indices` by their texts' hashes: for each text, the first of them to hold it.
    static func textIndex(_ scored: [ScoredBlock], _ indices: some Sequence<Int>, capacity: Int) -> FirstSeenIndex {
        var index = FirstSeenIndex(capacity: capacity)
        for block in indices { _ = index.firstIndex(of: scored[block].block.stats.textHash, orInsert: block) { _ in true } }
        return index
    }

    static func isEndFurniture(_ block: ScoredBlock) -> Bool {
        !block.cues.isDisjoint(with: endFurniture) && block.block.stats.words <= maxFurnitureWords
    }
}
