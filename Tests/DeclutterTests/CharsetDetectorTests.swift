import Foundation
import XCTest
@testable import Declutter

/// Charset decisions and decoding of HTML pages, end to end through the HTML segmenter.
final class CharsetDetectorTests: XCTestCase {
    private func decide(_ bytes: [UInt8]) -> CharsetDetector.Decision {
        bytes.withUnsafeBufferPointer { CharsetDetector.detect($0) }
    }

    private func texts(_ bytes: [UInt8]) -> [String] {
        HTMLSegmenter.segment(Data(bytes)).blocks.map(\.text)
    }

    func testWindows1252DeclaredByMeta() {
        // “Café” — naïve, in windows-1252: 0x93/0x94 are curly quotes, 0x97 an em dash.
        let text: [UInt8] = [0x93, 0x43, 0x61, 0x66, 0xE9, 0x94, 0x20, 0x97, 0x20, 0x6E, 0x61, 0xEF, 0x76, 0x65]
        let bytes = Array("<html><head><META CHARSET='windows-1252'></head><body><p>".utf8) + text + Array("</p></body></html>".utf8)
        let decision = decide(bytes)
        XCTAssertEqual(decision.charset, "windows-1252")
        XCTAssertEqual(decision.source, .declared)
        XCTAssertEqual(texts(bytes), ["“Café” — naïve"])
    }

    func testUndefinedWindows1252ByteDoesNotTruncate() {
        // libxml2's own converter stops at 0x81 (undefined in windows-1252) and drops the rest.
        let bytes = Array("<meta charset=iso-8859-1><p>bad".utf8) + [0x81] + Array(" byte</p><p>second paragraph</p>".utf8)
        XCTAssertEqual(texts(bytes).last, "second paragraph")
    }

    func testShiftJISDeclaredByHTTPEquiv() {
        let title: [UInt8] = [0x93, 0xFA, 0x96, 0x7B, 0x8C, 0xEA, 0x82, 0xCC, 0x83, 0x79, 0x81, 0x5B, 0x83, 0x57]
        let paragraph: [UInt8] = [0x93, 0x8C, 0x8B, 0x9E, 0x82, 0xC5, 0x89, 0xEF, 0x8B, 0x63, 0x82, 0xAA, 0x8A, 0x4A,
                                  0x82, 0xA9, 0x82, 0xEA, 0x82, 0xBD, 0x81, 0x42]
        let bytes = Array("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=Shift_JIS\"><title>".utf8)
            + title + Array("</title></head><body><p>".utf8) + paragraph + Array("</p></body></html>".utf8)
        let decision = decide(bytes)
        XCTAssertEqual(decision.source, .declared)
        XCTAssertEqual(decision.declared, "shift_jis")
        let page = HTMLSegmenter.segment(Data(bytes))
        XCTAssertEqual(page.hints.titleTag, "日本語のページ")
        XCTAssertEqual(page.blocks.map(\.text), ["東京で会議が開かれた。"])
    }

    func testMislabeledLatin1ThatIsUTF8() {
        let bytes = Array("<html><head><meta charset=\"ISO-8859-1\"></head><body><p>café — 日本</p></body></html>".utf8)
        let decision = decide(bytes)
        XCTAssertEqual(decision.charset, "UTF-8")
        XCTAssertEqual(decision.source, .mislabeledUTF8)
        XCTAssertEqual(texts(bytes), ["café — 日本"])
    }

    func testUndeclaredUTF8IsNotReadAsLatin1() {
        let bytes = Array("<html><body><p>café — 日本</p></body></html>".utf8)
        XCTAssertEqual(decide(bytes).source, .defaultUTF8)
        XCTAssertEqual(texts(bytes), ["café — 日本"])
    }

    func testInvalidUTF8ByteIsReplacedNotTruncating() {
        let bytes = Array("<meta charset=utf-8><p>ok ".utf8) + [0x93] + Array(" x</p><p>second</p>".utf8)
        XCTAssertEqual(texts(bytes), ["ok \u{FFFD} x", "second"])
    }

    func testUTF16LittleEndianWithBOM() {
        let html = "<html><head><title>Titre</title></head><body><p>Élan — ça marche</p></body></html>"
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in html.utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        XCTAssertEqual(decide(bytes).charset, "UTF-16LE")
        let page = HTMLSegmenter.segment(Data(bytes))
        XCTAssertEqual(page.hints.titleTag, "Titre")
        XCTAssertEqual(page.blocks.map(\.text), ["Élan — ça marche"])
    }

    func testUTF8BOM() {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("<p>naïve</p>".utf8)
        XCTAssertEqual(decide(bytes).bomLength, 3)
        XCTAssertEqual(texts(bytes), ["naïve"])
    }

    func testLabelMapping() {
        XCTAssertEqual(CharsetNames.iconvName(for: "latin1"), "windows-1252")
        XCTAssertEqual(CharsetNames.iconvName(for: "us-ascii"), "windows-1252")
        XCTAssertEqual(CharsetNames.iconvName(for: "gb2312"), "GB18030")
        XCTAssertEqual(CharsetNames.iconvName(for: "gbk"), "GB18030")
        XCTAssertEqual(CharsetNames.iconvName(for: "iso-8859-2"), "ISO-8859-2")
        XCTAssertEqual(CharsetNames.iconvName(for: "iso8859_15"), "ISO-8859-15")
        XCTAssertEqual(CharsetNames.iconvName(for: "windows-1251"), "WINDOWS-1251")
        XCTAssertEqual(CharsetNames.iconvName(for: "koi8-r"), "KOI8-R")
        XCTAssertNil(CharsetNames.iconvName(for: "x-no-such-charset"))
        // An unknown declaration falls back to UTF-8.
        let bytes = Array("<meta charset=x-no-such-charset><p>café</p>".utf8)
        XCTAssertEqual(decide(bytes).source, .defaultUTF8)
        XCTAssertEqual(texts(bytes), ["café"])
    }

    func testEveryMappedCharsetIsKnownToIconv() {
        for name in Set(CharsetNames.labels.values) where name != "UTF-8" && name != "windows-1252" {
            XCTAssertNotNil(IconvDecoder.decode(UnsafeBufferPointer(start: nil, count: 0), from: name), name)
        }
    }

    func testUTF8ValidationCountsLikeSwiftsDecoder() {
        var generator = SystemRandomNumberGenerator()
        let interesting: [UInt8] = [0x41, 0x80, 0xBF, 0xC0, 0xC2, 0xDF, 0xE0, 0xA0, 0xED, 0x9F, 0xEF, 0xF0, 0x90, 0xF4, 0x8F, 0xF5, 0xFF]
        for _ in 0..<500 {
            let bytes = (0..<Int.random(in: 0...40, using: &generator)).map { _ in interesting.randomElement(using: &generator)! }
            var expected = 0
            var iterator = bytes.makeIterator()
            var decoder = UTF8()
            loop: while true {
                switch decoder.decode(&iterator) {
                case .scalarValue: continue
                case .emptyInput: break loop
                case .error: expected += 1
                }
            }
            XCTAssertEqual(UTF8Validation.invalidSequenceCount(bytes), expected, "\(bytes)")
        }
    }
}
