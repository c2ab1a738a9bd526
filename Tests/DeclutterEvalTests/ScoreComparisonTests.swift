import XCTest
@testable import DeclutterEvalKit

/// `declutter-eval compare` on the scorer fixtures: the gold itself as the "after" outputs gains
/// every imperfect page and loses none; the other way round loses them all.
final class ScoreComparisonTests: XCTestCase {
    func testGoldAsOutputGainsEveryImperfectPage() throws {
        let comparison = try ScoreComparison.compare(gold: EvalFixtures.scorerGold, before: EvalFixtures.scorerOut,
                                                     after: EvalFixtures.scorerGold)
        let imperfect = comparison.before.filter { $0.f1 < 1 - ScoreComparison.defaultThreshold }.map(\.id)
        XCTAssertFalse(imperfect.isEmpty)
        XCTAssertEqual(Set(comparison.changes.map(\.id)), Set(imperfect))
        XCTAssertEqual(comparison.gained, imperfect.count)
        XCTAssertEqual(comparison.lost, 0)
        XCTAssertTrue(comparison.changes.allSatisfy { $0.after == 1 })
        // Smallest gain first: the page that was nearly right.
        XCTAssertEqual(comparison.changes.first?.before, comparison.before.filter { imperfect.contains($0.id) }.map(\.f1).max())
        XCTAssertEqual(comparison.lines.last(where: { $0.hasPrefix("pages") }),
                       "pages gained=\(imperfect.count) lost=0 unchanged=\(comparison.before.count - imperfect.count)")
    }

    func testReverseComparisonLosesThemAndThresholdHidesSmallMoves() throws {
        let reverse = try ScoreComparison.compare(gold: EvalFixtures.scorerGold, before: EvalFixtures.scorerGold,
                                                  after: EvalFixtures.scorerOut)
        XCTAssertEqual(reverse.gained, 0)
        XCTAssertGreaterThan(reverse.lost, 0)
        XCTAssertEqual(reverse.changes.first?.after, 0)  // largest loss first: a page now empty
        let coarse = try ScoreComparison.compare(gold: EvalFixtures.scorerGold, before: EvalFixtures.scorerGold,
                                                 after: EvalFixtures.scorerOut, threshold: 1)
        XCTAssertTrue(coarse.changes.isEmpty)
    }
}
