/// Counts over one block's text, gathered in a single pass over its UTF-8 bytes.
///
/// Word features need a fallback for scripts written without spaces (Chinese, Japanese):
/// there every ideograph or kana counts as half a word and common particles count as stop words.
struct TextStats: Sendable, Equatable {
    // The counts are stored in 32 bits behind `Int` accessors: the stats are copied with every
    // block's fields, and half the size is half the copy. (A block of 2 GiB or more would wrap
    // them; ``Options/maxBytes`` refuses inputs of a thirtieth of that by default.)
    private var _bytes: Int32 = 0
    private var _chars: Int32 = 0
    private var _letters: Int32 = 0
    private var _words: Int32 = 0
    private var _stopWords: Int32 = 0
    private var _capitalizedWords: Int32 = 0
    private var _upperCaseWords: Int32 = 0
    private var _cjkChars: Int32 = 0
    private var _digits: Int32 = 0
    private var _currency: Int32 = 0
    private var _percents: Int32 = 0
    private var _sentenceEnds: Int32 = 0
    private var _commas: Int32 = 0
    private var _separators: Int32 = 0
    private var _slashes: Int32 = 0
    private var _markupTags: Int32 = 0

    /// UTF-8 length.
    var bytes: Int {
        get { Int(_bytes) }
        set { _bytes = Int32(truncatingIfNeeded: newValue) }
    }
    /// Non-space Unicode scalars.
    var chars: Int {
        get { Int(_chars) }
        set { _chars = Int32(truncatingIfNeeded: newValue) }
    }
    /// Letters (any script).
    var letters: Int {
        get { Int(_letters) }
        set { _letters = Int32(truncatingIfNeeded: newValue) }
    }
    /// Space-separated words, plus the CJK estimate.
    var words: Int {
        get { Int(_words) }
        set { _words = Int32(truncatingIfNeeded: newValue) }
    }
    /// Words found in a stop-word list, plus CJK particles.
    var stopWords: Int {
        get { Int(_stopWords) }
        set { _stopWords = Int32(truncatingIfNeeded: newValue) }
    }
    /// Words that start with an upper-case letter.
    var capitalizedWords: Int {
        get { Int(_capitalizedWords) }
        set { _capitalizedWords = Int32(truncatingIfNeeded: newValue) }
    }
    /// Words written entirely in upper case (two letters or more).
    var upperCaseWords: Int {
        get { Int(_upperCaseWords) }
        set { _upperCaseWords = Int32(truncatingIfNeeded: newValue) }
    }
    /// Han, kana and hangul scalars.
    var cjkChars: Int {
        get { Int(_cjkChars) }
        set { _cjkChars = Int32(truncatingIfNeeded: newValue) }
    }
    /// Decimal digits.
    var digits: Int {
        get { Int(_digits) }
        set { _digits = Int32(truncatingIfNeeded: newValue) }
    }
    /// Currency signs ($ € £ ¥ ₹ ₩ ₽ ₿).
    var currency: Int {
        get { Int(_currency) }
        set { _currency = Int32(truncatingIfNeeded: newValue) }
    }
    /// Percent signs.
    var percents: Int {
        get { Int(_percents) }
        set { _percents = Int32(truncatingIfNeeded: newValue) }
    }
    /// Sentence ends: . ! ? … 。！？ followed by a space, a closing quote or the end.
    var sentenceEnds: Int {
        get { Int(_sentenceEnds) }
        set { _sentenceEnds = Int32(truncatingIfNeeded: newValue) }
    }
    /// Commas (Latin and CJK).
    var commas: Int {
        get { Int(_commas) }
        set { _commas = Int32(truncatingIfNeeded: newValue) }
    }
    /// Separators typical of menus and breadcrumbs: | • · » › ◦ ▸ and " / ".
    var separators: Int {
        get { Int(_separators) }
        set { _separators = Int32(truncatingIfNeeded: newValue) }
    }
    /// The last visible character ends a sentence (. ! ? … 。！？, possibly before a closing quote).
    var endsWithTerminal = false
    /// The text ends with a colon (a lead-in to a list).
    var endsWithColon = false
    /// The first character is a letter in upper case (or a non-cased script).
    var startsCapitalized = false
    /// The text has a URL or an e-mail address.
    var hasURL = false
    /// Slashes: photo credits join agency and photographer with one ("AP/Jane Doe").
    var slashes: Int {
        get { Int(_slashes) }
        set { _slashes = Int32(truncatingIfNeeded: newValue) }
    }
    /// FNV hash of the text's bytes, to find repeated blocks without hashing strings.
    var textHash: UInt64 = 0
    /// The word starts whose four bytes open a phrase of the cue matchers' filter, for
    /// ``TextCues``: (lower-casing, which the short lines get first, moves no byte and the
    /// filter ignores ASCII case, so the places hold for the lower-cased copy too).
    var phraseStarts = PhraseStarts()
    /// Closing markup tags ("</p>", "</div>"): leaked source, not text. (Opening brackets alone
    /// are common in code and placeholders like "<repo url>".)
    var markupTags: Int {
        get { Int(_markupTags) }
        set { _markupTags = Int32(truncatingIfNeeded: newValue) }
    }

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
        self = copy.withUTF8 { TextStats(utf8: $0) }
    }

    /// The counts of UTF-8 bytes (well-formed); `hash` is their ``ByteHashTable/blockHash(_:)``
    /// when the caller has it already. `padded`: the bytes are followed by ``padding`` readable
    /// bytes, the first of them no ASCII letter or digit (else the scan reads a copy).
    init(utf8 buffer: UnsafeBufferPointer<UInt8>, hash: UInt64? = nil, padded: Bool = false) {
        self = StopWords.table.withProbe {
            TextStats(utf8: buffer, hash: hash, padded: padded, stopWords: $0, openings: TextCues.openingFilter)
        }
    }

    /// ``init(utf8:hash:padded:)`` with a probe of ``StopWords/table`` and the
    /// ``TextCues/openingFilter`` the caller holds for a whole page.
    init(utf8 buffer: UnsafeBufferPointer<UInt8>, hash: UInt64?, padded: Bool, stopWords probe: ByteHashTable.Probe,
         openings: UnsafePointer<UInt64>) {
        self = TextStats.scan(buffer, stopWords: probe, openings: openings, padded: padded)
        textHash = hash ?? ByteHashTable.blockHash(buffer)
    }

    /// The counts with another stop-word table than ``StopWords/table`` (a page in a language
    /// of ``StopWords/languageTables``).
    init(of text: String, stopWords table: ByteHashTable) {
        var copy = text
        self = copy.withUTF8 { TextStats(utf8: $0, stopWords: table) }
    }

    /// ``init(of:stopWords:)`` of UTF-8 bytes; `hash` as ``init(utf8:hash:padded:)`` takes it.
    init(utf8 buffer: UnsafeBufferPointer<UInt8>, hash: UInt64? = nil, stopWords table: ByteHashTable) {
        self = table.withProbe {
            TextStats(utf8: buffer, hash: hash, padded: false, stopWords: $0, openings: TextCues.openingFilter)
        }
    }

    /// Bytes the plain-word reading loads past a text's end.
    static let padding = 8

    // MARK: - The scan


    /// One pass, every counter a local variable so that the optimiser keeps them in registers;
    /// the rare marks (commas, currency, separators, ...) go through ``PunctuationCounts``.
    /// `plainWords: false` reads every word byte by byte: the reference the tests hold the
    /// plain-word reading (``PlainWords``) to.
    /// Unless `padded` (see ``init(utf8:hash:padded:)``), the plain-word reading scans a padded copy.
    /// Every word start (a place with no ASCII letter or digit before it, other than a
    /// continuation byte: no phrase opens with one) is checked against
    /// `openings`, the ``TextCues/openingFilter`` (``phraseStarts``).
    static func scan(_ buffer: UnsafeBufferPointer<UInt8>, stopWords: ByteHashTable.Probe,
                     openings: UnsafePointer<UInt64> = TextCues.openingFilter,
                     plainWords: Bool = true, padded: Bool = false) -> TextStats {
        if !padded {
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: buffer.count &+ padding) { copy in
                _ = copy.initialize(from: buffer)
                (copy.baseAddress! + buffer.count).initialize(repeating: 0, count: padding)
                return scan(UnsafeBufferPointer(rebasing: copy[..<buffer.count]), stopWords: stopWords, openings: openings,
                            plainWords: plainWords, padded: true)
            }
        }
        let count = buffer.count
        // The last place a phrase of four bytes (the shortest looked for anywhere) fits.
        let lastOpening = count &- PhraseMatcher.gram
        var starts = PhraseStarts()
        var chars = 0, letters = 0, capitalized = 0
        var cjkChars = 0, cjkParticles = 0, digits = 0, sentenceEnds = 0
        var marks = PunctuationCounts()
        var startsCapitalized = false, firstVisibleSeen = false, pendingTerminal = false
        var lastVisible: UInt32 = 0, beforeLastVisible: UInt32 = 0
        var word = OpenWord()
        var wordCounts = WordCounts()

        var plain = PlainWords()
        // The word ``PlainWords`` closed last: the index just past it and its length (a period
        // there judges that word, as if it were still open).
        var closedAt = -1

        var index = 0
        while index < count {
            let byte = buffer[index]
            if index <= lastOpening && (index == 0 || !isAlphanumeric(buffer[index &- 1])) {
                starts.test(buffer.baseAddress!, at: index, filter: openings)
            }
            if plainWords && !word.isOpen && !pendingTerminal && ((byte | 0x20) &- 0x61 < 26 || byte &- 0x30 < 10) {
                let isCapital = byte &- 0x41 < 26
                if !firstVisibleSeen {
                    firstVisibleSeen = true
                    startsCapitalized = isCapital
                }
                let run = plain.read(buffer, from: index, stopWords: stopWords, openings: openings, lastOpening: lastOpening,
                                     starts: &starts)
                if run.end != index {
                    // The last two visible characters: words and marks are one space apart at most.
                    let last = run.lastEnd &- 1
                    var before = last &- 1
                    if before >= index && buffer[before] == 0x20 { before &-= 1 }
                    beforeLastVisible = before >= index ? UInt32(buffer[before]) : lastVisible
                    lastVisible = UInt32(buffer[last])
                    // A word (not a mark) read last: a period after it judges it as if it were open.
                    closedAt = isAlphanumeric(buffer[last]) ? run.lastEnd : -1
                    index = run.end
                    continue
                }
            }
            if byte &- 0x61 < 26 && !pendingTerminal {
                // A run of lower-case ASCII letters, the commonest bytes of prose, in one step.
                word.open(at: index)
                let end = lowerCaseRunEnd(buffer, from: index &+ 1)
                let run = end &- index
                chars &+= run
                letters &+= run
                word.letters &+= run
                word.length &+= run
                firstVisibleSeen = true
                beforeLastVisible = run >= 2 ? UInt32(buffer[end &- 2]) : lastVisible
                lastVisible = UInt32(buffer[end &- 1])
                index = end
                continue
            }
            if byte == 0x20 && !pendingTerminal {
                closeWord(&word, at: index, buffer, stopWords, &wordCounts)
                index &+= 1
                continue
            }
            let scalar: UInt32
            let width: Int
            if byte < 0x80 {
                scalar = UInt32(byte)
                width = 1
            } else {
                // The bytes after a lead byte are not tested as word starts: no phrase (valid
                // UTF-8, lower-cased or not) opens with a continuation byte.
                (scalar, width) = UTF8Scalars.decode(buffer, at: index)
            }
            let klass = CharClass.ofCJKFirst(scalar)
            if pendingTerminal {
                // A terminal counts as a sentence end when a space, a closing mark or the end follows.
                if klass == .space || klass == .closing { sentenceEnds &+= 1 }
                if klass != .closing { pendingTerminal = false }
            }
            switch klass {
            case .space:
                closeWord(&word, at: index, buffer, stopWords, &wordCounts)
                index &+= width
                continue
            case .letter, .upper:
                word.open(at: index)
                if scalar >= 0x80 { word.isASCII = false }
                chars &+= 1
                letters &+= 1
                word.letters &+= 1
                if klass == .upper {
                    word.capitals &+= 1
                    if word.length == 0 { capitalized &+= 1 }
                }
                if !firstVisibleSeen {
                    firstVisibleSeen = true
                    startsCapitalized = klass == .upper
                }
                word.length &+= 1
            case .digit:
                word.open(at: index)
                chars &+= 1
                digits &+= 1
                firstVisibleSeen = true
                word.length &+= 1
            case .cjk:
                if word.isOpen { closeWord(&word, at: index, buffer, stopWords, &wordCounts) }
                chars &+= 1
                letters &+= 1
                cjkChars &+= 1
                if StopWords.isCJKParticle(scalar) { cjkParticles &+= 1 }
                if !firstVisibleSeen { firstVisibleSeen = true; startsCapitalized = true }
            case .terminal, .closing, .punctuation:
                // A plain word closed here is one letter long when the byte before it is none.
                let wordLengthBefore = word.isOpen ? word.length
                    : closedAt == index ? (index >= 2 && isAlphanumeric(buffer[index &- 2]) ? 2 : 1) : 0
                closeWord(&word, at: index, buffer, stopWords, &wordCounts)
                chars &+= 1
                firstVisibleSeen = true
                if scalar == 0x2E {
                    // "U.S." and "J. Smith": a period after a lone capital is an abbreviation.
                    pendingTerminal = !(lastVisible >= 0x41 && lastVisible <= 0x5A && wordLengthBefore == 1)
                } else if marks.count(scalar, buffer, index) {
                    pendingTerminal = true
                }
            }
            beforeLastVisible = lastVisible
            lastVisible = scalar
            index &+= width
        }
        closeWord(&word, at: count, buffer, stopWords, &wordCounts)
        if pendingTerminal { sentenceEnds &+= 1 }
        chars &+= plain.chars
        letters &+= plain.letters
        sentenceEnds &+= plain.sentenceEnds
        digits &+= plain.digits
        capitalized &+= plain.capitalized
        wordCounts.words &+= plain.words
        wordCounts.stopWords &+= plain.stopWords
        wordCounts.upperCase &+= plain.upperCase

        var stats = TextStats()
        stats.bytes = count
        stats.chars = chars
        stats.letters = letters
        stats.words = wordCounts.words
        stats.stopWords = wordCounts.stopWords
        stats.capitalizedWords = capitalized
        stats.upperCaseWords = wordCounts.upperCase
        stats.cjkChars = cjkChars
        stats.digits = digits
        stats.sentenceEnds = sentenceEnds
        stats.startsCapitalized = startsCapitalized
        marks.copy(to: &stats)
        stats.commas &+= plain.commas
        stats.phraseStarts = starts
        if cjkChars > 0 {
            // Two CJK characters make about one word; particles stand in for stop words.
            stats.words &+= (cjkChars + 1) / 2
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

    /// An ASCII letter or digit.
    @inline(__always)
    private static func isAlphanumeric(_ byte: UInt8) -> Bool { (byte | 0x20) &- 0x61 < 26 || byte &- 0x30 < 10 }

    /// Counts the word that ends at `end`, if one is open, and resets the word state.
    @inline(__always)
    private static func closeWord(_ word: inout OpenWord, at end: Int, _ buffer: UnsafeBufferPointer<UInt8>,
                                  _ stopWords: ByteHashTable.Probe, _ counts: inout WordCounts) {
        guard word.isOpen else { return }
        counts.words &+= 1
        if word.length <= StopWords.maxLength {
            // Added, not branched on: whether a word is a stop word is a coin toss for the predictor.
            counts.stopWords &+= stopWords.contains(StopWords.key(buffer, word.start, end, ascii: word.isASCII)) ? 1 : 0
        }
        if word.capitals >= 2 && word.capitals == word.letters { counts.upperCase &+= 1 }
        word = OpenWord()
    }

    /// The first index from `start` on whose byte is not a lower-case ASCII letter (or the end),
    /// eight bytes at a time.
    @inline(__always)
    private static func lowerCaseRunEnd(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        let count = buffer.count
        var end = start
        let raw = UnsafeRawPointer(buffer.baseAddress!)
        while end &+ 8 <= count {
            let word = raw.loadUnaligned(fromByteOffset: end, as: UInt64.self)
            let other = ~SWAR.bytes(word, in: 0x61, 0x7A) & SWAR.highs
            if other != 0 { return end &+ (other.trailingZeroBitCount &>> 3) }
            end &+= 8
        }
        while end < count && buffer[end] &- 0x61 < 26 { end &+= 1 }
        return end
    }
}

