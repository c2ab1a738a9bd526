/// An aside set inside the article's text ("A note on other devices" and its paragraphs): the
/// markup calls it a sidebar, but it stands between kept paragraphs of the span and holds
/// several paragraphs of prose of its own, which a related-stories box, a newsletter form or a
/// one-paragraph bio does not.
enum AsideProse {
    /// Prose paragraphs an aside must hold to be the article's own: two (a bio or an appeal is one).
    static let minProseParagraphs = 2
    /// Words a paragraph needs to count as prose here: a full paragraph, not a teaser's line.
    static let minParagraphWords = 30

    /// Keeps, with reason ``Reason/asideInArticle``, each run of blocks in `span` that only the
    /// sidebar cue dropped, between kept blocks, holding ``minProseParagraphs`` paragraphs of prose.
    static func apply(_ scored: [ScoredBlock], span: Range<Int>, keep: inout Verdicts) {
        var index = span.lowerBound
        while index < span.upperBound {
            guard isAsideOnly(scored[index]) else { index += 1; continue }
            let start = index
            var prose = 0
            while index < span.upperBound, isAsideOnly(scored[index]) {
                if isProseParagraph(scored[index].block) { prose += 1 }
                index += 1
            }
            guard prose >= minProseParagraphs, start > span.lowerBound, index < span.upperBound,
                  keep[start - 1], keep[index] else { continue }
            for member in start..<index { keep.set(member, .asideInArticle) }
        }
    }

    /// A block in the span that nothing but the sidebar cue made furniture.
    @inline(__always)
    static func isAsideOnly(_ block: ScoredBlock) -> Bool {
        block.klass == .noise && block.cues == .sidebar
    }

    /// A paragraph of full sentences: long, prose-like stop words, few links, a closing stop.
    static func isProseParagraph(_ block: Block) -> Bool {
        block.role == .paragraph && block.stats.words >= minParagraphWords && block.stats.endsWithTerminal
            && block.stats.stopWordDensity >= LocalScorer.minGoodStopDensity
            && block.linkDensity <= LocalScorer.maxGoodLinkDensity
    }
}
