/// Drops the author box that closes many articles: "Jane Doe is a freelance writer who covers
/// …", often under a "Contributing Writer" label. Readers see it as the page's, not the story's.
enum AuthorBio {
    /// Only this many of the last kept blocks are looked at: a bio closes the article.
    static let tailBlocks = 3
    /// A name is two to this many capitalised words before the verb.
    static let maxNameWords = 4
    /// A label above the bio ("Contributing Writer", the name alone) has at most this many words ...
    static let maxLabelWords = 4
    /// ... and stands at most this many blocks above it.
    static let labelReach = 3

    /// Clears `keep` for a bio among the last kept blocks and for short labels right above it.
    static func apply(_ scored: [ScoredBlock], keep: inout [Bool]) {
        let kept = scored.indices.filter { keep[$0] }
        guard kept.count > tailBlocks else { return }
        guard let bio = kept.suffix(tailBlocks).first(where: { isBio(scored[$0].block.text) }) else { return }
        keep[bio] = false
        // Short labels kept just above it belong to the same box.
        for above in stride(from: bio - 1, through: max(0, bio - labelReach), by: -1) where keep[above] {
            guard scored[above].block.stats.words <= maxLabelWords else { break }
            keep[above] = false
        }
    }

    /// ``Vocabulary/bioNouns`` as bytes.
    static let bioNounBytes = Vocabulary.bioNouns.map { Array($0.utf8) }

    /// "Arricca SanSone is a writer…", "Lauren has written for …": a name, a verb, a trade.
    static func isBio(_ text: String) -> Bool {
        let words = text.split(separator: " ", maxSplits: maxNameWords + 1)
        guard words.count > 2 else { return false }
        var nameWords = 0
        for word in words.prefix(maxNameWords + 1) {
            if Vocabulary.bioVerbs.contains(String(word)) { break }
            guard let first = word.unicodeScalars.first, CharClass.of(first.value) == .upper else { return false }
            nameWords += 1
        }
        guard nameWords >= 1, nameWords <= maxNameWords, nameWords < words.count else { return false }
        let lowered = PhraseMatcher.lowercasedBytes(text)
        return bioNounBytes.contains { ByteSearch.contains(lowered, $0) }
    }
}
