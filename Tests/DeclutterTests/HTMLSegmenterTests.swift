import Foundation
import XCTest
@testable import Declutter

/// The HTML front door: blocks, roles, context fields and page hints.
final class HTMLSegmenterTests: XCTestCase {
    private func segment(_ html: String) -> HTMLPage {
        HTMLSegmenter.segment(Data(html.utf8))
    }

    private func texts(_ html: String) -> [String] {
        segment(html).blocks.map(\.text)
    }

    private func block(_ page: HTMLPage, containing text: String, file: StaticString = #filePath, line: UInt = #line) -> Block? {
        let found = page.blocks.first { $0.text.contains(text) }
        XCTAssertNotNil(found, "no block contains \"\(text)\"", file: file, line: line)
        return found
    }

    // MARK: - Blocks and roles

    func testBlockRoles() {
        let page = segment("""
            <html><body>
            <h1>Title here</h1><h3>Sub head</h3>
            <p>First paragraph.</p>
            <ul><li>One</li><li>Two</li></ul>
            <dl><dt>Term</dt><dd>Definition</dd></dl>
            <blockquote><p>Quoted words.</p></blockquote>
            <pre>line one
            line two</pre>
            <table><caption>Table caption</caption><tr><th>Head cell</th><td>Data cell</td></tr></table>
            <figure><img src="x.jpg"><figcaption>Figure caption</figcaption></figure>
            </body></html>
            """)
        let roles = Dictionary(page.blocks.map { ($0.text, $0.role) }, uniquingKeysWith: { first, _ in first })
        XCTAssertEqual(roles["Title here"], .heading(level: 1))
        XCTAssertEqual(roles["Sub head"], .heading(level: 3))
        XCTAssertEqual(roles["First paragraph."], .paragraph)
        XCTAssertEqual(roles["One"], .listItem)
        XCTAssertEqual(roles["Two"], .listItem)
        XCTAssertEqual(roles["Term"], .listItem)
        XCTAssertEqual(roles["Definition"], .listItem)
        XCTAssertEqual(roles["Quoted words."], .quote)
        XCTAssertEqual(roles["line one line two"], .preformatted)
        XCTAssertEqual(roles["Table caption"], .caption)
        XCTAssertEqual(roles["Head cell"], .tableCell)
        XCTAssertEqual(roles["Data cell"], .tableCell)
        XCTAssertEqual(roles["Figure caption"], .caption)
        XCTAssertEqual(page.blocks.count, 13)
    }

    func testNestedRolesAndLayoutTables() {
        let page = segment("""
            <ul><li><p>Item paragraph</p></li></ul>
            <table><tr><td><p>Layout table paragraph</p>Cell text</td></tr></table>
            """)
        XCTAssertEqual(block(page, containing: "Item paragraph")?.role, .listItem)
        XCTAssertEqual(block(page, containing: "Layout table paragraph")?.role, .paragraph)
        XCTAssertEqual(block(page, containing: "Cell text")?.role, .tableCell)
    }

    func testInlineTextJoinsAndDivRunsSplitAtBlocks() {
        XCTAssertEqual(texts("<p>Some <b>bold</b>, <em>emphasis</em> and <a href='#'>a link</a>.</p>"),
                       ["Some bold, emphasis and a link."])
        XCTAssertEqual(texts("<div>Run one <span>continues</span><div>Inner block</div>Run two</div>"),
                       ["Run one continues", "Inner block", "Run two"])
        XCTAssertEqual(texts("<p>  lots \n\t of   space&nbsp;here  </p>"), ["lots of space\u{00A0}here"])
        // Side-by-side links and spans are separate items; formatting inside a word is not.
        XCTAssertEqual(texts("<div><a href='/a'>Privacy</a><a href='/b'>Terms</a></div>"), ["Privacy Terms"])
        XCTAssertEqual(texts("<p>un<b>believ</b>able</p>"), ["unbelievable"])
    }

    func testDoubleLineBreakSplitsRuns() {
        XCTAssertEqual(texts("<div>First line<br>same block<br><br>Second block<br/><br/>Third</div>"),
                       ["First line same block", "Second block", "Third"])
        XCTAssertEqual(texts("<div>One<br> \n <br>Two</div>"), ["One", "Two"])
    }

