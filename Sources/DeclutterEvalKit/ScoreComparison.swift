import Foundation

/// Two sets of outputs for the same gold, page by page: the check every scoring change must pass
/// ("keep a rule only if pages gain and none lose"), which the corpus means alone can hide.
public struct ScoreComparison: Sendable {
    /// One page whose F1 moved.
    public struct Change: Sendable, Equatable {
        public var id: String
        public var before: Double
        public var after: Double
        /// `after - before`.
        public var delta: Double { after - before }
    }

    /// Scores of the first outputs, in gold order.
    public var before: [DocumentScore]
    /// Scores of the second outputs, in gold order.
    public var after: [DocumentScore]
    /// Pages whose F1 moved by more than the threshold, largest loss first, then largest gain.
    public var changes: [Change]

    /// Per-page F1 changes smaller than this are rounding noise, not a change.
    public static let defaultThreshold = 0.0005

    /// Compares the two sets of scores (same gold, same order).
    public init(before: [DocumentScore], after: [DocumentScore], threshold: Double = ScoreComparison.defaultThreshold) {
        self.before = before
        self.after = after
        let afterByID = Dictionary(after.map { ($0.id, $0.f1) }, uniquingKeysWith: { first, _ in first })
        changes = before.compactMap { score in
            guard let later = afterByID[score.id], abs(later - score.f1) > threshold else { return nil }
            return Change(id: score.id, before: score.f1, after: later)
        }.sorted { $0.delta < $1.delta }
    }

    /// Scores GOLD against both output folders and compares them.
    public static func compare(gold: URL, before: URL, after: URL, threshold: Double = defaultThreshold) throws -> ScoreComparison {
        ScoreComparison(before: try FolderScorer.score(gold: gold, output: before),
                        after: try FolderScorer.score(gold: gold, output: after), threshold: threshold)
    }

    /// Pages that gained and pages that lost.
    public var gained: Int { changes.filter { $0.delta > 0 }.count }
    public var lost: Int { changes.filter { $0.delta < 0 }.count }

    /// The report: one line per changed page, then the counts and both corpus summaries.
    public var lines: [String] {
        var lines = changes.map { change in
            String(format: "%@  %.4f -> %.4f  (%+.4f)", change.id, change.before, change.after, change.delta)
        }
        lines.append("pages gained=\(gained) lost=\(lost) unchanged=\(before.count - changes.count)")
        lines += ScoreReport.summaryLines(CorpusMetrics(before)).map { "before: " + $0 }
        lines += ScoreReport.summaryLines(CorpusMetrics(after)).map { "after:  " + $0 }
        return lines
    }
}
