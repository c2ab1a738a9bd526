/// A context rule that changed a block's value, class or cues after the local scorer (see
/// `ContextRules`): the "why" behind a score that differs from what the block's own words say.
/// The raw value is a stable short name for tools.
public enum ContextRule: String, Sendable, CaseIterable {
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
        case .labelRun: return "label run"
        }
    }

    /// The rule's bit in a ``ContextRuleSet``.
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
        }
    }
}

/// The context rules that touched one block, as bits: recording one costs an `or`, and nothing
/// is spelled out unless the page is explained.
struct ContextRuleSet: Sendable, Equatable {
    private(set) var rawValue: UInt16 = 0

    /// Records that `rule` changed the block.
    mutating func insert(_ rule: ContextRule) { rawValue |= rule.bit }

    /// The rules recorded, in ``ContextRule`` order.
    var rules: [ContextRule] { ContextRule.allCases.filter { rawValue & $0.bit != 0 } }
}
