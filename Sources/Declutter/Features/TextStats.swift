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
        var stats = TextStats()
        stats.bytes = buffer.count
        stats.textHash = ByteHashTable.blockHash(buffer)
        var index = 0
        let count = buffer.count
        var inWord = false
        var wordHash = StopWords.hashSeed
        let stopWordTable = StopWords.table  // one reference for the whole line, not one per word
        var wordLength = 0
        var wordUpper = 0
        var wordLetters = 0
        var cjkParticles = 0
        var lastVisible: UInt32 = 0
        var beforeLastVisible: UInt32 = 0
        var pendingTerminal = false
        var firstVisibleSeen = false
        var wordLengthBefore = 0

        func endWord(_ stats: inout TextStats) {
            if inWord {
                stats.words += 1
                if wordLength <= StopWords.maxLength && stopWordTable.contains(wordHash) { stats.stopWords += 1 }
                if wordUpper >= 2 && wordUpper == wordLetters { stats.upperCaseWords += 1 }
            }
            inWord = false
            wordHash = StopWords.hashSeed
            wordLength = 0
            wordUpper = 0
            wordLetters = 0
        }

        while index < count {
            // Fast paths for the two commonest bytes of prose: a lower-case ASCII letter inside a
            // word and a plain space. They do exactly what the general path below does for them.
            let byte = buffer[index]
            if !pendingTerminal {
                if byte >= 0x61 && byte <= 0x7A {
                    inWord = true
                    stats.chars += 1
                    stats.letters += 1
                    wordLetters += 1
                    if !firstVisibleSeen { firstVisibleSeen = true }
                    wordHash = StopWords.mix(wordHash, UInt32(byte))
                    wordLength += 1
                    beforeLastVisible = lastVisible
                    lastVisible = UInt32(byte)
                    index += 1
                    continue
                }
                if byte == 0x20 {
                    endWord(&stats)
                    index += 1
                    continue
                }
            }
            // Decode one scalar by hand: cheap, and no Character work.
            let (scalar, width) = UTF8Scalars.decode(buffer, at: index)
            let klass = CharClass.of(scalar)

            if pendingTerminal {
                // A terminal counts as a sentence end when a space, a closing mark or the end follows.
                if klass == .space || klass == .closing { stats.sentenceEnds += 1 }
                if klass != .closing { pendingTerminal = false }
            }

            switch klass {
            case .space:
                endWord(&stats)
            case .letter, .upper, .digit:
                if !inWord { inWord = true }
                stats.chars += 1
                if klass == .digit {
                    stats.digits += 1
                } else {
                    stats.letters += 1
                    wordLetters += 1
                    if klass == .upper {
                        wordUpper += 1
                        if wordLength == 0 { stats.capitalizedWords += 1 }
                    }
                }
                if !firstVisibleSeen {
                    firstVisibleSeen = true
                    stats.startsCapitalized = klass == .upper
                }
                // Hash the lower-cased bytes for the stop-word lookup.
                let lowered = CharClass.lowercased(scalar)
                wordHash = StopWords.mix(wordHash, lowered)
                wordLength += 1
            case .cjk:
                endWord(&stats)
                stats.chars += 1
                stats.letters += 1
                stats.cjkChars += 1
                if StopWords.isCJKParticle(scalar) { cjkParticles += 1 }
                if !firstVisibleSeen { firstVisibleSeen = true; stats.startsCapitalized = true }
            case .terminal, .closing, .punctuation:
                wordLengthBefore = wordLength
                endWord(&stats)
                stats.chars += 1
                if !firstVisibleSeen { firstVisibleSeen = true }
                switch scalar {
                case 0x2E:
                    // "U.S." and "J. Smith": a period after a lone capital is an abbreviation.
                    pendingTerminal = !(lastVisible >= 0x41 && lastVisible <= 0x5A && wordLengthBefore == 1)
                case 0x21, 0x3F, 0x2026, 0x3002, 0xFF01, 0xFF1F: pendingTerminal = true
                case 0x2C, 0xFF0C, 0x3001: stats.commas += 1
                case 0x24, 0x20AC, 0xA3, 0xA5, 0x20B9, 0x20A9, 0x20BD, 0x20BF: stats.currency += 1
                case 0x25, 0xFF05: stats.percents += 1
                case 0x7C, 0x2022, 0xB7, 0xBB, 0x203A, 0x25E6, 0x25B8: stats.separators += 1
                case 0x3E:
                    // " > " between words, as in breadcrumbs.
                    if index > 0, buffer[index - 1] == 0x20, index + 1 < count, buffer[index + 1] == 0x20 {
                        stats.separators += 1
                    }
                case 0x2F:
                    stats.slashes += 1
                    // " / " separates menu items; a slash inside a word (and/or, 24/7) does not.
                    if index > 0, buffer[index - 1] == 0x20, index + 1 < count, buffer[index + 1] == 0x20 {
                        stats.separators += 1
                    }
                case 0x3C:
                    // "</" then a letter: a closing tag.
                    if index + 2 < count, buffer[index + 1] == 0x2F {
                        let next = buffer[index + 2] | 0x20
                        if next >= 0x61 && next <= 0x7A { stats.markupTags += 1 }
                    }
                case 0x40, 0x3A:
                    // "@" in a word, or "://": an address rather than prose.
                    if scalar == 0x40, index > 0, buffer[index - 1] != 0x20 { stats.hasURL = true }
                    if scalar == 0x3A, index + 2 < count, buffer[index + 1] == 0x2F, buffer[index + 2] == 0x2F {
                        stats.hasURL = true
                    }
                default: break
                }
            }
            if klass != .space {
                beforeLastVisible = lastVisible
                lastVisible = scalar
            }
            index += width
        }
        endWord(&stats)
        if pendingTerminal { stats.sentenceEnds += 1 }

        if stats.cjkChars > 0 {
            // Two CJK characters make about one word; particles stand in for stop words.
            stats.words += (stats.cjkChars + 1) / 2
            stats.stopWords += cjkParticles
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
