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
    /// A bio further up, in the article's last ``closingShare`` of kept words, ends the article:
    /// what the page prints after it goes too.
    static func apply(_ scored: [ScoredBlock], keep: inout Verdicts) {
        guard let tailStart = tailStart(keep, count: scored.count) else { return }
        let bio: Int
        if let last = (tailStart..<scored.count).first(where: { index in
            // Both tests need a leading name; most blocks have none, found on their first words
            // (read as bytes: the text is made a string only for a block that opens with one).
            guard keep[index], scored[index].block.withUTF8(opensWithName) else { return false }
            let text = scored[index].block.text
            guard let name = leadingName(text) else { return false }
            return isBio(text, name: name) || namesBylinedAuthor(text, name: name, in: scored, kept: keep.keptIndices)
        }) {
            bio = last
        } else if let closing = closingBio(scored, keep: keep, before: tailStart) {
            bio = closing
            for after in bio + 1..<scored.count where keep[after] { keep.set(after, .afterAuthorBio) }
        } else {
            return
        }
        keep.set(bio, .authorBio)
        // Short labels kept just above it belong to the same box.
        for above in stride(from: bio - 1, through: max(0, bio - labelReach), by: -1) where keep[above] {
            guard scored[above].block.stats.words <= maxLabelWords else { break }
            keep.set(above, .authorBioLabel)
        }
    }

    /// A bio above the last kept blocks ends the article only in its last fifth of kept words:
    /// what follows is then the page's (teasers of other stories, more bios, an appeal), while a
    /// "Name is a …" paragraph earlier is the story's (a profile, a list of products).
    static let closingShare = 0.2
    /// ... and only when its name has at least this many words: a one-word "name" ("Python is
    /// …", "Agriculture is …") is more often a thing the story describes than a person.
    static let minClosingNameWords = 2
    /// Kept blocks read above the last ones for such a bio: the teasers and appeals after one
    /// run to a dozen blocks, and reading no further keeps the search off most of the page.
    static let closingReach = 16

    /// The topmost of the ``closingReach`` kept blocks before `end` that is a bio (a name of
    /// ``minClosingNameWords`` or more words, a bio verb and a trade word) with no more than
    /// ``closingShare`` of the kept words from it to the page's end. The page's words are
    /// counted only when such a bio is found (on few pages).
    static func closingBio(_ scored: [ScoredBlock], keep: Verdicts, before end: Int) -> Int? {
        var found: Int? = nil
        var seen = 0
        var index = end - 1
        while index >= 0, seen < closingReach {
            defer { index -= 1 }
            guard keep[index] else { continue }
            seen += 1
            // A bio is a paragraph of prose: the class, in the array, spares most blocks' bytes.
            guard scored[index].klass == .good else { continue }
            let names = scored[index].block.withUTF8(nameWords)
            // A name, its verb and at least one word more, one of them a trade word (as `isBio`).
            guard names >= minClosingNameWords, scored[index].block.stats.words > names + 1 else { continue }
            var lowered = scored[index].block.withUTF8 { Array($0) }
            PhraseMatcher.lowercase(&lowered)
            if containsBioNoun(lowered) { found = index }
        }
        guard let bio = found else { return nil }
        var total = 0, below = 0
        for index in scored.indices where keep[index] {
            let words = scored[index].block.stats.words
            total += words
            if index >= bio { below += words }
        }
        return Double(below) <= Double(total) * closingShare ? bio : nil
    }

    /// Where the last ``tailBlocks`` kept blocks of a page of `count` blocks start, found from the
    /// page's end; nil when it keeps no more than that many.
    static func tailStart(_ keep: Verdicts, count: Int) -> Int? {
        var seen = 0, start = count, index = count - 1
        while index >= 0 {
            if keep[index] {
                seen += 1
                if seen > tailBlocks { return start }
                start = index
            }
            index -= 1
        }
        return nil
    }

    /// ``Vocabulary/bioNouns`` as bytes.
    static let bioNounBytes = Vocabulary.bioNouns.map { Array($0.utf8) }

    /// A name word shorter than this is an initial or a particle ("J.", "de"), too common to
    /// tie a bio to a byline.
    static let minNameWordLetters = 3

    /// "Chris Radich is the public sector CTO …" under an article bylined "By Chris Radich": a
    /// name, then a verb, where the name's first word is in one of the page's bylines. The byline
    /// stands in for the trade word: the page itself says this person wrote the story.
    ///
    /// The name must be rare in the article (in at most ``maxNameMentions`` kept blocks): a
    /// product or company the story is about ("Perfect Privacy is …") is named all through it.
    /// The page's bylines and kept blocks are read only for a text that opens with a name.
    static func namesBylinedAuthor(_ text: String, in scored: [ScoredBlock], kept: [Int]) -> Bool {
        guard let name = leadingName(text) else { return false }
        return namesBylinedAuthor(text, name: name, in: scored, kept: kept)
    }

    /// ``namesBylinedAuthor(_:in:kept:)`` with the text's ``leadingName(_:)`` found already.
    static func namesBylinedAuthor(_ text: String, name: [Substring], in scored: [ScoredBlock], kept: [Int]) -> Bool {
        guard let first = name.first, first.count >= minNameWordLetters,
              // Read in place: a closure over the elements would copy (and retain) every block.
              scored.indices.contains(where: {
                  scored[$0].cues.contains(.byline)
                      && scored[$0].block.text.split(separator: " ").contains { $0.hasPrefix(first) }
              }) else { return false }
        let name = Array(first.utf8)
        return kept.lazy.filter { scored[$0].block.withUTF8 { ByteSearch.contains($0, name) } }.prefix(maxNameMentions + 1).count
            <= maxNameMentions
    }

    /// An author is named in the bio and perhaps once more in the story (a quote, a photo credit).
    static let maxNameMentions = 2

    /// The capitalised words before the first bio verb, without their punctuation; nil when the
    /// text does not open with a name and a bio verb.
    static func leadingName(_ text: String) -> [Substring]? {
        guard opensWithName(text) else { return nil }
        let words = text.split(separator: " ", maxSplits: maxNameWords + 1)
        var name = [Substring]()
        for word in words.prefix(maxNameWords + 1) {
            if Vocabulary.bioVerbs.contains(String(word)) { return name.isEmpty ? nil : name }
            guard let first = word.unicodeScalars.first, CharClass.of(first.value) == .upper else { return nil }
            name.append(word.prefix { $0.isLetter || $0 == "-" })
        }
        return nil
    }

    /// ``Vocabulary/bioVerbs`` as bytes.
    static let bioVerbBytes = Vocabulary.bioVerbs.map { Array($0.utf8) }

    /// Whether ``leadingName(_:)`` finds a name, read off the bytes without building words:
    /// capitalised words, then a bio verb within the first ``maxNameWords`` + 1 words. Nearly
    /// every block fails on its first or second word, so this spares the word split.
    static func opensWithName(_ text: String) -> Bool {
        var copy = text
        return copy.withUTF8(opensWithName)
    }

    /// ``opensWithName(_:)`` on the text's UTF-8 bytes.
    static func opensWithName(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        nameWords(bytes) > 0
    }

    /// How many capitalised words open the text before a bio verb, read off its UTF-8 bytes;
    /// 0 when it does not open with a name and a bio verb.
    static func nameWords(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var start = 0
        var names = 0
        while names <= maxNameWords, start < bytes.count {
            // A capitalised word is a name's (every bio verb is in lower case); any other word
            // ends the name, as its verb or as no bio at all. (Its end is looked for only then: a
            // text in a script without spaces is one long word.)
            let isName = CharClass.of(UTF8Scalars.decode(bytes, at: start).scalar) == .upper
            if !isName && names == 0 { return 0 }
            var end = start
            while end < bytes.count, bytes[end] != 0x20 { end += 1 }
            guard isName else {
                let word = UnsafeBufferPointer(rebasing: bytes[start..<end])
                return bioVerbBytes.contains(where: { $0.count == word.count && $0.elementsEqual(word) }) ? names : 0
            }
            names += 1
            start = end + 1
            while start < bytes.count, bytes[start] == 0x20 { start += 1 }
        }
        return 0
    }

    /// "Arricca SanSone is a writer…", "Lauren has written for …": a name, a verb, a trade.
    static func isBio(_ text: String) -> Bool {
        guard let name = leadingName(text) else { return false }
        return isBio(text, name: name)
    }

    /// ``isBio(_:)`` for a text whose ``leadingName(_:)`` is `name`.
    static func isBio(_ text: String, name: [Substring]) -> Bool {
        // A name, its verb and at least one word more.
        guard text.split(separator: " ", maxSplits: 2).count > 2 else { return false }
        return containsBioNoun(PhraseMatcher.lowercasedBytes(text))
    }

    /// The first two bytes of every bio noun, a bit each (`first << 8 | second`) in 65,536 bits.
    static let bioNounOpenings: [UInt64] = {
        var bits = [UInt64](repeating: 0, count: 1024)
        for noun in bioNounBytes {
            let pair = Int(noun[0]) << 8 | Int(noun[1])
            bits[pair >> 6] |= 1 << UInt64(pair & 63)
        }
        return bits
    }()

    /// Whether a bio noun occurs anywhere in `lowered`, in one pass: the nouns are compared only
    /// where two bytes open one of them, not each searched for along the whole text.
    static func containsBioNoun(_ lowered: [UInt8]) -> Bool {
        lowered.withUnsafeBufferPointer { text in
            bioNounOpenings.withUnsafeBufferPointer { openings in
                var index = 0
                while index + 1 < text.count {
                    let pair = Int(text[index]) << 8 | Int(text[index + 1])
                    if openings[pair >> 6] & (1 << UInt64(pair & 63)) != 0 {
                        let rest = UnsafeBufferPointer(rebasing: text[index...])
                        if bioNounBytes.contains(where: { rest.starts(with: $0) }) { return true }
                    }
                    index += 1
                }
                return false
            }
        }
    }
}
