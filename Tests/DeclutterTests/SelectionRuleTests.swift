import XCTest
@testable import Declutter

/// The selection rules that read the page around the spans: repeated labels, the standfirst,
/// tables' figures, promos after the article element and byline-named author boxes.
final class SelectionRuleTests: XCTestCase {
    /// Enough prose (over ``ListingFallback/maxArticleProseWords``) to read as an article.
    private let prose = FixtureSupport.harbourProse

    private func paragraphs(_ html: String) throws -> [String] {
        try Cleaner(options: .init(includeTitle: false, inputKind: .html)).clean(html).paragraphs
    }

    private func page(head: String = "", body: String) -> String {
        """
        <html><head><title>Harbour plan</title>\(head)</head><body>
        <nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
        \(body)
        <footer><p>© 2024 The Harbour Courier. All rights reserved.</p></footer>
        </body></html>
        """
    }

    func testARepeatedLabelThatOpensKeptTextStays() throws {
        let html = page(body: """
            <article><div class="body">
            <p>\(prose[0])</p><h3>Pros</h3><ul><li>Fast cycle times</li><li>Quiet at night</li></ul>
            <p>\(prose[1])</p><p>\(prose[2])</p><h3>Pros</h3><ul><li>Large wash drum</li><li>Steam features</li></ul>
            <p>\(prose[3])</p><p>\(prose[4])</p><p>\(prose[5])</p><p>\(prose[6])</p>
            </div></article>
            """)
        let kept = try paragraphs(html)
        XCTAssertEqual(kept.filter { $0 == "Pros" }.count, 2, "\(kept)")
    }

    func testTheMetaDescriptionAboveTheArticleElementIsTheStandfirst() throws {
        let dek = "The two-way route will replace parking on the seaward side of the harbour road next year."
        let html = page(head: "<meta name=\"description\" content=\"\(dek)\">", body: """
            <div class="top"><h1>Council approves harbour bike lanes</h1><p>\(dek)</p>
            <p class="byline">By Lukas Brandt</p></div>
            <article><div class="body">\(prose.map { "<p>\($0)</p>" }.joined())</div></article>
            """)
        XCTAssertEqual(try paragraphs(html), prose)
    }

    func testTheMetaDescriptionAsTheFirstParagraphStays() throws {
        let html = page(head: "<meta name=\"description\" content=\"\(prose[0])\">", body: """
            <article><div class="body">\(prose.map { "<p>\($0)</p>" }.joined())</div></article>
            """)
        XCTAssertEqual(try paragraphs(html), prose)
    }

    func testATablesFiguresStay() throws {
        let html = page(body: """
            <article><div class="body"><p>\(prose[0])</p><p>\(prose[1])</p>
            <table><tr><th>Service</th><th>Tip</th></tr><tr><td>Full service</td><td>20%</td></tr>
            <tr><td>Bar</td><td>15%</td></tr><tr><td>Valet</td><td>$2 - $5</td></tr><tr><td>Coffee</td><td>15%</td></tr></table>
            <p>\(prose[2])</p><p>\(prose[3])</p><p>\(prose[4])</p><p>\(prose[5])</p><p>\(prose[6])</p></div></article>
            """)
        let kept = try paragraphs(html)
        XCTAssertTrue(["20%", "$2 - $5"].allSatisfy(kept.contains), "\(kept)")
        XCTAssertEqual(kept.filter { $0 == "15%" }.count, 2, "\(kept)")
    }

    func testAShortPromoAfterTheArticleElementGoes() throws {
        let promo = "Power up your business today! Book a free demo and see how the best tools work together for you."
        let html = page(body: """
            <article><div class="body">\(prose.map { "<p>\($0)</p>" }.joined())</div></article>
            <div class="cta"><p>\(promo)</p></div>
            """)
        XCTAssertEqual(try paragraphs(html), prose)
    }

    func testTheArticlesQuestionsAfterItsElementStay() throws {
        let faq = ["How much will the new harbour cost?", "The council puts the bill at about forty million pounds.",
                   "Ferry crossings", "Bus links", "When will the work start?",
                   "Dredging begins next spring if the plan is approved."]
        let html = page(body: """
            <article><div class="body">\(prose.map { "<p>\($0)</p>" }.joined())</div></article>
            <div class="faq"><h3>\(faq[0])</h3><p>\(faq[1])</p><ul><li>\(faq[2])</li><li>\(faq[3])</li></ul>
            <h3>\(faq[4])</h3><p>\(faq[5])</p></div>
            """)
        XCTAssertEqual(try paragraphs(html), prose + faq)
        // One question heading is not yet a section of questions: a promo stays a promo.
        let promo = page(body: """
            <article><div class="body">\(prose.map { "<p>\($0)</p>" }.joined())</div></article>
            <div class="cta"><h3>Ready to grow?</h3><p>Power up your business today! Book a free demo and see how the best tools work together for you.</p></div>
            """)
        XCTAssertEqual(try paragraphs(promo), prose)
    }

