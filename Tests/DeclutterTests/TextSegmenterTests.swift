import XCTest
@testable import Declutter

/// The text front door: lines into blocks, and repeated lines copied rather than measured again.
final class TextSegmenterTests: XCTestCase {
    func testRepeatedLinesPointAtTheirFirstCopyAndShareItsFeatures() {
        let page = "Share\n\nThe council said on Tuesday that the road will close.\n\nShare\nSharer\n\nShare"
        let blocks = TextSegmenter.segment(page)
        XCTAssertEqual(blocks.map(\.text), ["Share", "The council said on Tuesday that the road will close.",
                                            "Share", "Sharer", "Share"])
        XCTAssertEqual(blocks.map(\.sameAs), [nil, nil, 0, nil, 0])
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
}
