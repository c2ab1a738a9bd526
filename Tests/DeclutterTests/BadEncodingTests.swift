import Foundation
import XCTest
@testable import Declutter

/// Pages in every charset crawls hold — by BOM, by `<meta>`, mis-declared, damaged — come out as
/// the right Unicode text.
final class BadEncodingTests: XCTestCase {
    /// A phrase in a legacy charset: the label a page declares, the expected text, and its bytes
    /// in that charset (made once with Python's codecs: `text.encode(codec)`).
    struct Sample {
        let label: String
        let text: String
        let bytes: [UInt8]
    }

    static let samples: [Sample] = [
        Sample(label: "windows-1252", text: "Café “naïve” — déjà vu for €5", bytes: [
            0x43, 0x61, 0x66, 0xE9, 0x20, 0x93, 0x6E, 0x61, 0xEF, 0x76, 0x65, 0x94, 0x20, 0x97, 0x20, 0x64, 0xE9,
            0x6A, 0xE0, 0x20, 0x76, 0x75, 0x20, 0x66, 0x6F, 0x72, 0x20, 0x80, 0x35]),
        Sample(label: "iso-8859-1", text: "Größe und Fußgänger über Straßen", bytes: [
            0x47, 0x72, 0xF6, 0xDF, 0x65, 0x20, 0x75, 0x6E, 0x64, 0x20, 0x46, 0x75, 0xDF, 0x67, 0xE4, 0x6E, 0x67,
            0x65, 0x72, 0x20, 0xFC, 0x62, 0x65, 0x72, 0x20, 0x53, 0x74, 0x72, 0x61, 0xDF, 0x65, 0x6E]),
        Sample(label: "iso-8859-2", text: "Zażółć gęślą jaźń w Łodzi", bytes: [
            0x5A, 0x61, 0xBF, 0xF3, 0xB3, 0xE6, 0x20, 0x67, 0xEA, 0xB6, 0x6C, 0xB1, 0x20, 0x6A, 0x61, 0xBC, 0xF1,
            0x20, 0x77, 0x20, 0xA3, 0x6F, 0x64, 0x7A, 0x69]),
        Sample(label: "shift_jis", text: "日本語のニュース記事です。東京都", bytes: [
            0x93, 0xFA, 0x96, 0x7B, 0x8C, 0xEA, 0x82, 0xCC, 0x83, 0x6A, 0x83, 0x85, 0x81, 0x5B, 0x83, 0x58, 0x8B,
            0x4C, 0x8E, 0x96, 0x82, 0xC5, 0x82, 0xB7, 0x81, 0x42, 0x93, 0x8C, 0x8B, 0x9E, 0x93, 0x73]),
        Sample(label: "euc-jp", text: "日本語のニュース記事です。大阪府", bytes: [
            0xC6, 0xFC, 0xCB, 0xDC, 0xB8, 0xEC, 0xA4, 0xCE, 0xA5, 0xCB, 0xA5, 0xE5, 0xA1, 0xBC, 0xA5, 0xB9, 0xB5,
            0xAD, 0xBB, 0xF6, 0xA4, 0xC7, 0xA4, 0xB9, 0xA1, 0xA3, 0xC2, 0xE7, 0xBA, 0xE5, 0xC9, 0xDC]),
        Sample(label: "gbk", text: "中华人民共和国新闻报道", bytes: [
            0xD6, 0xD0, 0xBB, 0xAA, 0xC8, 0xCB, 0xC3, 0xF1, 0xB9, 0xB2, 0xBA, 0xCD, 0xB9, 0xFA, 0xD0, 0xC2, 0xCE,
            0xC5, 0xB1, 0xA8, 0xB5, 0xC0]),
        Sample(label: "gb18030", text: "中文新闻报道€", bytes: [
            0xD6, 0xD0, 0xCE, 0xC4, 0xD0, 0xC2, 0xCE, 0xC5, 0xB1, 0xA8, 0xB5, 0xC0, 0xA2, 0xE3]),
        Sample(label: "big5", text: "繁體中文新聞報導", bytes: [
            0xC1, 0x63, 0xC5, 0xE9, 0xA4, 0xA4, 0xA4, 0xE5, 0xB7, 0x73, 0xBB, 0x44, 0xB3, 0xF8, 0xBE, 0xC9]),
        Sample(label: "euc-kr", text: "한국어 뉴스 기사입니다", bytes: [
            0xC7, 0xD1, 0xB1, 0xB9, 0xBE, 0xEE, 0x20, 0xB4, 0xBA, 0xBD, 0xBA, 0x20, 0xB1, 0xE2, 0xBB, 0xE7, 0xC0,
            0xD4, 0xB4, 0xCF, 0xB4, 0xD9]),
        Sample(label: "koi8-r", text: "Привет, мир! Новости дня", bytes: [
            0xF0, 0xD2, 0xC9, 0xD7, 0xC5, 0xD4, 0x2C, 0x20, 0xCD, 0xC9, 0xD2, 0x21, 0x20, 0xEE, 0xCF, 0xD7, 0xCF,
            0xD3, 0xD4, 0xC9, 0x20, 0xC4, 0xCE, 0xD1]),
    ]

