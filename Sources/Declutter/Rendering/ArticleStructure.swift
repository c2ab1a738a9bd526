/// A kept block with what the structured outputs read of it.
struct KeptBlock {
    var text: String
    var role: BlockRole
    var stats: TextStats
    /// Its place among lists, tables, quotes and code (HTML; empty for a text dump).
    var place = BlockPlace()
    /// Its links and emphasis (HTML, with ``Options/inlineMarkup``).
    var inline: [InlineSpan] = []

    /// The blocks at `indices`, with their places and spans from the arrays parallel to `blocks`
    /// (either may be empty: no places, no spans).
    static func gather(_ blocks: [Block], at indices: [Int], places: [BlockPlace], spans: [[InlineSpan]]) -> [KeptBlock] {
        indices.map { index in
            KeptBlock(text: blocks[index].text, role: blocks[index].role, stats: blocks[index].stats,
                      place: index < places.count ? places[index] : BlockPlace(),
                      inline: index < spans.count ? spans[index] : [])
        }
    }
}

/// Puts the kept blocks back together as the article's structure: the items of one list become
/// one list, the cells of one table one table, the paragraphs of one quote one quote. HTML
/// blocks carry their element's role and place; text-dump blocks are read by their shape
/// (``TextStructure``). Every kept block's text ends up in exactly one piece, in page order.
enum ArticleStructure {
    /// A table whose cells hold more words than this is a layout table (a page laid out in
    /// cells), not data: its cells come out as paragraphs.
    static let maxTableCellWords = 40

    /// The pieces of an article from its kept blocks, in page order. `verbatim` holds the text
    /// of each `<pre>` as written; `fromText` says the blocks come from a text dump.
    static func pieces(_ kept: [KeptBlock], verbatim: [Int32: String], fromText: Bool) -> [ArticleBlock] {
        if fromText { return TextStructure.pieces(kept) }
        var pieces = [ArticleBlock]()
        var index = 0
        while index < kept.count {
            let block = kept[index]
            let end = runEnd(kept, from: index)
            let run = kept[index..<end]
            switch block.role {
            case .heading(let level):
                var piece = ArticleBlock(kind: .heading, text: block.text)
                piece.level = level
                piece.spans = block.inline
                pieces.append(piece)
            case .listItem:
                pieces.append(list(run))
            case .tableCell:
                if let table = table(run) {
                    pieces.append(table)
                } else {
                    pieces.append(contentsOf: run.map(paragraph))
                }
            case .quote:
                pieces.append(quote(run.map { ($0.text, $0.inline) }))
            case .preformatted:
                pieces.append(code(run, verbatim: verbatim[block.place.pre]))
            case .paragraph, .caption:
                pieces.append(paragraph(block))
            }
            index = end
        }
        return pieces
    }

    /// The end of the run of blocks that form one piece with `kept[start]`: the items of one
    /// outermost list, the cells of one table, the paragraphs of one quote or `<pre>`.
    private static func runEnd(_ kept: [KeptBlock], from start: Int) -> Int {
        let first = kept[start]
        var end = start + 1
        while end < kept.count, first.role == kept[end].role {
            let place = kept[end].place
            let same: Bool
            switch first.role {
            case .listItem: same = place.rootList == first.place.rootList
            case .tableCell: same = place.table != 0 && place.table == first.place.table
            case .quote: same = place.quote == first.place.quote
            case .preformatted: same = place.pre != 0 && place.pre == first.place.pre
            default: same = false
            }
            guard same else { break }
            end += 1
        }
        return end
    }

    static func paragraph(_ block: KeptBlock) -> ArticleBlock {
        var piece = ArticleBlock(kind: .paragraph, text: block.text)
        piece.spans = block.inline
        return piece
    }

