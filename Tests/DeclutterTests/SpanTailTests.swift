import XCTest
@testable import Declutter

/// The end of the main span: page furniture after the article, then prose that is not its.
final class SpanTailTests: XCTestCase {
    private let prose = FixtureSupport.harbourProse
    /// A teaser's excerpt: prose, and worth more than the furniture above it costs.
    private let teaser = "Why the old lighthouse on the headland is finally getting the restoration it deserves after "
        + "decades of neglect, storms and a long wrangle over money between the council, the port and a charity."

    private func clean(_ blocks: [String]) -> [String] {
        ArticleSelector.select(from: TextSegmenter.segment(blocks.joined(separator: "\n\n"))).paragraphs
    }

    func testProseAfterTheClosingFurnitureIsNotTheArticle() {
        let page = prose + ["Share this article", "Facebook", "Twitter", "Sign up for our newsletter", "Tags",
                            "Harbour", "Transport", teaser, "Read more"]
        XCTAssertEqual(clean(page), prose)
    }

    func testTheHeadersShareRowPrintedAgainBelowIsNoThread() {
        // The share row above the article comes back under it and again at the page's foot: page
        // chrome, not each post's own furniture, so the comment after the valley still goes.
        let page = ["Share"] + prose + ["Share", "Subscribe", "Tags", teaser, "Share", "Subscribe"]
        XCTAssertEqual(clean(page), prose)
    }

    func testAThreadWhoseFurnitureRepeatsGoesOn() {
        let reply = [prose[2] + " " + prose[3], "Reply", "Share", "Report"]
        let page = [prose[0] + " " + prose[1], "Reply", "Share", "Report"] + reply + reply + [teaser, "Reply", "Share", "Report"]
        XCTAssertTrue(clean(page).contains(teaser), "\(clean(page))")
    }

    func testAFooterPrintedTwiceIsNoThread() {
        // The footer's sign-up box and disclaimer come back whole below it: the sign-up lines
        // repeat like a thread's buttons, but the prose they sit above repeats too.
        let footer = ["Subscribe to our newsletter", "Subscribe", "Careers", "Press", teaser]
        let page = prose + footer + footer
        XCTAssertEqual(clean(page), prose)
    }

    func testTextIndexKeepsEachTextsFirstIndexOfTheOrderFed() {
        let lines = ["Share", "Harbour plan approved", "Share", "Reply", "Share", "Reply", "Tags"]
        let scored = LocalScorer.scoreAll(TextSegmenter.segment(lines.joined(separator: "\n\n")))
        var last = [UInt64: Int]()
        for index in scored.indices { last[scored[index].block.stats.textHash] = index }
        let fromEnd = SpanTail.textIndex(scored, scored.indices.reversed(), capacity: scored.count)
        let fromStart = SpanTail.textIndex(scored, scored.indices, capacity: scored.count)
        for index in scored.indices {
            let hash = scored[index].block.stats.textHash
            XCTAssertEqual(fromEnd.index(of: hash), last[hash], lines[index])
            XCTAssertEqual(fromStart.index(of: hash), lines.firstIndex(of: lines[index]), lines[index])
        }
        XCTAssertEqual(fromEnd.index(of: scored[0].block.stats.textHash), 4)
        XCTAssertEqual(fromEnd.index(of: scored[3].block.stats.textHash), 5)
        let head = SpanTail.textIndex(scored, 0..<2, capacity: 2)
        XCTAssertNotNil(head.index(of: scored[2].block.stats.textHash))
        XCTAssertNil(head.index(of: scored[3].block.stats.textHash))
    }
}