    // MARK: - What is skipped

    func testScriptStyleAndFormControlsSkipped() {
        let result = texts("""
            <html><head><title>T</title><style>p { color: red }</style></head><body>
            <script>var x = "script text";</script><noscript>Enable JavaScript</noscript>
            <p>Visible</p><template><p>Template text</p></template>
            <button>Click me</button><select><option>Option text</option></select>
            <textarea>Typed text</textarea><svg><text>SVG text</text></svg><!-- a comment -->
            </body></html>
            """)
        XCTAssertEqual(result, ["Visible"])
    }

    func testHiddenElementsDropped() {
        let result = texts("""
            <p>Shown</p><p hidden>Hidden attribute</p><div aria-hidden="true"><p>Aria hidden</p></div>
            <p style="display: none">Display none</p><p style="color:red;VISIBILITY:hidden">Visibility hidden</p>
            <dialog><p>Closed dialog</p></dialog><dialog open><p>Open dialog</p></dialog>
            """)
        XCTAssertEqual(result, ["Shown", "Open dialog"])
    }

    func testHidingOnBodyIsIgnored() {
        XCTAssertEqual(texts("<html><body style='display:none' class='sidebar'><p>Body text</p></body></html>"), ["Body text"])
        XCTAssertEqual(segment("<body class='has-sidebar comments-open'><p>Text</p></body>").blocks.first?.cues, [])
    }

    func testSwallowedPageInButtonIsWalked() {
        // libxml2 ignores </button> while a <div> inside is open, so the rest of the page ends up in the button.
        let article = String(repeating: "This is a sentence of the article that follows the broken menu button. ", count: 20)
        let result = texts("<button class='menu'><div><div></button><article><p>\(article)</p></article>")
        XCTAssertEqual(result.count, 1)
        XCTAssertTrue(result.first?.hasPrefix("This is a sentence") ?? false)
    }

    func testLargeNoscriptIsWalkedSmallIsNot() {
        let post = String(repeating: "A forum post served to crawlers without JavaScript. ", count: 30)
        XCTAssertEqual(texts("<body><noscript><div class='post'><p>\(post)</p></div></noscript></body>").count, 1)
        XCTAssertEqual(texts("<body><noscript>Please enable JavaScript.</noscript><p>Text</p></body>"), ["Text"])
    }

    func testReactStreamedSegmentIsSplicedAtItsPlaceholder() {
        let page = segment("""
            <body><h1>Headline</h1><template id="B:0"></template><p>Loading…</p><footer><p>Footer</p></footer>
            <div hidden id="S:0"><p>Streamed article text.</p></div></body>
            """)
        XCTAssertEqual(page.blocks.map(\.text), ["Headline", "Streamed article text.", "Loading…", "Footer"])
    }

    // MARK: - Context fields

    func testLinkBytes() {
        let page = segment("<p>Read <a href='/x'>this  story</a> now</p><ul><li><a href='/a'>Home</a></li></ul>")
        let sentence = block(page, containing: "Read")
        XCTAssertEqual(sentence?.text, "Read this story now")
        XCTAssertEqual(sentence?.linkBytes, "this story".utf8.count)
        let menu = block(page, containing: "Home")
        XCTAssertEqual(menu?.linkDensity, 1)
    }

    func testLandmarksFromElementsAndRoles() {
        let page = segment("""
            <body><header><p>Site header</p></header><nav><a href="/">Nav link</a></nav>
            <main><article><div itemprop="articleBody"><p>Body text</p></div>
            <figure><figcaption>Caption</figcaption></figure></article></main>
            <aside><p>Aside text</p></aside><form><p>Form text</p></form>
            <div role="navigation"><p>Role nav</p></div><div role="banner"><p>Role banner</p></div>
            <div role="contentinfo"><p>Role footer</p></div><div role="complementary"><p>Role aside</p></div>
            <div role="dialog"><p>Role dialog</p></div><div role="menubar"><p>Role menu</p></div>
            <footer><p>Site footer</p></footer></body>
            """)
        let expected: [(String, Landmarks)] = [
            ("Site header", .header), ("Nav link", .nav), ("Body text", [.main, .article, .articleBody]),
            ("Caption", [.main, .article, .figure]), ("Aside text", .aside), ("Form text", .form),
            ("Role nav", .nav), ("Role banner", .header), ("Role footer", .footer), ("Role aside", .aside),
            ("Role dialog", .form), ("Role menu", .menu), ("Site footer", .footer),
        ]
        for (text, landmarks) in expected {
            XCTAssertEqual(block(page, containing: text)?.landmarks, landmarks, text)
        }
    }

