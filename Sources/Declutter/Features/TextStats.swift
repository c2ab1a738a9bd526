/// Counts over one block's text, gathered in a single pass over its UTF-8 bytes.
///
/// Word features need a fallback for scripts written without spaces (Chinese, Japanese):
/// there every ideograph or kana counts as half a word and common particles count as stop words.
struct TextStats: Sendable, Equatable {
    /// UTF-8 length.
    var bytes = 0
    /// Non-space Unicode scalars.
    var chars = 0
    /// Letters (any script).
    var letters = 0
    /// Space-separated words, plus the CJK estimate.
    var words = 0
    /// Words found in a stop-word list, plus CJK particles.
    var stopWords = 0
    /// Words that start with an upper-case letter.
    var capitalizedWords = 0
    /// Words written entirely in upper case (two letters or more).
    var upperCaseWords = 0
    /// Han, kana and hangul scalars.
    var cjkChars = 0
    /// Decimal digits.
    var digits = 0
    /// Currency signs ($ € £ ¥ ₹ ₩ ₽ ₿).
    var currency = 0
    /// Percent signs.
    var percents = 0
    /// Sentence ends: . ! ? … 。！？ followed by a space, a closing quote or the end.
    var sentenceEnds = 0
    /// Commas (Latin and CJK).
    var commas = 0
    /// Separators typical of menus and breadcrumbs: | • · » › ◦ ▸ and " / ".
    var separators = 0
    /// The last visible character ends a sentence (. ! ? … 。！？, possibly before a closing quote).
    var endsWithTerminal = false
    /// The text ends with a colon (a lead-in to a list).
    var endsWithColon = false
    /// The first character is a letter in upper case (or a non-cased script).
    var startsCapitalized = false
    /// The text has a URL or an e-mail address.
    var hasURL = false
    /// Slashes: photo credits join agency and photographer with one ("AP/Jane Doe").
    var slashes = 0
    /// FNV hash of the text's bytes, to find repeated blocks without hashing strings.
    var textHash: UInt64 = 0
    /// Closing markup tags ("</p>", "</div>"): leaked source, not text. (Opening brackets alone
    /// are common in code and placeholders like "<repo url>".)
    var markupTags = 0

    /// Stop words per word; running prose in most languages is 0.3–0.5, menus and titles far less.
    var stopWordDensity: Double { words == 0 ? 0 : Double(stopWords) / Double(words) }
    /// Share of visible characters that are digits.
    var digitShare: Double { chars == 0 ? 0 : Double(digits) / Double(chars) }
    /// Share of words that start upper case; Title Case menus and headings are near 1.
    var capitalizedShare: Double { words == 0 ? 0 : Double(capitalizedWords) / Double(words) }
    /// Title Case: most words capitalised, as in headlines, teasers and menus (prose runs 0.1–0.4,
    /// German prose with its capitalised nouns up to about 0.45).
    var isTitleCase: Bool { words >= 4 && capitalizedWords * 10 >= words * 6 }
    /// Whether the text is mostly in a script written without spaces.
    var isCJK: Bool { cjkChars * 2 > letters }

    init() {}

    init(of text: String) {
        var copy = text
        copy.withUTF8 { self = TextStats.scan($0) }
    }

    // MARK: - The scan

    private static func scan(_ buffer: UnsafeBufferPointer<UInt8>) -> TextStats {
        var scan = Scan(stopWords: StopWords.table)
        let count = buffer.count
        var index = 0
        while index < count {
            let byte = buffer[index]
            if byte < 0x80 {
                // ASCII: the bulk of most pages, classified by byte without decoding.
                if byte &- 0x61 < 26 && !scan.pendingTerminal {
                    // A run of lower-case letters, the commonest bytes of prose, taken in one step.
                    var end = index &+ 1
                    while end < count && buffer[end] &- 0x61 < 26 { end &+= 1 }
                    scan.lowerCaseRun(buffer, index, end)
                    index = end
                    continue
                }
                if byte == 0x20 && !scan.pendingTerminal {
                    scan.endWord(buffer, at: index)
                } else {
                    scan.scalar(UInt32(byte), CharClass.of(UInt32(byte)), buffer, index)
                }
                index &+= 1
            } else {
                let (scalar, width) = UTF8Scalars.decode(buffer, at: index)
                scan.scalar(scalar, CharClass.of(scalar), buffer, index)
                index &+= width
            }
        }
        return scan.finish(buffer)
    }
}

/// The running state of one ``TextStats`` scan, kept in a local value so that the optimiser
/// holds the hot counters in registers (a closure over local variables would box them).
private struct Scan {
    var stats = TextStats()
    let stopWords: ByteHashTable
    var inWord = false
    /// Where the current word starts, and whether it is plain ASCII so far.
    var wordStart = 0
    var wordIsASCII = true
    /// Scalars in the current word: letters and digits.
    var wordLength = 0
    var wordUpper = 0
    var wordLetters = 0
    var cjkParticles = 0
    var lastVisible: UInt32 = 0
    var beforeLastVisible: UInt32 = 0
    var pendingTerminal = false
    var firstVisibleSeen = false

