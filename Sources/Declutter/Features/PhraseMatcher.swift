/// Finds many cue phrases in one pass over a line's lower-cased UTF-8 bytes (Aho–Corasick):
/// the cost is linear in the line, however many phrases the vocabulary holds.
struct PhraseMatcher: Sendable {
    /// Where a phrase must stand to count.
    enum Anchor: Sendable {
        /// Anywhere in the line.
        case anywhere
        /// At the very start of the line.
        case start
    }

    private struct Output: Sendable {
        var cues: Cues
        var length: Int
        var anchor: Anchor
    }

    /// Goto function as one flat table: `next[state * alphabet + byteClass[byte]]`, with failure
    /// links folded in. Bytes that occur in no phrase share class 0, so the table stays small
    /// enough for the cache.
    private var next: [UInt16]
    /// Class of each byte value (0 for bytes no phrase uses).
    private var byteClass: [UInt8]
    /// Number of byte classes.
    private var alphabet: Int
    /// Length of the longest start-anchored phrase: past it, anchored outputs cannot match.
    private var maxAnchored: Int
    /// Cues of the phrases matched anywhere that end in each state (failure links folded in).
    private var anywhere: [UInt32]
    /// Cues of start-anchored phrases that end in each state, by phrase length: they count only
    /// when the state is reached after exactly that many bytes from the start.
    private var anchored: [UInt32]
    /// Depth of each state in the trie (the length of the longest phrase prefix it stands for).
    private var depth: [Int32]

    init(_ phrases: [(phrase: String, cue: Cues, anchor: Anchor)]) {
        var goto: [[Int32]] = [[Int32](repeating: -1, count: 256)]
        var outs: [[Output]] = [[]]
        for entry in phrases {
            let bytes = Array(PhraseMatcher.lowercasedBytes(entry.phrase))
            guard !bytes.isEmpty else { continue }
            var state = 0
            for byte in bytes {
                let target = goto[state][Int(byte)]
                if target >= 0 {
                    state = Int(target)
                } else {
                    goto.append([Int32](repeating: -1, count: 256))
                    outs.append([])
                    goto[state][Int(byte)] = Int32(goto.count - 1)
                    state = goto.count - 1
                }
            }
            outs[state].append(Output(cues: entry.cue, length: bytes.count, anchor: entry.anchor))
        }
        // Breadth-first: failure links, then fold them into a complete transition table.
        var fail = [Int](repeating: 0, count: goto.count)
        var queue = [Int]()
        for byte in 0..<256 {
            let target = goto[0][byte]
            if target >= 0 {
                fail[Int(target)] = 0
                queue.append(Int(target))
            } else {
                goto[0][byte] = 0
            }
        }
        var head = 0
        while head < queue.count {
            let state = queue[head]
            head += 1
            outs[state].append(contentsOf: outs[fail[state]])
            for byte in 0..<256 {
                let target = goto[state][byte]
                if target >= 0 {
                    fail[Int(target)] = Int(goto[fail[state]][byte])
                    queue.append(Int(target))
                } else {
                    goto[state][byte] = goto[fail[state]][byte]
                }
            }
        }
        // Compress the alphabet: one class per byte value some phrase uses, class 0 for the rest.
        var classes = [UInt8](repeating: 0, count: 256)
        var used = 0
        for entry in phrases {
            for byte in PhraseMatcher.lowercasedBytes(entry.phrase) where classes[Int(byte)] == 0 {
                used += 1
                classes[Int(byte)] = UInt8(used)
            }
        }
        // ASCII capitals fall into their lower-case letter's class: long lines are matched on their
        // own bytes, without a lower-cased copy.
        for upper in UInt8(ascii: "A")...UInt8(ascii: "Z") { classes[Int(upper)] = classes[Int(upper | 0x20)] }
        let width = used + 1
        precondition(goto.count <= Int(UInt16.max), "cue vocabulary too large for 16-bit automaton states")
        var table = [UInt16](repeating: 0, count: goto.count * width)
        // Class 0 behaves like any byte outside every phrase: take it from a byte with class 0.
        let outside: Int = (0..<256).first(where: { classes[$0] == 0 }) ?? 0
        for state in goto.indices {
            table[state * width] = UInt16(goto[state][outside])
            for byte in 0..<256 where classes[byte] != 0 {
                table[state * width + Int(classes[byte])] = UInt16(goto[state][byte])
            }
        }
        next = table
        byteClass = classes
        alphabet = width
        maxAnchored = phrases.filter { $0.anchor == .start }.map { $0.phrase.utf8.count }.max() ?? 0
        anywhere = outs.map { list in list.filter { $0.anchor == .anywhere }.reduce(0) { $0 | $1.cues.rawValue } }
        // A start-anchored phrase matches only when it ends at its own depth from the start, so it
        // is kept only on the state where it was inserted (not inherited through failure links).
        var ownAnchored = [UInt32](repeating: 0, count: outs.count)
        var depths = [Int32](repeating: 0, count: outs.count)
        for (state, list) in outs.enumerated() {
            for output in list where output.anchor == .start { ownAnchored[state] |= output.cues.rawValue }
            depths[state] = Int32(list.first(where: { $0.anchor == .start })?.length ?? 0)
        }
        anchored = ownAnchored
        depth = depths
    }

    /// The cues of every phrase found in `bytes` where its anchor allows. ASCII letters match in
    /// either case; other letters must already be lower-cased to match capitals (``lowercase(_:)``).
    func cues(in bytes: UnsafeBufferPointer<UInt8>) -> Cues {
        var found: UInt32 = 0
        var state = 0
        var index = 0
        let width = alphabet
        let anchoredLimit = min(maxAnchored, bytes.count)
        next.withUnsafeBufferPointer { next in
            byteClass.withUnsafeBufferPointer { byteClass in
                anywhere.withUnsafeBufferPointer { anywhere in
                    anchored.withUnsafeBufferPointer { anchored in
                        depth.withUnsafeBufferPointer { depth in
                            // The opening bytes, where start-anchored phrases can still end.
                            while index < anchoredLimit {
                                state = Int(next[state &* width &+ Int(byteClass[Int(bytes[index])])])
                                found |= anywhere[state]
                                index &+= 1
                                if anchored[state] != 0 && Int(depth[state]) == index { found |= anchored[state] }
                            }
                            while index < bytes.count {
                                state = Int(next[state &* width &+ Int(byteClass[Int(bytes[index])])])
                                found |= anywhere[state]
                                index &+= 1
                            }
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
