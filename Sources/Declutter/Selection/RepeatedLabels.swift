/// Brings back the section labels an article repeats: "Pros" and "Cons" under every product of
/// a buyer's guide, "Ingredients" in every recipe card, "Verdict" after every review.
///
/// A repeated line is usually furniture printed twice (a menu, a "Share" row), so the filter
/// drops repeats that are not prose. But when the first copy is kept as article text and the
/// repeat opens more kept text, the line is one of the article's own labels.
enum RepeatedLabels {
    /// Updates `keep` in place: a dropped repeat (not marked as furniture by a cue) is kept
    /// when its first copy is kept and the block right after it is kept and new.
    static func apply(_ scored: [ScoredBlock], keep: inout Verdicts) {
        for index in scored.indices where !keep[index] && scored[index].isRepeat && scored[index].klass != .noise {
            guard let first = scored[index].repeatOf, keep[first],
                  index + 1 < scored.count, keep[index + 1], !scored[index + 1].isRepeat else { continue }
            keep.set(index, .repeatedLabel)
        }
    }
}
