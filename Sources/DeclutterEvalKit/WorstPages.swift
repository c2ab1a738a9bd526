import Foundation

/// The pages with the lowest F1, each with the paragraphs that differ from its gold
/// (``ParagraphDiff``): `declutter-eval eval --worst N --paragraphs`, `make eval WORST=N`.
public enum WorstPages {
    /// At most this many paragraphs are listed on each side of a page; the rest are counted.
    public static let maxListed = 25
    /// Characters of a paragraph shown; longer ones are cut with "…".
    public static let width = 110

    /// The report: for each of the `count` worst pages (ties by id), a line with its id, page
    /// type, P, R and F1, then its gold paragraphs missing from the output (`-`) and its output
    /// paragraphs not in the gold (`+`). `files` gives a page's gold and output files; a missing
    /// file reads as empty.
    public static func lines(_ scores: [DocumentScore], count: Int, pageTypes: [String: String] = [:],
                             files: (String) -> (gold: URL, output: URL)) throws -> [String] {
        let worst = scores.sorted { ($0.f1, $0.id) < ($1.f1, $1.id) }.prefix(count)
        guard !worst.isEmpty else { return [] }
        var lines = ["worst \(worst.count) pages, paragraphs that differ "
                     + "(- in the gold, missing from the output; + in the output, not in the gold):"]
        for score in worst {
            let (gold, output) = files(score.id)
            let diff = ParagraphDiff(gold: try read(gold), output: try read(output))
            let type = pageTypes[score.id].map { " \($0)" } ?? ""
            lines.append("\(score.id)\(type) P=\(ScoreReport.fixed(score.precision)) R=\(ScoreReport.fixed(score.recall)) "
                         + "F1=\(ScoreReport.fixed(score.f1)) missing=\(diff.missing.count) extra=\(diff.extra.count)")
            lines += listed(diff.missing, mark: "-", what: "missing")
            lines += listed(diff.extra, mark: "+", what: "extra")
        }
        return lines
    }

    /// Up to ``maxListed`` paragraphs, each cut to ``width``, then how many were left out.
    static func listed(_ paragraphs: [String], mark: String, what: String) -> [String] {
        var lines = paragraphs.prefix(maxListed).map { paragraph in
            "  \(mark) " + (paragraph.count <= width ? paragraph : paragraph.prefix(width - 1) + "…")
        }
        if paragraphs.count > maxListed { lines.append("  \(mark) … \(paragraphs.count - maxListed) more \(what)") }
        return lines
    }

    /// A file's bytes, or none when it does not exist.
    static func read(_ url: URL) throws -> Data {
        try FolderScorer.readIfPresent(url) ?? Data()
    }
}
