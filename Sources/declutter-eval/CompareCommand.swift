import DeclutterEvalKit
import Foundation

/// `declutter-eval compare GOLD_DIR BEFORE_DIR AFTER_DIR [--threshold T]`: which pages a change
/// moved, and how the corpus figures moved.
struct CompareCommand {
    let gold: URL
    let before: URL
    let after: URL
    /// `--threshold T`: smaller per-page F1 changes are not listed.
    let threshold: Double

    /// Parses the arguments after `compare`.
    init(_ arguments: [String]) throws {
        let parsed = try ParsedArguments(arguments, valued: ["--threshold"], flags: [])
        guard parsed.positionals.count == 3 else {
            throw ParsedArguments.UsageError(description: "compare needs GOLD_DIR, BEFORE_DIR and AFTER_DIR (got \(parsed.positionals.count) of them)")
        }
        gold = URL(fileURLWithPath: parsed.positionals[0])
        before = URL(fileURLWithPath: parsed.positionals[1])
        after = URL(fileURLWithPath: parsed.positionals[2])
        if let text = parsed.value("--threshold") {
            guard let value = Double(text), value >= 0 else {
                throw ParsedArguments.UsageError(description: "--threshold needs a number of at least 0 (got '\(text)')")
            }
            threshold = value
        } else {
            threshold = ScoreComparison.defaultThreshold
        }
    }

    func run() throws {
        try ScoreComparison.compare(gold: gold, before: before, after: after, threshold: threshold).lines.forEach { print($0) }
    }
}
