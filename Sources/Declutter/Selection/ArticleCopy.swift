/// Drops a second copy of the article printed as one block: a "Copy as Markdown" or print
/// version, a `<noscript>` or reader-mode duplicate that a dump runs together into one long
/// line. Repeated paragraphs are caught one by one (``ContextRules/markRepeats(_:)``); a copy
/// written as one block with other punctuation is not, and doubles the article.
enum ArticleCopy {
    /// Only blocks of at least this many words are checked: a copy of an article is long.
    static let minWords = 300
    /// The block is a copy when at least this share of its four-word runs occur in the other
    /// kept blocks.
    static let minCoveredShare = 0.7

    /// Clears `keep` for a kept block that repeats the rest of the kept text. One pass counts the
    /// runs of all kept blocks; a run of the candidate is covered when the count exceeds its own.
    static func apply(_ scored: [ScoredBlock], keep: inout Verdicts) {
        let kept = keep.keptIndices
        let long = kept.filter { scored[$0].block.stats.words >= minWords }
        guard !long.isEmpty else { return }
        var counts = [UInt64: Int]()
        for index in kept { shingles(scored[index].block.text) { counts[$0, default: 0] += 1 } }
        for candidate in long {
            var own = [UInt64: Int]()
            shingles(scored[candidate].block.text) { own[$0, default: 0] += 1 }
            let total = own.values.reduce(0, +)
            let covered = own.reduce(0) { $0 + (counts[$1.key, default: 0] > $1.value ? $1.value : 0) }
            if total > 0 && Double(covered) >= Double(total) * minCoveredShare {
                keep.set(candidate, .articleCopy)
            }
        }
    }

    /// Calls `body` with a hash of every run of four words in `text` (words: runs of letters
    /// and digits, ASCII lower-cased, other scripts byte for byte), so that punctuation and
    /// markup around the words do not matter.
    static func shingles(_ text: String, _ body: (UInt64) -> Void) {
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
        for byte in text.utf8 {
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
