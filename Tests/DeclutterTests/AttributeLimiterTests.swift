import Foundation
import XCTest
@testable import Declutter

/// The cap on attributes per tag that keeps libxml2's quadratic duplicate check bounded.
final class AttributeLimiterTests: XCTestCase {
    private func limited(_ html: String) -> String {
        let bytes = Array(html.utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            AttributeLimiter.withLimitedAttributes(buffer) { String(decoding: $0, as: UTF8.self) }
        }
    }

    private func attributes(_ count: Int) -> String {
        (0..<count).map { "a\($0)=\"v \($0) > x\"" }.joined(separator: " ")
    }

    func testCapsTheAttributesOfOneTag() {
        let cap = AttributeLimiter.maxAttributesPerTag
        let html = "<p>before</p><div \(attributes(cap + 50))>inside</div><p b=1>after</p>"
        let expected = "<p>before</p><div \(attributes(cap)) >inside</div><p b=1>after</p>"
        XCTAssertEqual(limited(html), expected)
    }

    func testLeavesOrdinaryPagesAlone() {
        let cap = AttributeLimiter.maxAttributesPerTag
        let pages = [
            "<div \(attributes(cap))>at the cap</div>",
            "<!-- <div \(attributes(cap + 10))> --><p>x</p>",
            "<script>var s = '<div \(attributes(cap + 10))>';</script><p>x</p>",
            "<STYLE>a<b \(attributes(cap + 10))</STYLE><p>x</p>",
            "</div \(attributes(cap + 10))><p>x</p>",
            "<!DOCTYPE html \(attributes(cap + 10))><p>x</p>",
            "a < b and \(attributes(cap + 10))",
            "<p title='unterminated \(attributes(cap + 10))",
        ]
        for page in pages {
            XCTAssertEqual(limited(page), page, String(page.prefix(40)))
        }
    }

    /// The tag after a script with a tag-like string in it is still capped.
    func testScriptEndsAtItsEndTag() {
        let cap = AttributeLimiter.maxAttributesPerTag
        let html = "<script>if (a<b) {}</SCRIPT ><i \(attributes(cap + 1))>x</i>"
        XCTAssertEqual(limited(html), "<script>if (a<b) {}</SCRIPT ><i \(attributes(cap)) >x</i>")
    }

    /// 100,000 attributes on the element around the article: fast, and the article comes out.
    func testHugeAttributeCountAroundTheArticle() throws {
        let names = (0..<100_000).map { "a\($0)=1" }.joined(separator: " ")
        let cleaned = try BadInput.clean(BadInput.page("<div \(names)>\(BadInput.article)</div>"))
        BadInput.assertKeepsSentence(cleaned, "100,000 attributes")
    }
}
