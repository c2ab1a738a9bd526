import Foundation
import XCTest
@testable import Declutter

/// Inputs no one meant to be parsed — empty, blank, NUL bytes, huge lines, oversize, binary — go
/// through the public entry point `Cleaner.clean(Data)` and come back with an answer, never a crash.
final class BadInputTests: XCTestCase {
    func testEmptyInputGivesAnEmptyArticleAndAWarning() throws {
        for kind in InputKind.allCases {
            let article = try BadInput.clean(Data(), as: kind)
            BadInput.assertEmptyWithWarning(article, "empty as \(kind)")
            XCTAssertEqual(article.inputBytes, 0)
        }
    }

    func testWhitespaceOnlyGivesAnEmptyArticleAndAWarning() throws {
        let blanks = [" ", "\n\n\n", " \t\r\n \u{0C}\n", String(repeating: " \n", count: 10_000), "\u{FEFF}  \n"]
        for blank in blanks {
            for kind in InputKind.allCases {
                BadInput.assertEmptyWithWarning(try BadInput.clean(Data(blank.utf8), as: kind), "blank as \(kind)")
            }
        }
        // An HTML page whose body is only white space and empty elements.
        BadInput.assertEmptyWithWarning(try BadInput.clean(BadInput.page("<div>  </div>\n<p> </p><br><br>")), "blank page")
    }

    func testNULBytesInsideTextAreDroppedAndTheRestKept() throws {
        let text = "The city\0 council\0 voted.\n\n" + String(repeating: BadInput.sentence + "\n\n", count: 3)
        let fromText = try BadInput.clean(Data(text.utf8))
        XCTAssertEqual(fromText.inputKind, .text)
        BadInput.assertKeepsSentence(fromText, "NUL in text")
        XCTAssertFalse(fromText.text().contains("\0"))

        let html = BadInput.page("<article><h1>Budget approved</h1><p>The city\0 council\0 voted</p>"
            + String(repeating: "<p>\(BadInput.sentence)</p>", count: 3) + "</article>")
        let fromHTML = try BadInput.clean(html)
        XCTAssertEqual(fromHTML.inputKind, .html)
        BadInput.assertKeepsSentence(fromHTML, "NUL in HTML")
        XCTAssertFalse(fromHTML.text().contains("\0"))
    }

    /// A single 5 MB line of prose is one paragraph, kept whole (the 50 MB line is in `make bench-memory`).
    func testSingleFiveMegabyteLineIsKeptWhole() throws {
        let line = String(repeating: BadInput.sentence + " ", count: 5_000_000 / (BadInput.sentence.utf8.count + 1))
        let fromText = try BadInput.clean(Data(line.utf8))
        XCTAssertEqual(fromText.paragraphs.count, 1)
        XCTAssertEqual(fromText.paragraphs.first?.utf8.count, line.utf8.count - 1, "the line came out shortened")

        let fromHTML = try BadInput.clean(BadInput.page("<p>\(line)</p>"))
        XCTAssertEqual(fromHTML.paragraphs.count, 1)
        XCTAssertEqual(fromHTML.paragraphs.first?.utf8.count, line.utf8.count - 1, "the line came out shortened")
    }

    func testInputOverMaxBytesIsRefused() throws {
        let data = Data(String(repeating: BadInput.sentence + "\n\n", count: 10).utf8)
        XCTAssertThrowsError(try BadInput.clean(data, maxBytes: data.count - 1)) { error in
            XCTAssertEqual(error as? DeclutterError, .tooLarge(bytes: data.count, limit: data.count - 1))
            XCTAssertTrue("\(error)".contains("--max-bytes"), "\(error)")
        }
        // The limit itself is allowed.
        BadInput.assertKeepsSentence(try BadInput.clean(data, maxBytes: data.count), "at the limit")
        // The refusal comes before any decoding, whatever the kind.
        for kind in InputKind.allCases {
            XCTAssertThrowsError(try BadInput.clean(Data(count: 2_000), as: kind, maxBytes: 1_000)) { error in
                XCTAssertEqual(error as? DeclutterError, .tooLarge(bytes: 2_000, limit: 1_000))
            }
        }
    }

    func testBinaryFormatsAreNotAPage() throws {
        var random = BadInput.Bytes(state: 42)
        let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52])
            + random.data(count: 4_000)
        let pdf = Data("%PDF-1.7\n%\u{E2}\u{E3}\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\nstream\n".utf8)
            + random.data(count: 4_000)
        // A gzip member (as `gzip -n` writes it) with no `.gz` in any name: the library sees only bytes.
        let gzip = Data([0x1F, 0x8B, 0x08, 0x00, 0, 0, 0, 0, 0x00, 0x03]) + random.data(count: 4_000)
        let cases: [(String, Data, String)] = [("PNG", png, "PNG"), ("PDF", pdf, "PDF"), ("gzip", gzip, "gzip")]
        for (name, data, reason) in cases {
            for kind in InputKind.allCases {
                XCTAssertThrowsError(try BadInput.clean(data, as: kind), "\(name) as \(kind)") { error in
                    guard case .notAPage(let why)? = error as? DeclutterError else {
                        return XCTFail("\(name): \(error)")
                    }
                    XCTAssertTrue(why.contains(reason), why)
                    XCTAssertTrue("\(error)".hasPrefix("not a text or HTML page"), "\(error)")
                }
            }
        }
    }

    /// Uniformly random bytes, many seeds and sizes: every one is refused, none read as text.
    func testRandomBytesAreNotAPage() throws {
        for seed in 1...50 as ClosedRange<UInt64> {
            var random = BadInput.Bytes(state: seed)
            let data = random.data(count: seed % 2 == 0 ? 65_536 : 512)
            // Start with a letter so no magic number is what decides.
            let bytes = Data("x".utf8) + data
            XCTAssertThrowsError(try BadInput.clean(bytes), "seed \(seed)") { error in
                XCTAssertEqual(error as? DeclutterError, .notAPage(reason: "binary data"))
            }
        }
    }
}
