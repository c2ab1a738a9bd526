import XCTest
@testable import Declutter

/// The context rules: what a block's neighbours decide about it.
final class ContextRuleTests: XCTestCase {
    private let prose = [
        "The council approved the plan on Tuesday after a long debate that lasted well into the evening hours.",
        "Traders on the road were split, and several of them said they would ask the council to think again.",
        "The scheme will replace dozens of parking bays on the seaward side of the road by the end of the year.",
        "Most of the money will come from a regional fund, and a final design is expected to be ready in spring.",
    ]

    private func clean(_ lines: [String]) -> [String] {
        ArticleSelector.select(from: TextSegmenter.segment(lines.joined(separator: "\n\n"))).paragraphs
    }

    /// A text dump's repeats are read off its front door's record (``Block/sameAs``); they are
    /// the repeats the text hashes find, on every text fixture.
    func testATextDumpsRepeatsAreTheHashedRepeats() throws {
        var pages = 0, repeats = 0
        for (input, _) in try FixtureSupport.pairs("text") + FixtureSupport.pairs("seeds") {
            let file = input.lastPathComponent
            let blocks = TextSegmenter.segment(try String(contentsOf: input, encoding: .utf8))
            var recorded = LocalScorer.scoreAll(blocks), hashed = recorded
            ContextRules.markRepeats(&recorded, fromText: true)
            ContextRules.markRepeats(&hashed)
            XCTAssertEqual(recorded.map(\.repeatOf), hashed.map(\.repeatOf), file)
            XCTAssertEqual(recorded.map(\.value), hashed.map(\.value), file)
            XCTAssertEqual(recorded.map(\.rules.rawValue), hashed.map(\.rules.rawValue), file)
            pages += 1
            repeats += hashed.filter(\.isRepeat).count
        }
        XCTAssertGreaterThan(pages, 10)
        XCTAssertGreaterThan(repeats, 10)
    }

    /// The one-pass bio noun search finds what searching for each noun along the text finds.
    func testBioNounsFoundInOnePassAsOneByOne() {
        let texts = ["jane doe is a freelance writer.", "he has written for the times", "co-writer", "ends with editor",
                     "editor", "an analyst and a founder", "nothing to see here", "", "e", "periodista y giornalista",
                     "years of experience", "year of experience", "the cowriters", "redakteu"]
        for text in texts {
            let lowered = Array(text.utf8)
            XCTAssertEqual(AuthorBio.containsBioNoun(lowered),
                           AuthorBio.bioNounBytes.contains { ByteSearch.contains(lowered, $0) }, text)
        }
        XCTAssertTrue(AuthorBio.containsBioNoun(Array("a writer".utf8)))
        XCTAssertFalse(AuthorBio.containsBioNoun(Array("a write".utf8)))
    }

    func testAShortLineBetweenTwoParagraphsStays() {
        let lines = [prose[0], prose[1], "It held.", prose[2], prose[3]]
        XCTAssertEqual(clean(lines), lines)
    }

    func testASubheadingInsideTheArticleStays() {
        let lines = [prose[0], prose[1], "What happens next", prose[2], prose[3]]
        XCTAssertEqual(clean(lines), lines)
    }

    func testARunOfTeaserLinesAfterARelatedHeadingGoes() {
        let page = prose + ["Related stories", "Mayor opens new bridge", "Storm closes schools", "Harbour fees to rise",
                            "A longer teaser paragraph that sounds like prose and goes on about the weather in the town."]
        XCTAssertEqual(clean(page), prose)
    }

    func testAnInlineReadAlsoBoxIsDroppedButTheArticleGoesOn() {
        let page = [prose[0], prose[1], "Read also", "Mayor opens new bridge", prose[2], prose[3]]
        XCTAssertEqual(clean(page), prose)
    }

    func testTheTailGoesAfterTheArticle() {
        let page = prose + ["Source link", "Back to top", "bitcoin", "Bitcoin (BTC) $ 84,668.69 5.29%",
                            "© 2024 The Harbour Courier. All rights reserved."]
        XCTAssertEqual(clean(page), prose)
    }

    func testABareNameNextToADateIsAByline() {
        let page = ["Lukas Brandt", "12 March 2024"] + prose
        XCTAssertEqual(clean(page), prose)
    }

    func testLinesWithoutWordsCostNothing() {
        // Icon glyphs between the cards of a feature grid say nothing about the text around them:
        // repeated and in runs, they must not cut the article into pieces.
        let icons = ["→", "↗", "►", "↓", "←", "↑"]
        let page = [prose[0]] + icons + [prose[1]] + icons + [prose[2]] + icons + [prose[3]]
        XCTAssertEqual(clean(page), prose)
        let scored = PageAnalysis(blocks: TextSegmenter.segment(page.joined(separator: "\n\n"))).scored
        XCTAssertEqual(scored.filter { $0.block.stats.words == 0 }.map(\.value), Array(repeating: 0, count: 18))
    }

    func testAHugeNonProseLineDoesNotEndTheArticle() {
        // A usage dump or a code line printed as one line is worth a lot less than nothing, but
        // it is not a "Related" heading: the article does not end there.
        let usage = "usage: harbour-tool " + (1...150).map { "[--option-\($0) VALUE]" }.joined(separator: " ")
        let page = prose + [usage, "See also the manual.", "Options", "Related stories", "Mayor opens new bridge"]
        let scored = PageAnalysis(blocks: TextSegmenter.segment(page.joined(separator: "\n\n"))).scored
        XCTAssertLessThanOrEqual(scored[4].value, -LocalScorer.articleEndPenalty, "costs as much as an end heading")
        XCTAssertFalse(ContextRules.isEndHeading(scored[4]))
        XCTAssertTrue(ContextRules.isEndHeading(scored[7]))
    }

    func testRepeatedMenusAreDropped() {
        let menu = ["News", "Sport", "Business", "Opinion"]
        let page = menu + prose + menu
        XCTAssertEqual(clean(page), prose)
    }

    func testHeadlineAndStandfirstAboveTheArticle() {
        let page = ["World", "Council approves harbour bike lanes",
                    "The two-way route will replace parking on the seaward side of the road.", "14 March 2024"] + prose
        let article = ArticleSelector.select(from: TextSegmenter.segment(page.joined(separator: "\n\n")))
        XCTAssertEqual(article.title, "Council approves harbour bike lanes")
        XCTAssertEqual(article.paragraphs.first, page[2])
    }

    func testCommentSectionAfterTheArticleGoes() {
        let page = prose + ["Comments (3)", "HarrowgateHal", "2 days ago",
                            "Grew up two valleys over from here and it is nice to read something hopeful for once.",
                            "Reply"]
        XCTAssertEqual(clean(page), prose)
    }

    func testAnAuthorBoxAfterTheArticleGoes() {
        let page = prose + ["Contributing Writer",
                            "Jane Marlow is a freelance writer based in Leeds who covers transport and planning for regional papers."]
        XCTAssertEqual(clean(page), prose)
        XCTAssertTrue(AuthorBio.isBio(page.last!))
        XCTAssertFalse(AuthorBio.isBio(prose[0]))
        XCTAssertFalse(AuthorBio.isBio("Jane Marlow is expected to speak at the council meeting on Thursday."))
    }
}
