/// Finds many cue phrases in one pass over a line's UTF-8 bytes. The word starts of a line are
/// found eight bytes at a time; at each, four bytes are hashed into a 4,096-bit filter of the
/// phrases' openings (which fits the L1 cache); only where the filter fires are the phrases with
/// that opening compared, first eight bytes at once. The positions are independent, so the
/// processor overlaps them — an automaton's state-to-state chain cannot be overlapped.
struct PhraseMatcher: @unchecked Sendable {
    /// Where a phrase must stand to count.
    enum Anchor: Sendable {
        /// Anywhere in the line.
        case anywhere
        /// At the very start of the line.
        case start
    }

    /// Phrases matched anywhere must be at least this many bytes long: the filter hashes that
    /// many bytes at every position.
    static let gram = 4
    /// log2 of the filter's size in bits: a few hundred openings set about one bit in twenty.
    static let filterBits = 12

    /// One phrase: where its lower-cased bytes start in `bytes`, how many, its cues, and its first
    /// eight bytes (fewer for shorter phrases) packed into an integer with the mask of those that
    /// count, so that one compare rejects most places where the filter fires.
    private struct Phrase {
        var start: Int
        var length: Int
        var cues: UInt32
        var prefix: UInt64
        var prefixMask: UInt64
    }

    /// The tables, built once into memory of their own and read through raw pointers: a lookup
    /// runs for nearly every line of a page, and array accessors cost a closure and a check each.
    private final class Storage: @unchecked Sendable {
        /// Every phrase's lower-cased bytes, one after another.
        let bytes: UnsafeMutableBufferPointer<UInt8>
        let phrases: UnsafeMutableBufferPointer<Phrase>
        /// Bit set of the hashed openings of the phrases matched anywhere.
        let filter: UnsafeMutableBufferPointer<UInt64>
        /// Phrases matched anywhere, grouped by hashed opening: bucket `b` is
        /// `members[groupStart[b]..<groupStart[b + 1]]`; start-anchored phrases follow, grouped
        /// by their hashed first two bytes from `groupStart[startGroups + startBucket]`.
        let groupStart: UnsafeMutableBufferPointer<Int>
        let members: UnsafeMutableBufferPointer<Int>

        init(bytes: [UInt8], phrases: [Phrase], filter: [UInt64], groupStart: [Int], members: [Int]) {
            func copy<T>(_ array: [T]) -> UnsafeMutableBufferPointer<T> {
                let buffer = UnsafeMutableBufferPointer<T>.allocate(capacity: max(array.count, 1))
                _ = buffer.initialize(from: array)
                return buffer
            }
            self.bytes = copy(bytes)
            self.phrases = copy(phrases)
            self.filter = copy(filter)
            self.groupStart = copy(groupStart)
            self.members = copy(members)
        }

        deinit {
            bytes.deallocate()
            phrases.deallocate()
            filter.deallocate()
            groupStart.deallocate()
            members.deallocate()
        }
    }

    private let storage: Storage
    /// The storage's pointers, read without touching the class.
    private let tables: Tables

    /// Index in `groupStart` of the first start-anchored group.
    private static let startGroups = 1 << filterBits
    /// log2 of the number of start-anchored groups: a line's first two bytes pick one, which
    /// holds a phrase or none (by first byte alone, a line was compared with five on average).
    private static let startBits = 11

    /// The start group of a line (or phrase) opening with `first` and `second`, ASCII case ignored.
    @inline(__always)
    private static func startBucket(_ first: UInt8, _ second: UInt8) -> Int {
        let opening = UInt32(first &- 0x41 < 26 ? first | 0x20 : first) | UInt32(second &- 0x41 < 26 ? second | 0x20 : second) &<< 8
        return Int(truncatingIfNeeded: (opening &* 0x9E37_79B1) >> (32 - UInt32(startBits)))
    }

