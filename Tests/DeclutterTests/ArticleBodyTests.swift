import Foundation
import XCTest
@testable import Declutter

/// The article's body kept as joined bytes (``ArticleBody``): the paragraphs, the text and its
/// bytes must be what they were when each paragraph was its own string.
final class ArticleBodyTests: XCTestCase {
    /// A text dump's blocks (bytes in the page's box), some of them not ASCII.
    private func textBlocks() -> [Block] {
        let page = "Über den Hafen\n\nThe council approved the plan — on Tuesday.\n\n東京の港で新しい計画\n\nLast line."
        return TextSegmenter.segment(page)
    }

    func testBodyFromBlocksGivesTheBlocksTexts() {
        let blocks = textBlocks()
        XCTAssertEqual(blocks.count, 4)
        let body = ArticleBody(blocks: blocks)
        XCTAssertEqual(body.paragraphs, blocks.map(\.text))
        XCTAssertEqual(String(decoding: body.joinedUTF8, as: UTF8.self), blocks.map(\.text).joined(separator: "\n\n"))
        XCTAssertEqual(body, ArticleBody(paragraphs: blocks.map(\.text)))
    }

    func testTextAndItsBytesAgreeWithTheParagraphs() {
        let blocks = textBlocks()
        let texts = blocks.map(\.text)
        let fromBlocks = Article(title: "Über", body: ArticleBody(blocks: blocks), inputKind: .text, warnings: [], inputBytes: 0)
        let fromStrings = Article(title: "Über", paragraphs: texts, inputKind: .text, warnings: [], inputBytes: 0)
        let expected = "Über\n\n" + texts.joined(separator: "\n\n") + "\n"
        for article in [fromBlocks, fromStrings] {
            XCTAssertEqual(article.text(), expected)
            XCTAssertEqual(article.textData(), Data(expected.utf8))
            XCTAssertEqual(article.text(includeTitle: false), texts.joined(separator: "\n\n") + "\n")
        }
        XCTAssertEqual(fromBlocks, fromStrings)
    }

    func testEmptyArticlesAndEmptyParagraphs() {
        XCTAssertEqual(Article(title: nil, paragraphs: [], inputKind: .text, warnings: [], inputBytes: 0).text(), "")
        XCTAssertEqual(Article(title: "", paragraphs: [], inputKind: .text, warnings: [], inputBytes: 0).textData(), Data())
        XCTAssertEqual(Article(title: "T", paragraphs: [], inputKind: .text, warnings: [], inputBytes: 0).text(), "T\n")
        XCTAssertEqual(Article(title: nil, paragraphs: [""], inputKind: .text, warnings: [], inputBytes: 0).text(), "\n")
        XCTAssertEqual(Article(title: nil, paragraphs: ["a", "", "b"], inputKind: .text, warnings: [], inputBytes: 0).text(),
                       "a\n\n\n\nb\n")
        XCTAssertEqual(ArticleBody(blocks: []).paragraphs, [])
    }

    func testSettingParagraphsReplacesTheJoinedText() {
        var article = Article(title: nil, body: ArticleBody(blocks: textBlocks()), inputKind: .text, warnings: [], inputBytes: 0)
        let copy = article
        article.paragraphs.append("Added.")
        XCTAssertEqual(article.paragraphs.last, "Added.")
        XCTAssertTrue(article.text().hasSuffix("\n\nAdded.\n"))
        // The copy taken before is a value of its own.
        XCTAssertEqual(copy.paragraphs.count, 4)
        XCTAssertFalse(copy.text().contains("Added."))
    }

    func testOneBodyReadFromManyThreads() {
        let article = Article(title: nil, body: ArticleBody(blocks: textBlocks()), inputKind: .text, warnings: [], inputBytes: 0)
        let expected = textBlocks().map(\.text)
        DispatchQueue.concurrentPerform(iterations: 64) { _ in
            XCTAssertEqual(article.paragraphs, expected)
        }
    }
}
