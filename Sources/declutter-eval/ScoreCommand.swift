import DeclutterEvalKit
import Foundation

/// `declutter-eval score GOLD_DIR OUT_DIR [--per-doc]`: score.py without Python.
struct ScoreCommand {
    /// GOLD_DIR.
    let gold: URL
    /// OUT_DIR.
    let output: URL
    /// `--per-doc`.
    let perDoc: Bool

    /// Parses the arguments after `score`.
    init(_ arguments: [String]) throws {
        let parsed = try ParsedArguments(arguments, valued: [], flags: ["--per-doc"])
        guard parsed.positionals.count == 2 else {
            throw ParsedArguments.UsageError(description: "score needs GOLD_DIR and OUT_DIR (got \(parsed.positionals.count) of them)")
        }
        gold = URL(fileURLWithPath: parsed.positionals[0])
        output = URL(fileURLWithPath: parsed.positionals[1])
        perDoc = parsed.has("--per-doc")
    }

    /// Scores and prints, per-doc rows first as score.py does.
    func run() throws {
        let scores = try FolderScorer.score(gold: gold, output: output)
        if perDoc { ScoreReport.perDocLines(scores).forEach { print($0) } }
        ScoreReport.summaryLines(CorpusMetrics(scores)).forEach { print($0) }
    }
}
