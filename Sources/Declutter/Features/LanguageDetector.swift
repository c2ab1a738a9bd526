/// Tells a page's language from its text when the page does not declare it: the script of its
/// letters first (Chinese, Japanese, Korean, Thai, Greek, Hebrew, Hindi need nothing more), then,
/// among the languages written in that script, the one whose stop words its prose uses most.
/// Reads a sample of the page's longer blocks, so the cost does not grow with the page.
enum LanguageDetector {
    /// Words read at most: a few paragraphs tell a language apart (each of the test paragraphs
    /// in `Fixtures/languages`, some 30 words, is enough).
    static let sampleWords = 400
    /// Blocks of at least this many words (prose, not menus) are read first.
    static let minSampleBlockWords = 8
    /// Fewer prose words than this and the short blocks are read too.
    static let minProseWords = 100
    /// A script names the language when at least this share of the letters are in it.
    static let minScriptShare = 0.3
    /// Han text with at least this share of kana among its CJK characters is Japanese.
    static let minKanaShare = 0.05
    /// The winning language's stop words must be at least this many ...
    static let minStopWordHits = 5
    /// ... and at least this share of the words read (prose runs 0.3–0.5 in its own language).
    static let minStopWordShare = 0.08

    /// Letters only one language of its script writes, each a vote for it: Ukrainian і ї є ґ,
    /// Russian ы э ё (the short stop lists of related languages share many words).
    static let distinctiveLetters: [UInt32: String] = [
        0x456: "uk", 0x457: "uk", 0x454: "uk", 0x491: "uk", 0x44B: "ru", 0x44D: "ru", 0x451: "ru",
    ]

    /// ``distinctiveLetters`` with each language's bit in ``StopWords/detectionLanguages``.
    static let distinctiveLetterBits: [UInt32: Int] = distinctiveLetters.compactMapValues {
        StopWords.detectionLanguages.firstIndex(of: $0)
    }

    /// The scripts told apart.
    enum Script: Int, CaseIterable {
        case latin, cyrillic, greek, arabic, hebrew, devanagari, thai, hangul, kana, han
    }

    /// The languages written in each script that the stop words decide between; a script with a
    /// single language (or none with a list) names it directly.
    static let languagesByScript: [Script: [String]] = [
        .latin: ["en", "de", "fr", "es", "pt", "it", "nl", "pl", "sv", "tr", "id", "vi", "cs", "sk", "hu", "ro", "da",
                 "nb", "fi", "ca"],
        .cyrillic: ["ru", "uk", "bg"],
        .arabic: ["ar", "fa"],
    ]
    static let languageOfScript: [Script: String] = [
        .greek: "el", .hebrew: "he", .devanagari: "hi", .thai: "th", .hangul: "ko", .arabic: "ar", .cyrillic: "ru",
    ]

    /// The script of a scalar, or nil for one that is no letter of these scripts.
    @inline(__always)
    static func script(_ scalar: UInt32) -> Script? {
        switch scalar {
        case 0x41...0x5A, 0x61...0x7A, 0xC0...0x24F, 0x1E00...0x1EFF: return .latin
        case 0x370...0x3FF, 0x1F00...0x1FFF: return .greek
        case 0x400...0x52F: return .cyrillic
        case 0x591...0x5F4: return .hebrew
        case 0x600...0x6FF, 0x750...0x77F, 0xFB50...0xFDFF, 0xFE70...0xFEFF: return .arabic
        case 0x900...0x97F: return .devanagari
        case 0xE01...0xE5B: return .thai
        case 0x1100...0x11FF, 0x3130...0x318F, 0xAC00...0xD7AF: return .hangul
        case 0x3041...0x30FF: return .kana
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF: return .han
        default: return nil
        }
    }

