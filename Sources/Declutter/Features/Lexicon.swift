/// The word lists of ``Vocabulary`` as hash tables keyed by the FNV hash of their UTF-8 bytes,
/// so the per-line lookups build no strings.
enum Lexicon {
    /// Whole-line cues: the hash of a line's cue key → its cues.
    static let exactCues = ByteHashTable(Vocabulary.exactCues.map { (ByteHashTable.hash($0.key), $0.value.rawValue) })

    /// Values in ``dateTokens``.
    static let month: UInt32 = 1
    static let dateWord: UInt32 = 2
    /// Month names (value ``month``) and the other words a date line may hold (``dateWord``).
    static let dateTokens = ByteHashTable(
        Vocabulary.months.map { (ByteHashTable.hash($0), month) }
            + Vocabulary.dateWords.map { (ByteHashTable.hash($0), dateWord) })

    /// Keywords that make a short label a section label.
    static let labelKeywords = ByteHashTable(words: Vocabulary.labelKeywords)

    /// Nouns that follow a count in a comment heading.
    static let commentCountNouns = ByteHashTable(words: Vocabulary.commentCountNouns)
}

/// One word of a lower-cased line: where it is, its hash, and whether it is all digits.
struct LineWord {
    var range: Range<Int>
    var hash: UInt64
    var isNumber: Bool
}
