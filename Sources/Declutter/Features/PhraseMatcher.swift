/// Finds many cue phrases in one pass over a line's UTF-8 bytes. Every position's four bytes are
/// hashed into a 4,096-bit filter of the phrases' openings (which fits the L1 cache); only where
/// the filter fires are the phrases with that opening compared. The positions are independent,
/// so the processor overlaps them — an automaton's state-to-state chain cannot be overlapped.
struct PhraseMatcher: Sendable {
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

    /// Every phrase's lower-cased bytes, one after another.
    private var bytes: [UInt8] = []
    /// Where each phrase starts in `bytes`, its length and its cues.
    private var starts: [Int] = []
    private var lengths: [Int] = []
    private var cueBits: [UInt32] = []
    /// Bit set of the hashed openings of the phrases matched anywhere.
    private var filter = [UInt64](repeating: 0, count: (1 << PhraseMatcher.filterBits) / 64)
    /// Phrases matched anywhere, grouped by hashed opening: bucket `b` is
    /// `bucketPhrases[bucketStart[b]..<bucketStart[b + 1]]`.
    private var bucketStart: [Int] = []
    private var bucketPhrases: [Int] = []
    /// Start-anchored phrases grouped by their first byte the same way.
    private var firstByteStart: [Int] = []
    private var firstBytePhrases: [Int] = []

    init(_ phrases: [(phrase: String, cue: Cues, anchor: Anchor)]) {
        var buckets = [[Int]](repeating: [], count: 1 << PhraseMatcher.filterBits)
        var byFirstByte = [[Int]](repeating: [], count: 256)
        for entry in phrases {
            let lowered = PhraseMatcher.lowercasedBytes(entry.phrase)
            guard let first = lowered.first else { continue }
            let index = starts.count
            starts.append(bytes.count)
            lengths.append(lowered.count)
            cueBits.append(entry.cue.rawValue)
            bytes.append(contentsOf: lowered)
            switch entry.anchor {
            case .start:
                byFirstByte[Int(first)].append(index)
            case .anywhere:
                precondition(lowered.count >= PhraseMatcher.gram, "phrases matched anywhere need \(PhraseMatcher.gram) bytes")
                let bucket = lowered.withUnsafeBufferPointer { PhraseMatcher.bucket(UnsafeRawPointer($0.baseAddress!)) }
                filter[bucket >> 6] |= 1 << UInt64(bucket & 63)
                buckets[bucket].append(index)
            }
        }
        (bucketStart, bucketPhrases) = PhraseMatcher.flatten(buckets)
        (firstByteStart, firstBytePhrases) = PhraseMatcher.flatten(byFirstByte)
    }

    private static func flatten(_ groups: [[Int]]) -> (starts: [Int], members: [Int]) {
        var starts = [0]
        var members = [Int]()
        for group in groups {
            members.append(contentsOf: group)
            starts.append(members.count)
        }
        return (starts, members)
    }

    /// The filter bucket of the four bytes at `pointer`, ASCII case ignored (bit 5 set on every
    /// byte: a capital and its lower-case letter agree, and a filter may over-match).
    @inline(__always)
    private static func bucket(_ pointer: UnsafeRawPointer) -> Int {
        let opening = pointer.loadUnaligned(as: UInt32.self) | 0x2020_2020
        return Int(truncatingIfNeeded: (opening &* 0x9E37_79B1) >> (32 - UInt32(filterBits)))
    }

    /// The cues of every phrase found in `bytes` where its anchor allows. ASCII letters match in
    /// either case; other letters must already be lower-cased to match capitals (``lowercase(_:)``).
    func cues(in text: UnsafeBufferPointer<UInt8>) -> Cues {
        guard let base = text.baseAddress, !text.isEmpty else { return [] }
        var found: UInt32 = 0
        let count = text.count
        bytes.withUnsafeBufferPointer { phraseBytes in
            starts.withUnsafeBufferPointer { starts in
                lengths.withUnsafeBufferPointer { lengths in
                    // Does phrase `phrase` stand at `position`? ASCII capitals in the text match.
                    func matches(_ phrase: Int, at position: Int) -> Bool {
                        let length = lengths[phrase]
                        guard position &+ length <= count else { return false }
                        let start = starts[phrase]
                        for offset in 0..<length {
                            var byte = base[position &+ offset]
                            if byte &- 0x41 < 26 { byte |= 0x20 }
                            if byte != phraseBytes[start &+ offset] { return false }
                        }
                        return true
                    }
                    var first = base[0]
                    if first &- 0x41 < 26 { first |= 0x20 }
                    for member in firstByteStart[Int(first)]..<firstByteStart[Int(first) &+ 1] {
                        let phrase = firstBytePhrases[member]
                        if matches(phrase, at: 0) { found |= cueBits[phrase] }
                    }
                    guard count >= PhraseMatcher.gram else { return }
                    filter.withUnsafeBufferPointer { filter in
                        let raw = UnsafeRawPointer(base)
                        var position = 0
                        let last = count &- PhraseMatcher.gram
                        while position <= last {
                            let bucket = PhraseMatcher.bucket(raw + position)
                            if filter[bucket &>> 6] & (1 &<< UInt64(bucket & 63)) != 0 {
                                for member in bucketStart[bucket]..<bucketStart[bucket &+ 1] {
                                    let phrase = bucketPhrases[member]
                                    if matches(phrase, at: position) { found |= cueBits[phrase] }
                                }
                            }
                            position &+= 1
                        }
                    }
                }
            }
        }
        return Cues(rawValue: found)
    }

    /// Lower-cases ASCII and the Latin-1 letters (À–Þ) in UTF-8, the cases the vocabulary needs.
    static func lowercasedBytes<S: StringProtocol>(_ text: S) -> [UInt8] {
        var out = Array(text.utf8)
        lowercase(&out)
        return out
    }

    static func lowercase(_ bytes: inout [UInt8]) {
        var index = 0
        while index < bytes.count {
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
