import XCTest
@testable import Declutter

/// Rules that read a text dump's layout: which lines sit together without a blank line between.
final class TextLayoutRuleTests: XCTestCase {
    private let prose = FixtureSupport.harbourProse
    /// More of the same story, for rules that need an article's worth of prose above them.
    private let moreProse = [
        "A second consultation will ask residents where the new crossings on the front should go.",
        "The council expects to publish the results of that consultation before the end of the autumn.",
        "Until then, the existing parking rules on the seaward side of the road will stay as they are.",
        "Residents can see the plans at the library, where council officers will answer questions on Fridays.",
        "The plans also show a wider pavement outside the station, which traders have asked for since the spring.",
        "Officers said that the work would be done in stages so that the road is never closed for long.",
        "A shuttle bus will run from the car park on the hill while the first section of the road is shut.",
        "The bus will be free for the first month, and the council will then decide whether to keep it running.",
        "Several traders said they would wait to see how the first section works before they make up their minds.",
        "Others said that they had already lost customers during the last set of roadworks on the front.",
        "The council said it would meet the traders again in the summer to hear how the work was going for them.",
        "A full timetable for the work, road by road, will be posted on the council's website next month.",
    ]

    private func clean(_ page: String) -> [String] {
        ArticleSelector.select(from: TextSegmenter.segment(page)).paragraphs
    }

    func testTheListASentenceAnnouncesStays() {
        let items = ["Animation.", "Interface design.", "Motion graphics.", "Web design."]
        let opener = "The new course teaches a handful of the practical design skills that employers ask for, including:"
        let page = [prose[0], prose[1], opener, items.joined(separator: "\n"), prose[2], prose[3]]
            .joined(separator: "\n\n")
        XCTAssertEqual(clean(page), [prose[0], prose[1], opener] + items + [prose[2], prose[3]])
    }

    func testTheAnnouncedListEndsAtTheBlankLine() {
        let items = ["Animation.", "Interface design.", "Motion graphics."]
        let menu = ["Home", "About", "Contact"]
        let opener = "The new course teaches a handful of the practical design skills that employers ask for, including:"
        let page = [prose[0], prose[1], opener, items.joined(separator: "\n"), menu.joined(separator: "\n"),
                    prose[2], prose[3]].joined(separator: "\n\n")
        XCTAssertEqual(clean(page), [prose[0], prose[1], opener] + items + [prose[2], prose[3]])
    }

    func testTheTitleOnTheDumpsFirstLineIsTheHeadlineWhereTheBodyRepeatsIt() {
        let headline = "What will the new harbour bike lanes mean for the people who use the road every day?"
        let page = (["\(headline) | The Harbour Courier", "Home", "News", "Sport", "Business", "Opinion", "Weather", "Travel", "Culture", "Sign in", headline] + prose)
            .joined(separator: "\n\n")
        let article = ArticleSelector.select(from: TextSegmenter.segment(page))
        XCTAssertEqual(article.paragraphs, prose)
        XCTAssertEqual(article.title, headline)
    }

    func testWhatTheSpanTookInAboveTheTitlesLaterRepeatGoes() {
        // The header's promos read like prose and join the span; the headline printed again
        // below them opens the article.
        let headline = "What will the new harbour bike lanes mean for the people who use the road every day?"
        let promos = ["Our new app brings you every story from the harbour and the coast in one place, free.",
                      "Members get the weekend edition early, with puzzles and the full tide tables for the month.",
                      "Try it today"]
        let page = (["\(headline) | The Harbour Courier"] + promos + [headline] + prose).joined(separator: "\n\n")
        let analysis = PageAnalysis(blocks: TextSegmenter.segment(page))
        let article = analysis.article(inputKind: .text, inputBytes: 0)
        XCTAssertEqual(article.paragraphs, prose)
        XCTAssertEqual(article.title, headline)
        XCTAssertEqual(analysis.verdicts.reasons[1], .aboveRepeatedTitle)
    }