    func testContainersAndDepth() {
        let page = segment("<body><div><p>A</p><p>B</p></div><section><div><div>C</div></div></section></body>")
        let a = block(page, containing: "A"), b = block(page, containing: "B"), c = block(page, containing: "C")
        XCTAssertEqual(a?.container, b?.container)
        XCTAssertNotEqual(a?.container, c?.container)
        XCTAssertEqual(a?.ancestors.count, 2)  // body, div
        XCTAssertEqual(c?.ancestors.count, 4)  // body, section, div, div
        XCTAssertEqual(a?.ancestors.first, c?.ancestors.first)
        XCTAssertEqual(c?.ancestors.last, c?.container)
        XCTAssertGreaterThan(c?.depth ?? 0, a?.depth ?? 0)
    }

    // MARK: - Class and id cues

    func testClassCues() {
        let page = segment("""
            <div class="related-articles"><p>Related</p></div>
            <div id="mostRead"><p>Popular</p></div>
            <div class="c-share__bar"><p>Share</p></div>
            <div class="ad-slot"><p>Advert</p></div>
            <div class="article-body"><p>Content</p></div>
            <div class="articleBody"><p>Camel content</p></div>
            <div class="sr-only"><p>Screen reader</p></div>
            <div class="byline"><p>By Someone</p></div>
            """)
        let expected: [(String, Cues)] = [
            ("Related", .related), ("Popular", .popular), ("Share", .share), ("Advert", .ad), ("Content", .content),
            ("Camel content", .content), ("Screen reader", .hidden), ("By Someone", .byline),
        ]
        for (text, cues) in expected {
            XCTAssertEqual(block(page, containing: text)?.cues, cues, text)
        }
    }

    func testClassCuesMatchWholeTokensOnly() {
        let page = segment("""
            <div class="header shadow-lg download thread"><p>Not an ad</p></div>
            <div class="masthead"><p>Still not an ad</p></div>
            <div class="overflow-hidden"><p>Clipped, not hidden</p></div>
            <div class="hidden md:block"><p>Shown on desktop</p></div>
            <div class="comments-open has-sidebar is-active"><p>State flags</p></div>
            <div class="w-variant-2a872dd3-bab5-8141-0ad7-251b924e42e6"><p>A UUID, not an ad</p></div>
            <details class="AccordionTextItem_item__adF2E"><p>A build hash, not an ad</p></details>
            """)
        for text in ["Not an ad", "Still not an ad", "Clipped, not hidden", "Shown on desktop", "State flags",
                     "A UUID, not an ad", "A build hash, not an ad"] {
            XCTAssertEqual(block(page, containing: text)?.cues, [], text)
        }
    }

    func testCuesInheritedAndInlineMajority() {
        let page = segment("""
            <div class="sidebar"><div><p>Deep inside</p></div></div>
            <div><span class="byline">By Jane Doe</span></div>
            <p>A long sentence that mentions <span class="date">today</span> in passing, and goes on.</p>
            """)
        XCTAssertEqual(block(page, containing: "Deep inside")?.cues, .sidebar)
        XCTAssertEqual(block(page, containing: "By Jane Doe")?.cues, .byline)
        XCTAssertEqual(block(page, containing: "mentions")?.cues, [])
    }

