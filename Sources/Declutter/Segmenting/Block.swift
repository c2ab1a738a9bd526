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
/// A value type whose fields live in a shared, copy-on-write box: the later stages copy blocks
/// often (into scored blocks, through filters and rules), and a copy is then one reference
/// instead of some three hundred bytes and a retain for each string and array in them.
/// A text dump's blocks share one box for the whole page (``PageBuilder``): their fields side by
/// side and their texts' bytes in one buffer, two allocations a page instead of one or two a
/// block; a `String` of a text is made only when asked (most blocks are read as bytes and never
/// printed). A block written to leaves the page's box for one of its own.
struct Block: Sendable {
    /// The fields of a block but its text's bytes.
    private struct Header: Sendable {
        /// The text as it was given (HTML, tests, a block that left its page's box), or nil when
        /// it is bytes `start..<start + byteCount` of the box's buffer.
        var text: String?
        var start: Int32 = 0
        var byteCount: Int32 = 0
        var role: BlockRole
        var stats: TextStats
        var landmarks: Landmarks = []
        var cues: Cues = []
        var linkBytes: Int = 0
        var depth: Int = 0
        var container: Int = 0
        var ancestors: [Int] = []
    }

    /// What a box holds besides its blocks' fields.
    private struct Contents {
        /// Fields initialized, and whether the box is a page's (shared by its blocks, never
        /// written once they are made) or one block's.
        var count: Int
        var isPage: Bool
        /// The page's texts, one after another; nil in a box of one block.
        var bytes: UnsafeMutablePointer<UInt8>?
        var byteCount: Int
        var byteCapacity: Int
        /// The fields the box was made for (`ManagedBuffer.capacity` asks the allocator each time).
        var fieldCapacity: Int
    }

    /// The fields of one block, or of a page's blocks, side by side. Only a uniquely referenced
    /// box of one block is ever written (``uniqueHeader()``), so sharing one between copies, and
    /// between threads, is safe.
    private final class Fields: ManagedBuffer<Contents, Header> {
        static func make(capacity: Int, contents: Contents) -> Fields {
            unsafeDowncast(Fields.create(minimumCapacity: capacity) { _ in contents }, to: Fields.self)
        }

        /// A box of one block with these fields.
        static func single(_ header: Header) -> Fields {
            let fields = make(capacity: 1, contents: Contents(count: 1, isPage: false, bytes: nil, byteCount: 0, byteCapacity: 0,
                                                              fieldCapacity: 1))
            fields.headers.initialize(to: header)
            return fields
        }

        /// The contents' and the fields' addresses (fixed within the object), read and written
        /// without the exclusivity checks a class's stored property costs on every access.
        var contents: UnsafeMutablePointer<Contents> { withUnsafeMutablePointerToHeader { $0 } }
        var headers: UnsafeMutablePointer<Header> { withUnsafeMutablePointerToElements { $0 } }

        deinit {
            withUnsafeMutablePointers { contents, headers in
                // A page's fields hold no references to release: ``PageBuilder`` makes them with
                // no string and no ancestors, and a page's box is never written.
                if !contents.pointee.isPage { _ = headers.deinitialize(count: contents.pointee.count) }
                contents.pointee.bytes?.deallocate()
            }
        }
    }

    /// The box's reference. (A managed buffer is not `Sendable`; the box is, for the reason
    /// ``Fields`` gives.)
    private struct Reference: @unchecked Sendable {
        /// Never nil but in the slots ``moveAll(from:_:)`` empties, which no one reads.
        var optionalFields: Fields?
        var fields: Fields {
            get { optionalFields.unsafelyUnwrapped }
            set { optionalFields = newValue }
        }
    }

    private var reference: Reference
    /// Which of the box's fields are this block's.
    private var index: Int32 = 0
    private var header: UnsafeMutablePointer<Header> { reference.fields.headers + Int(index) }