/// Runs of plain words — ASCII letters and digits, 15 at most, each ended by an ASCII byte and
/// the next one a space, a comma, period or colon and a space, or a hyphen away — the most of
/// most pages' text, read a word at a time from eight-byte loads with the counts
/// ``TextStats/scan(_:stopWords:plainWords:)`` would give them. The text must be followed by
/// ``TextStats/padding`` readable bytes, the first of them no ASCII letter or digit.
private struct PlainWords {
    /// Letters, digits and marks; digits; words; capitalised words; stop words; upper-case
    /// words; commas; sentence ends; periods; other marks (hyphens, colons).
    var chars = 0, digits = 0, words = 0, capitalized = 0, stopWords = 0, upperCase = 0
    var commas = 0, sentenceEnds = 0, periods = 0, otherMarks = 0
    /// Letters and digits: ``chars`` less the marks.
    var letters: Int { chars &- digits &- commas &- periods &- otherMarks }

    /// Where a run ended.
    struct Run {
        /// Where the scan goes on: the byte after the last word or mark read (a space, a mark
        /// read no further, the end), or the start of a word too long or going on in another script.
        var end: Int
        /// Just past the last word or mark read.
        var lastEnd: Int
    }

    /// Reads plain words from `start` (a letter or digit with no word open before it and no
    /// sentence end pending).
    /// Each word start after the first (which the scan checked) and each space after a mark
    /// is checked against `openings` into `starts` (``TextStats/phraseStarts``).
    mutating func read(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int, stopWords probe: ByteHashTable.Probe,
                       openings: UnsafePointer<UInt64>, lastOpening: Int, starts: inout PhraseStarts) -> Run {
        let count = buffer.count
        let base = buffer.baseAddress!
        let raw = UnsafeRawPointer(base)
        var words = 0, stops = 0, capitals = 0, chars = 0
        var index = start
        var lastEnd = start
        while true {
            let chunk = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            let folded = chunk | PlainWords.lowerCase
            // Letters first: digits are rare, and looked for only when one ends the letters.
            var inRun = SWAR.bytes(folded, in: 0x61, 0x7A)
            let letters = inRun
            var length = (~inRun & SWAR.highs).trailingZeroBitCount &>> 3
            var second: UInt64 = 0, secondLetters: UInt64 = 0, rest = 8
            if length == 8 {
                // Eight letters or more: the rest from a second load, here when they are letters.
                second = raw.loadUnaligned(fromByteOffset: index &+ 8, as: UInt64.self)
                secondLetters = SWAR.bytes(second | PlainWords.lowerCase, in: 0x61, 0x7A)
                rest = (~secondLetters & SWAR.highs).trailingZeroBitCount &>> 3
            }
            if length == 8 && rest < 8 && UInt8(truncatingIfNeeded: second &>> UInt64(truncatingIfNeeded: rest &* 8)) &- 0x30 >= 10 {
                length = 8 &+ rest
                if base[index &+ length] >= 0x80 { break }
                let inSecond = ~(~0 &<< UInt64(truncatingIfNeeded: rest &* 8))
                let secondFolded = (second | PlainWords.lowerCase) & inSecond
                if length <= StopWords.maxLength {
                    stops &+= probe.contains(rest == 0 ? folded : StopWords.pairKey(folded, secondFolded)) ? 1 : 0
                }
                // No lower-case letter: eight capitals or more.
                if (letters & (chunk &<< 2)) | (secondLetters & (second &<< 2) & inSecond) == 0 { upperCase &+= 1 }
            } else if length == 8 || UInt8(truncatingIfNeeded: chunk &>> UInt64(truncatingIfNeeded: length &* 8)) &- 0x30 < 10 {
                guard let word = PlainWords.wordWithDigitsOrLong(raw, at: index, chunk: chunk, letters: letters) else { break }
                if base[index &+ word.length] >= 0x80 { break }
                digits &+= word.digits
                if word.isUpperCase { upperCase &+= 1 }
                if word.length <= StopWords.maxLength { stops &+= probe.contains(word.key) ? 1 : 0 }
                length = word.length
                inRun = letters
            } else {
                if length == 0 { break }
                let inWord = ~(~0 &<< UInt64(truncatingIfNeeded: length &* 8))
                // A word going on in another script ("café") is the scan's to read.
                if base[index &+ length] >= 0x80 { break }
                stops &+= probe.contains(folded & inWord) ? 1 : 0
                // Bit 5, moved up to bit 7, tells lower-case letters from capitals.
                if letters & (chunk &<< 2) & inWord == 0 {
                    let wordCapitals = letters & inWord
                    if wordCapitals & (wordCapitals &- 1) != 0 { upperCase &+= 1 }
                }
            }
            words &+= 1
            // A word start read here (the run's first one the scan checked; one the run leaves
            // unread the scan checks when it gets there).
            if index != start { starts.test(chunk, at: index, last: lastOpening, filter: openings) }
            capitals &+= Int(truncatingIfNeeded: (letters & ~(chunk &<< 2) & 0x80) &>> 7)
            chars &+= length
            let end = index &+ length
            index = end
            lastEnd = end
            if end >= count { break }
            // What follows: a space goes on to the next word; so do a comma, period or colon
            // and a space, and a hyphen. A period ending the text is read too.
            let stop = base[end]
            if stop == 0x20 {
                index &+= 1
                if index >= count { break }
                continue
            }
            let isLast = end &+ 1 == count
            let spaced = !isLast && base[end &+ 1] == 0x20
            switch stop {
            case 0x2C where spaced: commas &+= 1
            case 0x3A where spaced: otherMarks &+= 1
            case 0x2E where isLast || spaced:
                periods &+= 1
                // A period ends a sentence unless it closes a lone capital ("J. Smith").
                if !(length == 1 && letters & ~(chunk &<< 2) & 0x80 != 0) { sentenceEnds &+= 1 }
            case 0x2D: otherMarks &+= 1
            default:
                add(words: words, stops: stops, capitals: capitals, chars: chars)
                return Run(end: index, lastEnd: lastEnd)
            }
            chars &+= 1
            lastEnd = end &+ 1
            // The space after a comma, period or colon follows a mark: a word start.
            if stop != 0x2D && !isLast && end &+ 1 <= lastOpening { starts.test(base, at: end &+ 1, filter: openings) }
            // Past the mark, and the space after it (none after a hyphen or the last period).
            index = stop == 0x2D || isLast ? end &+ 1 : end &+ 2
            if index >= count { break }
        }
        add(words: words, stops: stops, capitals: capitals, chars: chars)
        return Run(end: index, lastEnd: lastEnd)
    }

