#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads page-furniture cues from a block's own words: the vocabulary in ``Vocabulary`` plus
/// shapes that need no vocabulary — date stamps, photo credits, price tickers, slugs.
enum TextCues {
    /// Lines up to this many words are matched whole or by their opening against the cue lists;
    /// furniture labels are short, and a long line that opens with "Photo" is prose.
    static let maxCueWords = 12
    /// Lines up to this many words are matched by their opening ("Read also: <a teaser title>",
    /// "Photo: <a caption>"); the openings are specific enough for lines that long.
    static let maxPrefixCueWords = 25
    /// "→" and "»" closing a line: a "next" link.
    static let arrowRight = Array("→".utf8), guillemetRight = Array("»".utf8)
    /// ``Vocabulary/creditSuffixes`` as bytes.
    static let creditSuffixBytes = Vocabulary.creditSuffixes.map { Array($0.utf8) }

    /// Whether `bytes` end with `suffix`; compared last byte first (the likeliest to differ).
    static func endsWith(_ bytes: UnsafeBufferPointer<UInt8>, _ suffix: [UInt8]) -> Bool {
        guard bytes.count >= suffix.count else { return false }
        let offset = bytes.count &- suffix.count
        var index = suffix.count &- 1
        while index >= 0 {
            if bytes[offset &+ index] != suffix[index] { return false }
            index &-= 1
        }
        return true
    }

    /// A link label ("Continue reading", "Skip to content") has at most this many words.
    static let maxLinkLabelWords = 8
    /// Link-label phrases that count anywhere in a line, however long.
    static let containedLinkLabels: [[UInt8]] = Vocabulary.containedCues.filter { $0.cue == .linkLabel }
        .map { Array($0.phrase.utf8) }

    static func linkLabelContained(_ lowered: UnsafeBufferPointer<UInt8>) -> Bool {
        containedLinkLabels.contains { ByteSearch.contains(lowered, $0) }
    }

    /// Lines up to this many words are checked for contained cue phrases (cookie banners and
    /// newsletter boxes run long, but not as long as articles).
    static let maxContainedCueWords = 80
    /// A comment-count heading ("12 thoughts on “…”") has at most this many words.
    static let maxCommentCountWords = 25
    /// Markup tags in a text block above which it is leaked source (an embed code box, a
    /// "republish this article" textarea), not something a reader sees as text.
    static let minLeakedTags = 2

    /// "59 Comments", "12 thoughts on “Title”", "3 responses to …": a count, then a comment noun.
    static func isCommentCount(_ words: UnsafeBufferPointer<LineWord>) -> Bool {
        words.count >= 2 && words[0].isNumber && Lexicon.commentCountNouns.contains(words[1].hash)
    }

    /// A date line has at most this many tokens; longer lines that mention a date are prose.
    static let maxDateTokens = 14

    /// Labels up to this many words are checked for a cue keyword anywhere in them
    /// ("World POPULAR ARTICLES", "Access ranking").
    static let maxKeywordCueWords = 5

    /// Every cue phrase that is matched inside a line, in one automaton.
    static let shortLineMatcher = PhraseMatcher(
        Vocabulary.prefixCues.map { ($0.prefix, $0.cue, .start) }
            + Vocabulary.containedCues.map { ($0.phrase, $0.cue, .anywhere) }
            + Vocabulary.smallPrintOpenings.map { ($0, .newsletter, .start) })
    /// The phrases that still count in a long line: contained cues and small print.
    static let longLineMatcher = PhraseMatcher(
        Vocabulary.containedCues.map { ($0.phrase, $0.cue, .anywhere) }
            + Vocabulary.smallPrintOpenings.map { ($0, .newsletter, .start) })

    /// The filter of the openings of the phrases the two matchers look for anywhere (the same
    /// phrases, so the same filter), which ``TextStats`` checks every word start against
    /// (``TextStats/phraseStarts``). Never written after it is built, so any thread may read it.
    nonisolated(unsafe) static let openingFilter: UnsafePointer<UInt64> = {
        precondition(shortLineMatcher.sharesOpenings(with: longLineMatcher), "the matchers look for the same phrases anywhere")
        return shortLineMatcher.openingFilter
    }()

