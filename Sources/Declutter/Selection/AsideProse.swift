/// A box set inside the article's text ("A note on other devices" and its paragraphs, a product
/// card's "spotlight" paragraph): the markup calls it a sidebar or a footer, but it stands
/// between kept blocks of the span and ends on a paragraph of prose, which a related-stories box,
/// a newsletter form or a call to action (ending on its button) does not. A page's own sidebar
/// and footer never sit between two of the article's kept blocks.
enum AsideProse {
    /// Prose paragraphs a box must hold to be the article's own: one, its last block.
    static let minProseParagraphs = 1
    /// Words a paragraph needs to count as prose here: a full paragraph, not a teaser's line.
    static let minParagraphWords = 30

    /// Keeps, with reason ``Reason/asideInArticle``, each run of blocks in `span` that only one
    /// sidebar or footer cue dropped, between kept blocks, ending on a paragraph of prose.
    static func apply(_ scored: [ScoredBlock], span: Range<Int>, keep: inout Verdicts) {
        var index = span.lowerBound
        while index < span.upperBound {
            let cue = scored[index].cues
            guard isAsideOnly(scored[index]) else { index += 1; continue }
            let start = index
            var prose = 0
            while index < span.upperBound, scored[index].klass == .noise, scored[index].cues == cue {
                if isProseParagraph(scored[index].block) { prose += 1 }
                index += 1
            }
            // A box that ends on a short line ends on its button ("Tell us what you think"): a call to action.
            guard prose >= minProseParagraphs, isProseParagraph(scored[index - 1].block),
                  start > span.lowerBound, index < span.upperBound, keep[start - 1], keep[index] else { continue }
            for member in start..<index { keep.set(member, .asideInArticle) }
        }
    }

    /// A block in the span that nothing but a sidebar or a footer cue made furniture.
    @inline(__always)
    static func isAsideOnly(_ block: ScoredBlock) -> Bool {
        block.klass == .noise && (block.cues == .sidebar || block.cues == .footer)
    }

    /// A paragraph of full sentences: long, prose-like stop words, few links, a closing stop.
    static func isProseParagraph(_ block: Block) -> Bool {
        block.role == .paragraph && block.stats.words >= minParagraphWords && block.stats.endsWithTerminal
            && block.stats.stopWordDensity >= LocalScorer.minGoodStopDensity
            && block.linkDensity <= LocalScorer.maxGoodLinkDensity
    }
}