    /// One word's key and counts.
    struct Word {
        var length: Int
        var key: UInt64
        var isUpperCase: Bool
        var digits: Int
    }

    /// The word at `index` when it has digits (the first eight bytes `chunk`, with their
    /// `letters`), or letters past sixteen bytes, up to 15 bytes; nil when it runs longer.
    @inline(never)
    static func wordWithDigitsOrLong(_ raw: UnsafeRawPointer, at index: Int, chunk: UInt64, letters: UInt64) -> Word? {
        let folded = chunk | lowerCase
        let digitBytes = SWAR.bytes(chunk, in: 0x30, 0x39)
        var length = (~(letters | digitBytes) & SWAR.highs).trailingZeroBitCount &>> 3
        if length == 0 { return nil }
        var lower = letters & (chunk &<< 2)
        var capitals = letters & ~(chunk &<< 2)
        var digitCount = 0
        let key: UInt64
        if length < 8 {
            let inWord = ~(~0 &<< UInt64(truncatingIfNeeded: length &* 8))
            key = folded & inWord
            lower &= inWord
            capitals &= inWord
            digitCount = (digitBytes & inWord).nonzeroBitCount
        } else {
            // Eight bytes or more: the rest from a second load.
            let second = raw.loadUnaligned(fromByteOffset: index &+ 8, as: UInt64.self)
            let secondFolded = second | lowerCase
            let secondLetters = SWAR.bytes(secondFolded, in: 0x61, 0x7A)
            let secondDigits = SWAR.bytes(second, in: 0x30, 0x39)
            let rest = (~(secondLetters | secondDigits) & SWAR.highs).trailingZeroBitCount &>> 3
            if rest == 8 { return nil }
            length = 8 &+ rest
            let inSecond = ~(~0 &<< UInt64(truncatingIfNeeded: rest &* 8))
            key = rest == 0 ? folded : StopWords.pairKey(folded, secondFolded & inSecond)
            let secondCapitals = secondLetters & ~(second &<< 2) & inSecond
            lower |= secondLetters & (second &<< 2) & inSecond
            // Two or more capitals in all: keep one bit for the second half's.
            if secondCapitals != 0 { capitals = capitals == 0 ? secondCapitals : capitals | 1 }
            if digitBytes | (secondDigits & inSecond) != 0 {
                digitCount = digitBytes.nonzeroBitCount &+ (secondDigits & inSecond).nonzeroBitCount
            }
        }
        return Word(length: length, key: key, isUpperCase: lower == 0 && capitals & (capitals &- 1) != 0,
                    digits: digitCount)
    }

