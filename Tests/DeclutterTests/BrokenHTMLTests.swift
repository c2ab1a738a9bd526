import Foundation
import XCTest
@testable import Declutter

/// Broken and hostile markup returns — no crash, no hang — with the article that was in it.
final class BrokenHTMLTests: XCTestCase {
    private let article = BadInput.article
    private let paragraph = "<p>\(BadInput.sentence)</p>"

    func testUnclosedTags() throws {
        let body = "<article><h1>Budget approved<p>\(BadInput.sentence)<p>\(BadInput.sentence)<div><span><b><i>"
            + "\(BadInput.sentence)<table><tr><td><ul><li><a href=\"x"
        let data = Data("<html><head><title>Budget approved<body>\(body)".utf8)
        let cleaned = try BadInput.clean(data)
        XCTAssertEqual(cleaned.inputKind, .html)
        BadInput.assertKeepsSentence(cleaned, "unclosed tags")
    }

    /// 100,000 nested `<div>`s around the article, closed and never closed.
    func testDeepNesting() throws {
        let depth = 100_000
        let open = String(repeating: "<div>", count: depth)
        let closed = try BadInput.clean(BadInput.page(open + article + String(repeating: "</div>", count: depth)))
        BadInput.assertKeepsSentence(closed, "deep nesting")
        XCTAssertEqual(closed.title, "Budget approved")
        let unclosed = try BadInput.clean(Data("<html><body>\(open)\(article)".utf8))
        BadInput.assertKeepsSentence(unclosed, "deep nesting, never closed")
        // Nesting of elements libxml2 closes on its own (`<p>` in `<p>`), and of inline elements.
        let mixed = try BadInput.clean(BadInput.page(String(repeating: "<p><li><table><td>", count: 20_000) + article))
        BadInput.assertAnswered(mixed, "20,000 nested tables")
    }

    /// 200,000 sibling elements after the article (the million is in `make bench-memory`).
    func testManySiblings() throws {
        let siblings = String(repeating: "<span>x</span>", count: 200_000)
        let cleaned = try BadInput.clean(BadInput.page(article + siblings))
        BadInput.assertKeepsSentence(cleaned, "many siblings")
        XCTAssertFalse(cleaned.text().contains("x x x x"), "the span soup was taken for the article")
    }

    /// Attribute values of 10 MB on the element around the article and on a paragraph.
    func testEnormousAttributeValues() throws {
        let huge = String(repeating: "a", count: 10_000_000)
        let body = "<div class=\"\(huge)\" data-x='\(huge.prefix(1_000_000))'>\(article)<p title=\"\(huge)\">Tail words.</p></div>"
        let cleaned = try BadInput.clean(BadInput.page(body))
        BadInput.assertKeepsSentence(cleaned, "huge attributes")
        XCTAssertFalse(cleaned.text().contains("aaaaaaaa"), "an attribute value leaked into the text")
        // An attribute value that never ends swallows the page, but returns.
        BadInput.assertAnswered(try BadInput.clean(BadInput.page(article + "<div class=\"" + huge)), "attribute never closed")
    }

    /// Numeric entities out of range, zero, surrogates, malformed: the text around them stays.
    func testMalformedAndHugeNumericEntities() throws {
        let entities = "&#99999999999; &#x110000; &#0; &#xD800; &#xDFFF; &#-1; &#x; &#; &#99999999999999999999999999999999; "
            + "&#x7FFFFFFFFFFFFFFFFFFF; &#65 &amp &lt;b&gt; &unknownentity; &#x1F600;"
        let body = "<article><h1>Budget approved</h1><p>Before \(entities) after. \(BadInput.sentence)</p>"
            + String(repeating: paragraph, count: 2) + "</article>"
        for data in [BadInput.page(body), Data("Budget approved\n\nBefore \(entities) after. \(BadInput.sentence)\n\n".utf8)] {
            let cleaned = try BadInput.clean(data)
            let text = cleaned.text()
            XCTAssertTrue(text.contains("Before"), text)
            XCTAssertTrue(text.contains("after. \(BadInput.sentence)"), text)
            XCTAssertFalse(text.unicodeScalars.contains { $0.value == 0 }, "a NUL came out of &#0;")
        }
        let html = try BadInput.clean(BadInput.page(body)).text()
        XCTAssertTrue(html.contains("😀"), html)
        XCTAssertTrue(html.contains("<b>"), html)
    }