    func testClassTokenSplitting() {
        func tokens(_ name: String) -> [String] {
            var result = [String]()
            Array(name.utf8).withUnsafeBufferPointer { buffer in
                var ranges = [Range<Int>]()
                ClassTokens.split(buffer, 0..<buffer.count, into: &ranges)
                result = ranges.map { String(decoding: buffer[$0], as: UTF8.self) }
            }
            return result
        }
        XCTAssertEqual(tokens("relatedArticles2"), ["related", "Articles", "2"])
        XCTAssertEqual(tokens("GPTAdSlot"), ["GPT", "Ad", "Slot"])
        XCTAssertEqual(tokens("c-article__body--wide"), ["c", "article", "body", "wide"])
        // A run that switches between letters and digits twice or more is generated: its one- and
        // two-letter fragments are not words, its longer tokens still are.
        XCTAssertEqual(tokens("Item_content__adF2E"), ["Item", "content"])
        XCTAssertEqual(tokens("col-0ad7-top10"), ["col", "top", "10"])
        XCTAssertEqual(tokens("lnb3ColFooter"), ["lnb", "Col", "Footer"])
        XCTAssertEqual(tokens("v7menu"), ["menu"])
    }

    // MARK: - Page hints

    func testTitleOgTitleH1sAndLang() {
        let page = segment("""
            <html lang="en-GB"><head><title> The  Title | Site </title>
            <meta property="og:title" content="OG title"><meta property="og:site_name" content="Site"></head>
            <body><h1>First <em>headline</em></h1><h1 hidden>Hidden headline</h1><h1>Second</h1></body></html>
            """)
        XCTAssertEqual(page.hints.titleTag, "The Title | Site")
        XCTAssertEqual(page.hints.ogTitle, "OG title")
        XCTAssertEqual(page.hints.ogSiteName, "Site")
        XCTAssertEqual(page.hints.h1s, ["First headline", "Second"])
        XCTAssertEqual(page.hints.lang, "en-GB")
    }

    func testJSONLDHeadlineAndArticleBody() {
        let page = segment("""
            <html><head>
            <script type="application/ld+json">{"@context":"https://schema.org","@type":"WebSite","name":"Site"}</script>
            <script type="application/ld+json">
            {"@context":"https://schema.org","@graph":[
              {"@type":"BreadcrumbList","itemListElement":[]},
              {"@type":"NewsArticle","headline":"The JSON headline","articleBody":"First line
            of the body."}]}
            </script></head><body><p>x</p></body></html>
            """)
        XCTAssertEqual(page.hints.jsonLDHeadline, "The JSON headline")
        XCTAssertEqual(page.hints.jsonLDArticleBody, "First line of the body.")
    }

    func testJSONLDHeadlineWithoutBody() {
        let page = segment("""
            <script type="application/ld+json">[{"@type":"Article","headline":["Array headline"]}]</script><p>x</p>
            """)
        XCTAssertEqual(page.hints.jsonLDHeadline, "Array headline")
        XCTAssertNil(page.hints.jsonLDArticleBody)
    }

    // MARK: - Robustness

    func testDeeplyNestedPageDoesNotCrash() {
        let depth = 100_000
        var html = "<html><body>"
        html += String(repeating: "<div>", count: depth)
        html += "<p>Deep text</p>"
        html += String(repeating: "</div>", count: depth)
        html += "<p>After</p></body></html>"
        let page = segment(html)
        XCTAssertTrue(page.blocks.contains { $0.text == "Deep text" })
    }

    func testConcurrentSegmentingGivesTheSameBlocks() {
        let data = Data("<html><body><nav><a href='/'>Home</a></nav><p>One paragraph.</p><p>Two</p></body></html>".utf8)
        let expected = HTMLSegmenter.segment(data).blocks.map(\.text)
        final class Mismatches: @unchecked Sendable {
            let lock = NSLock()
            var count = 0
        }
        let mismatches = Mismatches()
        DispatchQueue.concurrentPerform(iterations: 16) { _ in
            if HTMLSegmenter.segment(data).blocks.map(\.text) != expected {
                mismatches.lock.withLock { mismatches.count += 1 }
            }
        }
        XCTAssertEqual(mismatches.count, 0)
    }

    func testEmptyAndTextOnlyInput() {
        XCTAssertTrue(HTMLSegmenter.segment(Data()).blocks.isEmpty)
        XCTAssertEqual(texts("just some words"), ["just some words"])
    }

    func testDebugDumpListsBlocks() {
        let dump = HTMLSegmenter.debugDump(Data("<nav class='menu'><a href='/'>Home</a></nav><p>Body</p>".utf8))
        XCTAssertTrue(dump.contains("Home"))
        XCTAssertTrue(dump.contains("nav"))
        XCTAssertTrue(dump.contains("ld=1.00"))
    }
}
