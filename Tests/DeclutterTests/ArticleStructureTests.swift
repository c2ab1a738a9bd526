import Foundation
import XCTest
@testable import Declutter

/// Kept blocks put back together as headings, lists, quotes, tables and code (HTML by element,
/// text dumps by shape), and the Markdown they render to.
final class ArticleStructureTests: XCTestCase {
    /// Every block of an HTML fragment, as if all were kept.
    private func htmlPieces(_ html: String, inline: Bool = false) -> [ArticleBlock] {
        let page = HTMLSegmenter.segment(Data(html.utf8), inlineMarkup: inline)
        let kept = KeptBlock.gather(page.blocks, at: Array(page.blocks.indices), places: page.places, spans: page.spans)
        return ArticleStructure.pieces(kept, verbatim: page.verbatim, fromText: false)
    }

    private func textPieces(_ text: String) -> [ArticleBlock] {
        let blocks = TextSegmenter.segment(text)
        return ArticleStructure.pieces(KeptBlock.gather(blocks, at: Array(blocks.indices), places: [], spans: []),
                                       verbatim: [:], fromText: true)
    }

    // MARK: - HTML

    func testHTMLKindsAndGrouping() {
        let pieces = htmlPieces("""
            <h2>Section</h2><p>Para one.</p>
            <ul><li>One</li><li>Two<ol><li>Two A</li><li>Two B</li></ol></li><li><p>Three</p><p>Three more</p></li></ul>
            <blockquote><p>Quote one.</p><p>Quote two.</p></blockquote>
            <table><tr><th>Name</th><th>Price</th></tr><tr><td>Tea</td><td>$2</td></tr><tr><td>Cake</td></tr></table>
            <pre>let x = 1
              let y = 2</pre>
            """)
        XCTAssertEqual(pieces.map(\.kind), [.heading, .paragraph, .list, .quote, .table, .code])
        XCTAssertEqual(pieces[0].level, 2)
        let list = pieces[2]
        XCTAssertEqual(list.items.map(\.text), ["One", "Two", "Two A", "Two B", "Three\n\nThree more"])
        XCTAssertEqual(list.items.map(\.level), [1, 1, 2, 2, 1])
        XCTAssertEqual(list.items.map(\.ordered), [false, false, true, true, false])
        XCTAssertFalse(list.ordered)
        XCTAssertEqual(pieces[3].paragraphs, ["Quote one.", "Quote two."])
        XCTAssertEqual(pieces[3].text, "Quote one.\n\nQuote two.")
        XCTAssertEqual(pieces[4].rows, [["Name", "Price"], ["Tea", "$2"], ["Cake", ""]])
        XCTAssertTrue(pieces[4].headerRow)
        XCTAssertEqual(pieces[4].text, "Name\tPrice\nTea\t$2\nCake\t")
        XCTAssertEqual(pieces[5].text, "let x = 1\n  let y = 2")
    }

    func testLayoutTablesComeOutAsParagraphs() {
        let prose = String(repeating: "The council met on Tuesday and agreed the plan after a long debate. ", count: 5)
        // One column; a cell split in two by <br><br>; a cell holding prose.
        for html in ["<table><tr><td>Alpha</td></tr><tr><td>Beta</td></tr></table>",
                     "<table><tr><td>Alpha<br><br>Beta</td><td>Gamma</td></tr></table>",
                     "<table><tr><td>\(prose)</td><td>Side</td></tr></table>"] {
            XCTAssertEqual(Set(htmlPieces(html).map(\.kind)), [.paragraph], html)
        }
    }

    func testCodeFallsBackToKeptLinesWhenThePreWasCut() {
        let page = HTMLSegmenter.segment(Data("<pre>first line<br><br>second line</pre>".utf8))
        XCTAssertEqual(page.blocks.count, 2)
        let kept = KeptBlock.gather(page.blocks, at: [1], places: page.places, spans: page.spans)
        let pieces = ArticleStructure.pieces(kept, verbatim: page.verbatim, fromText: false)
        XCTAssertEqual(pieces.map(\.text), ["second line"])
    }

    func testInlineSpansFollowTheNormalisedText() {
        let pieces = htmlPieces("<p>See&nbsp; <a href=\"/x\">the  report</a> and <em>this</em>, <a href=\"#top\">top</a>.</p>",
                                inline: true)
        XCTAssertEqual(pieces.count, 1)
        let text = Array(pieces[0].text.utf8)
        let spans = pieces[0].spans.map { (String(decoding: text[$0.start..<$0.end], as: UTF8.self), $0.kind, $0.href) }
        XCTAssertEqual(spans.map(\.0), ["the report", "this"])
        XCTAssertEqual(spans.map(\.1), [.link, .emphasis])
        XCTAssertEqual(spans.first?.2, "/x")
        // Without the option nothing is recorded.
        XCTAssertEqual(htmlPieces("<p>See <a href=\"/x\">it</a>.</p>").first?.spans, [])
    }

