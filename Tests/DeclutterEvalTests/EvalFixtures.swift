import Foundation

/// Locates `Fixtures/` from this source file, so tests run from any working directory.
enum EvalFixtures {
    /// The package's `Fixtures/` folder.
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    /// `Fixtures/scorer/gold` and `Fixtures/scorer/out`: small hand-written pairs for the scorer.
    static let scorerGold = root.appendingPathComponent("scorer/gold")
    /// See ``scorerGold``.
    static let scorerOut = root.appendingPathComponent("scorer/out")
}