    /// An ASCII page declaring `label` whose first paragraph is `phrase` (raw bytes) three times
    /// over, followed by the English paragraphs; `meta` is the declaration's markup.
    static func legacyPage(_ phrase: [UInt8], meta: String) -> Data {
        var data = Data("<html><head>\(meta)<title>News</title></head><body><article><h1>News</h1><p>".utf8)
        for _ in 0..<3 {
            data.append(contentsOf: phrase)
            data.append(contentsOf: Array(" ".utf8))
        }
        data.append(Data("</p>\(String(repeating: "<p>\(BadInput.sentence)</p>", count: 3))</article></body></html>".utf8))
        return data
    }

    func testLegacyCharsetsDeclaredByMeta() throws {
        for sample in Self.samples {
            let forms = ["<meta charset=\"\(sample.label)\">",
                         "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=\(sample.label.uppercased())\">"]
            for meta in forms {
                let article = try BadInput.clean(Self.legacyPage(sample.bytes, meta: meta))
                XCTAssertEqual(article.inputKind, .html)
                XCTAssertTrue(article.text().contains(sample.text), "\(meta)\n\(article.text().prefix(300))")
                XCTAssertFalse(article.text().contains("\u{FFFD}"), "\(sample.label): replacement characters")
                BadInput.assertKeepsSentence(article, sample.label)
            }
        }
    }

    /// A page that says latin-1 but sends UTF-8 is read as UTF-8 (no "CafÃ©").
    func testMisdeclaredUTF8IsReadAsUTF8() throws {
        let phrase = Array("Café “naïve” 日本語".utf8)
        for label in ["iso-8859-1", "windows-1252", "shift_jis"] {
            let article = try BadInput.clean(Self.legacyPage(phrase, meta: "<meta charset=\"\(label)\">"))
            XCTAssertTrue(article.text().contains("Café “naïve” 日本語"), "\(label): \(article.text().prefix(200))")
            XCTAssertFalse(article.text().contains("Ã"), label)
        }
    }

    func testUTF8WithAndWithoutBOM() throws {
        let phrase = "Café “naïve” — 日本語 한국어 Привет"
        let text = "Budget approved\n\n\(phrase). " + BadInput.sentence + "\n\n" + String(repeating: BadInput.sentence + "\n\n", count: 2)
        let html = BadInput.page("<article><h1>Budget approved</h1><p>\(phrase). \(BadInput.sentence)</p>"
            + String(repeating: "<p>\(BadInput.sentence)</p>", count: 2) + "</article>")
        for (data, kind) in [(Data(text.utf8), InputKind.text), (html, .html)] {
            for bom in [Data(), Data([0xEF, 0xBB, 0xBF])] {
                let article = try BadInput.clean(bom + data)
                XCTAssertEqual(article.inputKind, kind)
                XCTAssertTrue(article.text().contains(phrase), "\(kind) BOM \(bom.count): \(article.text().prefix(200))")
                XCTAssertFalse(article.text().contains("\u{FEFF}"))
            }
        }
    }

