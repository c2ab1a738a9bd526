import XCTest
@testable import Declutter

/// The byte-level fast paths (eight bytes at a time, filters, packed keys) checked against plain
/// reference implementations on many generated inputs made of the bytes that trip them up:
/// spaces, capitals, Latin-1 and Unicode-space lead bytes, line ends falling on chunk boundaries.
final class ByteKernelTests: XCTestCase {
    /// The table and the CJK shortcut give every scalar beyond ASCII the class of its range.
    func testCharClassTableAgreesWithTheRanges() {
        for value in UInt32(0x80)...0x10FFFF where CharClass.beyondASCII(value) != CharClass.classify(value) {
            XCTFail(String(value, radix: 16))
        }
        XCTAssertEqual(CharClass.of(0xE9), .letter)
        XCTAssertEqual(CharClass.of(0x416), .upper)
        XCTAssertEqual(CharClass.of(0x65E5), .cjk)
    }

    /// The kana particle bits are the particle table's hiragana.
    func testKanaParticleBitsAreTheTable() {
        for value in UInt32(0x2F00)...0x3200 {
            XCTAssertEqual(StopWords.isCJKParticle(value), StopWords.particleInTable(value), String(value, radix: 16))
        }
        XCTAssertTrue(StopWords.isCJKParticle(0x306E))
        XCTAssertTrue(StopWords.isCJKParticle(0x7684))
    }

