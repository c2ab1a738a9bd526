/// The keep flag of every block, held as the reason that set it: a stage changes a flag only by
/// giving a reason, so the article and its explanation come from one record.
struct Verdicts {
    /// The reason of each block, in page order.
    private(set) var reasons: [Reason]

    /// Starts every block with the reason `initial` gives it.
    init(count: Int, initial: (Int) -> Reason) {
        reasons = (0..<count).map(initial)
    }

    /// Whether block `index` is kept.
    subscript(index: Int) -> Bool { reasons[index].keeps }

    /// Keeps or drops block `index`, as `reason` says.
    mutating func set(_ index: Int, _ reason: Reason) {
        reasons[index] = reason
    }

    /// The kept blocks, in page order: counted first, so that the array is made at its size
    /// (a filter grows its result several times on a long page).
    var keptIndices: [Int] {
        var count = 0
        for reason in reasons where reason.keeps { count += 1 }
        // (An array made with no capacity writes its count into the shared empty-array storage.)
        guard count > 0 else { return [] }
        return [Int](unsafeUninitializedCapacity: count) { buffer, initialized in
            for index in reasons.indices where reasons[index].keeps {
                buffer.initializeElement(at: initialized, to: index)
                initialized += 1
            }
        }
    }

    /// ``keptIndices`` found one at a time, for a caller that needs only the first few.
    var keptIndicesLazily: LazyFilterSequence<Range<Int>> {
        let reasons = self.reasons
        return reasons.indices.lazy.filter { reasons[$0].keeps }
    }
}
