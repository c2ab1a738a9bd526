/// What the local scorer makes of one block on its own, before context.
///
/// No raw type on purpose: the scoring loops compare classes, and a `String`-backed enum made
/// the compiler copy whole blocks around those compares.
public enum BlockClass: Sendable, Equatable {
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

    /// A stable short name for tools: the case's name.
    public var name: String {
        switch self {
        case .good: return "good"
        case .nearGood: return "nearGood"
        case .short: return "short"
        case .bad: return "bad"
        case .noise: return "noise"
        }
    }
}

/// A block with its local verdict and the value it adds to an article span.
///
/// The fields are declared so that they pack into 48 bytes (the repeat's index in 32 bits, the
/// value last): some twenty passes read a page's scored blocks one after another, and each
/// reads as many cache lines as the array holds (72 bytes a block with an optional `Int`).
struct ScoredBlock: Sendable {
    var block: Block
    /// Cues from the block's words merged with the cues its front door saw.
    var cues: Cues
    var klass: BlockClass
    /// The rules that changed this block's value, class or cues after its first reading (two
    /// bytes, stored here where the class leaves padding, so the struct does not grow).
    var rules = ScoreRuleSet()
    /// Another block earlier in the page has the same text.
    var isRepeat = false
    /// ``repeatOf`` in 32 bits, -1 for none (a page of 2^31 blocks is far past ``Options/maxBytes``).
    private var repeatIndex: Int32 = -1
    /// What including the block in the article is worth: positive for prose, negative for
    /// furniture, roughly in words, so that a long paragraph outweighs a few stray labels.
    var value: Double

    init(block: Block, cues: Cues, klass: BlockClass, rules: ScoreRuleSet = ScoreRuleSet(), value: Double) {
        self.block = block
        self.cues = cues
        self.klass = klass
        self.rules = rules
        self.value = value
    }

    /// The index of that earlier block with the same text.
    var repeatOf: Int? {
        get { repeatIndex < 0 ? nil : Int(repeatIndex) }
        set { repeatIndex = newValue.map { Int32(truncatingIfNeeded: $0) } ?? -1 }
    }
}

/// What the local scorer reads off one block: a ``ScoredBlock`` but its block and the repeat
/// marks the context rules add. Plain values, so a verdict is written beside its block without
/// copying a scored block (each copy of one is a call through its value witness and a retain).
struct Reading {
    var cues: Cues
    var klass: BlockClass
    var rules: ScoreRuleSet
    var value: Double

    init(cues: Cues, klass: BlockClass, rules: ScoreRuleSet, value: Double) {
        self.cues = cues
        self.klass = klass
        self.rules = rules
        self.value = value
    }

    /// The reading of a block scored already.
    init(of scored: ScoredBlock) {
        self.init(cues: scored.cues, klass: scored.klass, rules: scored.rules, value: scored.value)
    }
}

extension ScoredBlock {
    /// The block with what the scorer read off it.
    init(block: Block, reading: Reading) {
        self.init(block: block, cues: reading.cues, klass: reading.klass, rules: reading.rules, value: reading.value)
    }
}

extension Array where Element == ScoredBlock {
    /// Whether any block has DOM context (ancestors: an HTML page's), read in place: a closure
    /// over the elements would copy (and retain) every block of a text dump, where none has.
    var haveDOMContext: Bool {
        indices.contains { !self[$0].block.ancestors.isEmpty }
    }

    /// The words of the blocks `keep` keeps (and `include` accepts, by index), summed in place:
    /// no array of their indices is made.
    func keptWords(_ keep: Verdicts, where include: (Int) -> Bool = { _ in true }) -> Int {
        var words = 0
        for index in indices where keep[index] && include(index) { words += self[index].block.stats.words }
        return words
    }
}