    /// A small deterministic generator, so that a failure can be replayed.
    struct Generator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 33
        }
        mutating func pick<T>(_ list: [T]) -> T { list[Int(next() % UInt64(list.count))] }
    }

    /// Bytes the kernels treat specially, plus ordinary letters.
    static let trickyBytes: [UInt8] = [0x61, 0x7A, 0x41, 0x5A, 0x20, 0x20, 0x09, 0x2E, 0x30, 0xC2, 0xA0, 0xE2, 0x80,
                                       0x8A, 0x9C, 0xAF, 0xE3, 0xC3, 0x89, 0x97, 0x40, 0x5B, 0x60, 0x7B, 0xFF]

    func randomBytes(_ generator: inout Generator, maxLength: Int = 40) -> [UInt8] {
        let length = Int(generator.next() % UInt64(maxLength + 1))
        return (0..<length).map { _ in generator.pick(Self.trickyBytes) }
    }

    func testIsNormalizedOnlyWhenNormalizingChangesNothing() {
        var generator = Generator(state: 1)
        var normalizedSeen = 0
        for _ in 0..<20_000 {
            let bytes = randomBytes(&generator)
            let claimed = bytes.withUnsafeBufferPointer { Whitespace.isNormalized($0) }
            var normalized = [UInt8]()
            bytes.withUnsafeBufferPointer { Whitespace.appendNormalized($0, to: &normalized) }
            if claimed {
                normalizedSeen += 1
                XCTAssertEqual(normalized, bytes, "isNormalized accepted \(bytes)")
            }
        }
        // The check must also say yes often enough to be the fast path it is meant to be.
        XCTAssertGreaterThan(normalizedSeen, 500)
        let plain = Array("A plain line – with “quotes” and a dash, ready as it is.".utf8)
        XCTAssertTrue(plain.withUnsafeBufferPointer { Whitespace.isNormalized($0) })
    }

    /// ``PhraseMatcher/lowercase(_:)`` as it was written byte by byte.
    static func referenceLowercase(_ bytes: [UInt8]) -> [UInt8] {
        var out = bytes
        var index = 0
        while index < out.count {
            let byte = out[index]
            if byte >= 0x41 && byte <= 0x5A {
                out[index] = byte | 0x20
            } else if byte == 0xC3, index + 1 < out.count, out[index + 1] >= 0x80, out[index + 1] <= 0x9E,
                      out[index + 1] != 0x97 {
                out[index + 1] += 0x20
                index += 1
            }
            index += 1
        }
        return out
    }

    func testEightByteLowercasingMatchesTheByteLoop() {
        var generator = Generator(state: 2)
        for _ in 0..<20_000 {
            let bytes = randomBytes(&generator)
            var lowered = bytes
            PhraseMatcher.lowercase(&lowered)
            XCTAssertEqual(lowered, Self.referenceLowercase(bytes), "\(bytes)")
            // The padded variant folds the last bytes with the padding after them.
            var padded = bytes + [UInt8](repeating: 0, count: 8)
            padded.withUnsafeMutableBufferPointer { PhraseMatcher.lowercase(padded: UnsafeMutableBufferPointer(rebasing: $0[..<bytes.count])) }
            XCTAssertEqual(Array(padded[..<bytes.count]), Self.referenceLowercase(bytes), "\(bytes)")
            XCTAssertEqual(Array(padded[bytes.count...]), [UInt8](repeating: 0, count: 8))
        }
    }

    func testPhraseMatcherFindsWhatANaiveSearchFindsAtWordStarts() {
        let phrases: [(phrase: String, cue: Cues, anchor: PhraseMatcher.Anchor)] = [
            ("abc", .related, .start), ("a a", .popular, .start), ("zaza zaza", .share, .anywhere),
            ("abcd", .comments, .anywhere), ("a.a.", .ad, .anywhere), ("aaaaaaaaaaaa", .newsletter, .anywhere),
            ("zz z", .cookie, .anywhere), ("aé", .caption, .start),
        ]
        let matcher = PhraseMatcher(phrases)
        // Texts made of phrases, phrases in capitals, phrases with their last byte changed (near
        // misses past the eight-byte prefix) and single bytes.
        var pieces: [[UInt8]] = Array("aAbBcCdDzZ. é".utf8).map { [$0] }
        for entry in phrases {
            let bytes = Array(entry.phrase.utf8)
            pieces.append(bytes)
            pieces.append(Array(entry.phrase.uppercased().utf8))
            pieces.append(bytes.dropLast() + [UInt8(ascii: "q")])
        }
        var generator = Generator(state: 3)
        for round in 0..<20_000 {
            // Mostly short texts; one in four long enough to cross the 64-byte blocks of starts.
            let count = Int(generator.next() % (round % 4 == 0 ? 40 : 6))
            let text = (0..<count).flatMap { _ in generator.pick(pieces) }
            var expected: Cues = []
            let folded = text.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
            for entry in phrases {
                let needle = Array(entry.phrase.utf8)
                switch entry.anchor {
                case .start: if folded.starts(with: needle) { expected.formUnion(entry.cue) }
                case .anywhere:
                    // At a word start: the first byte, or after a byte that is no ASCII letter or digit.
                    func wordStart(_ index: Int) -> Bool {
                        index == 0 || !(folded[index - 1] >= 0x61 && folded[index - 1] <= 0x7A)
                            && !(folded[index - 1] >= 0x30 && folded[index - 1] <= 0x39)
                    }
                    if folded.count >= needle.count,
                       (0...(folded.count - needle.count)).contains(where: {
                           wordStart($0) && folded[$0..<($0 + needle.count)].elementsEqual(needle)
                       }) {
                        expected.formUnion(entry.cue)
                    }
                }
            }
            let found = text.withUnsafeBufferPointer { matcher.cues(in: $0) }
            XCTAssertEqual(found, expected, "\(String(decoding: text, as: UTF8.self))")
        }
    }

    func testUTF8ValidationReadsNoByteBeyondTheBuffer() {
        // ASCII runs whose length is a multiple of the fast path's 32 bytes, followed in memory
        // by a byte that is not UTF-8: the scan must stop at the buffer's end and find nothing.
        for length in [32, 64, 96, 40] {
            let bytes = [UInt8](repeating: 0x61, count: length) + [0xFF]
            let summary = bytes.withUnsafeBufferPointer { UTF8Validation.scan(UnsafeBufferPointer(rebasing: $0[..<length])) }
            XCTAssertEqual(summary, UTF8Validation.Summary(), "length \(length)")
        }
    }

    func testControlByteCountAgreesWithAPlainLoop() {
        var generator = Generator(state: 5)
        let bytes: [UInt8] = [0x00, 0x01, 0x08, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1F, 0x20, 0x41, 0x80, 0xFF]
        for _ in 0..<20_000 {
            let input = (0..<Int(generator.next() % 40)).map { _ in generator.pick(bytes) }
            let expected = input.filter { $0 < 0x20 && ![0x09, 0x0A, 0x0C, 0x0D].contains($0) }.count
            XCTAssertEqual(input.withUnsafeBufferPointer(InputSniffer.controlBytes), expected, "\(input)")
        }
    }

    func testPlainWordReadingCountsAsTheByteByByteScan() {
        // Words of every length around the eight- and sixteen-byte loads, in both cases, with
        // digits, accents, CJK, and the marks the plain-word reading takes (", ", ". ", ": ", "-", a
        // last ".") or leaves.
        let pieces = ["the", "of", "a", "I", "J", "U", "S", "ab", "THE", "Of", "NASA", "iPhone", "x86", "2024", "7",
                      "alright", "although", "whatever", "Yourselves", "themselves", "ourselves", "understanding",
                      "Internationalization", "ABCDEFGHIJKL", "abcdefghijklmnop", "abcdefghijklmnopq", "café", "über",
                      "naïve", "日本語", "の", " ", " ", " ", " ", ", ", ". ", ".", ",", "!", "? ", "\"", "'", ")", "(",
                      "U.S.", "e.g.", "…", "—", "-", "- ", ": ", ":", "http://x.y",  "\u{A0}", "\t", "$", "%", "/", "</p>", "http://x", "@"]
        var generator = Generator(state: 7)
        for _ in 0..<30_000 {
            var text = ""
            for _ in 0..<Int(generator.next() % 24) { text += generator.pick(pieces) }
            var bytes = Array(text.utf8)
            let (fast, reference) = bytes.withUnsafeMutableBufferPointer { raw in
                let buffer = UnsafeBufferPointer(raw)
                return StopWords.table.withProbe {
                    (TextStats.scan(buffer, stopWords: $0), TextStats.scan(buffer, stopWords: $0, plainWords: false))
                }
            }
            XCTAssertEqual(fast, reference, text)
        }
    }

    /// Runs `body` on `text` lower-cased and padded as ``TextCues/withLowercased(_:_:)`` does.
    func withLowered<R>(_ text: [UInt8], _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        text.withUnsafeBufferPointer { TextCues.withLowercased($0, body) }
    }

    func testASCIIWordsAndCueKeysMatchTheScalarReading() {
        let pieces = ["the", "Comments", "(12)", "12", "x86", "2024-11-06", " ", " ", "  ", "»", ":", "-", "...", "a",
                      "abcdefgh", "abcdefghijklmnopq", "4pm", "10:42", ",", "'", "Related", "ago", "é", "日"]
        var generator = Generator(state: 8)
        for _ in 0..<20_000 {
            let text = Array((0..<Int(generator.next() % 12)).map { _ in generator.pick(pieces) }.joined().utf8)
            withLowered(text) { lowered in
                XCTAssertEqual(TextCues.cueKeyHash(lowered), TextCues.cueKeyHash(lowered, asciiPath: false),
                               String(decoding: text, as: UTF8.self))
                func words(_ asciiPath: Bool) -> [String] {
                    withUnsafeTemporaryAllocation(of: LineWord.self, capacity: lowered.count / 2 + 1) { storage in
                        let count = TextCues.words(lowered, into: storage, asciiPath: asciiPath)
                        return storage[..<count].map { "\($0.range) \($0.hash) \($0.isNumber)" }
                    }
                }
                XCTAssertEqual(words(true), words(false), String(decoding: text, as: UTF8.self))
            }
        }
    }

    func testPaddedBlockHashIsTheBlockHash() {
        var generator = Generator(state: 9)
        for _ in 0..<5_000 {
            let bytes = (0..<Int(generator.next() % 40)).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
            let padded = bytes + [UInt8](repeating: 0xAA, count: 8)
            let expected = bytes.withUnsafeBufferPointer { ByteHashTable.blockHash($0) }
            XCTAssertEqual(padded.withUnsafeBytes { ByteHashTable.blockHash(padded: $0.baseAddress!, count: bytes.count) },
                           expected)
        }
    }

    func testRecordedPhraseStartsFindWhatTheWholeLineScanFinds() {
        // The cue phrases themselves, in capitals and cut short, among words, marks, accents and
        // CJK, so that lines hold none, a few and more than four places the filter fires at.
        var pieces = ["the", "cookie", "use", "more", "read", " ", " ", " ", ", ", ". ", "-", "(", "\"", "é", "日本", "©",
                      "/", "Photo", "2024", ": "]
        for entry in Vocabulary.containedCues {
            pieces.append(entry.phrase)
            pieces.append(entry.phrase.uppercased())
            pieces.append(String(entry.phrase.dropLast()))
        }
        pieces += Vocabulary.prefixCues.prefix(20).map(\.prefix) + Vocabulary.smallPrintOpenings.prefix(5)
        var generator = Generator(state: 10)
        var recorded = 0
        for _ in 0..<20_000 {
            let text = (0..<Int(generator.next() % 14)).map { _ in generator.pick(pieces) }.joined()
            let stats = TextStats(of: text)
            if !stats.phraseStarts.isMany && stats.phraseStarts.count > 0 { recorded += 1 }
            var bytes = Array(text.utf8)
            for matcher in [TextCues.shortLineMatcher, TextCues.longLineMatcher] {
                let (whole, places) = bytes.withUnsafeMutableBufferPointer { raw in
                    (matcher.cues(in: UnsafeBufferPointer(raw)), matcher.cues(in: UnsafeBufferPointer(raw), starts: stats.phraseStarts))
                }
                XCTAssertEqual(whole, places, text)
            }
        }
        // The recorded places must be the usual case, not the fallback.
        XCTAssertGreaterThan(recorded, 2_000)
    }

    func testStopWordKeysAgreeBetweenTableAndScan() {
        // Packed keys (ASCII up to eight bytes) and hashed ones (longer or non-ASCII) both hit.
        for (text, stops) in [("the of and", 3), ("THE Of aNd", 3), ("whether although", 2), ("über und für", 3),
                              ("theory offer android", 0), ("be", 1), ("themselves", 1),
                              ("Themselves, yourselves. ourselves", 3), ("nevertheless", 0)] {
            XCTAssertEqual(TextStats(of: text).stopWords, stops, text)
        }
    }

    func testStopWordTableFitsTheFirstLevelCache() {
        // Probed for nearly every word of a page: it must stay a fraction of a 32 KB L1 cache.
        XCTAssertLessThanOrEqual(StopWords.table.byteSize, 16 * 1024)
        // And it holds every stop word of the lists.
        for list in Vocabulary.stopWords.values {
            for word in list.split(separator: " ") {
                XCTAssertTrue(StopWords.table.contains(StopWords.key(String(word))), String(word))
            }
        }
    }

    func testWordTableLookupsFindEveryKeyAndNoOther() {
        var generator = Generator(state: 4)
        let keys = (0..<3_000).map { _ in generator.next() | 1 }
        let table = ByteHashTable(keys.enumerated().map { (key: $0.element, value: UInt32($0.offset)) })
        for (index, key) in keys.enumerated() {
            XCTAssertEqual(table.value(key), UInt32(index))
            XCTAssertTrue(table.withProbe { $0.contains(key) })
        }
        let present = Set(keys)
        let absent = (0..<3_000).map { _ in generator.next() << 1 }.filter { !present.contains($0) }
        for key in absent {
            XCTAssertNil(table.value(key))
            XCTAssertFalse(table.withProbe { $0.contains(key) })
        }
    }
}
