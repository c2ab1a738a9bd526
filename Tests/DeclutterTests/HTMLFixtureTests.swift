import XCTest
@testable import Declutter

/// Hand-made HTML pages (nested divs with no <article>, promos inside <article>, comments,
/// galleries, a live blog, windows-1252 and Shift_JIS by meta, inline ads, a listing, a
/// JavaScript shell, JSON-LD, <br><br> paragraphs): each must come out byte for byte as expected.
final class HTMLFixtureTests: XCTestCase {
    func testHTMLFixturesAreExact() throws {
        let checked = try FixtureSupport.assertFolder("html")
        XCTAssertGreaterThanOrEqual(checked, 15)
    }

    func testJavaScriptShellGivesEmptyOutputAndAWarning() throws {
        let data = try Data(contentsOf: FixtureSupport.root.appendingPathComponent("html/input/javascript-shell-empty.html"))
        let article = try Cleaner().clean(data)
        XCTAssertEqual(article.inputKind, .html)
        XCTAssertTrue(article.paragraphs.isEmpty)
        XCTAssertEqual(article.text(), "")
        XCTAssertFalse(article.warnings.isEmpty)
    }
}
