/// What the local scorer makes of one block on its own, before context. The raw value is a
/// stable short name for tools.
public enum BlockClass: String, Sendable, Equatable {
    /// Running prose: long enough, full of function words, punctuated like sentences.
    case good
    /// A short sentence (a one-line paragraph, a quote): article-like but weak evidence alone.
    case nearGood
    /// A short line without sentence shape: a heading, a label, a list item, a teaser title.
    case short
    /// Text that is long but not prose: keyword lists, teaser headlines, link rows.
    case bad
    /// Marked as page furniture by a cue: navigation, promos, credits, dates, tickers.
    case noise
}

/// A block with its local verdict and the value it adds to an article span.
struct ScoredBlock: Sendable {
    var block: Block
    /// Cues from the block's words merged with the cues its front door saw.
    var cues: Cues
    var klass: BlockClass
    /// What including the block in the article is worth: positive for prose, negative for
    /// furniture, roughly in words, so that a long paragraph outweighs a few stray labels.
    var value: Double
    /// Another block earlier in the page has the same text.
    var isRepeat = false
    /// The index of that earlier block with the same text.
    var repeatOf: Int? = nil
    /// The context rules that changed this block's value, class or cues.
    var rules = ContextRuleSet()
}