    func testAClosingBioOfTheBylinedAuthorGoes() throws {
        let bio = "Chris Radich is the public sector lead at a software company, where he advises councils on planning."
        let html = page(body: """
            <article><p class="byline">By Chris Radich</p><div class="body">
            \(prose.map { "<p>\($0)</p>" }.joined())<p>\(bio)</p></div></article>
            """)
        XCTAssertEqual(try paragraphs(html), prose)
    }

    func testAnAsideOfProseBetweenTheArticlesParagraphsStays() throws {
        // An <aside> or a card's footer between kept paragraphs that ends on prose is a note in
        // the article; one that ends on its button is a call to action and still goes.
        let note = ["\(prose[3]) \(prose[4])", "\(prose[5]) \(prose[6])"]
        let spotlight = "\(prose[0]) \(prose[6])"
        let appeal = "\(prose[2]) \(prose[1])"
        let html = page(body: """
            <article><div class="body"><p>\(prose[0]) \(prose[1])</p><p>\(prose[2]) \(prose[3])</p>
            <aside><h3>A note on the ferry pier</h3><p>\(note[0])</p><p>\(note[1])</p></aside>
            <p>\(prose[4]) \(prose[5])</p><div class="card-footer"><p>Spotlight</p><p>\(spotlight)</p></div>
            <p>\(prose[6]) \(prose[0])</p>
            <aside><h4>Cycled the new lanes?</h4><p>\(appeal)</p><p><a href="/form">Tell us</a></p></aside>
            <p>\(prose[1]) \(prose[4])</p><p>\(prose[5]) \(prose[2])</p></div></article>
            """)
        let kept = try paragraphs(html)
        XCTAssertTrue(kept.contains("A note on the ferry pier"), "\(kept)")
        XCTAssertTrue(kept.contains(note[0]) && kept.contains(note[1]), "\(kept)")
        XCTAssertTrue(kept.contains("Spotlight") && kept.contains(spotlight), "\(kept)")
        XCTAssertFalse(kept.contains(appeal), "\(kept)")
    }

    func testAForumPostersSignatureAndProfileBoxGo() throws {
        let signature = "Proud member of the harbour cycling club since 2019."
        // Posts long enough to open an article (see ``LandmarkCues/firstProseWords``).
        let texts = prose.indices.dropLast().map { "\(prose[$0]) \(prose[$0 + 1])" }
        let poster = "Harbour regular for many years, senior member with 1,204 posts."
        let posts = texts.map { "<div class=\"post\"><div class=\"message-userDetails\"><p>\(poster)</p></div>"
            + "<div class=\"content\"><p>\($0)</p></div><div class=\"signature\"><p>\(signature)</p></div></div>" }
        let kept = try paragraphs(page(body: "<div class=\"topic\">\(posts.joined())</div>"))
        XCTAssertEqual(kept, texts)
    }

    func testATablePagesFigureCellsStayInTheListing() throws {
        let schools = ["Harbour School of Business", "Northgate College of Management", "Saltby School of Economics",
                       "Greyhaven School of Commerce", "Island University Business School", "Coastal Institute of Trade",
                       "Lighthouse School of Finance", "Estuary College of Management"]
        let rows = schools.indices.map { "<tr><td>\($0 + 1)</td><td>\(schools[$0])</td><td>\(40 + $0)%</td><td>3.\($0)</td></tr>" }
        let html = page(body: """
            <div class="content"><p>The yearly figures for the region's business schools are in the table below.</p>
            <table><tr><th>Rank</th><th>School</th><th>Acceptance rate</th><th>Average grade</th></tr>\(rows.joined())</table></div>
            """)
        let kept = try paragraphs(html)
        XCTAssertTrue(schools.allSatisfy(kept.contains), "\(kept)")
        XCTAssertTrue(["1", "8", "40%", "47%", "3.0", "3.7"].allSatisfy(kept.contains), "\(kept)")
    }

    func testASourceListOfBareLinksInsideTheArticleGoes() throws {
        let links = (1...45).map { "https://www.example.org/harbour/report-\($0).html" }.joined(separator: " ")
        let html = page(body: """
            <article><div class="body">\(prose.map { "<p>\($0)</p>" }.joined())
            <div class="sources"><p>\(links)</p></div></div></article>
            """)
        XCTAssertEqual(try paragraphs(html), prose)
    }

