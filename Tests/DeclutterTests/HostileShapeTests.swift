import XCTest
@testable import Declutter

/// Page shapes that make naive code quadratic. Each must clean and keep its text; the timing
/// side of them is in `make bench-memory` (`scripts/bench-memory.sh`), not here.
final class HostileShapeTests: XCTestCase {
    func testDeepNestingWithTextAtEveryLevelKeepsABoundedContainerChain() throws {
        let depth = 5_000
        var html = "<html><body>"
        for level in 0..<depth { html += "<div>Level \(level) has a sentence of ordinary words in it for the reader." }
        html += String(repeating: "</div>", count: depth) + "</body></html>"
        let page = HTMLSegmenter.segment(Data(html.utf8))
        XCTAssertGreaterThanOrEqual(page.blocks.count, depth)
        XCTAssertLessThanOrEqual(page.blocks.map(\.ancestors.count).max() ?? 0, HTMLTreeWalker.maxAncestors)
        let article = try Cleaner().clean(Data(html.utf8))
        XCTAssertFalse(article.paragraphs.isEmpty)
    }

    func testThousandsOfLoneParagraphsBetweenMenus() throws {
        let paragraph = "The council said on Tuesday that the road will be closed for two weeks while repairs go on."
        let menu = (0..<30).map { "Menu item \($0)" }.joined(separator: "\n")
        let text = Array(repeating: paragraph + "\n\n" + menu, count: 2_000).joined(separator: "\n\n")
        let article = try Cleaner(options: Options(inputKind: .text)).clean(Data(text.utf8))
        XCTAssertTrue(article.paragraphs.contains(paragraph))
        XCTAssertLessThanOrEqual(article.paragraphs.count, 2 * SpanSelector.maxSecondarySpans + 1)
    }

    func testStrayEndTagsUnderDeepNestingAreRefusedNotParsedForMinutes() throws {
        let depth = 30_000
        let html = "<html><body>" + String(repeating: "<div>", count: depth) + "<p>Some text.</p>"
            + String(repeating: "</span>", count: depth) + "</body></html>"
        XCTAssertThrowsError(try Cleaner().clean(Data(html.utf8))) { error in
            guard case DeclutterError.tooComplex = error else { return XCTFail("\(error)") }
        }
        // Ordinary sloppy markup stays far under the budget.
        let sloppy = "<html><body>" + String(repeating: "<p>An unclosed paragraph with words<br>", count: 3_000)
            + String(repeating: "</div>", count: 3_000) + "</body></html>"
        XCTAssertNoThrow(try Cleaner().clean(Data(sloppy.utf8)))
    }

    /// Structured output reads a `<pre>`'s text and an author's name from their subtrees: nested
    /// `<pre>`s and nested empty `itemprop` elements must not read them over and over (quadratic),
    /// and a huge table or list renders in one pass.
    func testNestedPreAndItempropElementsAndHugeTablesStayLinear() throws {
        let depth = 20_000
        let sentence = "The council said on Tuesday that the road will be closed for two weeks while repairs go on."
        let pre = "<html><body><p>\(sentence)</p>" + String(repeating: "<pre>x ", count: depth)
            + String(repeating: "</pre>", count: depth) + "</body></html>"
        let authors = "<html><body><p>\(sentence)</p>" + String(repeating: "<span itemprop=\"author\">", count: depth)
            + String(repeating: "</span>", count: depth) + "</body></html>"
        let rows = (0..<5_000).map { "<tr><td>Row \($0)</td><td>\($0 * 7) units</td></tr>" }.joined()
        let table = "<html><body><p>\(sentence)</p><table>\(rows)</table><p>\(sentence)</p></body></html>"
        let clock = ContinuousClock()
        for (html, expected) in [(pre, sentence), (authors, sentence), (table, "Row 4999")] {
            let start = clock.now
            var options = Options()
            options.inlineMarkup = true
            let article = try Cleaner(options: options).clean(Data(html.utf8))
            _ = article.markdown(links: true)
            _ = article.json()
            // The page was read to its end (the table page is a listing: its rows are the content).
            XCTAssertTrue(article.paragraphs.contains(expected))
            // Linear work takes well under a second even in a debug build; quadratic takes minutes.
            XCTAssertLessThan(clock.now - start, .seconds(20))
        }
    }
}
