/// The language a page is read in: the one it declares (`<html lang>`, then `<meta>`, then its
/// JSON-LD or microdata), else the one ``LanguageDetector`` finds in its text. It picks the
/// stop-word table the scoring uses and is reported in the metadata.
struct PageLanguage: Sendable, Equatable {
    /// ISO 639-1 code.
    var code: String
    /// Where it came from.
    var source: ArticleMetadata.Source

    /// Prose that finds at least this share of stop words in the shared table is in one of its
    /// ten languages (their prose runs 0.3–0.5): nothing to detect for the scoring's sake.
    static let sharedTableDensity = 0.2
    /// Prose words below which the page says too little to be worth detecting for scoring.
    static let minProseWords = 50

    /// The declared language, else the detected one; nil when neither is known. Detection runs
    /// when the language is to be `report`ed, or when the page's prose does not read as one of
    /// the shared table's languages (and so may need a table of its own).
    static func find(declared: PageLanguage?, blocks: [Block], report: Bool) -> PageLanguage? {
        if let declared { return declared }
        guard report || !sharedTableFits(blocks) else { return nil }
        return LanguageDetector.detect(blocks).map { PageLanguage(code: $0, source: .detector) }
    }

    /// Whether the shared stop-word table reads the page's prose well: enough stop words in its
    /// longer blocks, or too little prose (or CJK prose, counted by particles) to tell.
    static func sharedTableFits(_ blocks: [Block]) -> Bool {
        var words = 0, stopWords = 0, cjk = 0, letters = 0
        for index in blocks.indices where blocks[index].stats.words >= LanguageDetector.minSampleBlockWords {
            let stats = blocks[index].stats
            words += stats.words
            stopWords += stats.stopWords
            cjk += stats.cjkChars
            letters += stats.letters
        }
        if words < minProseWords || cjk * 2 > letters { return true }
        return Double(stopWords) >= Double(words) * sharedTableDensity
    }

    /// Recounts the blocks' stop words with this language's table, when it has one of its own
    /// (the ten languages of ``StopWords/table`` keep the counts the segmenter made) and — for a
    /// detected language — the shared table reads the page badly, so that whether a language
    /// was asked for (``Options/structure``) never changes the scoring.
    func restat(_ blocks: inout [Block]) {
        guard let table = StopWords.table(for: code) else { return }
        if source == .detector && PageLanguage.sharedTableFits(blocks) { return }
        for index in blocks.indices {
            // The counts change with the table; the text, so its hash (repeats, tails), does not.
            let textHash = blocks[index].stats.textHash
            blocks[index].stats = blocks[index].withUTF8 { TextStats(utf8: $0, hash: textHash, stopWords: table) }
        }
    }
}