    static func cues(for text: String, stats: TextStats) -> Cues {
        var copy = text
        return copy.withUTF8 { cues(utf8: $0, stats: stats) }
    }

    /// ``cues(for:stats:)`` from the text's UTF-8 bytes.
    static func cues(utf8 bytes: UnsafeBufferPointer<UInt8>, stats: TextStats) -> Cues {
        var cues: Cues = []
        if stats.words > maxPrefixCueWords && (stats.words <= maxContainedCueWords || stats.cjkChars > 0) {
            // A long line: contained phrases only, matched on the line's own bytes.
            var found = longLineMatcher.cues(in: bytes, starts: stats.phraseStarts)
            if found.contains(.linkLabel) && !withLowercased(bytes, linkLabelContained) {
                found.remove(.linkLabel)
            }
            cues.formUnion(mentionsFiltered(found, stats: stats))
        } else if stats.words <= maxPrefixCueWords {
            cues.formUnion(withLowercased(bytes) { shortLineCues($0, stats: stats) })
        }
        if (stats.slashes > 0 || bytes.last == UInt8(ascii: ")")) && isPhotoCredit(bytes)
            || (stats.cjkChars > 0 && creditSuffixBytes.contains { endsWith(bytes, $0) }) {
            cues.insert(.caption)
        }
        if stats.markupTags >= minLeakedTags { cues.insert(.hidden) }
        // The last byte of "→" or "»" first: the arrays are globals, each read a guarded call.
        if !stats.endsWithTerminal, stats.words <= maxCueWords, let last = bytes.last, last == 0x92 || last == 0xBB,
           endsWith(bytes, arrowRight) || endsWith(bytes, guillemetRight) {
            cues.insert(.navigation)
        }
        if isTicker(stats) { cues.insert(.ticker) }
        if isPriceTag(bytes, stats: stats) { cues.insert(.ad) }
        if isSlug(bytes, stats: stats) { cues.insert(.navigation) }
        return cues
    }

    /// Running prose has more than this many words ...
    static let minMentionProseWords = 40
    /// ... and more than this many sentence ends.
    static let minMentionProseSentences = 2
    /// Cues a phrase still gives inside running prose: captions, cookie and newsletter boxes
    /// run long themselves.
    static let cuesInProse: Cues = [.caption, .cookie, .newsletter]

    /// `found` for a line of running prose keeps only ``cuesInProse``: other contained cue phrases
    /// there are mentions ("subscribe to our podcast", said in passing), not furniture.
    static func mentionsFiltered(_ found: Cues, stats: TextStats) -> Cues {
        guard stats.words > minMentionProseWords && stats.sentenceEnds > minMentionProseSentences else { return found }
        return found.intersection(cuesInProse)
    }

