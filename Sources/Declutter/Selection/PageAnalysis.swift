/// Everything the pipeline decided about one page: per-block verdicts, the article's spans,
/// which blocks are kept and why, and the headline. Both the article and ``Explanation`` are
/// read off it.
struct PageAnalysis {
    /// How many of the first kept blocks are checked for a repeat of the declared headline.
    static let titleRepeatWindow = 3

    var scored: [ScoredBlock]
    var selection: SpanSelection
    /// Whether each block is kept, and the rule that made the call.
    var verdicts: Verdicts
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
    /// `fromText`: the blocks are a text dump's (``TextSegmenter``), and ``fromText`` is set.
    /// The blocks move into ``scored`` (see ``LocalScorer/scoreAll(_:)``): pass the last use of an array.
    init(blocks: consuming [Block], title: String? = nil, fromText: Bool = false) {
        TextTables.mark(&blocks, fromText: fromText)
        var scored = LocalScorer.scoreAll(consume blocks)
        ContextRules.apply(&scored, fromText: fromText)
        let selection = SpanSelector.spans(scored)
        var keep = BlockFilter.keep(scored, selection: selection)
        ContainerCompletion.apply(scored, keep: &keep)
        // A text dump's blocks have no ancestors: only other pages are searched for one that has.
        let domContext = !fromText && scored.haveDOMContext
        IntroducedLists.apply(scored, keep: &keep, domContext: domContext)
        RepeatedLabels.apply(scored, keep: &keep)
        let isListing = ListingFallback.apply(scored, keep: &keep, domContext: domContext)
        AuthorBio.apply(scored, keep: &keep)
        ArticleCopy.apply(scored, keep: &keep)
        var headline: Int? = nil
        if let title {
            // The block that repeats the declared headline among the first kept ones is dropped.
            let key = TitleChooser.keyBytes(title)
            for index in keep.keptIndicesLazily.prefix(PageAnalysis.titleRepeatWindow)
            where TitleChooser.hasKey(key, scored[index].block) {
                keep.set(index, .repeatsTitle)
                break
            }
        } else {
            // A text dump's first line is the page's <title>: its repeat in the body is the headline.
            let dumpTitle = DumpTitle(scored)
            let titleRepeat = dumpTitle?.keptRepeat(scored, keep: keep)
            if case .near(let repeated) = titleRepeat {
                headline = repeated
                keep.set(repeated, .repeatsTitle)
            } else if case .later(let repeated) = titleRepeat {
                // The headline printed again further down opens the article: what was kept
                // above it is the header's furniture.
                for index in keep.keptIndices where index < repeated { keep.set(index, .aboveRepeatedTitle) }
                headline = repeated
                keep.set(repeated, .repeatsTitle)
            } else if !isListing, let first = selection.spans.first,
                      let found = HeadlineFinder.find(in: scored, articleStart: first.lowerBound) {
                if let dek = found.dek, dumpTitle?.isRepeated(by: scored[dek]) == true {
                    // The "standfirst" under a label is the declared headline itself.
                    headline = dek
                    keep.set(dek, .headline)
                } else {
                    headline = found.headline
                    keep.set(found.headline, .headline)
                    if let dek = found.dek { keep.set(dek, .dek) }
                }
            }
        }
        self.scored = scored
        self.selection = selection
        self.verdicts = keep
        self.headline = headline
        self.declaredTitle = title
        self.fromText = fromText
    }

    /// The article: headline and kept blocks in page order, read as `inputKind` from
    /// `inputBytes` bytes, with its structure and metadata when `structure` asks for them.
    func article(inputKind: InputKind, inputBytes: Int, structure: Bool = true) -> Article {
        let keptIndices = verdicts.keptIndices
        // The kept texts joined once; their own strings are made if the caller reads them.
        let body = ArticleBody(count: keptIndices.count) { index, text in scored[keptIndices[index]].block.withUTF8(text) }
        var warnings = [String]()
        if keptIndices.isEmpty { warnings.append("no article text found") }
        let title = keptIndices.isEmpty ? nil : (declaredTitle ?? headline.map { scored[$0].block.text })
        var article = Article(title: title, body: body, inputKind: inputKind, warnings: warnings, inputBytes: inputBytes)
        if structure {
            let kept = KeptBlock.gather(scored.map(\.block), at: keptIndices, places: places, spans: inlineSpans)
            article.blocks = ArticleStructure.pieces(kept, verbatim: verbatim, fromText: fromText)
            article.metadata = MetadataResolver.resolve(hints: hints, language: language, scored: scored,
                                                        keep: scored.indices.map { verdicts[$0] })
        }
        return article
    }
}
