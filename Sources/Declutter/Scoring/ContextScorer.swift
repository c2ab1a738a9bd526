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

    /// Returns the scored blocks and the span of the article among them (empty when none).
    static func score(_ blocks: [Block]) -> (blocks: [ScoredBlock], span: Range<Int>) {
        var scored = blocks.map(LocalScorer.score)
        markRepeats(&scored)
        penalizeShortRuns(&scored)
        return (scored, bestSpan(scored.map(\.value)))
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
    static func bestSpan(_ values: [Double]) -> Range<Int> {
        var best = 0.0, bestRange = 0..<0
        var running = 0.0, runStart = 0
        for (index, value) in values.enumerated() {
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
