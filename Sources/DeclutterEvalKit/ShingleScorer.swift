/// Compares one output text with its gold text the way score.py's `tp_fp_fn` does: both texts
/// become multisets of 4-token shingles, and the shared, extra and missing shingle counts are
/// divided by their sum so every page weighs the same in the corpus means.
public enum ShingleScorer {
    /// Tokens per shingle (score.py's `NGRAM_N`, from the article-extraction benchmark).
    public static let shingleSize = 4

    /// Scores one page from raw bytes (ill-formed UTF-8 is repaired as Python's `errors='replace'`).
    /// `output == nil` means the output file is missing, which scores as an empty output.
    public static func score<Gold: Collection, Output: Collection>(id: String, gold: Gold, output: Output?) -> DocumentScore
    where Gold.Element == UInt8, Output.Element == UInt8 {
        let goldBytes = WordTokenizer.repairedUTF8(gold)
        let outputBytes = output.map { WordTokenizer.repairedUTF8($0) } ?? []
        var interner = TokenInterner()
        let goldTokens = interner.ids(of: goldBytes)
        let outputTokens = interner.ids(of: outputBytes)
        let counts = ShingleCounts(gold: goldTokens, output: outputTokens)
        return DocumentScore(id: id, tp: counts.tp, fp: counts.fp, fn: counts.fn,
                             exact: goldTokens == outputTokens, missing: output == nil, empty: outputTokens.isEmpty)
    }

    /// Scores one page given as strings (for tests and callers that already hold text).
    public static func score(id: String, gold: String, output: String?) -> DocumentScore {
        score(id: id, gold: Array(gold.utf8), output: output.map { Array($0.utf8) })
    }
}

/// Numbers each distinct word (by its bytes) so shingles compare as small integers.
struct TokenInterner {
    private var table: [ArraySlice<UInt8>: Int32] = [:]

    /// The word ids of valid UTF-8 text, in order.
    mutating func ids(of bytes: [UInt8]) -> [Int32] {
        WordTokenizer.wordRanges(inValidUTF8: bytes).map { range in
            let word = bytes[range]
            if let id = table[word] { return id }
            let id = Int32(table.count)
            table[word] = id
            return id
        }
    }
}

/// A shingle of up to four word ids; unused slots (texts of 1 to 3 words) hold -1.
struct Shingle: Hashable {
    var first: Int32, second: Int32, third: Int32, fourth: Int32

    /// The shingles of a token sequence, as score.py's `ngrams`: one per window of four tokens,
    /// a single shorter one when there are 1 to 3 tokens, none when there are none.
    static func all(of tokens: [Int32]) -> [Shingle] {
        if tokens.isEmpty { return [] }
        func at(_ index: Int) -> Int32 { index < tokens.count ? tokens[index] : -1 }
        let windows = max(1, tokens.count - ShingleScorer.shingleSize + 1)
        return (0..<windows).map { start in
            Shingle(first: at(start), second: at(start + 1), third: at(start + 2), fourth: at(start + 3))
        }
    }
}

/// The normalised multiset comparison of score.py's `tp_fp_fn`.
struct ShingleCounts {
    /// Shared shingles over all counted shingles.
    let tp: Double
    /// Output-only shingles over all counted shingles.
    let fp: Double
    /// Gold-only shingles over all counted shingles.
    let fn: Double

    init(gold: [Int32], output: [Int32]) {
        var counts: [Shingle: (gold: Int32, output: Int32)] = [:]
        let goldShingles = Shingle.all(of: gold)
        let outputShingles = Shingle.all(of: output)
        counts.reserveCapacity(goldShingles.count + outputShingles.count)
        for shingle in goldShingles { counts[shingle, default: (0, 0)].gold += 1 }
        for shingle in outputShingles { counts[shingle, default: (0, 0)].output += 1 }
        var tp = 0, fp = 0, fn = 0
        for (inGold, inOutput) in counts.values {
            tp += Int(min(inGold, inOutput))
            fp += Int(max(0, inOutput - inGold))
            fn += Int(max(0, inGold - inOutput))
        }
        let sum = Double(tp + fp + fn)
        if sum > 0 {
            (self.tp, self.fp, self.fn) = (Double(tp) / sum, Double(fp) / sum, Double(fn) / sum)
        } else {
            (self.tp, self.fp, self.fn) = (0, 0, 0)
        }
    }
}
