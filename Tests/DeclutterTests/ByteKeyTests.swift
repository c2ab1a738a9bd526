import XCTest
@testable import Declutter

/// The byte-level title keys and text-end checks that selection uses instead of strings agree
/// with the string code they replace, on ASCII, other scripts and canonically equivalent forms.
final class ByteKeyTests: XCTestCase {
    private let texts = [
        "Harbour plan approved after long debate", "HARBOUR PLAN: Approved!", "Home » Harbour plan",
        "Ça coûte cher à Zürich", "ÇA COÛTE CHER À ZÜRICH", "Новый план гавани", "НОВЫЙ ПЛАН ГАВАНИ",
        "港の新しい計画が承認された", "Straße", "İstanbul", "Cafe\u{301} ouvert", "Café ouvert", "",
        "— – ·", "Ἀθῆναι", "ǅemal", "Ω Ω",
    ]

    func testByteKeysAreTheStringKeys() {
        for text in texts {
            let bytes = Array(text.utf8)
            let key = bytes.withUnsafeBufferPointer { utf8 in
                TitleChooser.withKey(utf8) { $0.map { String(decoding: $0, as: UTF8.self) } }
            }
            XCTAssertEqual(key, TitleChooser.key(text), text)
            XCTAssertEqual(TitleChooser.keyBytes(text), Array(TitleChooser.key(text).utf8), text)
            for limit in [0, 3, 8, 30] {
                let limited = bytes.withUnsafeBufferPointer { utf8 in
                    TitleChooser.withKey(utf8, maxBytes: limit) { $0.map { String(decoding: $0, as: UTF8.self) } }
                }
                XCTAssertEqual(limited, TitleChooser.key(text, maxBytes: limit), "\(text) \(limit)")
            }
        }
    }

    func testKeyScalarTablesGiveFoundationsAnswers() {
        var fast = [UInt8](repeating: 0, count: 16), slow = [UInt8](repeating: 0, count: 16)
        let ranges: [ClosedRange<UInt32>] = [0x80...0x7FF, 0x3000...0x30FF, 0x4E00...0x9FFF, 0xAC00...0xD7A3,
                                             0xD7A4...0xD7FF, 0x4DFF...0x4DFF, 0xA000...0xA000, 0xFFFD...0xFFFD]
        for range in ranges {
            for value in range {
                let fastCount = fast.withUnsafeMutableBufferPointer { KeyScalars.write(value, into: $0, at: 0) }
                let slowCount = slow.withUnsafeMutableBufferPointer { KeyScalars.slowWrite(value, into: $0, at: 0) }
                XCTAssertEqual(fast[..<fastCount], slow[..<slowCount], String(value, radix: 16))
            }
        }
        // Mappings of several scalars ("İ" to "i" and a combining dot) are Foundation's to read.
        XCTAssertEqual(KeyScalars.twoByte[0x130 - Int(KeyScalars.twoByteStart)], KeyScalars.several)
    }

    func testSameKeyComparesAsStrings() {
        for a in texts {
            for b in texts {
                let x = Array(TitleChooser.key(a).utf8), y = Array(TitleChooser.key(b).utf8)
                let same = x.withUnsafeBufferPointer { x in y.withUnsafeBufferPointer { TitleChooser.sameKey(x, $0) } }
                XCTAssertEqual(same, TitleChooser.key(a) == TitleChooser.key(b), "\(a) / \(b)")
            }
        }
        // A letter precomposed in one key and with a combining mark in the other: equal strings.
        XCTAssertTrue(TitleChooser.hasKey(Array(TitleChooser.key("Café ouvert").utf8), Block(text: "Cafe\u{301} ouvert")))
        XCTAssertFalse(TitleChooser.hasKey(Array(TitleChooser.key("Cafe ouvert").utf8), Block(text: "Café ouvert")))
    }

    func testFullStopEndingReadOffBytesAsStrings() {
        let endings = ["A headline.", "A headline...", "A headline..", "A headline....", ".", "..", "...",
                       "Un titre à Zürich.", "Un titre é...", "标题。", "标题.", "No stop", "Ends in é", "",
                       // An Arabic number sign is prepended to what follows it: the stop may join it.
                       "Total \u{600}.", "Total \u{600}..."]
        for text in endings {
            XCTAssertEqual(HeadlineFinder.endsWithFullStop(Block(text: text)),
                           text.hasSuffix(".") && !text.hasSuffix("..."), text)
        }
    }

    func testSeparatorsFoundInOnePassAreTheOnesTheTitleHolds() {
        let titles = ["Harbour plan | The Courier", "Harbour plan - Courier – News", "A — B :: C · D • E « F » G",
                      "No separator here", "Ends with a pipe |", " | ", "x | y", "Jean-Paul - Blog", "Ça — Zürich", "",
                      "Harbour plan |Courier", "Harbour plan  - Courier"]
        for title in titles {
            let expected = TitleChooser.siteSeparatorBytes.enumerated().reduce(UInt16(0)) { mask, item in
                ByteSearch.contains(title, item.element) ? mask | 1 << item.offset : mask
            }
            XCTAssertEqual(TitleChooser.separators(in: title), expected, title)
        }
        XCTAssertEqual(TitleChooser.stripSite("Harbour plan approved by council | The Courier", siteName: nil),
                       "Harbour plan approved by council")
        XCTAssertEqual(TitleChooser.stripSite("Courier — Harbour plan approved by council", siteName: "Courier"),
                       "Harbour plan approved by council")
    }

    func testTitlesWithoutEdgeWhitespaceAreLeftAlone() {
        for text in ["Headline", "“Quoted headline”", "Überschrift", "標題", "\u{A0}Headline", "Headline\u{3000}",
                     " Headline ", "\tHeadline"] {
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            XCTAssertEqual(TitleChooser.stripSite(text, siteName: nil), trimmed, text)
            if trimmed != text { XCTAssertTrue(TitleChooser.mayEndInWhitespace(text), text) }
        }
        XCTAssertFalse(TitleChooser.mayEndInWhitespace("“Quoted headline”"))
    }
}
