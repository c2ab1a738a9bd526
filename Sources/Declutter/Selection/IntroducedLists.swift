/// Brings back the list a kept sentence announces in a text dump: "Skills taught include:" and
/// then "Animation." / "Interface design." / "Web design." on lines of their own.
///
/// A dump prints a list's items on consecutive lines with no blank line between them, and the
/// items are too short to count as prose, so a run of them can read as a toolbar and be dropped
/// (or fall outside the span). A sentence that ends in a colon says a list follows: the lines up
/// to the next blank line are that list. HTML pages get their lists back from the DOM
/// (``ContainerCompletion``), so this only runs on text dumps.
enum IntroducedLists {
    /// The announcing line has at least this many words: "Password:", "Score:" or "FAQs:" are
    /// form and widget labels, "The site lists these categories:" announces a list.
    static let minOpenerWords = 3
    /// A list has at least this many items; one line after a colon is just the next paragraph.
    static let minItems = 2
    /// A list has at most this many items; a longer run of lines is the rest of the page (menus,
    /// other stories) printed without blank lines, not what one sentence announced.
    static let maxItems = 40
    /// At most this share of the items may be marked as furniture: a list with menu links,
    /// dates or "Read more" labels among its lines is a menu or a teaser list.
    static let maxNoiseShare = 0.25

    /// Updates `keep` in place; does nothing on pages with DOM context (`domContext`: some block
    /// has ancestors, ``Swift/Array/haveDOMContext``).
    static func apply(_ scored: [ScoredBlock], keep: inout Verdicts, domContext: Bool) {
        guard !domContext else { return }
        for index in scored.indices where keep[index] && opensList(scored[index]) {
            let items = listItems(scored, after: index)
            guard items.count >= minItems, items.count <= maxItems else { continue }
            let noise = items.filter { scored[$0].klass == .noise }.count
            guard Double(noise) <= Double(items.count) * maxNoiseShare else { continue }
            for item in items where scored[item].klass != .noise { keep.set(item, .announcedList) }
        }
    }

    /// A kept line that ends in a colon and says enough to announce something.
    static func opensList(_ block: ScoredBlock) -> Bool {
        block.block.stats.endsWithColon && block.block.stats.words >= minOpenerWords
    }

    /// The lines after `index` up to the next blank line (the first may follow a blank line).
    static func listItems(_ scored: [ScoredBlock], after index: Int) -> Range<Int> {
        let start = index + 1
        var end = start
        while end < scored.count, end == start || !scored[end].block.blankBefore { end += 1 }
        return start..<end
    }
}