    init(stopWords: ByteHashTable) { self.stopWords = stopWords }

    @inline(__always)
    mutating func startWord(at index: Int) {
        if !inWord {
            inWord = true
            wordStart = index
            wordIsASCII = true
        }
    }

    /// Ends the word (if any) whose bytes run up to `end`.
    @inline(__always)
    mutating func endWord(_ buffer: UnsafeBufferPointer<UInt8>, at end: Int) {
        guard inWord else { return }
        stats.words &+= 1
        if wordLength <= StopWords.maxLength && stopWords.contains(wordKey(buffer, end)) { stats.stopWords &+= 1 }
        if wordUpper >= 2 && wordUpper == wordLetters { stats.upperCaseWords &+= 1 }
        inWord = false
        wordLength = 0
        wordUpper = 0
        wordLetters = 0
    }

    /// ``StopWords/key(lowercasedScalars:)`` of the word's bytes.
    @inline(__always)
    func wordKey(_ buffer: UnsafeBufferPointer<UInt8>, _ end: Int) -> UInt64 {
        let length = end &- wordStart
        if wordIsASCII && length <= StopWords.maxPackedLength {
            // ASCII letters and digits all have bit 5 set once lower-cased: OR-ing it lower-cases.
            var packed: UInt64 = 0
            var shift: UInt64 = 0
            for offset in wordStart..<end {
                packed |= UInt64(buffer[offset] | 0x20) << shift
                shift &+= 8
            }
            return packed
        }
        var hash = StopWords.hashSeed
        var index = wordStart
        while index < end {
            let (scalar, width) = UTF8Scalars.decode(buffer, at: index)
            hash = StopWords.mix(hash, CharClass.lowercased(scalar))
            index &+= width
        }
        return hash
    }

    /// Lower-case ASCII letters from `start` to `end`, all inside one word.
    @inline(__always)
    mutating func lowerCaseRun(_ buffer: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) {
        startWord(at: start)
        let run = end &- start
        stats.chars &+= run
        stats.letters &+= run
        wordLetters &+= run
        wordLength &+= run
        if !firstVisibleSeen { firstVisibleSeen = true }
        beforeLastVisible = run >= 2 ? UInt32(buffer[end &- 2]) : lastVisible
        lastVisible = UInt32(buffer[end &- 1])
    }

    /// Any scalar, by its class: the general path.
    @inline(__always)
    mutating func scalar(_ scalar: UInt32, _ klass: CharClass, _ buffer: UnsafeBufferPointer<UInt8>, _ index: Int) {
        if pendingTerminal {
            // A terminal counts as a sentence end when a space, a closing mark or the end follows.
            if klass == .space || klass == .closing { stats.sentenceEnds &+= 1 }
            if klass != .closing { pendingTerminal = false }
        }
        switch klass {
        case .space:
            endWord(buffer, at: index)
            return
        case .letter, .upper:
            startWord(at: index)
            if scalar >= 0x80 { wordIsASCII = false }
            stats.chars &+= 1
            stats.letters &+= 1
            wordLetters &+= 1
            if klass == .upper {
                wordUpper &+= 1
                if wordLength == 0 { stats.capitalizedWords &+= 1 }
            }
            if !firstVisibleSeen {
                firstVisibleSeen = true
                stats.startsCapitalized = klass == .upper
            }
            wordLength &+= 1
        case .digit:
            startWord(at: index)
            stats.chars &+= 1
            stats.digits &+= 1
            if !firstVisibleSeen { firstVisibleSeen = true }
            wordLength &+= 1
        case .cjk:
            endWord(buffer, at: index)
            stats.chars &+= 1
            stats.letters &+= 1
            stats.cjkChars &+= 1
            if StopWords.isCJKParticle(scalar) { cjkParticles &+= 1 }
            if !firstVisibleSeen { firstVisibleSeen = true; stats.startsCapitalized = true }
        case .terminal, .closing, .punctuation:
            let wordLengthBefore = wordLength
            endWord(buffer, at: index)
            stats.chars &+= 1
            if !firstVisibleSeen { firstVisibleSeen = true }
            punctuation(scalar, wordLengthBefore: wordLengthBefore, buffer, index)
        }
        beforeLastVisible = lastVisible
        lastVisible = scalar
    }

