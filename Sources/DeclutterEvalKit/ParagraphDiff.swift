import Foundation

/// The paragraphs that differ between a gold text and an output: the gold paragraphs the output
/// lost and the output paragraphs the gold does not have — what a developer reads to see what to
/// fix next on a page that scores badly.
///
/// A paragraph is a non-blank line (the gold's paragraphs are separated by blank lines and its
/// list items are lines of their own; an output's paragraphs are one line each). Paragraphs are
/// compared by their words as the scorer tokenizes them, so punctuation, spacing and list
/// markers do not count: a paragraph is present on the other side when a paragraph there has
/// the same words, or when most of its 4-word shingles occur there. A paragraph trimmed or
/// merged with its neighbour is thus not listed on both sides.
public struct ParagraphDiff: Sendable, Equatable {
    /// Gold paragraphs missing from the output, in gold order.
    public var missing: [String]
    /// Output paragraphs that are not in the gold, in output order.
    public var extra: [String]

    /// A paragraph of four words or more counts as present on the other side when at least this
    /// share of its shingles occurs there: a paragraph cut short or run into another still
    /// matches, one that shares only a phrase does not.
    public static let minSharedShingles = 0.5

    /// Compares two texts; ill-formed UTF-8 is repaired as the scorer repairs it.
    public init<Gold: Collection, Output: Collection>(gold: Gold, output: Output)
    where Gold.Element == UInt8, Output.Element == UInt8 {
        var interner = TokenInterner()
        let goldSide = Side(WordTokenizer.repairedUTF8(gold), interner: &interner)
        let outputSide = Side(WordTokenizer.repairedUTF8(output), interner: &interner)
        missing = goldSide.absent(from: outputSide)
        extra = outputSide.absent(from: goldSide)
    }

    /// Compares two texts given as strings.
    public init(gold: String, output: String) {
        self.init(gold: Array(gold.utf8), output: Array(output.utf8))
    }

    /// One text: its paragraphs with their word ids, and every shingle of the whole text.
    private struct Side {
        var paragraphs: [(text: String, tokens: [Int32])] = []
        var sequences = Set<[Int32]>()
        var shingles = Set<Shingle>()

        init(_ bytes: [UInt8], interner: inout TokenInterner) {
            var all = [Int32]()
            for line in bytes.split(separator: UInt8(ascii: "\n")) {
                let lineBytes = Array(line)
                let tokens = interner.ids(of: lineBytes)
                guard !tokens.isEmpty else { continue }
                let text = String(decoding: lineBytes, as: UTF8.self).trimmingCharacters(in: .whitespaces)
                paragraphs.append((text, tokens))
                sequences.insert(tokens)
                all += tokens
            }
            shingles = Set(Shingle.all(of: all))
        }

        /// This side's paragraphs that `other` does not have.
        func absent(from other: Side) -> [String] {
            paragraphs.filter { !other.has($0.tokens) }.map(\.text)
        }

        /// Whether a paragraph with these words is here: the same words, or (four words or
        /// more) enough of its shingles.
        func has(_ tokens: [Int32]) -> Bool {
            if sequences.contains(tokens) { return true }
            guard tokens.count >= ShingleScorer.shingleSize else { return false }
            let own = Shingle.all(of: tokens)
            let shared = own.filter { shingles.contains($0) }.count
            return Double(shared) >= Double(own.count) * ParagraphDiff.minSharedShingles
        }
    }
}