    /// One list from the blocks of one outermost list; blocks of one `<li>` make one item.
    private static func list(_ run: ArraySlice<KeptBlock>) -> ArticleBlock {
        let minDepth = run.map(\.place.listDepth).min() ?? 0
        var items = [ArticleBlock.ListItem]()
        var texts = [(String, [InlineSpan])]()
        var itemTexts = [(String, [InlineSpan])]()
        var previousItem: Int32 = -1
        for block in run {
            if block.place.item == 0 || block.place.item != previousItem || items.isEmpty {
                if !items.isEmpty { texts.append(join(itemTexts, separator: "\n\n")) }
                itemTexts = []
                let level = Int(block.place.listDepth) - Int(minDepth) + 1
                items.append(ArticleBlock.ListItem(text: "", level: max(1, level), ordered: block.place.ordered))
            }
            itemTexts.append((block.text, block.inline))
            previousItem = block.place.item
        }
        texts.append(join(itemTexts, separator: "\n\n"))
        for index in items.indices { items[index].text = texts[index].0 }
        return listPiece(items, spans: texts.map(\.1))
    }

    /// A list piece from its items and each item's spans.
    static func listPiece(_ items: [ArticleBlock.ListItem], spans: [[InlineSpan]]) -> ArticleBlock {
        let joined = join(zip(items.map(\.text), spans).map { ($0, $1) }, separator: "\n")
        var piece = ArticleBlock(kind: .list, text: joined.0)
        piece.items = items
        piece.spans = joined.1
        return piece
    }

    /// One quote from its paragraphs.
    static func quote(_ paragraphs: [(String, [InlineSpan])]) -> ArticleBlock {
        let joined = join(paragraphs, separator: "\n\n")
        var piece = ArticleBlock(kind: .quote, text: joined.0)
        piece.paragraphs = paragraphs.map(\.0)
        piece.spans = joined.1
        return piece
    }

    /// One table from the cells of one table, or nil when it is a layout table: a single
    /// column, a cell split into several blocks, or a cell holding prose.
    private static func table(_ run: ArraySlice<KeptBlock>) -> ArticleBlock? {
        var rows = [[String]]()
        var header = [Bool]()
        var previousRow: Int32 = -1
        var previousCell: Int32 = -1
        for block in run {
            if block.place.cell == previousCell || block.stats.words > maxTableCellWords { return nil }
            if block.place.row != previousRow || block.place.row == 0 || rows.isEmpty {
                rows.append([])
                header.append(true)
            }
            rows[rows.count - 1].append(block.text)
            header[header.count - 1] = header[header.count - 1] && block.place.headerCell
            previousRow = block.place.row
            previousCell = block.place.cell
        }
        let columns = rows.map(\.count).max() ?? 0
        guard columns >= 2 else { return nil }
        for index in rows.indices where rows[index].count < columns {
            rows[index] += Array(repeating: "", count: columns - rows[index].count)
        }
        var piece = ArticleBlock(kind: .table, text: rows.map { $0.joined(separator: "\t") }.joined(separator: "\n"))
        piece.rows = rows
        piece.headerRow = header.first ?? false
        return piece
    }

    /// One code block: the `<pre>`'s text as written when the kept blocks are all of it, else
    /// the kept blocks one a line.
    private static func code(_ run: ArraySlice<KeptBlock>, verbatim: String?) -> ArticleBlock {
        let texts = run.map(\.text)
        if let verbatim, Whitespace.normalize(verbatim) == texts.joined(separator: " ") {
            return ArticleBlock(kind: .code, text: trimBlankLines(verbatim))
        }
        return ArticleBlock(kind: .code, text: texts.joined(separator: "\n"))
    }

    /// Text without the blank lines (and trailing white space) at its start and end.
    static func trimBlankLines(_ text: String) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> Substring in
            var line = line
            while let last = line.last, last == " " || last == "\t" || last == "\r" { line.removeLast() }
            return line
        }
        while let first = lines.first, first.isEmpty { lines.removeFirst() }
        while let last = lines.last, last.isEmpty { lines.removeLast() }
        return lines.joined(separator: "\n")
    }

    /// Texts joined with `separator`, their spans moved to their place in the joined text.
    static func join(_ parts: [(String, [InlineSpan])], separator: String) -> (String, [InlineSpan]) {
        if parts.count == 1 { return parts[0] }
        var text = ""
        var spans = [InlineSpan]()
        for (index, part) in parts.enumerated() {
            if index > 0 { text += separator }
            let offset = text.utf8.count
            spans += part.1.map { InlineSpan(start: $0.start + offset, end: $0.end + offset, kind: $0.kind, href: $0.href) }
            text += part.0
        }
        return (text, spans)
    }
}
