/// Decides which blocks inside the article's spans are article text.
enum BlockFilter {
    /// A run of at least this many non-prose lines inside the article ...
    static let furnitureRunLength = 3
    /// ... with at least two lines that no cue marked, each of at most this many words, is furniture
    /// (an author box, a "Listen / Gift / Save" toolbar), not a list: list items and the
    /// teaser titles of a listing page say more.
    static let furnitureRunMaxWords = 4

    /// One verdict per block: blocks inside the spans are kept or dropped on their merits, the
    /// others are dropped with the reason the selection gives.
    static func keep(_ scored: [ScoredBlock], selection: SpanSelection) -> Verdicts {
        var keep = Verdicts(count: scored.count) { selection.reasonOutside(scored, at: $0) }
        for span in selection.spans {
            for index in span { keep.set(index, reasonInSpan(scored[index])) }
            AsideProse.apply(scored, span: span, keep: &keep)
            // A repeat is dropped only when what it repeats is kept: a table of contents or a live
            // blog's "key events" list above the article repeats the headings below.
            for index in span where scored[index].isRepeat && scored[index].klass != .noise && !keep[index] {
                if let first = scored[index].repeatOf, !keep[first] { keep.set(index, .repeatOfDropped) }
            }
            // A subheading right above a span opens its first section.
            if span.lowerBound > 0, case .heading(let level) = scored[span.lowerBound - 1].block.role, level >= 2,
               scored[span.lowerBound - 1].klass != .noise, !keep[span.lowerBound - 1] {
                keep.set(span.lowerBound - 1, .subheading)
            }
            // Read in place (the page's indices), the unmarked lines of a run counted as it goes.
            for run in ContextRules.weakRuns(scored[span], minLength: furnitureRunLength,
                                             including: { $0.klass != .good && $0.klass != .nearGood }) {
                var plain = 0, longest = 0
                for index in run where scored[index].klass != .noise {
                    plain += 1
                    longest = max(longest, scored[index].block.stats.words)
                }
                if plain >= 2, longest <= furnitureRunMaxWords {
                    for index in run where keep[index] {
                        keep.set(index, opensProse(scored, index) ? .sectionHeading : .furnitureRun)
                    }
                }
            }
        }
        return keep
    }

    /// Lines that may stand between a section's heading and its first paragraph (a place, a
    /// date the cues left unmarked) with the heading still opening that paragraph.
    static let maxLinesAboveSectionProse = 1

    /// A heading right above a paragraph of prose is that section's title, even at the end of a
    /// run of store links or labels; so is one over a short line and then prose (an event's
    /// name, its place, its description).
    static func opensProse(_ scored: [ScoredBlock], _ index: Int) -> Bool {
        guard case .heading = scored[index].block.role, scored[index].klass != .noise else { return false }
        var next = index + 1
        while next < scored.count, next <= index + 1 + maxLinesAboveSectionProse {
            let block = scored[next]
            if block.klass == .good { return true }
            if case .heading = block.block.role { return false }
            // A plain short line, not a linked one (a poster's name) nor a marked one.
            guard block.klass == .short, block.block.stats.words <= furnitureRunMaxWords else { return false }
            next += 1
        }
        return false
    }

    /// Whether a block inside the article span is part of the article on its own merits, as the
    /// reason that keeps or drops it.
    static func reasonInSpan(_ block: ScoredBlock) -> Reason {
        switch block.klass {
        case .good, .nearGood, .short:
            // A text dump's prose printed twice is a bio or disclaimer, read once; on an HTML page
            // a paragraph repeated inside the article (tabs, a pull quote) is the page's own.
            return block.isRepeat && (block.klass != .good || block.block.ancestors.isEmpty) ? .repeated : .inSpan
        case .bad:
            // Keyword-heavy lines inside the article: list items and table cells are content
            // (ingredients, specs, names), linked or not (a list of recommended products, of
            // sources); loose lines need sentence-like stop words. Menus and link lists that
            // are not the article's stand outside its span or carry furniture cues.
            if block.block.role == .listItem || block.block.role == .tableCell {
                return .itemInSpan
            }
            // A linked heading inside the article is a section title (a listing's teaser titles).
            if case .heading = block.block.role { return .headingInSpan }
            // A full sentence thick with names ("Companies using it are A, B, C.") is still prose.
            if block.block.stats.endsWithTerminal && block.block.linkDensity <= LocalScorer.maxGoodLinkDensity {
                return .sentenceInSpan
            }
            if block.block.stats.stopWordDensity >= LocalScorer.minNearGoodStopDensity { return .proseLikeInSpan }
            return block.block.linkDensity > LocalScorer.maxGoodLinkDensity ? .linkCluster : .notProse
        case .noise: return .furnitureCue
        }
    }
}
