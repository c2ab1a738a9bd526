import XCTest
@testable import Declutter

/// `Cleaner.explain`: the kept rows are exactly the article `clean` prints, on every fixture page
/// read both ways, and each selection rule records its own reason.
final class ExplanationTests: XCTestCase {
    /// Every fixture input: the seeds, the text and HTML fixtures, and the real corpus pages.
    private func fixtureInputs() throws -> [URL] {
        let folders = ["seeds/input", "text/input", "html/input", "corpus/html", "corpus/text"]
        return try folders.flatMap { folder -> [URL] in
            let url = FixtureSupport.root.appendingPathComponent(folder)
            return try FileManager.default.contentsOfDirectory(atPath: url.path).filter { !$0.hasPrefix(".") }.sorted()
                .map { url.appendingPathComponent($0) }
        }
    }

    /// Checks one page read one way: the explanation's article is `clean`'s, its kept rows are
    /// the paragraphs, each row's flag is its reason's, and the headline row is the title.
    private func assertAgrees(_ data: Data, options: Options, name: String) throws {
        let cleaner = Cleaner(options: options)
        let explanation = try cleaner.explain(data)
        let article = try cleaner.clean(data)
        XCTAssertEqual(explanation.article, article, name)
        XCTAssertEqual(explanation.kept.map(\.text), article.paragraphs, "\(name): kept rows differ from the output")
        XCTAssertEqual(explanation.blocks.map(\.index), Array(explanation.blocks.indices), name)
        for block in explanation.blocks {
            XCTAssertEqual(block.kept, block.reason.keeps, "\(name) block \(block.index): \(block.reason)")
            XCTAssertFalse(block.kept && block.isHeadline, "\(name) block \(block.index)")
        }
        let headlines = explanation.blocks.filter(\.isHeadline)
        XCTAssertLessThanOrEqual(headlines.count, 1, name)
        if let headline = headlines.first, !article.paragraphs.isEmpty {
            XCTAssertNil(explanation.declaredTitle, name)
            XCTAssertEqual(headline.reason, .headline, name)
            XCTAssertEqual(article.title, headline.text, name)
        }
        if let declared = explanation.declaredTitle, !article.paragraphs.isEmpty {
            XCTAssertEqual(article.title, declared, name)
        }
    }

    func testKeptRowsAreTheOutputOnEveryFixture() throws {
        let inputs = try fixtureInputs()
        XCTAssertGreaterThanOrEqual(inputs.count, 5 + 17 + 17 + 8 + 8)
        for input in inputs {
            let data = try Data(contentsOf: input)
            let name = input.pathComponents.suffix(3).joined(separator: "/")
            // Each page as its kind is sniffed, and read the other way: HTML as a text dump, a
            // dump as HTML (the HTML path with a single paragraph-less body).
            for kind in [InputKind.auto, .text, .html] {
                try assertAgrees(data, options: Options(inputKind: kind), name: "\(name) as \(kind)")
            }
        }
    }

    func testTheExplainedArticleIsTheExpectedFixtureOutput() throws {
        for folder in ["seeds", "text", "html"] {
            for pair in try FixtureSupport.pairs(folder) {
                let explanation = try Cleaner().explain(try Data(contentsOf: pair.input))
                let expected = try String(contentsOf: pair.expected, encoding: .utf8)
                XCTAssertEqual(explanation.article.text(), expected, pair.input.lastPathComponent)
            }
        }
    }

    /// The reasons and features of a few rows of the seed page the README shows.
    func testSeedPageRows() throws {
        let seed = FixtureSupport.root.appendingPathComponent("seeds/input/004_82173986a1a47279.txt")
        let blocks = try Cleaner().explain(try Data(contentsOf: seed)).blocks
        func row(_ text: String) throws -> BlockExplanation {
            try XCTUnwrap(blocks.first { $0.text.hasPrefix(text) }, text)
        }
        let headline = try row("Japan PM Ishiba seeking meeting")
        XCTAssertTrue(headline.isHeadline)
        XCTAssertEqual(headline.reason, .headline)
        let body = try row("TOKYO (Reuters)")
        XCTAssertEqual(body.reason, .inSpan)
        XCTAssertEqual(body.blockClass, .good)
        XCTAssertEqual(body.features.span, 0)
        XCTAssertEqual(body.features.words, 37)
        XCTAssertEqual(body.score, 37)
        let credit = try row("© Reuters.")
        XCTAssertEqual(credit.reason, .furnitureCue)
        XCTAssertEqual(credit.features.cues, ["caption"])
        XCTAssertEqual(credit.features.markupCues, [])
        let related = try row("Related Articles")
        XCTAssertEqual(related.reason, .articleEndHeading)
        XCTAssertEqual(related.scoreRules, [.labelRun])
        XCTAssertEqual(try row("Bitcoin (BTC)").reason, .afterArticleEnd)
        let sourceLink = try row("Source link")
        XCTAssertEqual(sourceLink.reason, .outsideSpan)
        XCTAssertNil(sourceLink.features.span)
    }

