/// A rule that changed a block's value, class or cues after its first reading: one of the local
/// scorer's exceptions (`LocalScorer`) or a context rule (`ContextRules`) — the "why" behind a
/// score that differs from what the block's class alone would give. The raw value is a stable
/// short name for tools.
public enum ScoreRule: String, Sendable, CaseIterable {
    // The local scorer's exceptions, in the order it applies them.

    /// Prices or percentages in a table cell or list item: the table's data, not a ticker, so the
    /// ticker cue read off its words is dropped.
    case tableFigures
    /// A slash pair ("AI/ML") in long prose or a list item that names no picture: not a photo
    /// credit, so the caption cue read off its words is dropped.
    case slashProse
    /// A furniture word ("newsletter") that runs through the page's prose is its subject: the cue
    /// read off the words is dropped (``LocalScorer/subjectCues(_:)``).
    case subjectWord
    /// Two or more " / " or "»" steps after a short first one: a breadcrumb trail
    /// (``BreadcrumbTrail``), furniture.
    case breadcrumbTrail

    // Context rules, in the order `ContextRules.apply` runs them.

    /// The same text appeared earlier on the page (a non-prose repeat also costs more).
    case repeated
    /// A bare name beside a date or byline: the byline, worth nothing.
    case bareByline
    /// An article-end heading repeated three or more times: thread furniture, costs a label.
    case repeatedEndCue
    /// A "Read also" heading with a few teasers, after which the prose resumes: an inline box
    /// that does not end the article.
    case inlineBox
    /// A teaser line inside such an inline box.
    case inlineBoxTeaser
    /// An article-end heading followed by prose: a subheading, costs a label.
    case endCueBeforeProse
    /// A short text between two furniture blocks of the same kind: part of that box.
    case sandwiched
    /// A short paragraph cut off with an ellipsis under a linked title, on a page with two or
    /// more such cards: a teaser's excerpt.
    case truncatedTeaser
    /// One of a run of three or more labels: costs more.
    case labelRun

    /// A short phrase for people.
    public var summary: String {
        switch self {
        case .repeated: return "repeat"
        case .bareByline: return "bare byline"
        case .repeatedEndCue: return "repeated end cue"
        case .inlineBox: return "inline box heading"
        case .inlineBoxTeaser: return "inline box teaser"
        case .endCueBeforeProse: return "end cue before prose"
        case .sandwiched: return "inside a furniture box"
        case .truncatedTeaser: return "truncated teaser excerpt"
        case .labelRun: return "label run"
        case .tableFigures: return "figures, not a ticker"
        case .slashProse: return "slash pair, not a credit"
        case .subjectWord: return "the page's subject, not furniture"
        case .breadcrumbTrail: return "breadcrumb trail"
        }
    }

    /// The rule's bit in a ``ScoreRuleSet``.
    var bit: UInt16 {
        switch self {
        case .repeated: return 1 << 0
        case .bareByline: return 1 << 1
        case .repeatedEndCue: return 1 << 2
        case .inlineBox: return 1 << 3
        case .inlineBoxTeaser: return 1 << 4
        case .endCueBeforeProse: return 1 << 5
        case .sandwiched: return 1 << 6
        case .labelRun: return 1 << 7
        case .tableFigures: return 1 << 8
        case .slashProse: return 1 << 9
        case .subjectWord: return 1 << 10
        case .truncatedTeaser: return 1 << 11
        case .breadcrumbTrail: return 1 << 12
        }
    }
}

/// The context rules that touched one block, as bits: recording one costs an `or`, and nothing
/// is spelled out unless the page is explained.
struct ScoreRuleSet: Sendable, Equatable {
    private(set) var rawValue: UInt16 = 0

    /// Records that `rule` changed the block.
    mutating func insert(_ rule: ScoreRule) { rawValue |= rule.bit }

    /// The rules recorded, in ``ScoreRule`` order.
    var rules: [ScoreRule] { ScoreRule.allCases.filter { rawValue & $0.bit != 0 } }
}
