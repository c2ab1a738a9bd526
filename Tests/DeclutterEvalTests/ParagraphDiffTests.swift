import XCTest
@testable import DeclutterEvalKit

/// The paragraph view of `make eval WORST=N`: which gold paragraphs an output lost and which
/// output paragraphs the gold does not have, on the scorer fixtures and on small texts.
final class ParagraphDiffTests: XCTestCase {
    private func diff(_ id: String) throws -> ParagraphDiff {
        let gold = try Data(contentsOf: EvalFixtures.scorerGold.appendingPathComponent(id + ".txt"))
        let output = (try? Data(contentsOf: EvalFixtures.scorerOut.appendingPathComponent(id + ".txt"))) ?? Data()
        return ParagraphDiff(gold: gold, output: output)
    }

    func testScorerFixtures() throws {
        // Boilerplate added, a paragraph lost.
        let partial = try diff("partial")
        XCTAssertEqual(partial.missing, ["Schools in three districts stay closed."])
        XCTAssertEqual(partial.extra, ["Home | News | Weather", "Subscribe to our newsletter for daily updates."])
        // Same words, other punctuation and spacing: nothing differs.
        XCTAssertEqual(try diff("exact"), ParagraphDiff(gold: "", output: ""))
        // A short paragraph must have all its words.
        let short = try diff("short")
        XCTAssertEqual(short.missing, ["Breaking news today"])
        XCTAssertEqual(short.extra, ["Breaking news"])
        // No output file: the whole gold is missing; punctuation-only output has no paragraphs.
        XCTAssertEqual(try diff("missing").extra, [])
        XCTAssertEqual(try diff("missing").missing.count, 1)
        XCTAssertEqual(try diff("empty_out").extra, [])
        XCTAssertEqual(try diff("both_empty"), ParagraphDiff(gold: "", output: ""))
    }

    func testNearIdenticalParagraphsAreNotListedOnBothSides() {
        let gold = """
            The council voted on Tuesday to close the old bridge for repairs over the summer.

            Traffic will go through the town centre instead.

            Shops on the quay expect fewer visitors.

            - Ingredients
            - two eggs
            """
        // Trimmed by a word at each end; two paragraphs run into one; list markers gone.
        let output = """
            council voted on Tuesday to close the old bridge for repairs over the
            Traffic will go through the town centre instead. Shops on the quay expect fewer visitors.
            Ingredients
            two eggs
            Sign up for our newsletter today.
            """
        let result = ParagraphDiff(gold: gold, output: output)
        XCTAssertEqual(result.missing, [])
        XCTAssertEqual(result.extra, ["Sign up for our newsletter today."])
    }

    func testAShortParagraphNeedsAllItsWords() {
        let result = ParagraphDiff(gold: "- two eggs", output: "two eggs and flour")
        XCTAssertEqual(result.missing, ["- two eggs"])
        XCTAssertEqual(result.extra, ["two eggs and flour"])
    }

    func testAParagraphSharingOnlyAPhraseIsListed() {
        let gold = "The mayor said the new harbour wall would be finished by the end of next spring at the latest."
        let output = "Readers said the new harbour wall looked unfinished when they walked past it on Sunday."
        let result = ParagraphDiff(gold: gold, output: output)
        XCTAssertEqual(result.missing, [gold])
        XCTAssertEqual(result.extra, [output])
    }

    func testWorstPagesReportOnTheScorerFixtures() throws {
        let scores = try FolderScorer.score(gold: EvalFixtures.scorerGold, output: EvalFixtures.scorerOut)
        let lines = try WorstPages.lines(scores, count: 3, pageTypes: ["short": "article"]) { id in
            (EvalFixtures.scorerGold.appendingPathComponent(id + ".txt"), EvalFixtures.scorerOut.appendingPathComponent(id + ".txt"))
        }
        XCTAssertEqual(lines, [
            "worst 3 pages, paragraphs that differ (- in the gold, missing from the output; + in the output, not in the gold):",
            "empty_out P=0.000 R=0.000 F1=0.000 missing=1 extra=0",
            "  - A short report about the annual harvest festival in the valley.",
            "missing P=0.000 R=0.000 F1=0.000 missing=1 extra=0",
            "  - Nobody wrote an output for this page, so it counts as empty.",
            "short article P=0.000 R=0.000 F1=0.000 missing=1 extra=1",
            "  - Breaking news today",
            "  + Breaking news",
        ])
        XCTAssertEqual(try WorstPages.lines(scores, count: 0) { _ in (EvalFixtures.root, EvalFixtures.root) }, [])
    }

    func testLongListsAreCutAndCounted() {
        let paragraphs = (1...30).map { "Paragraph number \($0) " + String(repeating: "word ", count: 30) }
        let lines = WorstPages.listed(paragraphs, mark: "-", what: "missing")
        XCTAssertEqual(lines.count, WorstPages.maxListed + 1)
        XCTAssertEqual(lines.last, "  - … 5 more missing")
        XCTAssertTrue(lines[0].hasSuffix("…"))
        XCTAssertEqual(lines[0].count, 4 + WorstPages.width)
    }
}
