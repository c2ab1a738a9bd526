import Foundation
import XCTest
@testable import Declutter

/// `Fixtures/structured`: pages (HTML and text dumps) with their expected Markdown and JSON,
/// byte for byte, covering every block kind and every metadata source; the JSON validates
/// against `docs/article.schema.json`.
final class StructuredFixtureTests: XCTestCase {
    private let folder = FixtureSupport.root.appendingPathComponent("structured")

    private func inputs() throws -> [URL] {
        let input = folder.appendingPathComponent("input")
        return try FileManager.default.contentsOfDirectory(atPath: input.path).filter { !$0.hasPrefix(".") }.sorted()
            .map { input.appendingPathComponent($0) }
    }

    private func expected(_ input: URL, _ suffix: String) -> URL {
        folder.appendingPathComponent("expected").appendingPathComponent(input.deletingPathExtension().lastPathComponent + suffix)
    }

    private func article(_ input: URL, links: Bool = false) throws -> Article {
        var options = Options()
        options.inlineMarkup = links
        return try Cleaner(options: options).clean(Data(contentsOf: input))
    }

    func testTextIsExact() throws {
        XCTAssertGreaterThanOrEqual(try FixtureSupport.assertFolder("structured"), 8)
    }

    func testMarkdownAndJSONAreExact() throws {
        let inputs = try inputs()
        XCTAssertGreaterThanOrEqual(inputs.count, 8)
        for input in inputs {
            let article = try article(input)
            let markdown = try String(contentsOf: expected(input, ".md"), encoding: .utf8)
            XCTAssertEqual(article.markdown(), markdown, "\(input.lastPathComponent): Markdown differs")
            let json = try String(contentsOf: expected(input, ".json"), encoding: .utf8)
            XCTAssertEqual(article.json(pretty: true) + "\n", json, "\(input.lastPathComponent): JSON differs")
            // The one-line form is the same object.
            let line = try JSONSerialization.jsonObject(with: Data(article.json().utf8)) as? NSDictionary
            let pretty = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? NSDictionary
            XCTAssertEqual(line, pretty)
            let linked = expected(input, ".links.md")
            if FileManager.default.fileExists(atPath: linked.path) {
                XCTAssertEqual(try self.article(input, links: true).markdown(links: true),
                               try String(contentsOf: linked, encoding: .utf8), "\(input.lastPathComponent): linked Markdown differs")
            }
        }
    }

    func testJSONValidatesAgainstTheSchema() throws {
        let schemaURL = FixtureSupport.root.deletingLastPathComponent().appendingPathComponent("docs/article.schema.json")
        let schema = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: schemaURL)) as? [String: Any])
        let validator = JSONSchemaValidator(root: schema)
        for input in try inputs() {
            let object = try JSONSerialization.jsonObject(with: Data(contentsOf: expected(input, ".json")))
            XCTAssertEqual(validator.errors(object), [], input.lastPathComponent)
        }
        // The validator rejects what the schema forbids.
        var broken = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(article(inputs()[0]).json().utf8)) as? [String: Any])
        broken["language"] = "English"
        broken["surprise"] = 1
        broken.removeValue(forKey: "published")
        broken["blocks"] = [["kind": "heading", "text": "No level"], ["kind": "poem", "text": "x"]]
        let errors = validator.errors(broken)
        XCTAssertEqual(errors.count, 5, "\(errors)")
    }

    func testEveryBlockKindAndMetadataSourceIsCovered() throws {
        var kinds = Set<ArticleBlock.Kind>()
        var sources = Set<ArticleMetadata.Source>()
        var inputKinds = Set<InputKind>()
        for input in try inputs() {
            let article = try article(input)
            kinds.formUnion(article.blocks.map(\.kind))
            sources.formUnion(article.metadata.sources.values)
            inputKinds.insert(article.inputKind)
        }
        XCTAssertEqual(kinds, Set(ArticleBlock.Kind.allCases))
        XCTAssertEqual(sources, Set(ArticleMetadata.Source.allCases))
        XCTAssertEqual(inputKinds, [.html, .text])
    }

    /// The seed pages' date lines are the published dates.
    func testSeedDateLinesArePublished() throws {
        let expectations = ["seed-000-italian-date.txt": "2024-11-07", "seed-003-jst-dateline.txt": "2024-11-07T11:06:00+09:00",
                            "seed-004-dotted-date.txt": "2024-11-06T21:26:00"]
        for (name, published) in expectations {
            let article = try article(folder.appendingPathComponent("input").appendingPathComponent(name))
            XCTAssertEqual(article.metadata.published, published, name)
            XCTAssertEqual(article.metadata.sources["published"], .visible, name)
        }
    }
}
