import Foundation

/// The printed forms of scores. The summary and per-page rows match score.py character for
/// character, so its figures and these can be compared by eye.
public enum ScoreReport {
    /// score.py's two summary lines (no bootstrap).
    public static func summaryLines(_ metrics: CorpusMetrics) -> [String] {
        [
            "docs=\(metrics.docs) precision=\(fixed(metrics.precision)) recall=\(fixed(metrics.recall)) "
                + "f1=\(fixed(metrics.f1)) accuracy=\(fixed(metrics.accuracy))",
            "near_perfect(F1>=0.9)=\(metrics.nearPerfect)/\(metrics.docs) median_f1=\(fixed(metrics.medianF1)) "
                + "mean_doc_f1=\(fixed(metrics.meanDocF1)) empty_outputs=\(metrics.empty) missing_files=\(metrics.missing)",
        ]
    }

    /// score.py's `--per-doc` table: a header, then one row per page in the given order.
    public static func perDocLines(_ scores: [DocumentScore]) -> [String] {
        ["\(padded("id", 20)) \(rightAligned("P", 6)) \(rightAligned("R", 6)) \(rightAligned("F1", 6))  flags"]
            + scores.map { score in
                let id = String(String.UnicodeScalarView(score.id.unicodeScalars.prefix(20)))
                return "\(padded(id, 20)) \(fixed(score.precision, width: 6)) \(fixed(score.recall, width: 6)) "
                    + "\(fixed(score.f1, width: 6))  \(flags(score))"
            }
    }

    /// The `count` pages with the lowest per-page F1 (ties by id), one row each with P/R/F1, the
    /// page type when `pageTypes` is not empty, and the flags.
    public static func worstLines(_ scores: [DocumentScore], count: Int, pageTypes: [String: String] = [:]) -> [String] {
        let worst = scores.sorted { ($0.f1, $0.id) < ($1.f1, $1.id) }.prefix(count)
        guard !worst.isEmpty else { return [] }
        let idWidth = max(20, worst.map { $0.id.unicodeScalars.count }.max() ?? 0)
        let typeWidth = pageTypes.isEmpty ? 0 : max(4, worst.map { (pageTypes[$0.id] ?? "").count }.max() ?? 0)
        func typeColumn(_ type: String) -> String { typeWidth == 0 ? "" : padded(type, typeWidth) + " " }
        let header = "  \(padded("id", idWidth)) \(typeColumn("type"))\(rightAligned("P", 6)) \(rightAligned("R", 6)) \(rightAligned("F1", 6))  flags"
        return ["worst \(worst.count) by per-page F1:", header] + worst.map { score in
            "  \(padded(score.id, idWidth)) \(typeColumn(pageTypes[score.id] ?? ""))\(fixed(score.precision, width: 6)) "
                + "\(fixed(score.recall, width: 6)) \(fixed(score.f1, width: 6))  \(flags(score))"
        }
    }

    /// One line per group (such as a page type): docs, P, R, F1 and median F1, largest group first.
    public static func groupLines(_ scores: [DocumentScore], groupOf: (DocumentScore) -> String, label: String) -> [String] {
        let groups = Dictionary(grouping: scores, by: groupOf)
        let names = groups.keys.sorted { left, right in
            let (leftCount, rightCount) = (groups[left]!.count, groups[right]!.count)
            return leftCount != rightCount ? leftCount > rightCount : left < right
        }
        let width = max(label.count, names.map(\.count).max() ?? 0)
        return ["by \(label):"] + names.map { name in
            let metrics = CorpusMetrics(groups[name]!)
            return "  \(padded(name, width)) docs=\(metrics.docs) P=\(fixed(metrics.precision)) R=\(fixed(metrics.recall)) "
                + "F1=\(fixed(metrics.f1)) median_f1=\(fixed(metrics.medianF1))"
        }
    }

    /// score.py's flag words, in its order.
    static func flags(_ score: DocumentScore) -> String {
        [(score.missing, "missing"), (score.empty, "empty"), (score.exact, "exact")].filter(\.0).map(\.1).joined(separator: " ")
    }

    /// A value with three decimals, like Python's `f'{x:.3f}'` (both round the exact binary value).
    static func fixed(_ value: Double, width: Int = 0) -> String {
        rightAligned(String(format: "%.3f", value), width)
    }

    /// Left-aligned in `width` characters, like Python's `:<width` (never truncates).
    static func padded(_ text: String, _ width: Int) -> String {
        let count = text.unicodeScalars.count
        return count >= width ? text : text + String(repeating: " ", count: width - count)
    }

    /// Right-aligned in `width` characters, like Python's `:>width`.
    static func rightAligned(_ text: String, _ width: Int) -> String {
        let count = text.unicodeScalars.count
        return count >= width ? text : String(repeating: " ", count: width - count) + text
    }
}
