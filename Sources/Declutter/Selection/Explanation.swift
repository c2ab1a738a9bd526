/// How declutter judged one page: every block with the features and the rule that decided it,
/// and the article those decisions make. Returned by ``Cleaner/explain(_:)``.
///
/// The decisions are recorded by the pipeline as it makes them, and ``article`` is built from
/// the same record, so the kept blocks are always exactly the article's paragraphs.
public struct Explanation: Sendable {
    /// The article, exactly as ``Cleaner/clean(_:)-(Data)`` returns it for the same bytes.
    public var article: Article
    /// Every block of the page, in page order.
    public var blocks: [BlockExplanation]
    /// The headline the page declares in its metadata (HTML `og:title`, `<h1>`, `<title>`),
    /// which the article uses instead of a block; `nil` when the headline was found among the
    /// blocks (the row with ``BlockExplanation/isHeadline``) or there is none.
    public var declaredTitle: String?

    /// The kept blocks, in page order: their texts are ``Article/paragraphs``.
    public var kept: [BlockExplanation] { blocks.filter(\.kept) }
}

/// One block of a page and how it was judged.
public struct BlockExplanation: Sendable, Equatable {
    /// The block's position among the page's blocks, from 0.
    public var index: Int
    /// Whether the block is a paragraph of the article.
    public var kept: Bool
    /// Whether the block is the article's headline (printed as the title, not as a paragraph).
    public var isHeadline: Bool
    /// What the block is structurally, after the HTML element: `p`, `h1`–`h6`, `li`, `pre`,
    /// `td`, `quote`, `caption` (a text dump's lines are `p`, or `li` with a list marker).
    public var role: String
    /// What the local scorer made of the block on its own words.
    public var blockClass: BlockClass
    /// What the block is worth to an article span after the context rules, roughly in words:
    /// positive for prose, negative for furniture.
    public var score: Double
    /// The rule that made the final call.
    public var reason: Reason
    /// The rules that changed the block's value, class or cues after its first reading (context
    /// rules, the local scorer's exceptions), in ``ScoreRule`` order.
    public var scoreRules: [ScoreRule]
    /// The features the decisions read.
    public var features: BlockFeatures
    /// The block's text, whitespace collapsed.
    public var text: String
}

/// The features of a block the scorer and the selection read.
public struct BlockFeatures: Sendable, Equatable {
    /// Words (CJK characters count by a character-based estimate).
    public var words: Int
    /// Share of the text's bytes inside links, 0 to 1 (0 for text dumps).
    public var linkShare: Double
    /// Share of the words that are stop words, 0 to 1: prose runs 0.25 and up.
    public var stopWordDensity: Double
    /// Sentence ends inside the text.
    public var sentenceEnds: Int
    /// The cues the scorer read (from the block's words, its markup, its context), by name.
    public var cues: [String]
    /// The cues among ``cues`` that came from the markup: class/id tokens and landmarks (HTML).
    public var markupCues: [String]
    /// The HTML landmarks the block sits in (`nav`, `header`, `footer`, `aside`, `article` …).
    public var landmarks: [String]
    /// Which of the article's spans holds the block, from 0; `nil` outside every span.
    public var span: Int?
    /// The index of an earlier block with the same text, when the block repeats one.
    public var repeatOf: Int?
}

extension PageAnalysis {
    /// The explanation of this analysis: one row per block, read off the recorded decisions.
    func explanation(inputKind: InputKind, inputBytes: Int) -> Explanation {
        var spanOf = [Int?](repeating: nil, count: scored.count)
        for (number, span) in selection.spans.enumerated() {
            for index in span { spanOf[index] = number }
        }
        let blocks = scored.indices.map { index in
            let block = scored[index]
            let features = BlockFeatures(
                words: block.block.stats.words, linkShare: block.block.linkDensity,
                stopWordDensity: block.block.stats.stopWordDensity, sentenceEnds: block.block.stats.sentenceEnds,
                cues: block.cues.names, markupCues: block.cues.intersection(block.block.cues).names,
                landmarks: block.block.landmarks.names, span: spanOf[index], repeatOf: block.repeatOf)
            return BlockExplanation(
                index: index, kept: verdicts[index], isHeadline: headline == index, role: block.block.role.shortName,
                blockClass: block.klass, score: block.value, reason: verdicts.reasons[index],
                scoreRules: block.rules.rules, features: features, text: block.block.text)
        }
        return Explanation(article: article(inputKind: inputKind, inputBytes: inputBytes), blocks: blocks, declaredTitle: declaredTitle)
    }
}
