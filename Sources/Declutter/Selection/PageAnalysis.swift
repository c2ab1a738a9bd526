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
    /// The text of each `<pre>` as written (HTML), for code blocks in structured output.
    var verbatim: [Int32: String] = [:]
    /// Each block's place and inline spans (HTML), parallel to `scored`, for structured output.
    var places: [BlockPlace] = []
    var inlineSpans: [[InlineSpan]] = []
    /// The blocks come from a text dump: their structure is read from their shape.
    var fromText = false
    /// What the HTML page said about itself (nil for a text dump), for the metadata.
    var hints: PageHints? = nil
    /// The language the page was scored in, declared or detected.
    var language: PageLanguage? = nil

    /// Runs scoring, context rules, span selection, filtering and headline search. A declared
    /// title (from HTML metadata) replaces the search; the block that repeats it is dropped.
    init(blocks: [Block], title: String? = nil) {
        var scored = blocks.map(LocalScorer.score)
        ContextRules.apply(&scored)
        let spans = SpanSelector.spans(scored)
        var keep = BlockFilter.keep(scored, spans: spans)
        ContainerCompletion.apply(scored, keep: &keep)
        RepeatedLabels.apply(scored, keep: &keep)
        ListingFallback.apply(scored, keep: &keep)
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
        } else if let first = spans.first {
            if let found = HeadlineFinder.find(in: scored, articleStart: first.lowerBound) {
                headline = found.headline
                keep[found.headline] = false
                if let dek = found.dek { keep[dek] = true }
            }
        }
        self.scored = scored
        self.spans = spans
        self.keep = keep
        self.headline = headline
        self.declaredTitle = title
    }

    /// The article: headline and kept blocks in page order, with its structure and metadata
    /// when `structure` asks for them.
    func article(structure: Bool = true) -> Article {
        let keptIndices = scored.indices.filter { keep[$0] }
        let paragraphs = keptIndices.map { scored[$0].block.text }
        var warnings = [String]()
        if paragraphs.isEmpty { warnings.append("no article text found") }
        let title = paragraphs.isEmpty ? nil : (declaredTitle ?? headline.map { scored[$0].block.text })
        var article = Article(title: title, paragraphs: paragraphs, inputKind: .text,
                              warnings: warnings, inputBytes: 0)
        if structure {
            let kept = KeptBlock.gather(scored.map(\.block), at: keptIndices, places: places, spans: inlineSpans)
            article.blocks = ArticleStructure.pieces(kept, verbatim: verbatim, fromText: fromText)
            article.metadata = MetadataResolver.resolve(hints: hints, language: language, scored: scored, keep: keep)
        }
        return article
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
