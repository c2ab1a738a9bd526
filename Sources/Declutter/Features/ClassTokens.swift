/// Splits `class` and `id` values into tokens and reads their cues from ``ClassVocabulary``.
///
/// Class names that are state flags are skipped whole: templates put them on page wrappers
/// (`comments-open`, `has-sidebar`, `no-js`), where a cue would mark every block of the page.
enum ClassTokens {
    /// FNV-1a, over lower-cased bytes: a token, or several side by side, hashes the same as the
    /// same letters written as one token.
    static let hashSeed: UInt64 = 0xCBF2_9CE4_8422_2325
    static let hashPrime: UInt64 = 0x0000_0100_0000_01B3

    /// Most tokens read from one class name; longer names are utility soup, not a role.
    static let maxTokensPerName = 12

    /// First tokens of state flags: "has-sidebar", "is-sticky", "no-js", "with-comments".
    static let flagFirstWords = ["has", "is", "no", "with"]
    /// Last tokens of state flags: "comments-open", "ads-enabled", "menu-active".
    static let flagLastWords = [
        "open", "opened", "closed", "enabled", "disabled", "active", "inactive", "loaded", "loading", "expanded",
        "collapsed", "visible", "shown", "on", "off",
    ]
    /// First tokens of responsive-visibility utilities ("hidden-xs", "visible-lg", "hide-mobile",
    /// "show-for-print"): the element is visible at other widths, so these say nothing.
    static let responsiveFirstWords = ["hidden", "visible", "hide", "show"]

    /// First tokens of style utilities whose later words are CSS values, not roles:
    /// "overflow-hidden" clips, "scrollbar-hidden" hides a scroll bar, neither hides the element.
    static let utilityFirstWords = ["overflow", "scrollbar", "backface", "text", "bg", "border", "font"]

    private static let flagFirst = Set((flagFirstWords + utilityFirstWords).map(hash))
    private static let flagLast = Set(flagLastWords.map(hash))
    private static let responsiveFirst = Set(responsiveFirstWords.map(hash))

    @inline(__always) static func mix(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
        let lowered = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
        return (hash ^ UInt64(lowered)) &* hashPrime
    }

    static func hash(_ word: String) -> UInt64 {
        word.utf8.reduce(hashSeed) { mix($0, $1) }
    }

    /// Display values that, behind a breakpoint variant ("md:block", "lg:flex"), show at wider
    /// widths an element a plain "hidden" class hides on phones (Tailwind's "hidden md:block").
    static let responsiveDisplays: Set<UInt64> = Set(["block", "flex", "grid", "inline", "inline-block", "inline-flex",
                                                      "table", "contents", "flow-root"].map(hash))

    /// Cues of a whole attribute value (space-separated class names, or an id).
    ///
    /// Class names with a colon are utility variants ("md:hidden", "hover:underline", "dark:bg-black")
    /// that style rather than name an element: they give no cue, and a variant that shows the
    /// element at some width cancels the `.hidden` cue of a plain "hidden".
    static func cues(of value: UnsafeBufferPointer<UInt8>) -> Cues {
        var cues: Cues = []
        var showsAtSomeWidth = false
        var tokens = [Range<Int>]()
        tokens.reserveCapacity(maxTokensPerName)
        var index = 0
        let count = value.count
        while index < count {
            while index < count, isSpace(value[index]) { index += 1 }
            let start = index
            var lastColon: Int? = nil
            while index < count, !isSpace(value[index]) {
                if value[index] == UInt8(ascii: ":") { lastColon = index }
                index += 1
            }
            guard index > start else { continue }
            if let colon = lastColon {
                if responsiveDisplays.contains(hash(value, (colon + 1)..<index)) { showsAtSomeWidth = true }
                continue
            }
            split(value, start..<index, into: &tokens)
            cues.formUnion(cuesOfName(value, tokens))
        }
        if showsAtSomeWidth { cues.remove(.hidden) }
        return cues
    }