    /// Adds a run's counts (kept in local variables while it is read).
    @inline(__always)
    private mutating func add(words: Int, stops: Int, capitals: Int, chars: Int) {
        self.words &+= words
        self.stopWords &+= stops
        self.capitalized &+= capitals
        self.chars &+= chars
    }

    /// 0x20 in every byte: OR-ed in, it lower-cases ASCII letters and keeps digits.
    static let lowerCase: UInt64 = 0x2020_2020_2020_2020
}

/// The word a scan is reading.
private struct OpenWord {
    var isOpen = false
    /// Where it starts, and whether it is ASCII so far.
    var start = 0
    var isASCII = true
    /// Its scalars (letters and digits), capitals and letters.
    var length = 0
    var capitals = 0
    var letters = 0

    /// Starts a word at `index` unless one is open.
    @inline(__always)
    mutating func open(at index: Int) {
        if !isOpen {
            isOpen = true
            start = index
            isASCII = true
        }
    }
}

/// What the closed words add up to.
private struct WordCounts {
    var words = 0
    var stopWords = 0
    /// Words of two or more letters, all capitals.
    var upperCase = 0
}

/// The marks a scan counts that are too rare to hold registers for: commas, currency, percent
/// signs, separators, slashes, leaked closing tags and URL shapes.
private struct PunctuationCounts {
    var commas = 0, currency = 0, percents = 0, separators = 0, slashes = 0, markupTags = 0
    var hasURL = false

