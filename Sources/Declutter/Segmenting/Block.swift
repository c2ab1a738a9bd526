/// The structural role a front door saw a block play.
enum BlockRole: Sendable, Equatable {
    /// Running text: a `<p>`, a div text run, or a line/paragraph of a text dump.
    case paragraph
    /// A heading, `<h1>`–`<h6>` (level 1–6); text dumps cannot tell, so they never set it.
    case heading(level: Int)
    /// A list item: `<li>`/`<dd>`, or a text line with a list marker.
    case listItem
    /// Preformatted text (`<pre>`), kept as it is.
    case preformatted
    /// A table cell's text.
    case tableCell
    /// A `<blockquote>`.
    case quote
    /// A caption (`<figcaption>`, `<caption>`).
    case caption
}

/// Page regions a block sits in, from HTML landmarks (elements, ARIA roles) — empty for text.
struct Landmarks: OptionSet, Sendable {
    let rawValue: UInt16
    static let nav = Landmarks(rawValue: 1 << 0)
    static let header = Landmarks(rawValue: 1 << 1)
    static let footer = Landmarks(rawValue: 1 << 2)
    static let aside = Landmarks(rawValue: 1 << 3)
    static let form = Landmarks(rawValue: 1 << 4)
    static let menu = Landmarks(rawValue: 1 << 5)
    static let figure = Landmarks(rawValue: 1 << 6)
    static let hidden = Landmarks(rawValue: 1 << 7)
    static let article = Landmarks(rawValue: 1 << 8)
    static let main = Landmarks(rawValue: 1 << 9)
    static let articleBody = Landmarks(rawValue: 1 << 10)
}

/// One paragraph-level unit of a page, the unit every stage after segmenting works on.
/// Both front doors produce it: the text segmenter fills the layout fields, the HTML
/// segmenter the DOM fields, and everything downstream reads whichever it has.
struct Block: Sendable {
    /// The block's text on one line, whitespace collapsed, trimmed.
    var text: String
    /// What the block is structurally.
    var role: BlockRole
    /// Counts over the text, computed once.
    var stats: TextStats

    // Layout context (text dumps).
    /// The block was preceded by a blank line (or is the first block).
    var blankBefore: Bool = true
    /// The block is followed by a blank line (or is the last block).
    var blankAfter: Bool = true

    // DOM context (HTML).
    /// Landmarks the block sits in.
    var landmarks: Landmarks = []
    /// Cue classes read from the class/id/role vocabulary of the block and its ancestors.
    var cues: Cues = []
    /// Bytes of the text that sit inside links.
    var linkBytes: Int = 0
    /// Element depth in the DOM (0 for text dumps).
    var depth: Int = 0
    /// Identifies the nearest block-level container (DOM) so that siblings can be grouped.
    var container: Int = 0
    /// Ids of the block-level containers the block sits in, outermost first (the last is
    /// `container`); ids are unique per element within one page. Empty for text dumps.
    var ancestors: [Int] = []

    init(text: String, role: BlockRole = .paragraph) {
        self.text = text
        self.role = role
        self.stats = TextStats(of: text)
    }

    /// Share of the text's bytes inside links (0 for text dumps).
    var linkDensity: Double {
        stats.bytes == 0 ? 0 : min(1, Double(linkBytes) / Double(stats.bytes))
    }
}
