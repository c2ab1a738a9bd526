import Foundation
import XCTest
@testable import Declutter

/// Every input in `Fixtures/crashers/` (each once crashed or hung declutter) now returns.
final class CrasherFixtureTests: XCTestCase {
    func testEveryCrasherReturns() throws {
        let folder = FixtureSupport.root.appendingPathComponent("crashers")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { !$0.hasPrefix(".") && !$0.hasSuffix(".md") }.sorted()
        for name in names {
            let data = try Data(contentsOf: folder.appendingPathComponent(name))
            for kind in InputKind.allCases {
                do {
                    let article = try Cleaner(options: Options(inputKind: kind)).clean(data)
                    BadInput.assertAnswered(article, "\(name) as \(kind)")
                } catch let error as DeclutterError {
                    XCTAssertFalse("\(error)".isEmpty, "\(name) as \(kind)")
                } catch {
                    XCTFail("\(name) as \(kind): unexpected \(error)")
                }
            }
        }
    }
}