    /// A comment, a CDATA section or a `<script>` that never closes swallows the rest of the page,
    /// not what came before it, and its content never shows as text.
    func testConstructsThatNeverClose() throws {
        let tail = " var secret = 'leaked'; " + String(repeating: "never closed ", count: 1_000)
        for opener in ["<!--", "<![CDATA[", "<script>", "<style>", "<textarea>", "<title>", "<iframe>", "<noscript>", "<xmp>", "<plaintext>"] {
            let cleaned = try BadInput.clean(Data("<html><body>\(article)\(opener)\(tail)".utf8))
            BadInput.assertKeepsSentence(cleaned, opener)
            XCTAssertFalse(cleaned.text().contains("secret"), "\(opener): its content came out as text")
        }
        // The same constructs before the article: the page returns, whatever is left.
        for opener in ["<!--", "<![CDATA[", "<script>"] {
            let cleaned = try BadInput.clean(Data("<html><body>\(opener)\(tail)\(article)".utf8))
            XCTAssertFalse(cleaned.text().contains("secret"), opener)
            BadInput.assertAnswered(cleaned, opener)
        }
    }

    /// A frameset page has no text of its own (its `<noframes>` fallback is not the article): empty, with a warning.
    func testFramesetPage() throws {
        let page = "<!DOCTYPE html PUBLIC \"-//W3C//DTD HTML 4.01 Frameset//EN\"><html><head><title>Frames</title></head>"
            + "<frameset cols=\"50%,50%\"><frame src=\"a.html\"><frame src=\"b.html\"><noframes><body>"
            + "<p>Your browser does not support frames.</p></body></noframes></frameset></html>"
        let cleaned = try BadInput.clean(Data(page.utf8))
        XCTAssertEqual(cleaned.inputKind, .html)
        BadInput.assertEmptyWithWarning(cleaned, "frameset")
    }

    func testXHTMLServedAsHTML() throws {
        let page = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\" "
            + "\"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd\">\n<html xmlns=\"http://www.w3.org/1999/xhtml\" xml:lang=\"en\">"
            + "<head><meta http-equiv=\"Content-Type\" content=\"application/xhtml+xml; charset=UTF-8\" /><title>Budget approved</title></head>"
            + "<body><article><h1>Budget approved</h1><br/><p>\(BadInput.sentence)<br/>\(BadInput.sentence)</p><p/>"
            + "<![CDATA[ cdata text ]]>\(paragraph)<img src=\"x.png\" alt=\"\"/></article></body></html>"
        let cleaned = try BadInput.clean(Data(page.utf8))
        XCTAssertEqual(cleaned.inputKind, .html)
        XCTAssertEqual(cleaned.title, "Budget approved")
        BadInput.assertKeepsSentence(cleaned, "XHTML")
        XCTAssertFalse(cleaned.text().contains("<?xml"))
    }