    /// The language (ISO 639-1) of the page whose blocks these are, or nil when the sample says
    /// too little.
    static func detect(_ blocks: [Block]) -> String? {
        var prose = 0
        for index in blocks.indices where blocks[index].stats.words >= minSampleBlockWords {
            prose += blocks[index].stats.words
            if prose >= minProseWords { break }
        }
        let minWords = prose >= minProseWords ? minSampleBlockWords : 0
        var counts = Counts()
        for index in blocks.indices where blocks[index].stats.words >= minWords {
            blocks[index].withUTF8 { counts.add($0) }
            if counts.words >= sampleWords { break }
        }
        return counts.language
    }

    /// Letters by script and stop-word hits by language over the sample.
    struct Counts {
        var letters = 0
        var scripts = [Int](repeating: 0, count: Script.allCases.count)
        var words = 0
        var hits = [Int](repeating: 0, count: StopWords.detectionLanguages.count)

        /// Counts one text's letters and words, stopping at ``sampleWords`` words.
        mutating func add(_ buffer: UnsafeBufferPointer<UInt8>) {
            var letters = self.letters, words = self.words
            scripts.withUnsafeMutableBufferPointer { scripts in
                hits.withUnsafeMutableBufferPointer { hits in
                    var index = 0
                    var wordStart = -1
                    var ascii = true
                    let count = buffer.count
                    while index <= count && words < sampleWords {
                        var isLetter = false
                        var width = 1
                        if index < count {
                            let byte = buffer[index]
                            if byte < 0x80 {
                                // ASCII: a letter is Latin; anything else ends a word.
                                isLetter = (byte | 0x20) &- 0x61 < 26
                                if isLetter {
                                    letters &+= 1
                                    scripts[Script.latin.rawValue] &+= 1
                                }
                            } else {
                                let (scalar, scalarWidth) = UTF8Scalars.decode(buffer, at: index)
                                width = scalarWidth
                                let klass = CharClass.ofCJKFirst(scalar)
                                isLetter = klass == .letter || klass == .upper
                                if let script = LanguageDetector.script(scalar) {
                                    letters &+= 1
                                    scripts[script.rawValue] &+= 1
                                    if script == .cyrillic, let bit = distinctiveLetterBits[scalar] { hits[bit] &+= 1 }
                                }
                            }
                        }
                        if isLetter {
                            if wordStart < 0 {
                                wordStart = index
                                ascii = true
                            }
                            if width > 1 { ascii = false }
                        } else if wordStart >= 0 {
                            words &+= 1
                            if index &- wordStart <= StopWords.maxLength &* 4,
                               var bits = StopWords.detectionTable.value(StopWords.key(buffer, wordStart, index, ascii: ascii)) {
                                while bits != 0 {
                                    hits[bits.trailingZeroBitCount] &+= 1
                                    bits &= bits &- 1
                                }
                            }
                            wordStart = -1
                        }
                        index &+= width
                    }
                }
            }
            self.letters = letters
            self.words = words
        }

        /// The language the counts point to.
        var language: String? {
            guard letters > 0, let topIndex = scripts.indices.max(by: { scripts[$0] < scripts[$1] }),
                  let top = Script(rawValue: topIndex) else { return nil }
            let count = scripts[topIndex]
            let cjk = scripts[Script.han.rawValue] + scripts[Script.kana.rawValue]
            if Double(cjk) >= Double(letters) * minScriptShare {
                return Double(scripts[Script.kana.rawValue]) >= Double(cjk) * minKanaShare ? "ja" : "zh"
            }
            guard Double(count) >= Double(letters) * minScriptShare else { return nil }
            if let candidates = languagesByScript[top] {
                let ranked = candidates.compactMap { language -> (String, Int)? in
                    guard let bit = StopWords.detectionLanguages.firstIndex(of: language) else { return nil }
                    return (language, hits[bit])
                }
                if let best = ranked.max(by: { $0.1 < $1.1 }), best.1 >= minStopWordHits,
                   Double(best.1) >= Double(words) * minStopWordShare {
                    return best.0
                }
            }
            return languageOfScript[top]
        }
    }
}