    init(_ entries: [(phrase: String, cue: Cues, anchor: Anchor)]) {
        var bytes: [UInt8] = []
        var phrases: [Phrase] = []
        var filter = [UInt64](repeating: 0, count: (1 << PhraseMatcher.filterBits) / 64)
        var groups = [[Int]](repeating: [], count: PhraseMatcher.startGroups + (1 << PhraseMatcher.startBits))
        for entry in entries {
            let lowered = PhraseMatcher.lowercasedBytes(entry.phrase)
            guard let first = lowered.first else { continue }
            let prefix = lowered.withUnsafeBufferPointer { SWAR.load($0, at: 0) }
            let mask: UInt64 = lowered.count >= 8 ? ~0 : (1 << (8 * UInt64(lowered.count))) - 1
            phrases.append(Phrase(start: bytes.count, length: lowered.count, cues: entry.cue.rawValue,
                                  prefix: prefix, prefixMask: mask))
            bytes.append(contentsOf: lowered)
            switch entry.anchor {
            case .start:
                precondition(lowered.count >= 2, "phrases matched at the start need two bytes")
                groups[PhraseMatcher.startGroups + PhraseMatcher.startBucket(first, lowered[1])].append(phrases.count - 1)
            case .anywhere:
                precondition(lowered.count >= PhraseMatcher.gram, "phrases matched anywhere need \(PhraseMatcher.gram) bytes")
                let bucket = lowered.withUnsafeBufferPointer { PhraseMatcher.bucket(UnsafeRawPointer($0.baseAddress!)) }
                filter[bucket >> 6] |= 1 << UInt64(bucket & 63)
                groups[bucket].append(phrases.count - 1)
            }
        }
        var groupStart = [0]
        var members: [Int] = []
        for group in groups {
            members.append(contentsOf: group)
            groupStart.append(members.count)
        }
        storage = Storage(bytes: bytes, phrases: phrases, filter: filter, groupStart: groupStart, members: members)
        tables = Tables(bytes: UnsafeBufferPointer(storage.bytes), phrases: UnsafeBufferPointer(storage.phrases),
                        groupStart: UnsafeBufferPointer(storage.groupStart), members: UnsafeBufferPointer(storage.members),
                        filter: UnsafeBufferPointer(storage.filter))
    }

    /// The filter bucket of the four bytes at `pointer`, ASCII case ignored (bit 5 set on every
    /// byte: a capital and its lower-case letter agree, and a filter may over-match).
    @inline(__always)
    private static func bucket(_ pointer: UnsafeRawPointer) -> Int {
        let opening = pointer.loadUnaligned(as: UInt32.self) | 0x2020_2020
        return Int(truncatingIfNeeded: (opening &* 0x9E37_79B1) >> (32 - UInt32(filterBits)))
    }

    /// The high bit of every byte of `word` that is an ASCII letter (either case) or digit.
    /// Phrases matched anywhere are looked for only where no such byte comes before: at the
    /// start of a word ("cookie policy" in "our cookie policy"), never inside one ("use cookies"
    /// in "because cookies"). Bytes of other scripts count as word starts (CJK has no spaces).
    @inline(__always)
    static func alphanumeric(_ word: UInt64) -> UInt64 {
        SWAR.bytes(word | (0x20 &* SWAR.ones), in: 0x61, 0x7A) | SWAR.bytes(word, in: 0x30, 0x39)
    }

    /// Bytes a buffer passed to ``cues(inPadded:)`` must have readable past its end.
    static let padding = 8

