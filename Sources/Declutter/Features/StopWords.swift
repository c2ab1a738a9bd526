/// Stop-word lookup by hash, so the per-word check in ``TextStats`` builds no strings.
///
/// Running prose is full of function words ("the", "of", "und", "que"); menus, teaser
/// headlines, tickers and credits have few. That share (jusText's main signal) works in every
/// language with a list, so the lists cover the languages crawls carry most.
enum StopWords {
    /// FNV-1a offset basis.
    static let hashSeed: UInt64 = 0xcbf2_9ce4_8422_2325

    @inline(__always)
    static func mix(_ hash: UInt64, _ scalar: UInt32) -> UInt64 {
        (hash ^ UInt64(scalar)) &* 0x0000_0100_0000_01B3
    }

    /// Words of ASCII letters and digits up to this many bytes are keyed by their bytes packed
    /// into one integer: no per-byte hashing in the scan, which most words of most pages take;
    /// up to twice as many, by a hash of their two packed halves (``pairKey(_:_:)``).
    static let maxPackedLength = 8

    /// The lookup key of the word in `buffer[start..<end]` (letters and digits; `ascii` when
    /// every byte is below 0x80): short ASCII words are their bytes packed little-endian and
    /// lower-cased (ASCII letters and digits all have bit 5 set once lower-cased), ASCII words
    /// up to 16 bytes ``pairKey(_:_:)`` of their halves, longer or other words FNV-1a over their
    /// lower-cased scalars. The table and the scan both key words
    /// with it.
    @inline(__always)
    static func key(_ buffer: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, ascii: Bool) -> UInt64 {
        let length = end &- start
        if ascii && length <= maxPackedLength {
            let mask: UInt64 = length >= 8 ? ~0 : (1 &<< UInt64(length &* 8)) &- 1
            return (SWAR.load(buffer, at: start) | (0x20 &* SWAR.ones)) & mask
        }
        if ascii && length <= 2 &* maxPackedLength {
            let mask: UInt64 = length >= 16 ? ~0 : (1 &<< UInt64((length &- 8) &* 8)) &- 1
            return pairKey(SWAR.load(buffer, at: start) | (0x20 &* SWAR.ones),
                           (SWAR.load(buffer, at: start &+ 8) | (0x20 &* SWAR.ones)) & mask)
        }
        var hash = hashSeed
        var index = start
        while index < end {
            let (scalar, width) = UTF8Scalars.decode(buffer, at: index)
            hash = mix(hash, CharClass.lowercased(scalar))
            index &+= width
        }
        return hash
    }

    /// The key of an ASCII word of 9 to 16 bytes from its two packed, lower-cased halves (the
    /// second masked to the word's end): two multiplies, not one per byte.
    @inline(__always)
    static func pairKey(_ first: UInt64, _ second: UInt64) -> UInt64 {
        let hash = (first &* 0x9E37_79B9_7F4A_7C15 ^ second) &* 0xFF51_AFD7_ED55_8CCD
        return hash ^ (hash &>> 29)
    }

    /// ``key(_:_:_:ascii:)`` of a whole word.
    static func key(_ word: String) -> UInt64 {
        var copy = word
        return copy.withUTF8 { key($0, 0, $0.count, ascii: $0.allSatisfy { $0 < 0x80 }) }
    }

    /// Longest stop word in scalars; longer words skip the lookup (``TextStats`` checks it).
    static let maxLength = 12

    /// Hashes of every stop word in ``Vocabulary/stopWords``: the table every page is first
    /// scored with. Its ten languages share it (the scoring thresholds were tuned on the union).
    static let table: ByteHashTable = ByteHashTable(baseEntries)

    private static let baseEntries: [(key: UInt64, value: UInt32)] = Vocabulary.stopWords.values.flatMap { list in
        list.split(separator: " ").map { (key: key(String($0)), value: UInt32(1)) }
    }