    /// Lower-cases `source` (``PhraseMatcher/lowercase(_:)``) into a buffer on the stack for
    /// lines short enough, else on the heap, and runs `body` on it. The buffer is followed by
    /// ``PhraseMatcher/padding`` zero bytes.
    static func withLowercased<R>(_ source: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: source.count &+ PhraseMatcher.padding) { buffer in
            _ = buffer.initialize(from: source)
            (buffer.baseAddress! + source.count).initialize(repeating: 0, count: PhraseMatcher.padding)
            PhraseMatcher.lowercase(padded: UnsafeMutableBufferPointer(rebasing: buffer[..<source.count]))
            return body(UnsafeBufferPointer(rebasing: buffer[..<source.count]))
        }
    }

    /// The cues of a short line (at most ``maxPrefixCueWords`` words) from its lower-cased bytes
    /// (followed by ``PhraseMatcher/padding`` readable bytes, as ``withLowercased(_:_:)`` gives them).
    static func shortLineCues(_ lowered: UnsafeBufferPointer<UInt8>, stats: TextStats) -> Cues {
        var cues: Cues = []
        var found = shortLineMatcher.cues(inPadded: lowered, starts: stats.phraseStarts)
        // "Back to the topic, …", "Click here to …", "Skip to chunk 4 …": link-label openings
        // start sentences too; only a short line is the label itself.
        if found.contains(.linkLabel) && stats.words > maxLinkLabelWords && !linkLabelContained(lowered) {
            found.remove(.linkLabel)
        }
        cues.formUnion(mentionsFiltered(found, stats: stats))
        // Whether the line is ASCII, found once for the key and the words.
        let ascii = isASCII(lowered)
        if stats.words <= maxCueWords {
            if let exact = Lexicon.exactCues.value(cueKeyHash(lowered, ascii: ascii)) { cues.formUnion(Cues(rawValue: exact)) }
            if isByline(lowered, stats: stats) { cues.insert(.byline) }
            // Dates and comment counts need a number; keywords count only in short labels. A line
            // with a currency sign is a price ("$400 - $2,000+"), however date-like its numbers.
            let wantsKeywords = stats.words <= maxKeywordCueWords && !stats.endsWithTerminal
            if stats.digits > 0 || wantsKeywords {
                withWords(lowered, ascii: ascii) { words in
                    if stats.digits > 0 && stats.currency == 0 && isDateLine(words, lowered: lowered) { cues.insert(.date) }
                    if wantsKeywords { cues.formUnion(keywordCues(words)) }
                    if stats.digits > 0 && isCommentCount(words) { cues.insert(.comments) }
                }
            }
        } else if let first = lowered.first, first >= 0x30, first <= 0x39, withWords(lowered, ascii: ascii, isCommentCount) {
            cues.insert(.comments)
        }
        return cues
    }

    /// Lower-case line without list markers, surrounding punctuation or a trailing count:
    /// "Comments (12)" → "comments", "» Related Articles:" → "related articles".
    /// An ASCII line takes ``asciiCueKeyHash(_:)`` unless `asciiPath` is false (the tests'
    /// reference).
    /// `ascii` says whether the buffer is ASCII when the caller knows.
    static func cueKeyHash(_ buffer: UnsafeBufferPointer<UInt8>, ascii: Bool? = nil, asciiPath: Bool = true) -> UInt64 {
        if asciiPath && (ascii ?? isASCII(buffer)) { return asciiCueKeyHash(buffer) }
        var start = 0
        while start < buffer.count {
            let (scalar, width) = UTF8Scalars.decode(buffer, at: start)
            let klass = CharClass.of(scalar)
            if klass == .letter || klass == .upper || klass == .cjk || klass == .digit { break }
            start += width
        }
        var end = buffer.count
        while end > start {
            let scalarStart = UTF8Scalars.start(before: end, in: buffer)
            let klass = CharClass.of(UTF8Scalars.decode(buffer, at: scalarStart).scalar)
            if klass == .letter || klass == .upper || klass == .cjk { break }
            end = scalarStart
        }
        return ByteHashTable.hash(UnsafeBufferPointer(rebasing: buffer[start..<end]))
    }

    /// ``cueKeyHash(_:)`` of a lower-cased ASCII line followed by ``PhraseMatcher/padding``
    /// readable bytes: from its first letter or digit to its last letter.
    static func asciiCueKeyHash(_ buffer: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var start = 0
        while start < buffer.count && !isLowerAlphanumeric(buffer[start]) { start &+= 1 }
        var end = buffer.count
        while end > start && buffer[end &- 1] &- 0x61 >= 26 { end &-= 1 }
        return ByteHashTable.blockHash(padded: UnsafeRawPointer(buffer.baseAddress! + start), count: end &- start)
    }

    /// A lower-case ASCII letter or a digit.
    @inline(__always)
    static func isLowerAlphanumeric(_ byte: UInt8) -> Bool { byte &- 0x61 < 26 || byte &- 0x30 < 10 }

    /// Whether every byte of `buffer` is ASCII, eight at a time (the buffer is followed by
    /// ``PhraseMatcher/padding`` readable bytes).
    static func isASCII(_ buffer: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = buffer.baseAddress else { return true }
        let raw = UnsafeRawPointer(base)
        var high: UInt64 = 0
        var offset = 0
        while offset &+ 8 <= buffer.count {
            high |= raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            offset &+= 8
        }
        let rest = buffer.count &- offset
        if rest > 0 {
            high |= raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self) & ((1 &<< UInt64(rest &* 8)) &- 1)
        }
        return high & SWAR.highs == 0
    }

    /// Runs `body` on the words of a lower-cased line (letters and digits of any script; each
    /// CJK character a word of its own), hashed for the lookups short lines get. The words are
    /// kept in a buffer on the stack: this runs for most lines of a page.
    static func withWords<R>(_ buffer: UnsafeBufferPointer<UInt8>, ascii: Bool? = nil,
                             _ body: (UnsafeBufferPointer<LineWord>) -> R) -> R {
        // Words are a byte or more, each followed by a byte that is not part of it (or a CJK
        // character of three bytes): never more than half the bytes, rounded up.
        withUnsafeTemporaryAllocation(of: LineWord.self, capacity: buffer.count / 2 + 1) { storage in
            let count = words(buffer, into: storage, ascii: ascii)
            defer { _ = storage.baseAddress!.deinitialize(count: count) }
            return body(UnsafeBufferPointer(rebasing: storage[..<count]))
        }
    }

    /// Writes the words of `buffer` (see ``withWords(_:_:)``) into `storage`; returns how many.
    /// An ASCII line takes ``asciiWords(_:into:)`` unless `asciiPath` is false (the tests' reference).
    static func words(_ buffer: UnsafeBufferPointer<UInt8>, into storage: UnsafeMutableBufferPointer<LineWord>,
                      ascii: Bool? = nil, asciiPath: Bool = true) -> Int {
        if asciiPath && (ascii ?? isASCII(buffer)) { return asciiWords(buffer, into: storage) }
        var count = 0
        var start = -1
        var isNumber = true
        func close(_ end: Int) {
            if start >= 0 {
                let hash = ByteHashTable.hash(UnsafeBufferPointer(rebasing: buffer[start..<end]))
                (storage.baseAddress! + count).initialize(to: LineWord(range: start..<end, hash: hash, isNumber: isNumber))
                count += 1
            }
            start = -1
            isNumber = true
        }
        var index = 0
        while index < buffer.count {
            let byte = buffer[index]
            if byte < 0x80 {
                // ASCII: letters and digits extend the word, anything else ends it.
                if (byte | 0x20) &- 0x61 < 26 {
                    if start < 0 { start = index }
                    isNumber = false
                } else if byte &- 0x30 < 10 {
                    if start < 0 { start = index }
                } else {
                    close(index)
                }
                index += 1
                continue
            }
            let (scalar, width) = UTF8Scalars.decode(buffer, at: index)
            switch CharClass.ofCJKFirst(scalar) {
            case .letter, .upper:
                if start < 0 { start = index }
                isNumber = false
            case .digit:
                if start < 0 { start = index }
            case .cjk:
                close(index)
                start = index
                isNumber = false
                close(index + width)
            default:
                close(index)
            }
            index += width
        }
        close(buffer.count)
        return count
    }

    /// ``words(_:into:)`` of a lower-cased ASCII line followed by ``PhraseMatcher/padding``
    /// readable bytes, which are not letters or digits: runs of letters and digits found eight
    /// bytes at a time.
    private static func asciiWords(_ buffer: UnsafeBufferPointer<UInt8>, into storage: UnsafeMutableBufferPointer<LineWord>) -> Int {
        let raw = UnsafeRawPointer(buffer.baseAddress!)
        let end = buffer.count
        var count = 0
        var index = 0
        while index < end {
            // Past the bytes that are no letter or digit.
            let chunk = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            let classes = lowerAlphanumeric(chunk)
            let skip = (classes.letters | classes.digits).trailingZeroBitCount &>> 3
            index &+= skip
            if skip == 8 || index >= end { continue }
            // The word: its bytes up to the first that is no letter or digit (the padding is none).
            let start = index
            var letters: UInt64 = 0
            while true {
                let chunk = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                let classes = lowerAlphanumeric(chunk)
                let stops = ~(classes.letters | classes.digits) & SWAR.highs
                // The bits below the first stop (all of them when there is none).
                letters |= classes.letters & ((stops & (0 &- stops)) &- 1)
                let length = stops.trailingZeroBitCount &>> 3
                index &+= length
                if length < 8 { break }
            }
            let hash = ByteHashTable.blockHash(padded: raw + start, count: index &- start)
            (storage.baseAddress! + count).initialize(to: LineWord(range: start..<index, hash: hash, isNumber: letters == 0))
            count &+= 1
        }
        return count
    }

    /// The high bit of the bytes of `chunk` that are lower-case ASCII letters, and of its digits.
    @inline(__always)
    private static func lowerAlphanumeric(_ chunk: UInt64) -> (letters: UInt64, digits: UInt64) {
        (SWAR.bytes(chunk, in: 0x61, 0x7A), SWAR.bytes(chunk, in: 0x30, 0x39))
    }

    /// Cues from single keywords in a short label.
    static func keywordCues(_ words: UnsafeBufferPointer<LineWord>) -> Cues {
        words.contains { Lexicon.labelKeywords.contains($0.hash) } ? .sectionLabel : []
    }

    /// A line made only of dates, times, month and weekday names: "7 Novembre 2024",
    /// "11:06 JST, November 7, 2024 (updated at 15:00 JST)", "2024.11.06 21:26", "3 hours ago".
    static func isDateLine(_ words: UnsafeBufferPointer<LineWord>, lowered: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !words.isEmpty, words.count <= maxDateTokens else { return false }
        var numbers = 0, months = 0, longNumbers = 0, times = 0, unknown = 0
        for word in words {
            let kind = Lexicon.dateTokens.value(word.hash)
            if word.isNumber {
                numbers += 1
                if word.range.count == 4 { longNumbers += 1 }
            } else if isClockToken(lowered[word.range]) {
                numbers += 1
                times += 1
            } else if kind == Lexicon.month {
                months += 1
            } else if kind == nil {
                // One unknown word is a place name ("Valdecruz, 03/07/2024 - 10:21"); two are prose.
                unknown += 1
                if unknown > 1 { return false }
            }
        }
        // "10:42": digits on both sides of a colon.
        if times == 0, let colon = lowered.firstIndex(of: UInt8(ascii: ":")), colon > 0, colon + 1 < lowered.count,
           lowered[colon - 1] >= 0x30, lowered[colon - 1] <= 0x39, lowered[colon + 1] >= 0x30, lowered[colon + 1] <= 0x39 {
            times += 1
        }
        if months > 0 && numbers > 0 { return true }
        if numbers >= 3 && longNumbers > 0 { return true }
        if unknown > 0 { return false }
        if numbers >= 2 && (longNumbers > 0 || times > 0) { return true }
        if numbers >= 3 { return true }
        return lowered.count > 4 && lowered.suffix(4).elementsEqual(" ago".utf8) && numbers > 0
    }

    /// "4pm", "10am", "9h30", "16h": a time of day written as one token.
    static func isClockToken(_ token: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        var rest = token
        while let first = rest.first, first >= 0x30, first <= 0x39 { rest = rest.dropFirst() }
        let digits = token.count - rest.count
        guard digits > 0 && digits <= 2, let first = rest.first else { return false }
        if first == UInt8(ascii: "h") { return rest.dropFirst().allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }
        return rest.count == 2 && rest.last == UInt8(ascii: "m") && (first == UInt8(ascii: "a") || first == UInt8(ascii: "p"))
    }

    /// "By Jane Doe", "By Jane Doe and John Roe, Reuters": short, opens with a byline word, names follow.
    static let bylineOpeners: [[UInt8]] = Vocabulary.bylineOpeners.map { Array($0.utf8) }
    /// The first bytes of ``bylineOpeners`` as a 256-bit set: most lines start with none.
    static let bylineOpenerFirsts: [UInt64] = bylineOpeners.reduce(into: [0, 0, 0, 0]) { set, opener in
        set[Int(opener[0]) >> 6] |= 1 << UInt64(opener[0] & 63)
    }

    static func isByline(_ lowered: UnsafeBufferPointer<UInt8>, stats: TextStats) -> Bool {
        // Names are capitalised; "by the way, ..." is not a byline.
        guard stats.words >= 2, stats.words <= 10, !stats.endsWithTerminal,
              stats.capitalizedWords * 2 >= stats.words, let first = lowered.first,
              (bylineOpenerFirsts[Int(first) >> 6] >> UInt64(first & 63)) & 1 != 0 else { return false }
        return bylineOpeners.contains { opener in
            opener.count <= lowered.count && opener[0] == lowered[0] && opener.withUnsafeBufferPointer {
                memcmp($0.baseAddress!, lowered.baseAddress!, opener.count) == 0
            }
        }
    }

    /// A photo credit: a closing parenthetical "(Name/Agency)", or an agency in capitals joined
    /// to a name by a slash ("AGENCY/Jane Doe").
    static func isPhotoCredit(_ text: String) -> Bool {
        var copy = text
        return copy.withUTF8 { isPhotoCredit($0) }
    }

    /// ``isPhotoCredit(_:)-(String)`` on the text's UTF-8 bytes.
    static func isPhotoCredit(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count >= 5 else { return false }
        // "(... / ...)" at the very end, short.
        if bytes.last == UInt8(ascii: ")"), let open = bytes.lastIndex(of: UInt8(ascii: "(")), bytes.count - open <= 60 {
            let inner = UnsafeBufferPointer(rebasing: bytes[(open + 1)..<(bytes.count - 1)])
            if inner.contains(UInt8(ascii: "/")), !ByteSearch.contains(inner, spacedSlash), let first = inner.first,
               first >= 0x41 && first <= 0x5A {
                return true
            }
            // "(Sentinel photo by Ed Kowalski)", "(Photo: AP)", "(Foto: dpa)".
            var lowered = Array(inner)
            PhraseMatcher.lowercase(&lowered)
            if namesPicture(lowered) { return true }
        }
        // "WORD/Name" where WORD is two or more capitals.
        var index = 2
        while index + 1 < bytes.count {
            if bytes[index] == UInt8(ascii: "/"), isUpper(bytes[index + 1]) {
                var start = index
                while start > 0, isUpper(bytes[start - 1]) { start -= 1 }
                let capitals = index - start
                if capitals >= 2, start == 0 || bytes[start - 1] == 0x20 || bytes[start - 1] == UInt8(ascii: "(") {
                    return true
                }
            }
            index += 1
        }
        return false
    }

    /// " / " between words: a list of alternatives, not "Agency/Photographer".
    static let spacedSlash = Array(" / ".utf8)
    /// " at " in "$75 at Amazon".
    static let spacedAt = Array(" at ".utf8)

    /// Words that make a closing parenthetical a photo credit.
    static let creditWords: [[UInt8]] = ["photo", "foto", "picture", "image", "credit"].map { Array($0.utf8) }

    /// Whether lower-cased text names a picture or a credit (one of ``creditWords``).
    static func namesPicture(_ lowered: [UInt8]) -> Bool {
        creditWords.contains { ByteSearch.contains(lowered, $0) }
    }

    @inline(__always) static func isUpper(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }

    /// Prices and percentages with few words: "Bitcoin (BTC) $ 84,668.69 5.29%", "DAX 18,234.5 +0.4%".
    static func isTicker(_ stats: TextStats) -> Bool {
        guard stats.words <= 10, stats.digits >= 3 else { return false }
        let marks = stats.currency + stats.percents
        return (marks >= 1 && stats.digitShare >= 0.25) || stats.digitShare >= 0.6
    }

    /// A shopping button's text: "$75 at Amazon", "£20 at Boots", "$10 $8 at Etsy".
    static func isPriceTag(_ bytes: UnsafeBufferPointer<UInt8>, stats: TextStats) -> Bool {
        guard stats.words <= 8, stats.currency > 0, !bytes.isEmpty else { return false }
        let first = CharClass.of(UTF8Scalars.decode(bytes, at: 0).scalar)
        let startsWithPrice = first == .punctuation || first == .digit
        return startsWithPrice && ByteSearch.contains(bytes, spacedAt)
    }

    /// A lone lower-case token with hyphens, like a URL slug or a CSS id leaking into a dump.
    static func isSlug(_ bytes: UnsafeBufferPointer<UInt8>, stats: TextStats) -> Bool {
        guard stats.words >= 1, stats.words <= 4 else { return false }
        var hyphens = 0
        for byte in bytes {
            if byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") { hyphens += 1; continue }
            // A space, a capital or any other mark: not a slug.
            if !(byte >= 0x61 && byte <= 0x7A) && !(byte >= 0x30 && byte <= 0x39) { return false }
        }
        return hyphens > 0
    }
}