    func testATablesRowsStayWithTheirFigures() {
        let rows = ["Bill total 10% 15% 20%", "$10.00 $1.00 $1.50 $2.00", "$25.00 $2.50 $3.75 $5.00",
                    "$50.00 $5.00 $7.50 $10.00", "$100.00 $10.00 $15.00 $20.00"]
        let page = [prose[0], prose[1], rows.joined(separator: "\n"), prose[2], prose[3]].joined(separator: "\n\n")
        XCTAssertEqual(clean(page), [prose[0], prose[1]] + rows + [prose[2], prose[3]])
    }
    func testAPageLongParagraphWithASlashPairIsNoCaption() {
        let long = "The converter reads each file one line at a time and writes the result to a new file beside the old one. "
            + "Lines that end in CR/LF pairs are rewritten with a single line feed, and lines that already end in a line feed are left alone. "
            + "When the input holds a byte that is not valid in the declared encoding, the converter stops, names the file and the line, "
            + "and leaves the original untouched. It never changes the file in place, so a failed run can simply be started again once "
            + "the problem has been fixed, and the output of two runs on the same input is always the same, byte for byte, whatever the machine."
        let page = [prose[0], long, prose[1]].joined(separator: "\n\n")
        XCTAssertEqual(clean(page), [prose[0], long, prose[1]])
    }
    func testAMarkdownCopyOfTheArticleGoes() {
        let body = FixtureSupport.harbourProse + [
            "A second section, past the lifeboat station, will follow in the autumn if the first one opens on time.",
            "Residents of the terraces above the harbour asked for a crossing near the steps, and the council agreed.",
            "The bus company said its timetable would not change, although two stops will move a few metres inland.",
            "Opponents of the scheme have until the end of the month to ask for the decision to be looked at again.",
            "A petition against the loss of parking has gathered more than two thousand names since it opened in May.",
            "The council's transport officer said the petition would be read out at the next full council meeting.",
            "Shop owners near the fish market say they lose trade whenever the road is closed for works of any kind.",
            "The contractor has promised to keep one lane open at all times and to work only between eight and six.",
            "A public meeting to explain the timetable for the works will be held in the town hall next Thursday.",
        ]
        let copy = "# Harbour bike lanes approved " + body.map { "_\($0)_" }.joined(separator: " ")
        let kept = clean((body + ["Copy as Markdown", copy]).joined(separator: "\n\n"))
        XCTAssertEqual(kept.filter(body.contains), body)
        XCTAssertFalse(kept.contains(copy))
    }
    func testAWordThatRunsThroughTheArticleIsItsSubject() {
        let body = [
            "For years I have been meaning to build a small tool that reads every newsletter I get and sums them up.",
            "Most of the newsletter issues I receive each week are long, and I rarely have the time to read them all.",
            "The first step was to collect each newsletter from its feed, which turned out to be easier than I feared.",
            "Then the script scores every newsletter post by its length and by how many readers have commented on it.",
            "The seven newsletter posts with the highest scores are summed up in a few sentences each by the model.",
            "Every other newsletter post is listed by its title with a link, grouped by the kind of topic it covers.",
            "The digest itself is one page, and the newsletter sources can be changed without touching the code.",
            "After a week of testing, the newsletter digest found almost every post that I would have chosen myself.",
            "The next version will let me choose between a daily and a weekly newsletter digest from a small menu.",
        ]
        XCTAssertEqual(clean(body.joined(separator: "\n\n")), body)
    }
    func testAnAnalystsBioClosingTheArticleGoes() {
        let bio = "Jane Marlow, CFP, is a contributing market analyst specializing in regional property and transport funds."
        XCTAssertEqual(clean((prose + ["About the Author", bio]).joined(separator: "\n\n")), prose)
    }

