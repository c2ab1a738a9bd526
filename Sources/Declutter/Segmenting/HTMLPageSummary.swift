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

    /// Keys shorter than this many letters and digits say too little to match (and a text in a
    /// script other than Latin has next to no ASCII key at all).
    static let minKeyBytes = 20

    /// Adds ``Cues/summary`` to each block whose text is one of the descriptions.
    static func mark(_ blocks: inout [Block], descriptions: [String]) {
        let keys = descriptions.map(key).filter { $0.count >= minKeyBytes }
        guard !keys.isEmpty else { return }
        let lengths = descriptions.map { TextStats(of: $0).words }
        guard let longest = lengths.max(), longest >= minWords else { return }
        for index in blocks.indices {
            let words = blocks[index].stats.words
            // Cheap test first: only blocks of about a description's length are keyed.
            guard lengths.contains(where: { $0 >= minWords && Double(min($0, words)) >= Double(max($0, words)) * minCoverage })
            else { continue }
            let blockKey = key(blocks[index].text)
            if keys.contains(where: { matches(blockKey, $0) }) { blocks[index].cues.insert(.summary) }
        }
    }

    /// The text's ASCII letters and digits, lower-cased: punctuation, spacing, entities and
    /// typographic quotes differ between a description and the page's text, words do not.
    static func key(_ text: String) -> [UInt8] {
        var key = [UInt8]()
        key.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            if byte >= 0x61 && byte <= 0x7A || byte >= 0x30 && byte <= 0x39 {
                key.append(byte)
            } else if byte >= 0x41 && byte <= 0x5A {
                key.append(byte | 0x20)
            }
        }
        return key
    }

    /// One key opens the other and covers ``minCoverage`` of it.
    static func matches(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        let (short, long) = a.count <= b.count ? (a, b) : (b, a)
        guard short.count >= minKeyBytes, Double(short.count) >= Double(long.count) * minCoverage else { return false }
        return long.starts(with: short)
    }
}