    /// Counts `scalar` (a punctuation mark at `index`); returns whether it is a sentence terminal
    /// other than the period, which the scan judges itself.
    mutating func count(_ scalar: UInt32, _ buffer: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        let count = buffer.count
        switch scalar {
        case 0x21, 0x3F, 0x2026, 0x3002, 0xFF01, 0xFF1F: return true
        case 0x2C, 0xFF0C, 0x3001: commas &+= 1
        case 0x24, 0x20AC, 0xA3, 0xA5, 0x20B9, 0x20A9, 0x20BD, 0x20BF: currency &+= 1
        case 0x25, 0xFF05: percents &+= 1
        case 0x7C, 0x2022, 0xB7, 0xBB, 0x203A, 0x25E6, 0x25B8: separators &+= 1
        case 0x3E:
            // " > " between words, as in breadcrumbs.
            if index > 0, buffer[index - 1] == 0x20, index + 1 < count, buffer[index + 1] == 0x20 { separators &+= 1 }
        case 0x2F:
            slashes &+= 1
            // " / " separates menu items; a slash inside a word (and/or, 24/7) does not.
            if index > 0, buffer[index - 1] == 0x20, index + 1 < count, buffer[index + 1] == 0x20 { separators &+= 1 }
        case 0x3C:
            // "</" then a letter: a closing tag.
            if index + 2 < count, buffer[index + 1] == 0x2F {
                let next = buffer[index + 2] | 0x20
                if next >= 0x61 && next <= 0x7A { markupTags &+= 1 }
            }
        case 0x40:
            // "@" in a word: an address rather than prose.
            if index > 0, buffer[index - 1] != 0x20 { hasURL = true }
        case 0x3A:
            // "://": a URL.
            if index + 2 < count, buffer[index + 1] == 0x2F, buffer[index + 2] == 0x2F { hasURL = true }
        default: break
        }
        return false
    }

