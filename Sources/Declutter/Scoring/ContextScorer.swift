/// Judges blocks in context: where the article starts and ends, and which blocks inside it stay.
///
/// The article is taken as the contiguous run of blocks whose values add up to the most
/// (the maximum-sum span): prose pulls the span out, furniture pushes it back, a subheading
/// or a caption between two paragraphs costs less than the paragraphs are worth, and a heading
/// that opens a "related" list costs more than a stray teaser after it can repay.
enum ContextScorer {
    /// Extra cost of each short or bad line in a run of this many or more: teaser lists and
    /// menus come in runs, subheadings one at a time.
    static let shortRunLength = 3
    /// What each line of such a run costs on top of its own value.
    static let shortRunPenalty = 1.0
    /// A repeated short line (menus printed twice, "Share" rows) costs this much more.
    static let repeatPenalty = 2.0

    /// A second run of prose joins the article when it is worth at least this share of the
    /// main run: pages split by a gallery, a video or a big ad block go on after it.
    static let secondarySpanShare = SpanTuning.secondaryShare
    /// An article-end cue seen at least this many times is thread furniture ("Reply 1",
    /// "Reply 2", ...), not the start of what follows the article.
    static let repeatedEndCue = 3
    /// The article is in the first stretch between article-end cues whose best span is worth
    /// this share of the best span on the page.
    static let earlierStretchShare = SpanTuning.value("EARLIER", 0.3)

    /// Returns the scored blocks and the spans of the article among them, in page order
    /// (empty when there is no article).
    static func score(_ blocks: [Block]) -> (blocks: [ScoredBlock], spans: [Range<Int>]) {
        var scored = blocks.map(LocalScorer.score)
        markRepeats(&scored)
        softenRepeatedEndCues(&scored)
        softenEndCuesBeforeProse(&scored)
        penalizeShortRuns(&scored)
        return (scored, selectSpans(scored))
    }

    /// The main span plus secondary spans on either side that are worth enough and are not
    /// separated from it by an article-end cue.
    ///
    /// Article-end cues ("Related", "Comments", "Most read") split the page into stretches that
    /// no span crosses. The article is in the first stretch whose best span is worth at least
    /// ``earlierStretchShare`` of the best anywhere: what follows such a cue is other stories or
    /// readers' comments even when it is longer than the article, and a stretch above the
    /// article (a "Popular" box at the top) is too thin to win.
    static func selectSpans(_ scored: [ScoredBlock]) -> [Range<Int>] {
        let values = scored.map(\.value)
        var stretches = [Range<Int>]()
        var start = 0
        for index in values.indices where values[index] <= -LocalScorer.articleEndPenalty {
            if index > start { stretches.append(start..<index) }
            start = index + 1
        }
        if start < values.count { stretches.append(start..<values.count) }
        let best = stretches.map { stretch -> (Range<Int>, Double) in
            let span = bestSpan(values, in: stretch)
            return (span, values[span].reduce(0, +))
        }
        guard let top = best.map(\.1).max(), top > 0,
              let chosen = best.indices.first(where: { best[$0].1 >= top * earlierStretchShare }) else { return [] }
        let stretch = stretches[chosen]
        let main = best[chosen].0
        let mainValue = best[chosen].1
        var spans = [main]
        var cursor = main.upperBound
        while cursor < stretch.upperBound {
            let next = bestSpan(values, in: cursor..<stretch.upperBound)
            guard !next.isEmpty, values[next].reduce(0, +) >= mainValue * secondarySpanShare else { break }
            spans.append(next)
            cursor = next.upperBound
        }
        cursor = main.lowerBound
        while cursor > stretch.lowerBound {
            let previous = bestSpan(values, in: stretch.lowerBound..<cursor)
            guard !previous.isEmpty, values[previous].reduce(0, +) >= mainValue * secondarySpanShare else { break }
            spans.insert(previous, at: 0)
            cursor = previous.lowerBound
        }
        return spans
    }

    /// Blocks after an article-end heading that are read to confirm it: a heading that opens a
    /// list of other stories or of comments is followed by labels, titles and names.
    static let endCueLookahead = 3
    /// Of those, at least this many must be something other than prose, the first one included;
    /// a "Ranking factors" subheading followed by a paragraph is part of the article.
    static let endCueMinWeakFollowers = 2

    /// Article-end headings followed by prose are subheadings: they cost what a short label costs.
    static func softenEndCuesBeforeProse(_ scored: inout [ScoredBlock]) {
        for index in scored.indices where scored[index].value <= -LocalScorer.articleEndPenalty {
            let followers = scored[(index + 1)..<min(scored.count, index + 1 + endCueLookahead)]
            let weak = followers.filter { $0.klass != .good }.count
            if weak < min(endCueMinWeakFollowers, followers.count) || followers.first?.klass == .good {
                scored[index].value = -LocalScorer.shortPenalty
            }
        }
    }

    /// Article-end cues of one kind that repeat are per-post or per-teaser furniture ("Reply 3",
    /// "Comments (4 posted)"): they cost what a short label costs.
    static func softenRepeatedEndCues(_ scored: inout [ScoredBlock]) {
        var counts = [UInt32: Int]()
        for block in scored where block.value <= -LocalScorer.articleEndPenalty {
            counts[block.cues.intersection(Cues.articleEnd).rawValue, default: 0] += 1
        }
        for index in scored.indices where scored[index].value <= -LocalScorer.articleEndPenalty {
            if counts[scored[index].cues.intersection(Cues.articleEnd).rawValue, default: 0] >= repeatedEndCue {
                scored[index].value = -LocalScorer.shortPenalty
            }
        }
    }

    /// Marks every block whose text appeared earlier in the page.
    static func markRepeats(_ scored: inout [ScoredBlock]) {
        var seen = Set<String>()
        for index in scored.indices {
            let text = scored[index].block.text
            if !seen.insert(text).inserted {
                scored[index].isRepeat = true
                if scored[index].klass != .good { scored[index].value -= repeatPenalty }
            }
        }
    }

    /// Adds ``shortRunPenalty`` to each line of a run of ``shortRunLength`` or more non-prose lines.
    static func penalizeShortRuns(_ scored: inout [ScoredBlock]) {
        var start = 0
        while start < scored.count {
            guard isWeak(scored[start]) else { start += 1; continue }
            var end = start
            while end < scored.count, isWeak(scored[end]) { end += 1 }
            if end - start >= shortRunLength {
                for index in start..<end { scored[index].value -= shortRunPenalty }
            }
            start = end
        }
    }

    static func isWeak(_ block: ScoredBlock) -> Bool {
        block.klass == .short || block.klass == .bad || (block.klass == .noise && block.value < 0)
    }

    /// The maximum-sum contiguous range (Kadane); empty when no block has a positive value.
    static func bestSpan(_ values: [Double], in range: Range<Int>) -> Range<Int> {
        var best = 0.0, bestRange = range.lowerBound..<range.lowerBound
        var running = 0.0, runStart = range.lowerBound
        for index in range {
            let value = values[index]
            if running <= 0 { running = 0; runStart = index }
            running += value
            if running > best { best = running; bestRange = runStart..<(index + 1) }
        }
        return bestRange
    }

    /// Whether a block inside the article span is part of the article.
    static func keepsInSpan(_ block: ScoredBlock) -> Bool {
        switch block.klass {
        case .good, .nearGood, .short: return !(block.isRepeat && block.klass != .good)
        case .bad: return block.block.stats.stopWordDensity >= LocalScorer.minNearGoodStopDensity
        case .noise: return false
        }
    }
}