    // MARK: - Text dumps

    func testTextDumpStructure() {
        let prose = "The committee heard from more than three hundred parents and teachers over nine months of hearings."
        let pieces = textPieces("""
            \(prose)

            What Happens Next

            \(prose)

            - first point
            - second point

            > A quoted line.

            “A line wholly in quotation marks.”

            4. The Fourth Tool

            \(prose)
            """)
        // The two quoted lines in a row make one quote.
        XCTAssertEqual(pieces.map(\.kind), [.paragraph, .heading, .paragraph, .list, .quote, .heading, .paragraph])
        XCTAssertEqual(pieces[1].text, "What Happens Next")
        XCTAssertEqual(pieces[3].items.map(\.text), ["first point", "second point"])
        XCTAssertEqual(pieces[4].paragraphs, ["A quoted line.", "“A line wholly in quotation marks.”"])
        XCTAssertEqual(pieces[5].text, "4. The Fourth Tool")
    }

    func testShortLinesThatAreNotSubheadings() {
        let prose = "The committee heard from more than three hundred parents and teachers over nine months of hearings."
        // First line; ends with a full stop; two short lines in a row (a label and a teaser); a
        // quoted remark with its attribution.
        let pieces = textPieces("""
            Opening Words Here

            \(prose)

            It rained.

            \(prose)

            Label One

            Label Two

            \(prose)

            “Not quite,” she said, “not yet.”
            """)
        XCTAssertEqual(pieces.filter { $0.kind == .heading }.map(\.text), [])
        XCTAssertEqual(pieces.count, 8)
        XCTAssertEqual(pieces.filter { $0.kind == .quote }.count, 0)
    }

    func testOrderedListKeepsTheDumpsNumbers() {
        let pieces = textPieces("3. Third\n4. Fourth\n")
        XCTAssertEqual(pieces.first?.items.map(\.number), [3, 4])
        XCTAssertEqual(MarkdownRenderer.render(title: nil, pieces: pieces, settings: .init()), "3. Third\n4. Fourth\n")
    }

    // MARK: - Markdown

    func testMarkdownEscapesWhatWouldBeMarkup() {
        let texts = ["# not a heading", "1. not a list", "- not a list", "a *star* and [brackets] and <tag>",
                     "snake_case stays, _underscored_ does not", "-5 degrees", "Price 1. 2"]
        let pieces = texts.map { ArticleBlock(kind: .paragraph, text: $0) }
        XCTAssertEqual(MarkdownRenderer.render(title: "Title *here*", pieces: pieces, settings: .init()), """
            # Title \\*here\\*

            \\# not a heading

            1\\. not a list

            \\- not a list

            a \\*star\\* and \\[brackets\\] and \\<tag>

            snake_case stays, \\_underscored\\_ does not

            -5 degrees

            Price 1. 2

            """)
    }

    func testMarkdownTablesListsAndCode() {
        var table = ArticleBlock(kind: .table, text: "A\tB|C\n1\t2")
        table.rows = [["A", "B|C"], ["1", "2"]]
        var list = ArticleBlock(kind: .list, text: "x\ny\nz\nw")
        list.items = [.init(text: "x", ordered: true), .init(text: "y", level: 2), .init(text: "z\n\nmore", ordered: true),
                      .init(text: "w", level: 1, ordered: true)]
        list.text = "x\ny\nz\n\nmore\nw"
        let code = ArticleBlock(kind: .code, text: "a ``` b")
        let all = MarkdownRenderer.render(title: nil, pieces: [table, list, code], settings: .init())
        XCTAssertEqual(all, """
            | A | B\\|C |
            | --- | --- |
            | 1 | 2 |

            1. x
                - y
            2. z

               more
            3. w

            ````
            a ``` b
            ````

            """)
        XCTAssertFalse(MarkdownRenderer.render(title: nil, pieces: [table], settings: .init(tables: false)).contains("|"))
    }

    func testMarkdownLinks() {
        var piece = ArticleBlock(kind: .paragraph, text: "Read the full report (PDF) now")
        piece.spans = [InlineSpan(start: 5, end: 26, kind: .link, href: "/a b(1).pdf"),
                       InlineSpan(start: 9, end: 13, kind: .strong),
                       InlineSpan(start: 11, end: 20, kind: .emphasis)]  // crosses the strong span: left out
        XCTAssertEqual(MarkdownRenderer.render(title: nil, pieces: [piece], settings: .init(links: true)),
                       "Read [the **full** report (PDF)](/a%20b%281%29.pdf) now\n")
        XCTAssertEqual(MarkdownRenderer.render(title: nil, pieces: [piece], settings: .init()),
                       "Read the full report (PDF) now\n")
    }
}
