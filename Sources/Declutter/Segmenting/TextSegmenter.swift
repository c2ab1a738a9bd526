#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The text front door: splits a plain-text dump into blocks, one a line, and records the blank
/// lines around each — the only layout a scraper's dump keeps. Works on UTF-8 bytes.
enum TextSegmenter {
    /// A line at least this many bytes long that runs on without closing punctuation into a line
    /// starting in lower case was hard-wrapped by the dumper, so the two are one paragraph.
    static let minWrappedLineBytes = 50
    /// Room is reserved for a line per this many bytes of a page (blank lines included): more
    /// lines than most pages hold (the corpus's lines average near 60 bytes), few bytes a byte.
    static let linesReservedBytes = 32

    static func segment(_ text: String) -> [Block] {
        var copy = text
        return copy.withUTF8 { segment(bytes: $0) }
    }

    /// One line of the page after white-space normalisation: a byte range of the page itself when
    /// the line was already normal (most are), else of the scratch buffer it was normalised into.
    private struct Line {
        var range: Range<Int>
        var inScratch: Bool
        /// A blank line (or one of white space only) came before it.
        var blankBefore: Bool
    }

    static func segment(bytes: UnsafeBufferPointer<UInt8>) -> [Block] {
        var scratch: [UInt8] = []
        var lines = [Line]()
        // Reserved once rather than grown (and copied) line by line.
        lines.reserveCapacity(bytes.count / linesReservedBytes + 16)
        var sawBlank = true
        var start = 0
        let count = bytes.count
        guard let base = bytes.baseAddress else { return [] }
        // Most pages have no carriage return: one search of the page spares one a line.
        let hasReturns = memchr(base, 0x0D, count) != nil
        while start <= count {
            let end = lineEnd(base, from: start, count: count, returns: hasReturns)
            let raw = UnsafeBufferPointer(rebasing: bytes[start..<end])
            // "\r\n" is one line break.
            var nextStart = end + 1
            if end < count, bytes[end] == 0x0D, end + 1 < count, bytes[end + 1] == 0x0A { nextStart += 1 }
            if Whitespace.isNormalized(raw) {
                if raw.isEmpty {
                    sawBlank = true
                } else {
                    lines.append(Line(range: start..<end, inScratch: false, blankBefore: sawBlank))
                    sawBlank = false
                }
            } else {
                let scratchStart = scratch.count
                Whitespace.appendNormalized(raw, to: &scratch)
                if scratch.count == scratchStart {
                    sawBlank = true
                } else {
                    lines.append(Line(range: scratchStart..<scratch.count, inScratch: true, blankBefore: sawBlank))
                    // A zero byte after each line: what the stats scan reads past a text.
                    scratch.append(0)
                    sawBlank = false
                }
            }
            start = nextStart
        }
        scratch.append(contentsOf: repeatElement(0, count: TextStats.padding))
        return scratch.withUnsafeBufferPointer { scratch in
            StopWords.table.withProbe {
                blocks(from: lines, page: bytes, scratch: scratch, stopWords: $0, openings: TextCues.openingFilter)
            }
        }
    }

    /// The end of the line starting at `start`: the next "\n" or "\r" (when the page has
    /// `returns`), or the end of the page.
    private static func lineEnd(_ base: UnsafePointer<UInt8>, from start: Int, count: Int, returns: Bool) -> Int {
        guard start < count else { return count }
        let newline = memchr(base + start, 0x0A, count - start).map { UnsafePointer($0.assumingMemoryBound(to: UInt8.self)) - base } ?? count
        // A carriage return ends a line too (alone, or as the first half of "\r\n").
        if returns, let ret = memchr(base + start, 0x0D, newline - start) {
            return UnsafePointer(ret.assumingMemoryBound(to: UInt8.self)) - base
        }
        return newline
    }