    /// Nothing is ever read from a file or the network: external DTDs and entities stay unresolved.
    func testExternalEntitiesAreNeverLoaded() throws {
        let secret = "SECRET-\(UUID().uuidString)"
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("declutter-xxe-\(UUID().uuidString).txt")
        try Data("\(secret)\n".utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let hostname = (try? String(contentsOfFile: "/etc/hostname", encoding: .utf8))?
            .trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        let pages = [
            "<!DOCTYPE x SYSTEM \"\(file.absoluteString)\"><html><body>\(article)</body></html>",
            "<!DOCTYPE html SYSTEM \"file:///etc/passwd\"><html><body>\(article)<p>&passwd;</p></body></html>",
            "<!DOCTYPE html [<!ENTITY xxe SYSTEM \"\(file.absoluteString)\"><!ENTITY host SYSTEM \"file:///etc/hostname\">]>"
                + "<html><body><article><h1>Budget approved</h1><p>Value: &xxe; host: &host; \(BadInput.sentence)</p>"
                + String(repeating: paragraph, count: 2) + "</article></body></html>",
            "<!DOCTYPE html [<!ENTITY % remote SYSTEM \"\(file.absoluteString)\"> %remote; <!ENTITY inner \"&xxe;\">]>"
                + "<html><body>\(article)<p>&inner;</p></body></html>",
            "<html><body>\(article)<xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" href=\"\(file.absoluteString)\" parse=\"text\"/></body></html>",
        ]
        for page in pages {
            let cleaned = try BadInput.clean(Data(page.utf8))
            BadInput.assertKeepsSentence(cleaned, "external entity page")
            XCTAssertFalse(cleaned.text().contains(secret), "a local file was read: \(page.prefix(80))")
            XCTAssertFalse(cleaned.text().contains("root:x:0"), "/etc/passwd was read")
            if hostname.count >= 6 {
                XCTAssertFalse(cleaned.text().contains(hostname), "/etc/hostname was read")
            }
            XCTAssertFalse(try Cleaner().explain(Data(page.utf8)).blocks.map(\.text).joined().contains(secret))
        }
    }

    /// Entity-expansion bombs ("billion laughs") do not expand.
    func testEntityExpansionBombDoesNotExpand() throws {
        var entities = "<!ENTITY lol0 \"lollollollollollollollollol\">"
        for level in 1...9 {
            entities += "<!ENTITY lol\(level) \"" + String(repeating: "&lol\(level - 1);", count: 10) + "\">"
        }
        let page = "<!DOCTYPE lolz [\(entities)]><html><body>\(article)<p>&lol9;</p></body></html>"
        let cleaned = try BadInput.clean(Data(page.utf8))
        BadInput.assertKeepsSentence(cleaned, "billion laughs")
        XCTAssertFalse(cleaned.text().contains("lollollollollollollollollollollol"))
    }

    /// JSON-LD nested 100,000 deep (arrays, objects, `@graph`s) is refused or walked without recursion.
    func testDeeplyNestedJSONLD() throws {
        let depth = 100_000
        for (open, close) in [("[", "]"), ("{\"a\":", "}"), ("{\"@graph\":[", "]}")] {
            let script = String(repeating: open, count: depth) + "{\"articleBody\":\"deep\"}" + String(repeating: close, count: depth)
            let head = "<title>Budget approved</title><script type=\"application/ld+json\">\(script)</script>"
            BadInput.assertKeepsSentence(try BadInput.clean(BadInput.page(article, head: head)), "JSON-LD \(open)")
        }
    }

    /// Cases that are quadratic in a naive walker complete (their timing is in `make bench-memory`).
    func testQuadraticLookingCasesComplete() throws {
        let depth = 20_000
        let nested = "<article><h1>Budget approved</h1><p>" + String(repeating: "<b><i>", count: depth) + BadInput.sentence
            + String(repeating: "</i></b>", count: depth) + "</p>" + String(repeating: paragraph, count: 2) + "</article>"
        BadInput.assertKeepsSentence(try BadInput.clean(BadInput.page(nested)), "nested inline tags")
        // The same, never closed: each word in its own deeper inline element.
        var words = ""
        for index in 0..<depth { words += "<span><a href=\"#\(index)\">w\(index)</a> " }
        BadInput.assertAnswered(try BadInput.clean(BadInput.page(article + words)), "unclosed inline elements")

        let manyParagraphs = try BadInput.clean(BadInput.page(String(repeating: "<p>word</p>", count: 100_000)))
        XCTAssertLessThanOrEqual(manyParagraphs.paragraphs.count, 100_000)
        BadInput.assertAnswered(manyParagraphs, "100,000 paragraphs")
        let manyLines = try BadInput.clean(Data(String(repeating: "word\n", count: 200_000).utf8))
        BadInput.assertAnswered(manyLines, "200,000 lines")
    }
}