    func testTruncatedTeaserCardsUnderTheArticleGoFromADump() {
        // A dump has no links to tell a card's title: the excerpts cut off with an ellipsis
        // under a title line, below an article's worth of prose, are other stories.
        let article = prose + moreProse
        let cards = [
            "Ferry timetable adds late sailings", "The operator says the new late sailings on summer weekends will run until the end of September, and that…",
            "Fish market keeps its loading bay", "Deliveries to the market will go on at the northern end of the quay while the new lanes are built, the harbour master said…",
        ]
        let page = (article + cards).joined(separator: "\n\n")
        let kept = PageAnalysis(blocks: TextSegmenter.segment(page), fromText: true).article(inputKind: .text, inputBytes: 0)
        XCTAssertEqual(kept.paragraphs, article)
        var scored = LocalScorer.scoreAll(TextSegmenter.segment(page))
        ContextRules.markTruncatedTeasers(&scored, fromText: true)
        XCTAssertEqual(scored.suffix(3).map(\.klass), [.noise, .short, .noise])
        // A quoted middle ("… as I said …") is a forum reply's, not a card's excerpt.
        var quoted = LocalScorer.scoreAll(TextSegmenter.segment((article + cards.map { "… " + $0 }).joined(separator: "\n\n")))
        ContextRules.markTruncatedTeasers(&quoted, fromText: true)
        XCTAssertFalse(quoted.contains { $0.rules.rules.contains(.truncatedTeaser) })
    }

    func testWhatFollowsABioNearTheArticlesEndGoesWithIt() {
        // The bio is not among the last three kept blocks: the page prints teasers of other
        // stories after it, prose enough to join the span.
        let teasers = [
            "Parking charges on the seafront will rise in April, the council says.",
            "The lifeboat station is looking for volunteers to help run its open day.",
            "A new bakery has opened on the corner of the old market square this week.",
        ]
        let bio = "Jane Marlow is a freelance reporter who has covered transport and planning on the coast for a decade."
        let article = prose + moreProse.prefix(6)
        let page = (article + [bio, "More from the Harbour Courier"] + teasers).joined(separator: "\n\n")
        XCTAssertEqual(clean(page), article)
        let analysis = PageAnalysis(blocks: TextSegmenter.segment(page), fromText: true)
        XCTAssertEqual(Array(analysis.verdicts.reasons.suffix(teasers.count)), teasers.map { _ in .afterAuthorBio })
    }
}

/// A text dump with no article: a list of teasers between the menus.
final class TextListingTests: XCTestCase {
    private let titles = [
        "Harbour bike lanes get the green light from the council",
        "New ferry timetable adds late sailings on summer weekends",
        "Fish market to keep its loading bay at the northern end",
        "Summer festival moves to the old dock for its tenth year",
        "Lighthouse restoration finally wins its funding after years",
        "School run traffic eases as the new crossing opens on Monday",
    ]

    func testAListingOfTeasersIsThePagesContent() {
        let menu = ["Home", "News", "Sport", "Business", "Opinion", "Weather", "Travel", "Culture"]
        let promo = "Get the Harbour Courier app for the latest local news and weather alerts on your phone."
        let items = titles.indices.flatMap { [titles[$0], "\($0 + 10) March 2024"] }
        let footer = ["About us", "Contact", "Privacy policy", "© 2024 The Harbour Courier. All rights reserved."]
        let page = (["Local news | The Harbour Courier", promo] + menu + items + footer).joined(separator: "\n\n")
        let kept = ArticleSelector.select(from: TextSegmenter.segment(page)).paragraphs
        XCTAssertEqual(kept.filter(titles.contains), titles)
        XCTAssertFalse(kept.contains { menu.contains($0) || footer.contains($0) || $0 == promo }, "\(kept)")
    }

    func testAShortArticleAboveAFewLinksStaysTheArticle() {
        let prose = [
            "The council approved the plan on Tuesday after a long debate that lasted well into the evening hours.",
            "Traders on the road were split, and several of them said they would ask the council to think again.",
            "Work on the first section is due to start after the summer festival, when traffic is lighter.",
            "Most of the money will come from a regional fund, and a final design is expected to be ready in spring.",
        ]
        let page = (["Local news | The Harbour Courier", "Home", "News", "Sport", "Business", "Opinion"] + prose
                    + titles + ["About us", "Contact"]).joined(separator: "\n\n")
        XCTAssertEqual(ArticleSelector.select(from: TextSegmenter.segment(page)).paragraphs, prose)
    }
}