    /// UTF-16 with a BOM, both byte orders, as text and as HTML (sniffed as HTML from the UTF-16 bytes).
    func testUTF16WithBOM() throws {
        let phrase = "Café “naïve” — 日本語 𝄞"
        let text = "Budget approved\n\n\(phrase). " + BadInput.sentence + "\n\n" + String(repeating: BadInput.sentence + "\n\n", count: 2)
        let html = "<!DOCTYPE html><html><head><meta charset=\"utf-16\"><title>Budget approved</title></head><body><article>"
            + "<h1>Budget approved</h1><p>\(phrase). \(BadInput.sentence)</p>"
            + String(repeating: "<p>\(BadInput.sentence)</p>", count: 2) + "</article></body></html>"
        for (source, kind) in [(text, InputKind.text), (html, .html)] {
            for littleEndian in [true, false] {
                var data = Data(littleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF])
                for unit in source.utf16 {
                    data.append(contentsOf: littleEndian ? [UInt8(unit & 0xFF), UInt8(unit >> 8)] : [UInt8(unit >> 8), UInt8(unit & 0xFF)])
                }
                let article = try BadInput.clean(data)
                XCTAssertEqual(article.inputKind, kind, "UTF-16 \(littleEndian ? "LE" : "BE") \(kind)")
                XCTAssertTrue(article.text().contains(phrase), "\(kind) LE \(littleEndian): \(article.text().prefix(200))")
                BadInput.assertKeepsSentence(article, "UTF-16 \(kind)")
                XCTAssertFalse(article.text().contains("<p>"), "markup leaked into the text")
            }
        }
    }

    /// A text dump in windows-1252 (no declaration possible) is read as windows-1252.
    func testUndeclaredWindows1252Text() throws {
        let sample = Self.samples[0]
        var data = Data("Budget approved\n\n".utf8)
        for _ in 0..<3 { data.append(contentsOf: sample.bytes + Array(" \(BadInput.sentence)\n\n".utf8)) }
        let article = try BadInput.clean(data)
        XCTAssertTrue(article.text().contains(sample.text), article.text())
    }

    /// Invalid sequences become U+FFFD; nothing after them is lost, in text and in HTML. (Text
    /// with more than 1% of invalid sequences is read as windows-1252 instead, so the page is long.)
    func testInvalidByteSequencesBecomeReplacementCharacters() throws {
        let bad: [UInt8] = Array("Before ".utf8) + [0xFF, 0xC3, 0x28, 0xE2, 0x82, 0xF0, 0x9F, 0x80, 0xED, 0xA0, 0x80, 0xC0, 0xAF]
            + Array(" after the bad bytes".utf8)
        var text = Data(bad + Array(".\n\n".utf8))
        // Ten distinct paragraphs: a text dump's paragraph printed twice is read once.
        let paragraphs = (1...10).map { "Part \($0) of the report: \(BadInput.sentence)" }
        text.append(Data(paragraphs.map { $0 + "\n\n" }.joined().utf8))
        var html = Data("<html><head><meta charset=\"utf-8\"><title>T</title></head><body><article><h1>Budget</h1><p>".utf8)
        html.append(contentsOf: bad)
        html.append(Data("</p>\(paragraphs.map { "<p>\($0)</p>" }.joined())</article></body></html>".utf8))
        for (data, kind) in [(text, InputKind.text), (html, .html)] {
            let article = try BadInput.clean(data)
            XCTAssertEqual(article.inputKind, kind)
            let output = article.text()
            XCTAssertTrue(output.contains("Before \u{FFFD}"), "\(kind): \(output.prefix(200))")
            XCTAssertTrue(output.contains("after the bad bytes"), "\(kind): truncated at the bad bytes")
            BadInput.assertKeepsSentence(article, "\(kind) after bad bytes")
            XCTAssertEqual(output.components(separatedBy: BadInput.sentence).count - 1, 10, "\(kind): a paragraph went missing")
        }
    }

    /// Mojibake in the page itself ("weâ€™ll", UTF-8 encoded twice) is what the page says: kept as is.
    func testDoubleEncodedUTF8StaysAsItIs() throws {
        let mojibake = "weâ€™ll see CafÃ© later"
        let text = "Budget approved\n\n\(mojibake). \(BadInput.sentence)\n\n" + String(repeating: BadInput.sentence + "\n\n", count: 2)
        let html = BadInput.page("<article><h1>Budget approved</h1><p>\(mojibake). \(BadInput.sentence)</p>"
            + String(repeating: "<p>\(BadInput.sentence)</p>", count: 2) + "</article>", head: "<meta charset=\"utf-8\"><title>T</title>")
        for data in [Data(text.utf8), html] {
            let article = try BadInput.clean(data)
            XCTAssertTrue(article.text().contains(mojibake), article.text().prefix(200).description)
        }
    }
}