    /// The cues of every phrase found in `text` where its anchor allows. ASCII letters match in
    /// either case; other letters must already be lower-cased to match capitals (``lowercase(_:)``).
    func cues(in text: UnsafeBufferPointer<UInt8>) -> Cues {
        guard !text.isEmpty else { return [] }
        // Copied with zeros after it, so the scan loads eight bytes anywhere without a check.
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: text.count &+ PhraseMatcher.padding) { buffer in
            _ = buffer.initialize(from: text)
            (buffer.baseAddress! + text.count).initialize(repeating: 0, count: PhraseMatcher.padding)
            return cues(inPadded: UnsafeBufferPointer(rebasing: buffer[..<text.count]))
        }
    }

    /// ``cues(in:)`` for a text followed in memory by at least ``padding`` readable bytes (their
    /// values do not matter).
    func cues(inPadded text: UnsafeBufferPointer<UInt8>) -> Cues {
        guard !text.isEmpty else { return [] }
        return Cues(rawValue: tables.scan(text))
    }

    /// The matcher's tables as pointers, for the scan.
    private struct Tables: @unchecked Sendable {
        let bytes: UnsafeBufferPointer<UInt8>
        let phrases: UnsafeBufferPointer<Phrase>
        let groupStart: UnsafeBufferPointer<Int>
        let members: UnsafeBufferPointer<Int>
        let filter: UnsafeBufferPointer<UInt64>

        /// The cues of `text` (padded, see ``PhraseMatcher/cues(inPadded:)``).
        func scan(_ text: UnsafeBufferPointer<UInt8>) -> UInt32 {
            var found: UInt32 = 0
            // The second byte of a one-byte text is padding: no phrase of two bytes fits it anyway.
            found |= group(PhraseMatcher.startGroups + PhraseMatcher.startBucket(text[0], text.baseAddress![1]), at: 0,
                           in: text)
            guard text.count >= PhraseMatcher.gram, let base = text.baseAddress else { return found }
            let raw = UnsafeRawPointer(base)
            // Positions where a phrase of `gram` bytes fits.
            let positions = text.count &- PhraseMatcher.gram &+ 1
            var block = 0
            // The high bit is set when the byte before the chunk is an ASCII letter or digit.
            var carry: UInt64 = 0
            while block < positions {
                // The word starts of up to 64 positions as one bit each, then visited in one loop:
                // a loop per eight bytes would leave it at a different count each time.
                var starts: UInt64 = 0
                var chunk = 0
                while chunk < 64 && block &+ chunk < positions {
                    let word = raw.loadUnaligned(fromByteOffset: block &+ chunk, as: UInt64.self)
                    let alphanumeric = PhraseMatcher.alphanumeric(word)
                    let chunkStarts = ~((alphanumeric &<< 8) | carry) & SWAR.highs
                    carry = alphanumeric &>> 56
                    // The high bits of the eight bytes gathered into eight bits.
                    starts |= (((chunkStarts &>> 7) &* 0x0102_0408_1020_4080) &>> 56) &<< UInt64(chunk)
                    chunk &+= 8
                }
                let remaining = positions &- block
                if remaining < 64 { starts &= (1 &<< UInt64(remaining)) &- 1 }
                while starts != 0 {
                    let position = block &+ starts.trailingZeroBitCount
                    let bucket = PhraseMatcher.bucket(raw + position)
                    if filter[bucket &>> 6] & (1 &<< UInt64(bucket & 63)) != 0 {
                        found |= group(bucket, at: position, in: text)
                    }
                    starts &= starts &- 1
                }
                block &+= 64
            }
            return found
        }

        /// The cues of the phrases of group `group` that stand at `position`.
        @inline(__always)
        func group(_ group: Int, at position: Int, in text: UnsafeBufferPointer<UInt8>) -> UInt32 {
            var found: UInt32 = 0
            for member in groupStart[group]..<groupStart[group &+ 1] {
                let phrase = phrases[members[member]]
                if matches(phrase, at: position, in: text) { found |= phrase.cues }
            }
            return found
        }

        /// Whether `phrase` stands at `position`; ASCII capitals in the text match.
        @inline(__always)
        func matches(_ phrase: Phrase, at position: Int, in text: UnsafeBufferPointer<UInt8>) -> Bool {
            let count = text.count
            guard position &+ phrase.length <= count else { return false }
            let start = UnsafeRawPointer(text.baseAddress! + position).loadUnaligned(as: UInt64.self)
            if SWAR.foldASCII(start) & phrase.prefixMask != phrase.prefix { return false }
            if phrase.length <= 8 { return true }
            for offset in 8..<phrase.length {
                var byte = text[position &+ offset]
                if byte &- 0x41 < 26 { byte |= 0x20 }
                if byte != bytes[phrase.start &+ offset] { return false }
            }
            return true
        }
    }

    /// Lower-cases ASCII and the Latin-1 letters (À–Þ) in UTF-8, the cases the vocabulary needs.
    static func lowercasedBytes<S: StringProtocol>(_ text: S) -> [UInt8] {
        var out = Array(text.utf8)
        lowercase(&out)
        return out
    }

    static func lowercase(_ bytes: inout [UInt8]) {
        bytes.withUnsafeMutableBufferPointer { lowercase($0) }
    }

    /// ``lowercase(_:)-([UInt8])`` in place in a buffer.
    static func lowercase(_ bytes: UnsafeMutableBufferPointer<UInt8>) {
        var index = 0
        let raw = UnsafeMutableRawPointer(bytes.baseAddress)
        while index < bytes.count {
            // Eight bytes at a time while none is a Latin-1 lead byte (0xC3).
            if let raw, index + 8 <= bytes.count {
                let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                if SWAR.bytes(word, equalTo: 0xC3) == 0 {
                    raw.storeBytes(of: SWAR.foldASCII(word), toByteOffset: index, as: UInt64.self)
                    index += 8
                    continue
                }
            }
            let byte = bytes[index]
            if byte >= 0x41 && byte <= 0x5A {
                bytes[index] = byte | 0x20
            } else if byte == 0xC3, index + 1 < bytes.count, bytes[index + 1] >= 0x80, bytes[index + 1] <= 0x9E,
                      bytes[index + 1] != 0x97 {
                bytes[index + 1] += 0x20
                index += 1
            }
            index += 1
        }
    }
}