    private init(_ fields: Fields?, index: Int32) {
        reference = Reference(optionalFields: fields)
        self.index = index
    }

    /// Hands each block of `blocks` to `body` in order, with its index, moving it out instead of
    /// copying it, and leaves `blocks` empty. A copy is a retain of the block's box and the end of
    /// the array a release of each, two atomic operations a block; the slots left behind hold no
    /// box, and ending them releases nothing.
    static func moveAll(from blocks: inout [Block], _ body: (Int, consuming Block) throws -> Void) rethrows {
        try blocks.withUnsafeMutableBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            for index in 0..<buffer.count {
                let block = (base + index).move()
                (base + index).initialize(to: Block(nil, index: 0))
                try body(index, block)
            }
        }
        blocks = []
    }

    /// The block's fields for writing: in a box of its own, copied there first when the box is a
    /// page's or another block shares it (its text then becomes a string).
    private mutating func uniqueHeader() -> UnsafeMutablePointer<Header> {
        if reference.fields.contents.pointee.isPage || !isKnownUniquelyReferenced(&reference.optionalFields) {
            var copy = header.pointee
            if copy.text == nil {
                copy.text = withUTF8 { String(decoding: $0, as: UTF8.self) }
                copy.start = 0
                copy.byteCount = 0
            }
            reference.fields = Fields.single(copy)
            index = 0
        }
        return header
    }

    /// The block's text on one line, whitespace collapsed, trimmed. For a text dump's block a
    /// new string each time: read the bytes with ``withUTF8(_:)`` where a string is not needed.
    var text: String {
        if let text = header.pointee.text { return text }
        return withUTF8 { String(decoding: $0, as: UTF8.self) }
    }

    /// Runs `body` on the text's UTF-8 bytes.
    func withUTF8<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        let header = self.header
        if var text = header.pointee.text { return try text.withUTF8(body) }
        return try withExtendedLifetime(reference.fields) { fields in
            try body(UnsafeBufferPointer(start: fields.contents.pointee.bytes! + Int(header.pointee.start),
                                         count: Int(header.pointee.byteCount)))
        }
    }

    /// What the block is structurally.
    var role: BlockRole {
        get { isTableRow ? .tableCell : header.pointee.role }
        _modify {
            if isTableRow {
                uniqueHeader().pointee.role = .tableCell
                isTableRow = false
            }
            yield &uniqueHeader().pointee.role
        }
    }
    /// Counts over the text, computed once.
    var stats: TextStats {
        _read { yield header.pointee.stats }
        _modify { yield &uniqueHeader().pointee.stats }
    }
    /// Layout context (text dumps): the block was preceded by a blank line (or is the first block).
    /// This and the next two are the block's own, outside the shared box: a repeated line of a
    /// text dump shares its first copy's box and differs only in them.
    var blankBefore = true
    /// The block is followed by a blank line (or is the last block).
    var blankAfter = true
    /// A text dump's line that ``TextTables`` read as a table's row: its role is a table cell.
    /// Kept here, outside the shared box (in the padding before ``sameAs``), so that marking a row
    /// does not move the block to a box of its own (a copy of its fields and a string of its text).
    private var isTableRow = false
    /// ``sameAs`` in 32 bits, -1 for none: a block is then 20 bytes, not 25 (and a scored block
    /// 48, not 72). A page of 2^31 blocks is far past ``Options/maxBytes``.
    private var sameAsIndex: Int32 = -1
    /// The index of the first earlier block with the same text, set by the text front door,
    /// whose blocks have no context beyond their text and layout: scoring copies its verdict.
    var sameAs: Int? {
        get { sameAsIndex < 0 ? nil : Int(sameAsIndex) }
        set { sameAsIndex = newValue.map { Int32(truncatingIfNeeded: $0) } ?? -1 }
    }
    /// DOM context (HTML): landmarks the block sits in.
    var landmarks: Landmarks {
        _read { yield header.pointee.landmarks }
        _modify { yield &uniqueHeader().pointee.landmarks }
    }
    /// Cue classes read from the class/id/role vocabulary of the block and its ancestors.
    var cues: Cues {
        _read { yield header.pointee.cues }
        _modify { yield &uniqueHeader().pointee.cues }
    }
    /// Bytes of the text that sit inside links.
    var linkBytes: Int {
        _read { yield header.pointee.linkBytes }
        _modify { yield &uniqueHeader().pointee.linkBytes }
    }
    /// Element depth in the DOM (0 for text dumps).
    var depth: Int {
        _read { yield header.pointee.depth }
        _modify { yield &uniqueHeader().pointee.depth }
    }
    /// Identifies the nearest block-level container (DOM) so that siblings can be grouped.
    var container: Int {
        _read { yield header.pointee.container }
        _modify { yield &uniqueHeader().pointee.container }
    }
    /// Ids of the block-level containers the block sits in, outermost first (the last is
    /// `container`); ids are unique per element within one page. Empty for text dumps.
    var ancestors: [Int] {
        _read { yield header.pointee.ancestors }
        _modify { yield &uniqueHeader().pointee.ancestors }
    }

    init(text: String, role: BlockRole = .paragraph) {
        self.init(Fields.single(Header(text: text, role: role, stats: TextStats(of: text))), index: 0)
    }

    /// Makes the blocks of a text dump's page in one box: their fields side by side, their texts
    /// in one buffer.
    struct PageBuilder {
        private let fields: Fields

        /// A page of at most `blocks` blocks whose texts add up to at most `bytes` bytes.
        init(blocks: Int, bytes: Int) {
            let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: max(bytes, 1))
            fields = Fields.make(capacity: max(blocks, 1), contents: Contents(count: 0, isPage: true, bytes: buffer, byteCount: 0,
                                                                               byteCapacity: max(bytes, 1),
                                                                               fieldCapacity: max(blocks, 1)))
        }

        /// A new block of the page with the UTF-8 text `utf8` (well-formed), its features read
        /// off those bytes (with their ``ByteHashTable/blockHash(_:)``; `padded` as
        /// ``TextStats/init(utf8:hash:padded:)`` says), stop words counted with `stopWords`, a
        /// probe of ``StopWords/table``, phrase openings with `openings` (``TextCues/openingFilter``).
        func add(utf8: UnsafeBufferPointer<UInt8>, role: BlockRole, hash: UInt64, padded: Bool,
                 stopWords: ByteHashTable.Probe, openings: UnsafePointer<UInt64>) -> Block {
            let contents = fields.contents
            let start = contents.pointee.byteCount
            precondition(start + utf8.count <= contents.pointee.byteCapacity, "a page's texts fit its bytes")
            if let source = utf8.baseAddress, !utf8.isEmpty {
                (contents.pointee.bytes! + start).initialize(from: source, count: utf8.count)
            }
            contents.pointee.byteCount = start + utf8.count
            let index = contents.pointee.count
            precondition(index < contents.pointee.fieldCapacity, "a page's blocks fit its box")
            (fields.headers + index).initialize(to: Header(
                text: nil, start: Int32(truncatingIfNeeded: start), byteCount: Int32(truncatingIfNeeded: utf8.count),
                role: role, stats: TextStats(utf8: utf8, hash: hash, padded: padded, stopWords: stopWords,
                                             openings: openings)))
            contents.pointee.count = index + 1
            return Block(fields, index: Int32(truncatingIfNeeded: index))
        }
    }

    /// Makes the block a table's cell (``role`` reads ``BlockRole/tableCell``) without moving it
    /// out of its page's box.
    mutating func markTableRow() {
        isTableRow = true
    }

    /// Share of the text's bytes inside links (0 for text dumps).
    var linkDensity: Double {
        stats.bytes == 0 ? 0 : min(1, Double(linkBytes) / Double(stats.bytes))
    }
}
