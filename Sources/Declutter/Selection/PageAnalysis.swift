/// Everything the pipeline decided about one page: per-block verdicts, the article's spans,
/// which blocks are kept, and the headline. Both the article and `--explain` are read off it.
struct PageAnalysis {
    /// How many of the first kept blocks are checked for a repeat of the declared headline.
    static let titleRepeatWindow = 3

    var scored: [ScoredBlock]
    var spans: [Range<Int>]
    var keep: [Bool]
    var headline: Int?
    /// The headline the page declared (HTML metadata), when it has one.
    var declaredTitle: String?

    /// Runs scoring, context rules, span selection, filtering and headline search. A declared
    /// title (from HTML metadata) replaces the search; the block that repeats it is dropped.
    init(blocks: [Block], title: String? = nil) {
        var blocks = blocks
        TextTables.mark(&blocks)
        var scored = blocks.map(LocalScorer.score)
        ContextRules.apply(&scored)
        let spans = SpanSelector.spans(scored)
        var keep = BlockFilter.keep(scored, spans: spans)
        ContainerCompletion.apply(scored, keep: &keep)
        IntroducedLists.apply(scored, keep: &keep)
        RepeatedLabels.apply(scored, keep: &keep)
        let isListing = ListingFallback.apply(scored, keep: &keep)
        AuthorBio.apply(scored, keep: &keep)
        var headline: Int? = nil
        if let title {
            // The block that repeats the declared headline among the first kept ones is dropped.
            let key = TitleChooser.key(title)
            for index in scored.indices.filter({ keep[$0] }).prefix(PageAnalysis.titleRepeatWindow)
            where TitleChooser.key(scored[index].block.text) == key {
                keep[index] = false
                break
            }
        } else {
            // A text dump's first line is the page's <title>: its repeat in the body is the headline.
            let dumpTitle = DumpTitle(scored)
            if let repeated = dumpTitle?.keptRepeat(scored, keep: keep) {
                headline = repeated
                keep[repeated] = false
            } else if !isListing, let first = spans.first,
                      let found = HeadlineFinder.find(in: scored, articleStart: first.lowerBound) {
                if let dek = found.dek, dumpTitle?.isRepeated(by: scored[dek]) == true {
                    // The "standfirst" under a label is the declared headline itself.
                    headline = dek
                } else {
                    headline = found.headline
                    keep[found.headline] = false
                    if let dek = found.dek { keep[dek] = true }
                }
            }
        }
        self.scored = scored
        self.spans = spans
        self.keep = keep
        self.headline = headline
        self.declaredTitle = title
    }

    /// The article: headline and kept blocks in page order.
    var article: Article {
        let paragraphs = scored.indices.filter { keep[$0] }.map { scored[$0].block.text }
        var warnings = [String]()
        if paragraphs.isEmpty { warnings.append("no article text found") }
        let title = paragraphs.isEmpty ? nil : (declaredTitle ?? headline.map { scored[$0].block.text })
        return Article(title: title, paragraphs: paragraphs, inputKind: .text,
                       warnings: warnings, inputBytes: 0)
    }

    /// One line per block: index, verdict (+ kept, ~ in a span but dropped, T headline),
    /// class, value, words, stop-word density, cues, text.
    var explanation: [String] {
        scored.indices.map { index in
            let block = scored[index]
            let inSpan = spans.contains { $0.contains(index) }
            let mark = headline == index ? "T" : keep[index] ? "+" : inSpan ? "~" : " "
            let klass = "\(block.klass)".padding(toLength: 8, withPad: " ", startingAt: 0)
            let value = (block.value * 10).rounded() / 10
            let density = (block.block.stats.stopWordDensity * 100).rounded() / 100
            return "\(index) \(mark) \(klass) \(value) w=\(block.block.stats.words) sw=\(density) "
                + "cues=\(String(block.cues.rawValue, radix: 16)) \(block.block.text.prefix(80))"
        }
    }
}
