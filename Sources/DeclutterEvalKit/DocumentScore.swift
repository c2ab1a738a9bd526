/// One page's score, the fields of a score.py per-doc row.
public struct DocumentScore: Sendable, Equatable {
    /// The page id (the gold file's name without `.txt`).
    public var id: String
    /// Shared shingles, as a share of all counted shingles (0 when both texts are empty).
    public var tp: Double
    /// Output-only shingles, as a share of all counted shingles.
    public var fp: Double
    /// Gold-only shingles, as a share of all counted shingles.
    public var fn: Double
    /// Whether the two token sequences are identical.
    public var exact: Bool
    /// Whether the output file did not exist.
    public var missing: Bool
    /// Whether the output has no tokens.
    public var empty: Bool

    /// Creates a score from its normalised counts and flags.
    public init(id: String, tp: Double, fp: Double, fn: Double, exact: Bool, missing: Bool, empty: Bool) {
        self.id = id
        self.tp = tp
        self.fp = fp
        self.fn = fn
        self.exact = exact
        self.missing = missing
        self.empty = empty
    }

    /// score.py's `precision_score`: 1 when nothing is extra or missing, 0 when nothing was output.
    public var precision: Double {
        if fp == 0 && fn == 0 { return 1 }
        if tp == 0 && fp == 0 { return 0 }
        return tp / (tp + fp)
    }

    /// score.py's `recall_score`: 1 when nothing is extra or missing, 0 when the gold is empty.
    public var recall: Double {
        if fp == 0 && fn == 0 { return 1 }
        if tp == 0 && fn == 0 { return 0 }
        return tp / (tp + fn)
    }

    /// score.py's `doc_f1`: 2tp / (2tp + fp + fn), and 1 when both texts are empty.
    public var f1: Double {
        if tp + fp + fn == 0 { return 1 }
        return 2 * tp / (2 * tp + fp + fn)
    }

    /// Whether this page counts toward the corpus precision mean (it output something).
    public var countsForPrecision: Bool { tp + fp > 0 }

    /// Whether this page counts toward the corpus recall mean (its gold has something).
    public var countsForRecall: Bool { tp + fn > 0 }
}
