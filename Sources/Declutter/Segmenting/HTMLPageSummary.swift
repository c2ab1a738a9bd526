import Foundation

/// Finds the blocks that repeat what the page says about itself in its meta description.
///
/// Many article pages print their description as a standfirst under the headline; others write
/// it from the first paragraph. Either way the block is marked ``Cues/summary`` here, and the
/// selection decides by where it stands (see ``ContainerCompletion``).
enum PageSummary {
    /// A description shorter than this many words ("Read the latest news") names no paragraph.
    static let minWords = 6
    /// A block and a description match when the shorter is at least this share of the longer
    /// and opens it: descriptions are often cut to 155–160 characters, with or without "…".
    static let minCoverage = 0.8

    /// Adds ``Cues/summary`` to each block whose text is one of the descriptions.
    static func mark(_ blocks: inout [Block], descriptions: [String]) {
        let keys = descriptions.map(TitleChooser.key).filter { !$0.isEmpty }
        let lengths = descriptions.map { TextStats(of: $0).words }
        guard let longest = lengths.max(), longest >= minWords else { return }
        for index in blocks.indices {
            let words = blocks[index].stats.words
            // Cheap test first: only blocks of about a description's length are keyed.
            guard lengths.contains(where: { $0 >= minWords && Double(min($0, words)) >= Double(max($0, words)) * minCoverage })
            else { continue }
            let key = TitleChooser.key(blocks[index].text)
            if keys.contains(where: { matches(key, $0) }) { blocks[index].cues.insert(.summary) }
        }
    }

    /// One key opens the other and covers ``minCoverage`` of it.
    static func matches(_ a: String, _ b: String) -> Bool {
        let (short, long) = a.utf8.count <= b.utf8.count ? (a, b) : (b, a)
        guard !short.isEmpty, Double(short.utf8.count) >= Double(long.utf8.count) * minCoverage else { return false }
        return long.hasPrefix(short)
    }
}
