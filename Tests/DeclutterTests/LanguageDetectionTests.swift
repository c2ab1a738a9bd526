import Foundation
import XCTest
@testable import Declutter

/// The language of a page from its text alone, the stop-word table it picks, and the order of
/// trust between a declared and a detected language.
final class LanguageDetectionTests: XCTestCase {
    private let folder = FixtureSupport.root.appendingPathComponent("languages")

    func testEveryLanguageIsToldFromItsText() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.sorted()
        XCTAssertGreaterThanOrEqual(names.count, 30)
        var wrong = [String]()
        for name in names {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            let expected = String(name.dropLast(4))
            let found = LanguageDetector.detect(TextSegmenter.segment(text))
            if found != expected { wrong.append("\(expected) → \(found ?? "nil")") }
        }
        XCTAssertEqual(wrong, [])
    }

    func testTwentyLanguagesHaveStopWordLists() {
        let languages = Set(Vocabulary.stopWords.keys).union(Vocabulary.moreStopWords.keys)
        XCTAssertGreaterThanOrEqual(languages.count, 20)
        for (language, list) in Vocabulary.moreStopWords {
            let words = list.split(separator: " ")
            XCTAssertGreaterThanOrEqual(words.count, 50, language)
            XCTAssertTrue(words.allSatisfy { $0.unicodeScalars.count <= StopWords.maxLength }, language)
        }
        // The ten tuned languages keep the shared table; the others add their own list.
        XCTAssertNil(StopWords.table(for: "en"))
        XCTAssertNil(StopWords.table(for: "de"))
        XCTAssertNotNil(StopWords.table(for: "tr"))
    }

    func testAPagesLanguagePicksItsStopWords() {
        let turkish = "Belediye meclisi salı günü uzun bir tartışmanın ardından yeni bütçeyi onayladı ve çalışmalar sonbaharda başlayacak."
        let shared = TextStats(of: turkish)
        let own = TextStats(of: turkish, stopWords: StopWords.table(for: "tr")!)
        XCTAssertEqual(own.words, shared.words)
        XCTAssertGreaterThan(own.stopWords, shared.stopWords)
        // English text counts the same with any table that adds another language.
        let english = "The council approved the budget after a long debate about the cost of the bridge."
        XCTAssertEqual(TextStats(of: english, stopWords: StopWords.table(for: "tr")!).stopWords, TextStats(of: english).stopWords)
    }

    /// Counting a page's stop words again with its language's table keeps each block's text
    /// hash: repeats (and a tail's furniture) are found by it, and a zero hash made every block
    /// of an HTML page declared in such a language a repeat of the first.
    func testRecountingInAnotherLanguageKeepsTheTextHashes() throws {
        let page = try Data(contentsOf: FixtureSupport.root.appendingPathComponent("html/input/czech-declared-language.html"))
        let (analysis, kind) = try Cleaner().analyze(page)
        XCTAssertEqual(kind, .html)
        XCTAssertEqual(analysis.language?.code, "cs")
        let blocks = analysis.scored.map(\.block)
        XCTAssertGreaterThan(blocks.count, 10)
        for (index, block) in blocks.enumerated() {
            XCTAssertEqual(block.stats.textHash, block.withUTF8 { ByteHashTable.blockHash($0) }, block.text)
            let sameText = blocks[..<index].contains { $0.text == block.text }
            XCTAssertEqual(analysis.scored[index].isRepeat, sameText, block.text)
        }
    }

    /// Whether structure and metadata are asked for never changes the text: a page in a language
    /// with a table of its own is scored with it either way.
    func testTheTextDoesNotDependOnTheStructureOption() throws {
        let page = try Data(contentsOf: FixtureSupport.root.appendingPathComponent("structured/input/turkish-dump-detected.txt"))
        var plain = Options()
        plain.structure = false
        let withStructure = try Cleaner().clean(page)
        let without = try Cleaner(options: plain).clean(page)
        XCTAssertEqual(withStructure.text(), without.text())
        XCTAssertEqual(withStructure.paragraphs.count, 4)
        XCTAssertEqual(without.blocks, [])
        XCTAssertNil(without.metadata.language)
    }

    func testDeclaredLanguageComesFirstThenDetection() throws {
        let prose = try String(contentsOf: folder.appendingPathComponent("tr.txt"), encoding: .utf8)
        let page = "<html lang=\"tr\"><body><p>\(prose)</p><p>\(prose)</p></body></html>"
        let declared = try Cleaner().clean(Data(page.utf8)).metadata
        XCTAssertEqual(declared.language, "tr")
        XCTAssertEqual(declared.sources["language"], .htmlLang)
        let detected = try Cleaner().clean(Data(page.replacingOccurrences(of: " lang=\"tr\"", with: "").utf8)).metadata
        XCTAssertEqual(detected.language, "tr")
        XCTAssertEqual(detected.sources["language"], .detector)
        // Too little text to tell: no language.
        XCTAssertNil(LanguageDetector.detect(TextSegmenter.segment("Home\nNews\nContact")))
    }
}
