import XCTest
@testable import DeclutterEvalKit

/// The scorer against figures printed by `python3 shared/tools/score.py Fixtures/scorer/gold
/// Fixtures/scorer/out` (and by its `score()` function for the unrounded values), run once by hand.
final class ShingleScorerTests: XCTestCase {
    private let tolerance = 1e-9

    func testFixtureCorpusMatchesScorePy() throws {
        let scores = try FolderScorer.score(gold: EvalFixtures.scorerGold, output: EvalFixtures.scorerOut)
        let metrics = CorpusMetrics(scores)
        // From score.py's score(): the unrounded corpus metrics.
        XCTAssertEqual(metrics.docs, 10)
        XCTAssertEqual(metrics.precision, 0.5453110108282522, accuracy: tolerance)
        XCTAssertEqual(metrics.recall, 0.4818803418803419, accuracy: tolerance)
        XCTAssertEqual(metrics.f1, 0.5116372049591816, accuracy: tolerance)
        XCTAssertEqual(metrics.accuracy, 0.2, accuracy: tolerance)
        XCTAssertEqual(metrics.medianF1, 0.5961538461538461, accuracy: tolerance)
        XCTAssertEqual(metrics.meanDocF1, 0.503093203093203, accuracy: tolerance)
        XCTAssertEqual(metrics.nearPerfect, 2)
        XCTAssertEqual(metrics.empty, 3)
        XCTAssertEqual(metrics.missing, 1)
        // score.py's two printed lines, verbatim.
        XCTAssertEqual(ScoreReport.summaryLines(metrics), [
            "docs=10 precision=0.545 recall=0.482 f1=0.512 accuracy=0.200",
            "near_perfect(F1>=0.9)=2/10 median_f1=0.596 mean_doc_f1=0.503 empty_outputs=3 missing_files=1",
        ])
    }

    func testPerDocumentCountsMatchScorePy() throws {
        let scores = try FolderScorer.score(gold: EvalFixtures.scorerGold, output: EvalFixtures.scorerOut)
        // From score.py's score(): id, tp, fp, fn, per-doc F1, in score.py's order.
        let expected: [(String, Double, Double, Double, Double)] = [
            ("accents", 0.21739130434782608, 0.43478260869565216, 0.34782608695652173, 0.3571428571428571),
            ("both_empty", 0, 0, 0, 1),
            ("cjk", 0.3333333333333333, 0.3333333333333333, 0.3333333333333333, 0.5),
            ("empty_out", 0, 0, 1, 0),
            ("exact", 1, 0, 0, 1),
            ("missing", 0, 0, 1, 0),
            ("partial", 0.5428571428571428, 0.2857142857142857, 0.17142857142857143, 0.7037037037037036),
            ("repeat", 0.6363636363636364, 0.36363636363636365, 0, 0.7777777777777778),
            ("short", 0, 0.5, 0.5, 0),
            ("symbols", 0.5294117647058824, 0.23529411764705882, 0.23529411764705882, 0.6923076923076923),
        ]
        XCTAssertEqual(scores.map(\.id), expected.map(\.0))
        for (score, want) in zip(scores, expected) {
            XCTAssertEqual(score.tp, want.1, accuracy: tolerance, score.id)
            XCTAssertEqual(score.fp, want.2, accuracy: tolerance, score.id)
            XCTAssertEqual(score.fn, want.3, accuracy: tolerance, score.id)
            XCTAssertEqual(score.f1, want.4, accuracy: tolerance, score.id)
        }
    }

    func testPerDocRowsMatchScorePy() throws {
        let scores = try FolderScorer.score(gold: EvalFixtures.scorerGold, output: EvalFixtures.scorerOut)
        let lines = ScoreReport.perDocLines(scores)
        // From score.py --per-doc (note the two trailing spaces on rows without flags).
        XCTAssertEqual(lines.first, "id                        P      R     F1  flags")
        XCTAssertEqual(lines[2], "both_empty            1.000  1.000  1.000  empty exact")
        XCTAssertEqual(lines[6], "missing               0.000  0.000  0.000  missing empty")
        XCTAssertEqual(lines[7], "partial               0.655  0.760  0.704  ")
    }

    func testCanonicallyEquivalentWordsStayDistinctAsInPython() {
        // score.py's tp_fp_fn gives (0.0, 0.5, 0.5) for both pairs: no Unicode normalisation.
        let angstrom = ShingleScorer.score(id: "a", gold: "\u{212B} x y z", output: "\u{00C5} x y z")
        XCTAssertEqual([angstrom.tp, angstrom.fp, angstrom.fn], [0, 0.5, 0.5])
        let hangul = ShingleScorer.score(id: "h", gold: "\u{1112}\u{1161}\u{11AB} a b c", output: "\u{D55C} a b c")
        XCTAssertEqual([hangul.tp, hangul.fp, hangul.fn], [0, 0.5, 0.5])
    }

    func testGoldIDsFollowPathStemAndCodePointOrder() {
        XCTAssertEqual(FolderScorer.stem(".txt"), ".txt")
        XCTAssertEqual(FolderScorer.stem(".h.txt"), ".h")
        XCTAssertEqual(FolderScorer.stem("a.b.txt"), "a.b")
        XCTAssertEqual(["b", "a", "B", "é", "e\u{301}"].sorted(by: FolderScorer.codePointOrder), ["B", "a", "b", "e\u{301}", "é"])
    }

    func testMeanAndMedianFollowPythonStatistics() {
        XCTAssertEqual(CorpusMetrics.mean([]), 0)
        // Bit-exact against python3's statistics.mean (naive sum/len gives 0.19999999999999998,
        // 0.09999999999999999 and 0.0 for the first three).
        XCTAssertEqual(CorpusMetrics.mean([0.1, 0.2, 0.3]), 0.2)
        XCTAssertEqual(CorpusMetrics.mean(Array(repeating: 0.1, count: 10)), 0.1)
        XCTAssertEqual(CorpusMetrics.mean([1e16, 1, -1e16]), 0.3333333333333333)
        XCTAssertEqual(CorpusMetrics.mean([2.0 / 3, 1.0 / 3, 1.0 / 7, 5.0 / 9]), 0.4246031746031746)
        XCTAssertEqual(CorpusMetrics.median([3, 1, 2]), 2)
        XCTAssertEqual(CorpusMetrics.median([4, 1, 2, 3]), 2.5)
    }
}
