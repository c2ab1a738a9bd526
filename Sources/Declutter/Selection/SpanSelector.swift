/// Where the article is: its spans, and the stretch of the page between article-end headings
/// that holds them.
struct SpanSelection {
    /// The article's spans in page order; empty when nothing is worth keeping.
    var spans: [Range<Int>]
    /// The stretch holding the spans; `nil` when there are none.
    var stretch: Range<Int>?
    /// Where ``SpanTail`` ended the main span, at the furniture that closes the article; `nil`
    /// when the search's own end stood.
    var closingFurniture: Int? = nil

    /// Why a block that no span holds is dropped: it ends the article, lies before or after
    /// the article's stretch, or lies inside that stretch but outside every span.
    func reasonOutside(_ scored: [ScoredBlock], at index: Int) -> Reason {
        if ContextRules.isEndHeading(scored[index]) { return .articleEndHeading }
        guard let stretch else { return .noArticle }
        if index < stretch.lowerBound { return .beforeArticle }
        if index >= stretch.upperBound { return .afterArticleEnd }
        if let closingFurniture, index >= closingFurniture { return .afterClosingFurniture }
        return .outsideSpan
    }
}

/// Finds where the article is: the run of blocks whose values add up to the most (the
/// maximum-sum span), plus runs on either side that are worth a good share of it.
///
/// Prose pulls the span out, furniture pushes it back; a subheading or a caption between two
/// paragraphs costs less than the paragraphs are worth, while a heading that opens a "related"
/// list costs more than a stray teaser after it can repay.
enum SpanSelector {
    /// A second run of prose joins the article when it is worth at least this share of the
    /// main run: pages split by a gallery, a video or a big ad block go on after it.
    static let secondarySpanShare = 0.5
    /// At most this many secondary spans join on each side: each search is a pass over the rest
    /// of the stretch, so the cap keeps a page of thousands of lone paragraphs linear.
    static let maxSecondarySpans = 32
    /// The article is in the first stretch between article-end headings whose best span is
    /// worth this share of the best span on the page.
    static let earlierStretchShare = 0.3
    /// Stretches a page's list is made for at first: more than most pages have.
    static let reservedStretches = 16

    /// The spans of the article in page order (empty when nothing is worth keeping), and the
    /// stretch that holds them.
    ///
    /// Article-end headings ("Related", "Comments", "Most read") split the page into stretches
    /// that no span crosses. The article is in the first stretch whose best span is worth at
    /// least ``earlierStretchShare`` of the best anywhere: what follows such a heading is other
    /// stories or readers' comments even when it is longer than the article, and a stretch above
    /// the article (a "Popular" box at the top) is too thin to win.
    static func spans(_ scored: [ScoredBlock]) -> SpanSelection {
        let values = scored.map(\.value)
        var stretches = [Range<Int>]()
        // Most pages have a few article-end headings: one allocation, not one per doubling.
        stretches.reserveCapacity(reservedStretches)
        var start = 0
        for index in values.indices where ContextRules.isEndHeading(scored[index]) {
            if index > start { stretches.append(start..<index) }
            start = index + 1
        }
        if start < values.count { stretches.append(start..<values.count) }
        let best = stretches.map { stretch -> (span: Range<Int>, value: Double) in
            let span = bestSpan(values, in: stretch)
            return (span, values[span].reduce(0, +))
        }
        guard let top = best.map(\.value).max(), top > 0,
              let chosen = best.indices.first(where: { best[$0].value >= top * earlierStretchShare }) else {
            return SpanSelection(spans: [], stretch: nil)
        }
        let stretch = stretches[chosen]
        let main = SpanTail.trimmed(scored, values, best[chosen].span)
        let closingFurniture = main == best[chosen].span ? nil : main.upperBound
        let floor = best[chosen].value * secondarySpanShare
        var spans = [main]
        var cursor = main.upperBound
        while cursor < stretch.upperBound, spans.count <= maxSecondarySpans {
            let next = bestSpan(values, in: cursor..<stretch.upperBound)
            guard !next.isEmpty, values[next].reduce(0, +) >= floor else { break }
            spans.append(next)
            cursor = next.upperBound
        }
        cursor = main.lowerBound
        while cursor > stretch.lowerBound, spans.count <= 2 * maxSecondarySpans {
            let previous = bestSpan(values, in: stretch.lowerBound..<cursor)
            guard !previous.isEmpty, values[previous].reduce(0, +) >= floor else { break }
            spans.insert(previous, at: 0)
            cursor = previous.lowerBound
        }
        return SpanSelection(spans: spans, stretch: stretch, closingFurniture: closingFurniture)
    }

    /// The maximum-sum contiguous range within `range` (Kadane); empty when nothing is positive.
    static func bestSpan(_ values: [Double], in range: Range<Int>) -> Range<Int> {
        var best = 0.0, bestRange = range.lowerBound..<range.lowerBound
        var running = 0.0, runStart = range.lowerBound
        for index in range {
            if running <= 0 { running = 0; runStart = index }
            running += values[index]
            if running > best { best = running; bestRange = runStart..<(index + 1) }
        }
        return bestRange
    }
}
