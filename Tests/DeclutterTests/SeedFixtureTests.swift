import XCTest
@testable import Declutter

/// The five pages the project was founded on: each must come out byte for byte as expected.
final class SeedFixtureTests: XCTestCase {
    func testSeedPagesAreExact() throws {
        let checked = try FixtureSupport.assertFolder("seeds")
        XCTAssertEqual(checked, 5)
    }
}