    /// For each language of ``Vocabulary/moreStopWords``, ``table`` with that language's list
    /// added: what a page in that language is scored with.
    static let languageTables: [String: ByteHashTable] = Vocabulary.moreStopWords.mapValues { list in
        ByteHashTable(baseEntries + list.split(separator: " ").map { (key: key(String($0)), value: UInt32(1)) })
    }

    /// The table to score a page in `language` (ISO 639-1) with, or nil when ``table`` serves:
    /// one of its ten languages, or a language without a list.
    static func table(for language: String?) -> ByteHashTable? {
        language.flatMap { languageTables[$0] }
    }

    /// The languages the detector tells apart by their stop words: the ten of ``table`` and
    /// those of ``Vocabulary/moreStopWords``, in a fixed order (bit `i` of a
    /// ``detectionTable`` value is `detectionLanguages[i]`).
    static let detectionLanguages: [String] = Vocabulary.stopWords.keys.sorted() + Vocabulary.moreStopWords.keys.sorted()

    /// Every list's words with the set of languages (bits) that list them.
    static let detectionTable: ByteHashTable = {
        precondition(detectionLanguages.count <= 32, "language bits fit in the table's 32-bit values")
        var entries = [(key: UInt64, value: UInt32)]()
        for (bit, language) in detectionLanguages.enumerated() {
            let list = Vocabulary.stopWords[language] ?? Vocabulary.moreStopWords[language] ?? ""
            for word in list.split(separator: " ") { entries.append((key(String(word)), UInt32(1) << UInt32(bit))) }
        }
        return ByteHashTable(entries)
    }()

    /// Common Chinese and Japanese function characters, standing in for stop words where words
    /// are not separated by spaces. The hiragana (the commonest particles) are read as bits
    /// from ``kanaParticles``, the rest from the switch of ``particleInTable(_:)``.
    @inline(__always)
    static func isCJKParticle(_ scalar: UInt32) -> Bool {
        let kana = scalar &- 0x3040
        if kana < 64 { return (kanaParticles.low &>> UInt64(kana)) & 1 != 0 }
        if kana < 128 { return (kanaParticles.high &>> UInt64(kana &- 64)) & 1 != 0 }
        return particleInTable(scalar)
    }

    /// The Japanese particles of ``particleInTable(_:)`` as bits from U+3040 (U+3040–U+307F in
    /// `low`, U+3080–U+30BF in `high`); a test holds them to the table.
    static let kanaParticles: (low: UInt64, high: UInt64) = (0x0100_CDC0_8080_1800, 0x4_0814)

    /// Whether the scalar is one of the particles listed here.
    static func particleInTable(_ scalar: UInt32) -> Bool {
        switch scalar {
        // Japanese: の は が を に で と も た て し な る か へ や から (first char)
        case 0x306E, 0x306F, 0x304C, 0x3092, 0x306B, 0x3067, 0x3068, 0x3082, 0x305F, 0x3066, 0x3057, 0x306A, 0x308B,
             0x304B, 0x3078, 0x3084:
            return true
        // Chinese: 的 了 是 在 和 有 我 这 不 也 就 与 而 及 之 其 为 对 他 她 们 中 上 说
        case 0x7684, 0x4E86, 0x662F, 0x5728, 0x548C, 0x6709, 0x6211, 0x8FD9, 0x4E0D, 0x4E5F, 0x5C31, 0x4E0E, 0x800C,
             0x53CA, 0x4E4B, 0x5176, 0x4E3A, 0x5BF9, 0x4ED6, 0x5979, 0x4EEC, 0x4E2D, 0x4E0A, 0x8BF4:
            return true
        // Korean particles written as syllables: 은 는 이 가 을 를 에 의 와 과 도 로
        case 0xC740, 0xB294, 0xC774, 0xAC00, 0xC744, 0xB97C, 0xC5D0, 0xC758, 0xC640, 0xACFC, 0xB3C4, 0xB85C:
            return true
        default:
            return false
        }
    }
}
