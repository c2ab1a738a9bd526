import XCTest
@testable import Declutter

/// The text front door: lines into blocks, and repeated lines copied rather than measured again.
final class TextSegmenterTests: XCTestCase {
    /// A table row marked by ``TextTables`` reads as a table cell while it stays in its page's
    /// box, through later writes to its fields and to its role; the mark costs the block no size.
    func testATableRowMarkStaysWithTheBlock() {
        var blocks = TextSegmenter.segment("Plan\n\nBar 15% 2024\nBaz 20% 2025")
        XCTAssertEqual(blocks[1].role, .paragraph)
        blocks[1].markTableRow()
        XCTAssertEqual(blocks[1].role, .tableCell)
        XCTAssertEqual(blocks[2].role, .paragraph)
        XCTAssertEqual(blocks[1].text, "Bar 15% 2024")
        blocks[1].cues.insert(.date)
        XCTAssertEqual(blocks[1].role, .tableCell)
        XCTAssertEqual(blocks[1].text, "Bar 15% 2024")
        blocks[1].role = .listItem
        XCTAssertEqual(blocks[1].role, .listItem)
        XCTAssertLessThanOrEqual(MemoryLayout<Block>.stride, 24)
        // A scored block packs into 48 bytes (every selection pass reads the whole array).
        XCTAssertLessThanOrEqual(MemoryLayout<ScoredBlock>.stride, 48)
    }

    func testRepeatedLinesPointAtTheirFirstCopyAndShareItsFeatures() {
        let page = "Share\n\nThe council said on Tuesday that the road will close.\n\nShare\nSharer\n\nShare"
        let blocks = TextSegmenter.segment(page)
        XCTAssertEqual(blocks.map(\.text), ["Share", "The council said on Tuesday that the road will close.",
                                            "Share", "Sharer", "Share"])
        XCTAssertEqual(blocks.map(\.sameAs), [nil, nil, 0, nil, 0])
        var moved = blocks[2]
        moved.sameAs = nil
        XCTAssertNil(moved.sameAs)
        moved.sameAs = 3
        XCTAssertEqual(moved.sameAs, 3)
        XCTAssertEqual(blocks[2].stats, blocks[0].stats)
        // Layout is the copy's own: the second "Share" has no blank line after it.
        XCTAssertFalse(blocks[2].blankAfter)
        XCTAssertTrue(blocks[4].blankAfter)
    }

    func testACopyIsScoredLikeItsFirst() {
        let blocks = TextSegmenter.segment("Related Articles\n\nSome prose line that is long enough to count.\n\nRelated Articles")
        let scored = LocalScorer.scoreAll(blocks)
        XCTAssertEqual(scored[2].cues, scored[0].cues)
        XCTAssertEqual(scored[2].klass, scored[0].klass)
        XCTAssertEqual(scored[2].value, scored[0].value)
        XCTAssertEqual(scored[2].cues, LocalScorer.score(blocks[2]).cues)
        XCTAssertEqual(scored[2].block.blankBefore, true)
    }

    func testMovingBlocksOutKeepsThemWholeAndEmptiesTheArray() {
        var blocks = TextSegmenter.segment("Storm closes schools\n\nShare\n\nSchools stayed shut on Monday.\n\nShare")
        var moved = [Block]()
        var order = [Int]()
        Block.moveAll(from: &blocks) { index, block in
            order.append(index)
            moved.append(block)
        }
        XCTAssertTrue(blocks.isEmpty)
        XCTAssertEqual(order, [0, 1, 2, 3])
        // The page's box outlives the array the blocks left: their texts and copies still read.
        XCTAssertEqual(moved.map(\.text), ["Storm closes schools", "Share", "Schools stayed shut on Monday.", "Share"])
        XCTAssertEqual(moved[3].sameAs, 1)
        XCTAssertEqual(moved[2].stats.words, 5)
        // Scoring an array no one else holds moves its blocks; one still held is copied and stays whole.
        let held = TextSegmenter.segment("Storm closes schools\n\nSchools stayed shut on Monday.")
        let scored = LocalScorer.scoreAll(held)
        XCTAssertEqual(held.map(\.text), ["Storm closes schools", "Schools stayed shut on Monday."])
        XCTAssertEqual(scored.map(\.block.text), held.map(\.text))
        XCTAssertEqual(LocalScorer.scoreAll(TextSegmenter.segment("One line of text.")).map(\.block.text), ["One line of text."])
    }
}