    private let prose = [
        "The council approved the plan on Tuesday after a long debate that lasted well into the evening hours.",
        "Traders on the road were split, and several of them said they would ask the council to think again.",
        "The scheme will replace dozens of parking bays on the seaward side of the road by the end of the year.",
        "Most of the money will come from a regional fund, and a final design is expected to be ready in spring.",
    ]

    private func explain(_ lines: [String]) throws -> [String: BlockExplanation] {
        let explanation = try Cleaner().explain(lines.joined(separator: "\n\n"))
        return Dictionary(explanation.blocks.map { ($0.text, $0) }, uniquingKeysWith: { first, _ in first })
    }

    func testContextRulesAreRecorded() throws {
        let inline = try explain([prose[0], prose[1], "Read also", "Mayor opens new bridge", prose[2], prose[3]])
        XCTAssertEqual(inline["Read also"]?.scoreRules, [.inlineBox])
        XCTAssertEqual(inline["Mayor opens new bridge"]?.scoreRules, [.inlineBoxTeaser])
        XCTAssertEqual(inline["Mayor opens new bridge"]?.reason, .furnitureCue)
        XCTAssertEqual(inline[prose[3]]?.reason, .inSpan)

        let byline = try explain(["Lukas Brandt", "12 March 2024"] + prose)
        XCTAssertEqual(byline["Lukas Brandt"]?.scoreRules, [.bareByline])
        XCTAssertEqual(byline["Lukas Brandt"]?.blockClass, .noise)

        let menu = ["News", "Sport", "Business", "Opinion"]
        let menus = try Cleaner().explain((menu + prose + menu).joined(separator: "\n\n")).blocks
        XCTAssertEqual(menus[0].scoreRules, [.labelRun])
        XCTAssertEqual(menus.last?.scoreRules, [.repeated, .labelRun])
        XCTAssertEqual(menus.last?.features.repeatOf, 3)
        XCTAssertEqual(menus.last?.reason, .outsideSpan)
    }

    func testLocalExceptionsAreRecorded() throws {
        let page = "<html><body><article><p>\(prose[0])</p><p>\(prose[1])</p>"
            + "<table><tr><td>Bitcoin (BTC) $ 84,668.69 5.29%</td></tr></table>"
            + "<ul><li>AI/ML engineers</li></ul><p>\(prose[2])</p></article></body></html>"
        let blocks = try Cleaner().explain(page).blocks
        let cell = try XCTUnwrap(blocks.first { $0.role == "td" })
        XCTAssertEqual(cell.scoreRules, [.tableFigures])
        XCTAssertFalse(cell.features.cues.contains("ticker"))
        XCTAssertEqual(cell.reason, .inSpan)
        let item = try XCTUnwrap(blocks.first { $0.role == "li" })
        XCTAssertEqual(item.scoreRules, [.slashProse])
        XCTAssertFalse(item.features.cues.contains("caption"))
        // The same lines as loose text: the ticker and the credit stand, and nothing is excepted.
        let dump = try explain([prose[0], prose[1], "Bitcoin (BTC) $ 84,668.69 5.29%", prose[2]])
        XCTAssertEqual(dump["Bitcoin (BTC) $ 84,668.69 5.29%"]?.features.cues, ["ticker"])
        XCTAssertEqual(dump["Bitcoin (BTC) $ 84,668.69 5.29%"]?.scoreRules, [])
        XCTAssertEqual(dump["Bitcoin (BTC) $ 84,668.69 5.29%"]?.reason, .furnitureCue)
    }

    func testSelectionReasonsAreRecorded() throws {
        let bio = "Jane Marlow is a freelance writer based in Leeds who covers transport and planning for regional papers."
        let box = try explain(prose + ["Contributing Writer", bio])
        XCTAssertEqual(box[bio]?.reason, .authorBio)
        XCTAssertEqual(box["Contributing Writer"]?.reason, .authorBioLabel)

        let related = try explain(prose + ["Related stories", "Mayor opens new bridge", "Storm closes schools"])
        XCTAssertEqual(related["Related stories"]?.reason, .articleEndHeading)
        XCTAssertEqual(related["Storm closes schools"]?.reason, .afterArticleEnd)

        let menu = try explain(["Home", "Sports"])
        XCTAssertEqual(menu["Home"]?.reason, .noArticle)
        XCTAssertEqual(menu["Sports"]?.reason, .noArticle)
    }

    /// Every selection stage records its own reason somewhere among the fixture pages.
    func testEachStageRecordsItsReasonOnTheFixtures() throws {
        var seen = Set<Reason>()
        for input in try fixtureInputs() {
            seen.formUnion(try Cleaner().explain(try Data(contentsOf: input)).blocks.map(\.reason))
        }
        let expected: Set<Reason> = [
            .inSpan, .itemInSpan, .headingInSpan, .proseLikeInSpan, .repeatOfDropped, .subheading, .containerCompletion,
            .repeatedLabel, .announcedList, .listing, .dek, .articleEndHeading, .afterArticleEnd, .outsideSpan,
            .afterClosingFurniture, .furnitureCue,
            .repeated, .linkCluster, .notProse, .furnitureRun, .outsideArticleElement, .standfirst, .outsideListing,
            .headline, .repeatsTitle,
        ]
        XCTAssertEqual(expected.subtracting(seen), [])
    }
}
