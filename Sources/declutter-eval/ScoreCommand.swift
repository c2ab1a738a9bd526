import DeclutterEvalKit
import Foundation

/// `declutter-eval score GOLD_DIR OUT_DIR [--per-doc] [--worst N [--paragraphs]]`: score.py
/// without Python, and the worst pages.
struct ScoreCommand {
    /// GOLD_DIR.
    let gold: URL
    /// OUT_DIR.
    let output: URL
    /// `--per-doc`.
    let perDoc: Bool
    /// `--worst N`: list the N pages with the lowest F1 after the summary.
    let worst: Int
    /// `--paragraphs`: list the differing paragraphs of each worst page.
    let paragraphs: Bool

    /// Parses the arguments after `score`.
    init(_ arguments: [String]) throws {
        let parsed = try ParsedArguments(arguments, valued: ["--worst"], flags: ["--per-doc", "--paragraphs"])
        guard parsed.positionals.count == 2 else {
            throw ParsedArguments.UsageError(description: "score needs GOLD_DIR and OUT_DIR (got \(parsed.positionals.count) of them)")
        }
        gold = URL(fileURLWithPath: parsed.positionals[0])
        output = URL(fileURLWithPath: parsed.positionals[1])
        perDoc = parsed.has("--per-doc")
        worst = try parsed.integer("--worst", minimum: 0) ?? 0
        paragraphs = parsed.has("--paragraphs")
    }

    /// Scores and prints, per-doc rows first as score.py does.
    func run() throws {
        let scores = try FolderScorer.score(gold: gold, output: output)
        if perDoc { ScoreReport.perDocLines(scores).forEach { print($0) } }
        ScoreReport.summaryLines(CorpusMetrics(scores)).forEach { print($0) }
        ScoreReport.worstLines(scores, count: worst).forEach { print($0) }
        if paragraphs {
            try WorstPages.lines(scores, count: worst) { id in
                (gold.appendingPathComponent(id + ".txt"), output.appendingPathComponent(id + ".txt"))
            }.forEach { print($0) }
        }
    }
}