    func testTheArticlesReferenceListStays() throws {
        let references = (1...6).map {
            "Brandt, L. (202\($0)). Traffic on the harbour road, report \($0). Harbour Review. "
                + "<a href=\"https://www.example.org/harbour/reports/2024/traffic-on-the-harbour-road-and-the-seafront-\($0).html\">"
                + "https://www.example.org/harbour/reports/2024/traffic-on-the-harbour-road-and-the-seafront-\($0).html</a>"
        }
        let html = page(body: """
            <article><div class="body">\(prose.map { "<p>\($0)</p>" }.joined())
            <h2>References</h2><ol>\(references.map { "<li>\($0)</li>" }.joined())</ol></div></article>
            """)
        let kept = try paragraphs(html)
        XCTAssertEqual(kept.filter { $0.hasPrefix("Brandt, L.") }.count, 6, "\(kept)")
    }

    func testTruncatedTeaserCardsUnderTheArticleGo() throws {
        let cards = [("Storm closes schools", "Schools along the coast stayed shut on Monday as the storm moved in, and parents were told to..."),
                     ("Harbour fees to rise", "Owners of small boats will pay more from April, the port said in a letter that many of them…"),
                     ("Mayor opens new bridge", "The bridge over the river opened a year late and well over budget, but the mayor said it was...")]
        let cardHTML = cards.map { "<h2><a href=\"/story\">\($0.0)</a></h2><p>\($0.1)</p>" }.joined()
        // An article's worth of prose (``ContextRules/minProseWordsAboveTeasers``): three sentences a paragraph.
        let article = prose.indices.map { index in (0..<3).map { prose[(index + $0) % prose.count] }.joined(separator: " ") }
        let html = page(body: """
            <div class="content">
            \(article.map { "<p>\($0)</p>" }.joined())
            \(cardHTML)
            </div>
            """)
        let kept = try paragraphs(html)
        XCTAssertEqual(kept, article, "\(kept)")
    }

    func testTruncatedTeaserCardsThatOpenThePageStay() {
        let scored = LocalScorer.scoreAll(TextSegmenter.segment("Storm closes schools\n\nSchools along the coast stayed shut on Monday as the storm moved in, and parents were told to..."))
        var marked = scored
        ContextRules.markTruncatedTeasers(&marked)
        XCTAssertEqual(marked.map(\.value), scored.map(\.value))
        XCTAssertTrue(ContextRules.endsWithEllipsis("and parents were told to..."))
        XCTAssertTrue(ContextRules.endsWithEllipsis("and many of them…"))
        XCTAssertFalse(ContextRules.endsWithEllipsis("It held."))
        XCTAssertFalse(ContextRules.endsWithEllipsis(".."))
    }

    func testAnEventsNameOverItsPlaceAndDescriptionStays() throws {
        // Each card: a linked name, a place, a description, a date. The date, the next name and
        // its place make a run of short lines; the name still opens its description.
        let events = ["Harbour Days", "Seafront Fair", "Quay Market", "Lighthouse Run"]
        let places = ["Dover, England", "Calais, France", "Ostend, Belgium", "Bruges, Belgium"]
        let cards = events.indices.map { index in
            "<li><h2><a href=\"/events/\(index)\">\(events[index])</a></h2><p>\(places[index])</p>"
                + "<p>\(prose[index]) \(prose[index + 3])</p><p class=\"event-date\">March \(index + 10), 2026</p></li>"
        }.joined()
        let html = page(body: "<main><h1>Events on the harbour</h1><ul class=\"events\">\(cards)</ul></main>")
        let kept = try paragraphs(html)
        for name in events.dropFirst() { XCTAssertTrue(kept.contains(name), "\(name) in \(kept)") }
        let explanation = try Cleaner(options: .init(inputKind: .html)).explain(html)
        XCTAssertEqual(explanation.blocks.filter { $0.reason == .sectionHeading }.count, 3)
    }

    func testKeptIndicesAndKeptWordsReadTheVerdicts() {
        let scored = LocalScorer.scoreAll(TextSegmenter.segment("Share\n\nSchools stayed shut on Monday.\n\nTwo more words\n\nMenu"))
        let reasons: [Reason] = [.furnitureCue, .inSpan, .listing, .outsideSpan]
        let keep = Verdicts(count: scored.count) { reasons[$0] }
        XCTAssertEqual(keep.keptIndices, [1, 2])
        XCTAssertEqual(Array(keep.keptIndicesLazily), keep.keptIndices)
        XCTAssertEqual(scored.keptWords(keep), 8)
        XCTAssertEqual(scored.keptWords(keep) { $0 != 1 }, 3)
        let none = Verdicts(count: scored.count) { _ in .outsideSpan }
        XCTAssertEqual(none.keptIndices, [])
        XCTAssertEqual(scored.keptWords(none), 0)
        XCTAssertEqual(Verdicts(count: 0) { _ in .inSpan }.keptIndices, [])
    }
}
