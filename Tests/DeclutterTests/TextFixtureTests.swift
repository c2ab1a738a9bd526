import XCTest
@testable import Declutter

/// Hand-made text dumps covering noise the seeds lack (cookie banners, newsletters, share rows,
/// bylines, captions, tickers, tags, comments, breadcrumbs, footers; German, French, Spanish,
/// Italian, Portuguese, Japanese, Chinese): each must come out byte for byte as expected.
final class TextFixtureTests: XCTestCase {
    func testTextFixturesAreExact() throws {
        let checked = try FixtureSupport.assertFolder("text")
        XCTAssertGreaterThanOrEqual(checked, 12)
    }
}
