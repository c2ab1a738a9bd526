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

extension BlockRole {
    /// A short name, after the HTML element: `p`, `h1`–`h6`, `li`, `pre`, `td`, `quote`, `caption`.
    var shortName: String {
        switch self {
        case .paragraph: return "p"
        case .heading(let level): return "h\(level)"
        case .listItem: return "li"
        case .preformatted: return "pre"
        case .tableCell: return "td"
        case .quote: return "quote"
        case .caption: return "caption"
        }
    }
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

    /// Each landmark with its name, for explanations.
    static let named: [(landmark: Landmarks, name: String)] = [
        (.nav, "nav"), (.header, "header"), (.footer, "footer"), (.aside, "aside"), (.form, "form"),
        (.menu, "menu"), (.figure, "figure"), (.hidden, "hidden"), (.article, "article"), (.main, "main"),
        (.articleBody, "articleBody"),
    ]

    /// The names of the landmarks in the set, in bit order.
    var names: [String] { Landmarks.named.filter { contains($0.landmark) }.map(\.name) }
}

/// One paragraph-level unit of a page, the unit every stage after segmenting works on.
/// Both front doors produce it: the text segmenter fills the layout fields, the HTML
/// segmenter the DOM fields, and everything downstream reads whichever it has.
///
/// A value type whose fields live in one shared, copy-on-write box: the later stages copy
/// blocks often (into scored blocks, through filters and rules), and a copy is then one
/// reference instead of some three hundred bytes and a retain for each string and array in them.
struct Block: Sendable {
    /// The fields. Only a uniquely referenced box is ever written (``unique()``), so sharing one
    /// between copies, and between threads, is safe.
    private final class Fields: @unchecked Sendable {
        var text: String
        var role: BlockRole
        var stats: TextStats
        var landmarks: Landmarks = []
        var cues: Cues = []
        var linkBytes: Int = 0
        var depth: Int = 0
        var container: Int = 0
        var ancestors: [Int] = []

        init(text: String, role: BlockRole, stats: TextStats) {
            self.text = text
            self.role = role
            self.stats = stats
        }

        func copy() -> Fields {
            let copy = Fields(text: text, role: role, stats: stats)
            copy.landmarks = landmarks
            copy.cues = cues
            copy.linkBytes = linkBytes
            copy.depth = depth
            copy.container = container
            copy.ancestors = ancestors
            return copy
        }
    }

    private var fields: Fields

    /// The box, copied first when another block shares it.
    private mutating func unique() -> Fields {
        if !isKnownUniquelyReferenced(&fields) { fields = fields.copy() }
        return fields
    }

    /// The block's text on one line, whitespace collapsed, trimmed.
    var text: String {
        _read { yield fields.text }
        _modify { yield &unique().text }
    }
    /// What the block is structurally.
    var role: BlockRole {
        _read { yield fields.role }
        _modify { yield &unique().role }
    }
    /// Counts over the text, computed once.
    var stats: TextStats {
        _read { yield fields.stats }
        _modify { yield &unique().stats }
    }
    /// Layout context (text dumps): the block was preceded by a blank line (or is the first block).
    /// This and the next two are the block's own, outside the shared box: a repeated line of a
    /// text dump shares its first copy's box and differs only in them.
    var blankBefore = true
    /// The block is followed by a blank line (or is the last block).
    var blankAfter = true
    /// The index of the first earlier block with the same text, set by the text front door,
    /// whose blocks have no context beyond their text and layout: scoring copies its verdict.
    var sameAs: Int? = nil
    /// DOM context (HTML): landmarks the block sits in.
    var landmarks: Landmarks {
        _read { yield fields.landmarks }
        _modify { yield &unique().landmarks }
    }
    /// Cue classes read from the class/id/role vocabulary of the block and its ancestors.
    var cues: Cues {
        _read { yield fields.cues }
        _modify { yield &unique().cues }
    }
    /// Bytes of the text that sit inside links.
    var linkBytes: Int {
        _read { yield fields.linkBytes }
        _modify { yield &unique().linkBytes }
    }
    /// Element depth in the DOM (0 for text dumps).
    var depth: Int {
        _read { yield fields.depth }
        _modify { yield &unique().depth }
    }
    /// Identifies the nearest block-level container (DOM) so that siblings can be grouped.
    var container: Int {
        _read { yield fields.container }
        _modify { yield &unique().container }
    }
    /// Ids of the block-level containers the block sits in, outermost first (the last is
    /// `container`); ids are unique per element within one page. Empty for text dumps.
    var ancestors: [Int] {
        _read { yield fields.ancestors }
        _modify { yield &unique().ancestors }
    }

    init(text: String, role: BlockRole = .paragraph) {
        fields = Fields(text: text, role: role, stats: TextStats(of: text))
    }

    /// A block whose features are read off `utf8`, the bytes `text` was made of (with their
    /// ``ByteHashTable/blockHash(_:)``; `padded` as ``TextStats/init(utf8:hash:padded:)`` says).
    init(text: String, role: BlockRole, utf8: UnsafeBufferPointer<UInt8>, hash: UInt64, padded: Bool) {
        fields = Fields(text: text, role: role, stats: TextStats(utf8: utf8, hash: hash, padded: padded))
    }

    /// Share of the text's bytes inside links (0 for text dumps).
    var linkDensity: Double {
        stats.bytes == 0 ? 0 : min(1, Double(linkBytes) / Double(stats.bytes))
    }
}
