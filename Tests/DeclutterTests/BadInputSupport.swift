import Foundation
import XCTest
@testable import Declutter

/// Builders for the hostile inputs of the bad-input tests: every case is generated at test time,
/// so nothing large is committed.
enum BadInput {
    /// A sentence the scorer keeps as article text in any page around it.
    static let sentence = "The city council voted on Tuesday to approve a new budget that increases funding for "
        + "public transport, parks and libraries across all districts of the city."

    /// A small news page: headline and three paragraphs of ``sentence`` inside `<article>`.
    static let article = "<article><h1>Budget approved</h1>"
        + String(repeating: "<p>\(sentence)</p>", count: 3) + "</article>"

    /// A whole HTML page around `body`.
    static func page(_ body: String, head: String = "<title>Budget approved</title>") -> Data {
        Data("<!DOCTYPE html><html><head>\(head)</head><body>\(body)</body></html>".utf8)
    }

    /// Cleans with the given kind and size limit.
    static func clean(_ data: Data, as kind: InputKind = .auto, maxBytes: Int = Options.defaultMaxBytes) throws -> Article {
        try Cleaner(options: Options(inputKind: kind, maxBytes: maxBytes)).clean(data)
    }

    /// A seeded pseudo-random byte source (SplitMix64), the same bytes on every run.
    struct Bytes {
        var state: UInt64

        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }

        mutating func data(count: Int) -> Data {
            var bytes = [UInt8]()
            bytes.reserveCapacity(count + 8)
            while bytes.count < count {
                withUnsafeBytes(of: next()) { bytes.append(contentsOf: $0) }
            }
            return Data(bytes.prefix(count))
        }
    }

    /// Asserts `article` came out with the sentence: no crash, and the page's prose survived.
    static func assertKeepsSentence(_ article: Article, _ message: String = "", file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertTrue(article.text().contains(sentence), "\(message): article text lost\n\(article.text().prefix(500))",
                      file: file, line: line)
    }

    /// Asserts the article is consistent: an empty one says why in a warning.
    static func assertAnswered(_ article: Article, _ message: String = "", file: StaticString = #filePath, line: UInt = #line) {
        if article.paragraphs.isEmpty {
            XCTAssertFalse(article.warnings.isEmpty, "\(message): empty without a warning", file: file, line: line)
        }
        XCTAssertEqual(article.paragraphs.isEmpty, article.text(includeTitle: false).isEmpty, message, file: file, line: line)
    }

    /// Asserts the article is empty and says why.
    static func assertEmptyWithWarning(_ article: Article, _ message: String = "", file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(article.text(), "", message, file: file, line: line)
        XCTAssertTrue(article.paragraphs.isEmpty, message, file: file, line: line)
        XCTAssertFalse(article.warnings.isEmpty, "\(message): no warning", file: file, line: line)
    }
}