    /// Joins hard-wrapped lines into paragraphs and makes one block of each paragraph.
    private static func blocks(from lines: [Line], page: UnsafeBufferPointer<UInt8>,
                               scratch: UnsafeBufferPointer<UInt8>, stopWords: ByteHashTable.Probe,
                               openings: UnsafePointer<UInt64>) -> [Block] {
        func bytes(_ line: Line) -> UnsafeBufferPointer<UInt8> {
            UnsafeBufferPointer(rebasing: (line.inScratch ? scratch : page)[line.range])
        }
        // A line of the page is followed by its line break and the next lines; one of the
        // scratch buffer by a zero byte and the padding at its end.
        func isPadded(_ line: Line) -> Bool {
            line.inScratch || line.range.upperBound &+ TextStats.padding <= page.count
        }
        var blocks = [Block]()
        blocks.reserveCapacity(lines.count)
        // A page's paragraphs are at most its lines, their texts at most its bytes (a joined
        // line's space replaces a line break; normalising only shortens).
        let box = Block.PageBuilder(blocks: lines.count, bytes: page.count)
        var firstSeen = FirstSeenIndex(capacity: lines.count)
        var joined: [UInt8] = []
        var index = 0
        while index < lines.count {
            let first = bytes(lines[index])
            // Lines that continue a hard-wrapped paragraph join it with a space.
            var next = index + 1
            var length = first.count
            var last = first[first.count - 1]
            while next < lines.count, !lines[next].blankBefore {
                let line = bytes(lines[next])
                guard continuesWrappedLine(length: length, last: last, nextFirst: line[0]) else { break }
                length += 1 + line.count
                last = line[line.count - 1]
                next += 1
            }
            if next != index + 1 {
                joined.removeAll(keepingCapacity: true)
                joined.append(contentsOf: first)
                for member in (index + 1)..<next {
                    joined.append(0x20)
                    joined.append(contentsOf: bytes(lines[member]))
                }
                length = joined.count
                joined.append(contentsOf: repeatElement(0, count: TextStats.padding))
            }
            var block = joined.withUnsafeBufferPointer { joined in
                next == index + 1
                    ? makeBlock(of: first, padded: isPadded(lines[index]), in: box, blocks: blocks,
                                firstSeen: &firstSeen, stopWords: stopWords, openings: openings)
                    : makeBlock(of: UnsafeBufferPointer(rebasing: joined[..<length]), padded: true, in: box,
                                blocks: blocks, firstSeen: &firstSeen, stopWords: stopWords, openings: openings)
            }
            block.blankBefore = lines[index].blankBefore
            block.blankAfter = next == lines.count || lines[next].blankBefore
            blocks.append(block)
            index = next
        }
        return blocks
    }

    /// The block of a paragraph's bytes: a copy of an earlier block with the same bytes (its
    /// string shared, its features not computed again; it records which block it repeats), or a
    /// new one.
    private static func makeBlock(of text: UnsafeBufferPointer<UInt8>, padded: Bool, in box: Block.PageBuilder,
                                  blocks: [Block], firstSeen: inout FirstSeenIndex,
                                  stopWords: ByteHashTable.Probe, openings: UnsafePointer<UInt64>) -> Block {
        let hash = ByteHashTable.blockHash(text)
        let earlier = firstSeen.firstIndex(of: hash, orInsert: blocks.count) { candidate in
            blocks[candidate].withUTF8 { utf8 in
                utf8.count == text.count && (text.isEmpty || memcmp(utf8.baseAddress!, text.baseAddress!, text.count) == 0)
            }
        }
        if let earlier {
            var copy = blocks[earlier]
            copy.sameAs = earlier
            return copy
        }
        return box.add(utf8: text, role: ListMarker.hasMarker(text) ? .listItem : .paragraph, hash: hash, padded: padded,
                       stopWords: stopWords, openings: openings)
    }

    /// Whether a line starting with `nextFirst` continues a hard-wrapped paragraph of `length`
    /// bytes so far whose last byte is `last`.
    static func continuesWrappedLine(length: Int, last: UInt8, nextFirst: UInt8) -> Bool {
        guard length >= minWrappedLineBytes, nextFirst >= 0x61, nextFirst <= 0x7A else { return false }
        // Sentence ends, colons and closing quotes end a line on purpose.
        return !(last == UInt8(ascii: ".") || last == UInt8(ascii: "!") || last == UInt8(ascii: "?")
            || last == UInt8(ascii: ":") || last == UInt8(ascii: "\"") || last >= 0x80)
    }
}
