/// Finds the data tables of a text dump. A dump prints a table one row a line, the cells run
/// together with spaces, and the rows on consecutive lines; read alone, each row is a string of
/// names and figures that looks like a ticker or a keyword list, and costs the span as much.
/// Read together, rows that mostly carry figures and say more than a number each are a table.
enum TextTables {
    /// A table has at least this many rows (the header included).
    static let minRows = 3
    /// At most this many rows: longer runs of lines are a page's menus and lists printed
    /// without blank lines, not one table.
    static let maxRows = 80
    /// At least this share of the rows hold a digit: tables of prices, rates, dates, sizes.
    static let minFigureShare = 0.6
    /// Rows average at least this many words: a column of lone numbers is a pager or a counter.
    static let minMeanWords = 3.0

    /// Marks the rows of every table in a text dump as table cells; blocks with DOM context
    /// (HTML) are left alone. `fromText`: the blocks are a text dump's, which have none, and are
    /// not asked (the question is read behind each block's box, the layout beside it).
    static func mark(_ blocks: inout [Block], fromText: Bool = false) {
        var start = 0
        while start < blocks.count {
            var end = start + 1
            while end < blocks.count, !blocks[end].blankBefore, fromText || blocks[end].ancestors.isEmpty { end += 1 }
            // Most runs are a line or two: too short for a table, no slice of the blocks made.
            if end - start >= minRows, isTable(blocks[start..<end]) {
                for index in start..<end where blocks[index].role == .paragraph { blocks[index].markTableRow() }
            }
            start = end
        }
    }

    /// A row that holds a figure beside something it measures ("Bar 15%", "2 Kellogg 3 38%"): a
    /// lone price or count is a product card's or a pager's, and a link is a source list's.
    static func isFigureRow(_ row: Block) -> Bool {
        row.stats.digits > 0 && row.stats.words >= 2 && !row.stats.hasURL
    }

    static func isTable(_ rows: ArraySlice<Block>) -> Bool {
        guard rows.count >= minRows, rows.count <= maxRows, rows.first?.ancestors.isEmpty == true else { return false }
        // Counted in place: a filtered array of blocks would copy (and retain) every row.
        var figures = 0, words = 0
        for row in rows {
            if isFigureRow(row) { figures += 1 }
            words += row.stats.words
        }
        return Double(figures) >= Double(rows.count) * minFigureShare
            && Double(words) >= Double(rows.count) * minMeanWords
    }
}
