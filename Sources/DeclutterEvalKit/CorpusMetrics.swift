/// The corpus figures score.py prints, computed the same way from the per-page scores.
public struct CorpusMetrics: Sendable, Equatable {
    /// Pages scored.
    public var docs: Int
    /// Mean per-page precision over pages that output something (`tp + fp > 0`).
    public var precision: Double
    /// Mean per-page recall over pages whose gold has something (`tp + fn > 0`).
    public var recall: Double
    /// 2PR / (P + R) of the two means (not the mean of per-page F1).
    public var f1: Double
    /// Share of pages whose output tokens equal the gold tokens.
    public var accuracy: Double
    /// Pages with per-page F1 of at least ``nearPerfectF1``.
    public var nearPerfect: Int
    /// Median of the per-page F1 values.
    public var medianF1: Double
    /// Mean of the per-page F1 values.
    public var meanDocF1: Double
    /// Pages whose output file was missing.
    public var missing: Int
    /// Pages whose output has no tokens.
    public var empty: Int

    /// The per-page F1 at which score.py calls a page near-perfect.
    public static let nearPerfectF1 = 0.9

    /// Aggregates per-page scores as score.py's `score` does (an empty list gives all zeros).
    public init(_ scores: [DocumentScore]) {
        docs = scores.count
        precision = Self.mean(scores.filter(\.countsForPrecision).map(\.precision))
        recall = Self.mean(scores.filter(\.countsForRecall).map(\.recall))
        f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0
        accuracy = Self.mean(scores.map { $0.exact ? 1 : 0 })
        let f1s = scores.map(\.f1)
        nearPerfect = f1s.filter { $0 >= Self.nearPerfectF1 }.count
        medianF1 = Self.median(f1s)
        meanDocF1 = Self.mean(f1s)
        missing = scores.filter(\.missing).count
        empty = scores.filter(\.empty).count
    }

    /// The mean as Python's `statistics.mean` computes it (an exact sum divided once, rounded
    /// once), here by a double-double sum and a corrected quotient; 0 for no values (score.py's
    /// fallback).
    static func mean(_ values: [Double]) -> Double {
        guard !values.isEmpty else { return 0 }
        var high = 0.0
        var low = 0.0
        for value in values {
            // TwoSum: `high + value` exactly equals `sum + error`.
            let sum = high + value
            let virtual = sum - high
            let error = (high - (sum - virtual)) + (value - virtual)
            high = sum
            low += error
        }
        let count = Double(values.count)
        let quotient = high / count
        // What the rounded quotient leaves over, computed exactly with a fused multiply-add.
        let remainder = high.addingProduct(-quotient, count) + low
        return quotient + remainder / count
    }

    /// `statistics.median`: the middle value, or the mean of the two middle values; 0 for none.
    static func median(_ values: [Double]) -> Double {
        guard !values.isEmpty else { return 0 }
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }
}
