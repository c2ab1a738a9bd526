import XCTest
@testable import Declutter

/// The per-block features: counts over the text and the cues read from its words.
final class FeatureTests: XCTestCase {
    func testProseHasStopWordsAndSentenceEnds() {
        let stats = TextStats(of: "The council said on Tuesday that the road will be closed for two weeks. Traders were split.")
        XCTAssertEqual(stats.words, 17)
        XCTAssertGreaterThan(stats.stopWordDensity, 0.3)
        XCTAssertEqual(stats.sentenceEnds, 2)
        XCTAssertTrue(stats.endsWithTerminal)
        XCTAssertFalse(stats.isTitleCase)
    }

    func testAbbreviationsAreNotSentenceEnds() {
        XCTAssertEqual(TextStats(of: "The U.S. envoy met J. Smith in Tokyo").sentenceEnds, 0)
    }

    func testHeadlinesAreTitleCase() {
        let stats = TextStats(of: "APEC Leaders Vow to Maintain Free Trade System")
        XCTAssertTrue(stats.isTitleCase)
        XCTAssertFalse(stats.endsWithTerminal)
    }

    func testCJKTextCountsCharactersAsHalfWordsAndParticlesAsStopWords() {
        let stats = TextStats(of: "経済産業省は新しい方針を発表した。")
        XCTAssertTrue(stats.isCJK)
        XCTAssertGreaterThan(stats.words, 5)
        XCTAssertGreaterThan(stats.stopWords, 0)
        XCTAssertTrue(stats.endsWithTerminal)
    }

    func testDigitsCurrencyAndPercentMakeATicker() {
        let ticker = "Bitcoin (BTC) $ 84,668.69 5.29%"
        XCTAssertTrue(TextCues.cues(for: ticker, stats: TextStats(of: ticker)).contains(.ticker))
        let prose = "Prices rose 5% last year, the bank said."
        XCTAssertFalse(TextCues.cues(for: prose, stats: TextStats(of: prose)).contains(.ticker))
    }

    func testContainedCuePhrasesCountAtWordStartsOnly() {
        func cues(_ text: String) -> Cues { TextCues.cues(for: text, stats: TextStats(of: text)) }
        XCTAssertTrue(cues("By continuing you agree that we use cookies on this site").contains(.cookie))
        XCTAssertTrue(cues("Get the e-newsletter").contains(.newsletter))
        // "use cookies" and "min read" stand inside "because cookies" and "admin read": not cues.
        XCTAssertFalse(cues("The page broke because cookies were stale after the admin reads the logs").contains(.cookie))
        XCTAssertFalse(cues("Only the admin read the logs").contains(.date))
    }

    func testDateLinesInSeveralForms() {
        for line in ["7 Novembre 2024", "11:06 JST, November 7, 2024 (updated at 15:00 JST)", "2024.11.06 21:26",
                     "Wednesday 10 July 2024, 4:12pm", "Valdecruz, 03/07/2024 - 10:21", "3 hours ago"] {
            XCTAssertTrue(TextCues.cues(for: line, stats: TextStats(of: line)).contains(.date), line)
        }
        // A price range has a date's run of numbers but names money, not a day.
        for line in ["Top 10 gadgets", "May I help you with that?", "The 2024 election in 5 charts", "$400 - $2,000+",
                     "€1.595 – €3.000"] {
            XCTAssertFalse(TextCues.cues(for: line, stats: TextStats(of: line)).contains(.date), line)
        }
    }

    func testPhotoCredits() {
        for line in ["Ishiba speaks in Tokyo on Monday. (Kiyoshi Ota/Bloomberg)",
                     "© Reuters. The prime minister looks on. REUTERS/Kim Kyung-Hoon/Pool",
                     "The 1952 pumper truck will be on display. (Sentinel photo by Ed Kowalski)",
                     "開業初日の記念撮影をする利用客＝田中健撮影"] {
            let cues = TextCues.cues(for: line, stats: TextStats(of: line))
            XCTAssertFalse(cues.isDisjoint(with: [.caption, .copyright]), line)
        }
    }

    func testFurnitureLabelsInSeveralLanguages() {
        let expected: [(String, Cues)] = [
            ("Related Articles", .related), ("Don't Miss", .related), ("Lesen Sie auch", .related),
            ("関連記事", .related), ("Most read", .popular), ("Comments (12)", .comments),
            ("59 Comments on “Starship Troopers”", .comments), ("Advertisement", .ad), ("Publicidad", .ad),
            ("Share this article", .share), ("Source link", .linkLabel), ("Back to top", .linkLabel),
            ("Tags: politics, Japan", .tags), ("By Jane Doe", .byline), ("Thanks for signing up!", .newsletter),
            ("Thank you for subscribing.", .newsletter), ("Loading...", .hidden),
            ("Click to expand...", .linkLabel), ("Click to share on LinkedIn (Opens in new window) LinkedIn", .share),
            ("Last edited: Oct 8, 2024", .date), ("Sponsor Message", .ad),
            ("Oops! Something went wrong while submitting the form.", .hidden),
            ("Thank you! Your submission has been received!", .hidden),
        ]
        for (line, cue) in expected {
            XCTAssertTrue(TextCues.cues(for: line, stats: TextStats(of: line)).contains(cue), line)
        }
    }

    func testBreadcrumbTrailsAreFurnitureButSlashesInASentenceAreNot() {
        func cues(_ line: String) -> Cues { LocalScorer.score(TextSegmenter.segment(line)[0]).cues }
        for trail in ["Home / Topics / Deep Dive / The Many Different Types of Wine (Infographic)",
                      "Newsroom / Online learning tips / Graphic design vs. illustration: Which program is right for you?",
                      "News » Science » Tides are rising faster"] {
            XCTAssertTrue(cues(trail).contains(.breadcrumb), trail)
        }
        for line in ["AI has been used to refine the wording / markdown in the article but not in writing / ideation",
                     "Ranking | School | Acceptance rate | Fees", "Search / Display"] {
            XCTAssertFalse(cues(line).contains(.breadcrumb), line)
        }
    }

    func testCueWordsInsideProseAreNotCues() {
        let prose = "Readers who share the article online often comment on it, the researchers said in the study."
        XCTAssertTrue(TextCues.cues(for: prose, stats: TextStats(of: prose)).isEmpty)
    }

    func testWhitespaceIsCollapsedAndTrimmedButALoneNoBreakSpaceStays() {
        XCTAssertEqual(Whitespace.normalize("  a \t b\u{00A0} \n"), "a b")
        XCTAssertEqual(Whitespace.normalize("10\u{00A0}km"), "10\u{00A0}km")
    }

    func testListMarkers() {
        for line in ["- item", "* item", "• item", "1. item", "12) item"] {
            XCTAssertTrue(ListMarker.hasMarker(Array(line.utf8)), line)
        }
        for line in ["-5 degrees", "2024. A year", "item"] {
            XCTAssertFalse(ListMarker.hasMarker(Array(line.utf8)), line)
        }
    }
}
