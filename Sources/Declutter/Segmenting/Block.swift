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
/// A text dump's block keeps its text's bytes in the box itself (one allocation, not two) and
/// makes a `String` of them only when asked: most blocks are read as bytes and never printed.
struct Block: Sendable {
    /// The fields of a block but its text's bytes.
    private struct Header: Sendable {
        /// The text as it was given (HTML, tests), or nil when it is the box's bytes.
        var text: String?
        /// How many of the box's bytes are the text.
        var byteCount: Int
        var role: BlockRole
        var stats: TextStats
        var landmarks: Landmarks = []
        var cues: Cues = []
        var linkBytes: Int = 0
        var depth: Int = 0
        var container: Int = 0
        var ancestors: [Int] = []
    }

    /// The fields and, after them in the same allocation, the text's UTF-8 bytes (none when the
    /// header holds the text as a string). Only a uniquely referenced box is ever written
    /// (``unique()``), so sharing one between copies, and between threads, is safe.
    private final class Fields: ManagedBuffer<Header, UInt8> {
        static func make(_ header: Header, bytes: UnsafeBufferPointer<UInt8>) -> Fields {
            let fields = unsafeDowncast(Fields.create(minimumCapacity: bytes.count) { _ in header }, to: Fields.self)
            if let source = bytes.baseAddress, !bytes.isEmpty {
                fields.withUnsafeMutablePointerToElements { $0.initialize(from: source, count: bytes.count) }
            }
            return fields
        }

        /// The header's address (fixed within the object), read and written without the
        /// exclusivity checks a class's stored property costs on every access.
        var fieldsPointer: UnsafeMutablePointer<Header> { withUnsafeMutablePointerToHeader { $0 } }

        func copy() -> Fields {
            withUnsafeMutablePointers { header, elements in
                Fields.make(header.pointee, bytes: UnsafeBufferPointer(start: elements, count: header.pointee.byteCount))
            }
        }
    }

    /// The box's reference. (A managed buffer is not `Sendable`; the box is, for the reason
    /// ``Fields`` gives.)
    private struct Reference: @unchecked Sendable {
        var fields: Fields
    }

    private var reference: Reference
    private var fields: Fields { reference.fields }

    /// The box, copied first when another block shares it.
    private mutating func unique() -> Fields {
        if !isKnownUniquelyReferenced(&reference.fields) { reference.fields = reference.fields.copy() }
        return reference.fields
    }

    /// The block's text on one line, whitespace collapsed, trimmed. For a text dump's block a
    /// new string each time: read the bytes with ``withUTF8(_:)`` where a string is not needed.
    var text: String {
        if let text = fields.fieldsPointer.pointee.text { return text }
        return withUTF8 { String(decoding: $0, as: UTF8.self) }
    }

    /// Runs `body` on the text's UTF-8 bytes.
    func withUTF8<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        if var text = fields.fieldsPointer.pointee.text { return try text.withUTF8(body) }
        return try fields.withUnsafeMutablePointers { header, elements in
            try body(UnsafeBufferPointer(start: elements, count: header.pointee.byteCount))
        }
    }

    /// What the block is structurally.
    var role: BlockRole {
        _read { yield fields.fieldsPointer.pointee.role }
        _modify { yield &unique().fieldsPointer.pointee.role }
    }
    /// Counts over the text, computed once.
    var stats: TextStats {
        _read { yield fields.fieldsPointer.pointee.stats }
        _modify { yield &unique().fieldsPointer.pointee.stats }
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
        _read { yield fields.fieldsPointer.pointee.landmarks }
        _modify { yield &unique().fieldsPointer.pointee.landmarks }
    }
    /// Cue classes read from the class/id/role vocabulary of the block and its ancestors.
    var cues: Cues {
        _read { yield fields.fieldsPointer.pointee.cues }
        _modify { yield &unique().fieldsPointer.pointee.cues }
    }
    /// Bytes of the text that sit inside links.
    var linkBytes: Int {
        _read { yield fields.fieldsPointer.pointee.linkBytes }
        _modify { yield &unique().fieldsPointer.pointee.linkBytes }
    }
    /// Element depth in the DOM (0 for text dumps).
    var depth: Int {
        _read { yield fields.fieldsPointer.pointee.depth }
        _modify { yield &unique().fieldsPointer.pointee.depth }
    }
    /// Identifies the nearest block-level container (DOM) so that siblings can be grouped.
    var container: Int {
        _read { yield fields.fieldsPointer.pointee.container }
        _modify { yield &unique().fieldsPointer.pointee.container }
    }
    /// Ids of the block-level containers the block sits in, outermost first (the last is
    /// `container`); ids are unique per element within one page. Empty for text dumps.
    var ancestors: [Int] {
        _read { yield fields.fieldsPointer.pointee.ancestors }
        _modify { yield &unique().fieldsPointer.pointee.ancestors }
    }

    init(text: String, role: BlockRole = .paragraph) {
        reference = Reference(fields: Fields.make(Header(text: text, byteCount: 0, role: role, stats: TextStats(of: text)),
                                                  bytes: UnsafeBufferPointer(start: nil, count: 0)))
    }

    /// A block of the UTF-8 text `utf8` (well-formed), kept as bytes, whose features are read
    /// off them (with their ``ByteHashTable/blockHash(_:)``; `padded` as
    /// ``TextStats/init(utf8:hash:padded:)`` says), stop words counted with `stopWords`, a probe of
    /// ``StopWords/table``.
    init(utf8: UnsafeBufferPointer<UInt8>, role: BlockRole, hash: UInt64, padded: Bool, stopWords: ByteHashTable.Probe) {
        let stats = TextStats(utf8: utf8, hash: hash, padded: padded, stopWords: stopWords)
        reference = Reference(fields: Fields.make(Header(text: nil, byteCount: utf8.count, role: role, stats: stats),
                                                  bytes: utf8))
    }

    /// Share of the text's bytes inside links (0 for text dumps).
    var linkDensity: Double {
        stats.bytes == 0 ? 0 : min(1, Double(linkBytes) / Double(stats.bytes))
    }
}