    /// A run of letters and digits that switches between them this often is generated (a build
    /// hash "adF2E", a UUID part "0ad7", hex "4ff8ad25"), not words a template author wrote.
    static let minGeneratedSwitches = 2
    /// In a generated run, tokens this short are fragments of the hash ("ad" in "0ad7"); longer
    /// ones are still words ("footer" in "lnb3ColFooter", "menu" in "v7menu").
    static let maxHashFragmentBytes = 2

    /// The tokens of one class name.
    static func split(_ value: UnsafeBufferPointer<UInt8>, _ name: Range<Int>, into tokens: inout [Range<Int>]) {
        tokens.removeAll(keepingCapacity: true)
        var start: Int? = nil
        // Where the current letter-and-digit run's tokens begin, and its letter/digit switches.
        var runFirstToken = 0
        var switches = 0
        for index in name {
            let kind = CharKind(value[index])
            if kind == .other {
                if let open = start { tokens.append(open..<index) }
                start = nil
                dropHashFragments(&tokens, from: runFirstToken, switches: switches)
                runFirstToken = tokens.count
                switches = 0
                continue
            }
            guard let open = start else {
                start = index
                continue
            }
            let previous = CharKind(value[index - 1])
            var boundary = (kind == .digit) != (previous == .digit)
            if boundary { switches += 1 }
            if !boundary, kind == .upper {
                // "relatedArticles" → related|Articles; "GPTAd" → GPT|Ad.
                boundary = previous == .lower
                    || (previous == .upper && index + 1 < name.upperBound && CharKind(value[index + 1]) == .lower)
            }
            if boundary {
                tokens.append(open..<index)
                start = index
            }
        }
        if let open = start { tokens.append(open..<name.upperBound) }
        dropHashFragments(&tokens, from: runFirstToken, switches: switches)
        if tokens.count > maxTokensPerName { tokens.removeSubrange(maxTokensPerName...) }
    }

    /// Removes the short tokens of the last letter-and-digit run when the run is generated.
    @inline(__always) static func dropHashFragments(_ tokens: inout [Range<Int>], from first: Int, switches: Int) {
        guard switches >= minGeneratedSwitches, first < tokens.count else { return }
        var kept = first
        for token in tokens[first...] where token.count > maxHashFragmentBytes {
            tokens[kept] = token
            kept += 1
        }
        tokens.removeSubrange(kept...)
    }

    /// Cues of one class name's tokens, or none when the name is a state flag.
    static func cuesOfName(_ value: UnsafeBufferPointer<UInt8>, _ tokens: [Range<Int>]) -> Cues {
        guard !tokens.isEmpty else { return [] }
        if tokens.count >= 2 {
            let first = hash(value, tokens[0])
            if flagFirst.contains(first) || responsiveFirst.contains(first) || flagLast.contains(hash(value, tokens[tokens.count - 1])) {
                return []
            }
        }
        var cues: Cues = []
        for first in tokens.indices {
            var phrase = hashSeed
            for last in first..<min(tokens.count, first + ClassVocabulary.maxPhraseTokens) {
                phrase = hash(value, tokens[last], seed: phrase)
                guard var cue = ClassVocabulary.table[phrase] else { continue }
                // "hidden" hides only as a whole class name; "field-label-hidden" hides a label.
                if cue.contains(.hidden) && (first != 0 || last != tokens.count - 1) { cue.remove(.hidden) }
                cues.formUnion(cue)
            }
        }
        return cues
    }

    @inline(__always) static func hash(_ value: UnsafeBufferPointer<UInt8>, _ token: Range<Int>, seed: UInt64 = hashSeed) -> UInt64 {
        var hash = seed
        for index in token { hash = mix(hash, value[index]) }
        return hash
    }

    @inline(__always) static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
    }

    /// What a byte is for token splitting; bytes of non-ASCII characters count as lower-case letters.
    enum CharKind: Equatable {
        case lower, upper, digit, other

        @inline(__always) init(_ byte: UInt8) {
            switch byte {
            case 0x61...0x7A, 0x80...0xFF: self = .lower
            case 0x41...0x5A: self = .upper
            case 0x30...0x39: self = .digit
            default: self = .other
            }
        }
    }
}
