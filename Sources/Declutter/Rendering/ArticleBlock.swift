/// One structural piece of an article — a heading, a paragraph, a whole list, a block quote, a
/// table or a code block — made from the kept blocks the text output prints as paragraphs. The
/// text output and the structured outputs hold the same words in the same order.
public struct ArticleBlock: Sendable, Equatable {
    /// What the piece is.
    public enum Kind: String, Sendable, CaseIterable {
        case heading, paragraph, list, quote, table, code
    }

    /// One item of a list.
    public struct ListItem: Sendable, Equatable {
        /// The item's text; an item made of several paragraphs has them separated by "\n\n".
        public var text: String
        /// Nesting level, 1 for an item of the outermost list.
        public var level: Int
        /// Whether the item's own list is numbered.
        public var ordered: Bool
        /// The item's number as the page wrote it (a text dump's "4. "), when it wrote one.
        public var number: Int?

        /// Creates an item.
        public init(text: String, level: Int = 1, ordered: Bool = false, number: Int? = nil) {
            self.text = text
            self.level = level
            self.ordered = ordered
            self.number = number
        }
    }

    /// What the piece is.
    public var kind: Kind
    /// The piece's plain text: a heading's or paragraph's text; a list's items one a line; a
    /// quote's paragraphs separated by "\n\n"; a table's rows one a line with cells separated by
    /// tabs; a code block's lines as written.
    public var text: String
    /// A heading's level, 1–6 (0 for the other kinds).
    public var level: Int = 0
    /// A list's items, in order (empty for the other kinds).
    public var items: [ListItem] = []
    /// A table's rows of cells, all rows as long as the longest (empty for the other kinds).
    public var rows: [[String]] = []
    /// The table's first row is a header row (`<th>` cells).
    public var headerRow = false
    /// A quote's paragraphs (empty for the other kinds).
    public var paragraphs: [String] = []
    /// Links and emphasis inside ``text``, when the cleaner was asked to keep them
    /// (``Options/inlineMarkup``); offsets are UTF-8 byte offsets into ``text``.
    public var spans: [InlineSpan] = []

    /// Creates a piece of the given kind with its text; the kind-specific fields start empty.
    public init(kind: Kind, text: String) {
        self.kind = kind
        self.text = text
    }

    /// Whether a list's outermost items are numbered.
    public var ordered: Bool { items.first?.ordered ?? false }
}

/// A link or an emphasised run inside an ``ArticleBlock``'s text.
public struct InlineSpan: Sendable, Equatable {
    /// What the run is.
    public enum Kind: String, Sendable {
        /// `<a href>`: ``InlineSpan/href`` holds the target as the page wrote it.
        case link
        /// `<em>`, `<i>`.
        case emphasis
        /// `<strong>`, `<b>`.
        case strong
        /// `<code>`, `<kbd>`, `<samp>`.
        case code
    }

    /// UTF-8 byte offsets of the run in the text, start included, end excluded.
    public var start: Int
    public var end: Int
    public var kind: Kind
    /// The link target (links only).
    public var href: String?

    /// Creates a span.
    public init(start: Int, end: Int, kind: Kind, href: String? = nil) {
        self.start = start
        self.end = end
        self.kind = kind
        self.href = href
    }
}
