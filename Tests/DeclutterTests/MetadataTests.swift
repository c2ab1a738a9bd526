import Foundation
import XCTest
@testable import Declutter

/// The metadata stage: sources in order of trust, what a source may not give, the `<time>` of
/// the article rather than of a sidebar, and names read out of bylines.
final class MetadataTests: XCTestCase {
    private let prose = "<p>The harbour board voted on Tuesday to raise mooring fees for the first time in six years, citing the cost of dredging the channel and repairs to the north pier.</p>"

    private func metadata(head: String, body: String) throws -> ArticleMetadata {
        let html = "<html><head>\(head)</head><body>\(body)</body></html>"
        return try Cleaner().clean(Data(html.utf8)).metadata
    }

    func testJSONLDOutranksOpenGraphWhichOutranksMeta() throws {
        let head = """
            <script type="application/ld+json">{"@type": "BlogPosting", "datePublished": "2025-01-02", "author": "Ann Lee"}</script>
            <meta property="article:published_time" content="2025-01-03T10:00:00Z">
            <meta property="article:modified_time" content="2025-01-04T10:00:00Z">
            <meta name="date" content="2025-01-05"><meta name="dcterms.modified" content="2025-01-06">
            <meta property="article:author" content="https://example.com/ann">
            <meta name="twitter:creator" content="@ann"><meta name="author" content="A. Lee">
            <meta name="description" content="Meta summary."><meta name="twitter:description" content="Twitter summary.">
            """
        let found = try metadata(head: head, body: prose + prose)
        XCTAssertEqual(found.published, "2025-01-02")
        XCTAssertEqual(found.sources["published"], .jsonLD)
        XCTAssertEqual(found.modified, "2025-01-04T10:00:00Z")
        XCTAssertEqual(found.sources["modified"], .openGraph)
        XCTAssertEqual(found.author, "Ann Lee")
        XCTAssertEqual(found.description, "Twitter summary.")
        XCTAssertEqual(found.sources["description"], .twitter)

        // Without JSON-LD: a profile address and a handle are no names; the meta author is.
        let withoutLD = try metadata(head: head.components(separatedBy: "</script>")[1], body: prose + prose)
        XCTAssertEqual(withoutLD.author, "A. Lee")
        XCTAssertEqual(withoutLD.sources["author"], .meta)
        XCTAssertEqual(withoutLD.published, "2025-01-03T10:00:00Z")
    }

    func testTheArticlesTimeNotTheSidebars() throws {
        let body = """
            <aside><time datetime="2019-05-05">Old story</time> <a href="/x">Old story link</a></aside>
            <article><h1>Fees rise</h1><p>Posted <time datetime="2025-03-01T09:00:00Z">1 March</time></p>\(prose)\(prose)</article>
            <footer><time datetime="2020-01-01">Footer</time></footer>
            """
        let found = try metadata(head: "<title>Fees rise</title>", body: body)
        XCTAssertEqual(found.published, "2025-03-01T09:00:00Z")
        XCTAssertEqual(found.sources["published"], .time)
    }

    func testLanguageFromHTMLLangThenMeta() throws {
        let html = "<html lang=\"pt-BR\"><head><meta http-equiv=\"content-language\" content=\"es\"></head><body>\(prose)\(prose)</body></html>"
        let found = try Cleaner().clean(Data(html.utf8)).metadata
        XCTAssertEqual(found.language, "pt")
        XCTAssertEqual(found.sources["language"], .htmlLang)
        let meta = try metadata(head: "<meta http-equiv=\"content-language\" content=\"es-ES\">", body: prose + prose)
        XCTAssertEqual(meta.language, "es")
        XCTAssertEqual(meta.sources["language"], .meta)
        XCTAssertNil(MetadataResolver.languageCode("x-default"))
    }

    func testNamesInBylines() {
        XCTAssertEqual(VisibleMetadata.name(inByline: "By Jane Doe | March 3, 2025"), "Jane Doe")
        XCTAssertEqual(VisibleMetadata.name(inByline: "Von Katrin Vogel"), "Katrin Vogel")
        XCTAssertEqual(VisibleMetadata.name(inByline: "Guide by Will Judd"), "Will Judd")
        XCTAssertEqual(VisibleMetadata.name(inByline: "By Jane Doe and John Roe, Reuters."), "Jane Doe and John Roe, Reuters")
        XCTAssertNil(VisibleMetadata.name(inByline: "By"))
        XCTAssertNil(VisibleMetadata.name(inByline: "by the way"))
        XCTAssertNil(VisibleMetadata.name(inByline: "March 3, 2025"))
    }

    func testDateLinesWithAnUpdate() throws {
        let (published, modified) = try XCTUnwrap(VisibleMetadata.dates(in: "Published: March 3, 2025 10:15 am EST | Updated: 4:40 pm"))
        XCTAssertEqual(published.iso, "2025-03-03T10:15:00-05:00")
        XCTAssertEqual(modified?.iso, "2025-03-03T16:40:00-05:00")
        let (onlyUpdate, none) = try XCTUnwrap(VisibleMetadata.dates(in: "Updated May 2, 2025"))
        XCTAssertEqual(onlyUpdate.iso, "2025-05-02")
        XCTAssertNil(none)
        XCTAssertNil(VisibleMetadata.dates(in: "Updated 3 hours ago"))
    }
}