    func copy(to stats: inout TextStats) {
        stats.commas = commas
        stats.currency = currency
        stats.percents = percents
        stats.separators = separators
        stats.slashes = slashes
        stats.markupTags = markupTags
        stats.hasURL = hasURL
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
        return beyondASCII(scalar)
    }

    /// ``of(_:)`` with CJK ideographs and kana, the bulk of Chinese and Japanese text, told
    /// without a call: for the loops that read CJK text scalar by scalar.
    @inline(__always)
    static func ofCJKFirst(_ scalar: UInt32) -> CharClass {
        isIdeographOrKana(scalar) ? .cjk : of(scalar)
    }

    /// A CJK unified ideograph or a kana (all ``cjk``).
    @inline(__always)
    static func isIdeographOrKana(_ scalar: UInt32) -> Bool {
        scalar &- 0x4E00 < 0x5200 || scalar &- 0x3040 < 0xC0
    }

    /// ``of(_:)`` for scalars from U+0080 on, out of line: the ASCII test above stays small
    /// enough to inline into every loop. The two-byte scalars (Latin, Greek, Cyrillic, Arabic...)
    /// are looked up in ``twoByte``, CJK ideographs and kana answered first; the rest take
    /// ``classify(_:)``'s ranges.
    @inline(never)
    static func beyondASCII(_ scalar: UInt32) -> CharClass {
        if scalar < 0x800 { return twoByte[Int(scalar &- 0x80)] }
        if scalar &- 0x2000 < 0x70 { return generalPunctuation[Int(scalar &- 0x2000)] }
        if isIdeographOrKana(scalar) { return .cjk }
        return classify(scalar)
    }

    /// ``classify(_:)`` of U+0080 to U+07FF, tabled once.
    static let twoByte: [CharClass] = (UInt32(0x80)..<0x800).map(classify)
    /// ``classify(_:)`` of the general punctuation, U+2000 to U+206F (quotes and dashes in
    /// English text), tabled once.
    static let generalPunctuation: [CharClass] = (UInt32(0x2000)..<0x2070).map(classify)

    /// The classes of the scalars from U+0080 on, by their ranges.
    @inline(__always)
    static func classify(_ scalar: UInt32) -> CharClass {
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
