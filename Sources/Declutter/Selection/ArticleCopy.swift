/// Drops a second copy of the article printed as one block: a "Copy as Markdown" or print
/// version, a `<noscript>` or reader-mode duplicate that a dump runs together into one long
/// line. Repeated paragraphs are caught one by one (``ContextRules/markRepeats(_:)``); a copy
/// written as one block with other punctuation is not, and doubles the article.
enum ArticleCopy {
    /// Only blocks of at least this many words are checked: a copy of an article is long.
    static let minWords = 300
    /// The block is a copy when the kept blocks it repeats hold at least this share of its words.
    static let minCoveredShare = 0.7
    /// Bytes read back from a block's end to find its last run of four words.
    static let tailBytes = 160

    /// Clears `keep` for a kept block made of the other kept blocks: those whose first and last
    /// runs of four words both occur in it hold at least ``minCoveredShare`` of its words.
    ///
    /// The other blocks are read only at their two ends, and the long block is scanned once with
    /// its runs looked up in a small table of those ends (behind a bit filter), so a page pays
    /// for a hash per word of its long blocks and nothing per word of the rest.
    static func apply(_ scored: [ScoredBlock], keep: inout Verdicts) {
        // Most pages have no kept block this long: one pass over the flags, nothing built (and
        // the counts, behind each block's box, read only for the kept blocks).
        guard scored.indices.contains(where: { keep[$0] && scored[$0].block.stats.words >= minWords }) else { return }
        let kept = keep.keptIndices
        // The two end runs of every kept block, and which blocks each run ends.
        // Sized once for the kept blocks' two ends each: growing them rehashes every entry.
        var ends = [UInt64: [Int]](minimumCapacity: 2 * kept.count)
        var endCounts = [Int: Int](minimumCapacity: kept.count)
        var filter = EndFilter()
        for index in kept {
            guard let runs = scored[index].block.withUTF8(endRuns) else { continue }
            let distinct = runs.first == runs.last ? [runs.first] : [runs.first, runs.last]
            endCounts[index] = distinct.count
            for end in distinct {
                ends[end, default: []].append(index)
                filter.insert(end)
            }
        }
        for candidate in kept where scored[candidate].block.stats.words >= minWords {
            // Which of each block's end runs occur in the candidate.
            var found = [Int: Set<UInt64>]()
            scored[candidate].block.withUTF8 { bytes in
                shingles(bytes) { run in
                    guard filter.mayContain(run), let blocks = ends[run] else { return }
                    for block in blocks where block != candidate { found[block, default: []].insert(run) }
                }
            }
            var covered = 0
            for (block, runs) in found where runs.count == endCounts[block] {
                covered += scored[block].block.stats.words
            }
            if Double(covered) >= Double(scored[candidate].block.stats.words) * minCoveredShare {
                keep.set(candidate, .articleCopy)
            }
        }
    }

    /// The hashes of a text's (UTF-8) first and last runs of four words, read off its first and last
    /// ``tailBytes`` bytes (a tail's first word may be cut, which never reaches the last run
    /// when the tail holds five words or more); nil for a text of fewer than four words.
    static func endRuns(_ bytes: UnsafeBufferPointer<UInt8>) -> (first: UInt64, last: UInt64)? {
        var first: UInt64? = nil
        shingles(UnsafeBufferPointer(rebasing: bytes.prefix(tailBytes))) { run in if first == nil { first = run } }
        guard let first else { return nil }
        var last: UInt64? = nil, runs = 0
        shingles(UnsafeBufferPointer(rebasing: bytes.suffix(tailBytes))) { run in last = run; runs += 1 }
        if bytes.count > tailBytes && runs < 2 { shingles(bytes) { run in last = run } }
        return last.map { (first, $0) }
    }

    /// A 1,024-bit filter of end runs: most runs of a long block are no block's end.
    struct EndFilter {
        private var bits = [UInt64](repeating: 0, count: 16)
        mutating func insert(_ hash: UInt64) { bits[Int(hash >> 60)] |= 1 << (hash & 63) }
        func mayContain(_ hash: UInt64) -> Bool { bits[Int(hash >> 60)] & (1 << (hash & 63)) != 0 }
    }

    /// Calls `body` with a hash of every run of four words in `bytes` (words: runs of letters
    /// and digits, ASCII lower-cased, other scripts byte for byte), so that punctuation and
    /// markup around the words do not matter.
    static func shingles(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (UInt64) -> Void) {
        var window: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        var count = 0
        var word: UInt64 = 0xcbf29ce484222325
        var inWord = false
        func close() {
            guard inWord else { return }
            window = (window.1, window.2, window.3, word)
            count += 1
            if count >= 4 {
                body(window.0 &* 0x9E3779B97F4A7C15 ^ window.1 &* 0xC2B2AE3D27D4EB4F
                     ^ window.2 &* 0x165667B19E3779F9 ^ window.3)
            }
            word = 0xcbf29ce484222325
            inWord = false
        }
        for byte in bytes {
            let lowered = byte &- 0x41 < 26 ? byte | 0x20 : byte
            if lowered &- 0x61 < 26 || lowered &- 0x30 < 10 || lowered >= 0x80 {
                word = (word ^ UInt64(lowered)) &* 0x100000001b3
                inWord = true
            } else {
                close()
            }
        }
        close()
    }
}