    mutating func punctuation(_ scalar: UInt32, wordLengthBefore: Int, _ buffer: UnsafeBufferPointer<UInt8>, _ index: Int) {
        let count = buffer.count
        switch scalar {
        case 0x2E:
            // "U.S." and "J. Smith": a period after a lone capital is an abbreviation.
            pendingTerminal = !(lastVisible >= 0x41 && lastVisible <= 0x5A && wordLengthBefore == 1)
        case 0x21, 0x3F, 0x2026, 0x3002, 0xFF01, 0xFF1F: pendingTerminal = true
        case 0x2C, 0xFF0C, 0x3001: stats.commas &+= 1
        case 0x24, 0x20AC, 0xA3, 0xA5, 0x20B9, 0x20A9, 0x20BD, 0x20BF: stats.currency &+= 1
        case 0x25, 0xFF05: stats.percents &+= 1
        case 0x7C, 0x2022, 0xB7, 0xBB, 0x203A, 0x25E6, 0x25B8: stats.separators &+= 1
        case 0x3E:
            // " > " between words, as in breadcrumbs.
            if index > 0, buffer[index - 1] == 0x20, index + 1 < count, buffer[index + 1] == 0x20 {
                stats.separators &+= 1
            }
        case 0x2F:
            stats.slashes &+= 1
            // " / " separates menu items; a slash inside a word (and/or, 24/7) does not.
            if index > 0, buffer[index - 1] == 0x20, index + 1 < count, buffer[index + 1] == 0x20 {
                stats.separators &+= 1
            }
        case 0x3C:
            // "</" then a letter: a closing tag.
            if index + 2 < count, buffer[index + 1] == 0x2F {
                let next = buffer[index + 2] | 0x20
                if next >= 0x61 && next <= 0x7A { stats.markupTags &+= 1 }
            }
        case 0x40:
            // "@" in a word: an address rather than prose.
            if index > 0, buffer[index - 1] != 0x20 { stats.hasURL = true }
        case 0x3A:
            // "://": a URL.
            if index + 2 < count, buffer[index + 1] == 0x2F, buffer[index + 2] == 0x2F { stats.hasURL = true }
        default: break
        }
    }

    mutating func finish(_ buffer: UnsafeBufferPointer<UInt8>) -> TextStats {
        endWord(buffer, at: buffer.count)
        if pendingTerminal { stats.sentenceEnds &+= 1 }
        stats.bytes = buffer.count
        stats.textHash = ByteHashTable.blockHash(buffer)
        if stats.cjkChars > 0 {
            // Two CJK characters make about one word; particles stand in for stop words.
            stats.words &+= (stats.cjkChars + 1) / 2
            stats.stopWords &+= cjkParticles
        }
        var last = lastVisible
        if CharClass.of(last) == .closing { last = beforeLastVisible }
        switch last {
        case 0x2E, 0x21, 0x3F, 0x2026, 0x3002, 0xFF01, 0xFF1F: stats.endsWithTerminal = true
        case 0x3A, 0xFF1A: stats.endsWithColon = true
        default: break
        }
        return stats
    }
}

/// Character classes the scan cares about.
enum CharClass: Equatable {
    case space, letter, upper, digit, cjk, terminal, closing, punctuation

    @inline(__always)
    static func of(_ scalar: UInt32) -> CharClass {
        if scalar < 0x80 {
            switch scalar {
            case 0x30...0x39: return .digit
            case 0x41...0x5A: return .upper
            case 0x61...0x7A: return .letter
            case 0x09...0x0D, 0x20: return .space
            case 0x22, 0x27, 0x29, 0x5D: return .closing
            case 0x2E, 0x21, 0x3F: return .terminal
            default: return .punctuation
            }
        }
        switch scalar {
        case 0xA0, 0x1680, 0x2000...0x200B, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF: return .space
        case 0x2019, 0x201D, 0x00BB, 0x203A, 0x300D, 0x300F, 0xFF09, 0x3011: return .closing
        case 0x2026, 0x3002, 0xFF01, 0xFF1F: return .terminal
        case 0xA1...0xBF, 0xD7, 0xF7, 0x2010...0x2027, 0x2030...0x206F, 0x20A0...0x20CF, 0x2100...0x2BFF,
             0x3001...0x303F, 0xFE30...0xFE4F, 0xFF00...0xFF0F, 0xFF1A...0xFF20, 0xFF3B...0xFF40, 0xFF5B...0xFF65,
             0xFFFD, 0x1F000...0x1FAFF:
            return .punctuation
        case 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7AF, 0xF900...0xFAFF, 0x20000...0x2FFFF:
            return .cjk
        case 0xC0...0xDE where scalar != 0xD7: return .upper
        case 0x0391...0x03A9, 0x0410...0x042F: return .upper
        case 0x0100...0x017F: return scalar & 1 == 0 ? .upper : .letter
        default: return .letter
        }
    }

    /// Lower case for the scripts the stop-word lists cover (Latin, Greek, Cyrillic).
    @inline(__always)
    static func lowercased(_ scalar: UInt32) -> UInt32 {
        switch scalar {
        case 0x41...0x5A, 0xC0...0xDE: return scalar == 0xD7 ? scalar : scalar + 0x20
        case 0x0391...0x03A9, 0x0410...0x042F: return scalar + 0x20
        case 0x0100...0x017F: return scalar | 1
        default: return scalar
        }
    }
}
