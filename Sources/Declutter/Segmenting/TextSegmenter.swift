/// The text front door: splits a plain-text dump into blocks, one a line, and records the blank
/// lines around each — the only layout a scraper's dump keeps. Works on UTF-8 bytes.
enum TextSegmenter {
    /// A line at least this many bytes long that runs on without closing punctuation into a line
    /// starting in lower case was hard-wrapped by the dumper, so the two are one paragraph.
    static let minWrappedLineBytes = 50

    static func segment(_ text: String) -> [Block] {
        var copy = text
        return copy.withUTF8 { segment(bytes: $0) }
    }

    static func segment(bytes: UnsafeBufferPointer<UInt8>) -> [Block] {
        var blocks = [Block]()
        var pending: [UInt8] = []
        var pendingBlankBefore = true
        var sawBlank = true
        var line: [UInt8] = []
        line.reserveCapacity(256)

        func flush(blankAfter: Bool) {
            guard !pending.isEmpty else { return }
            let text = String(decoding: pending, as: UTF8.self)
            var block = Block(text: text, role: ListMarker.hasMarker(pending) ? .listItem : .paragraph)
            block.blankBefore = pendingBlankBefore
            block.blankAfter = blankAfter
            blocks.append(block)
            pending.removeAll(keepingCapacity: true)
        }

        var start = 0
        let count = bytes.count
        while start <= count {
            var end = start
            while end < count, bytes[end] != 0x0A, bytes[end] != 0x0D { end += 1 }
            line.removeAll(keepingCapacity: true)
            Whitespace.appendNormalized(UnsafeBufferPointer(rebasing: bytes[start..<end]), to: &line)
            // "\r\n" is one line break.
            var nextStart = end + 1
            if end < count, bytes[end] == 0x0D, end + 1 < count, bytes[end + 1] == 0x0A { nextStart += 1 }
            start = nextStart
            if line.isEmpty {
                flush(blankAfter: true)
                sawBlank = true
                continue
            }
            if !pending.isEmpty, !sawBlank, continuesWrappedLine(pending, with: line) {
                pending.append(0x20)
                pending.append(contentsOf: line)
                continue
            }
            flush(blankAfter: sawBlank)
            pending.append(contentsOf: line)
            pendingBlankBefore = sawBlank
            sawBlank = false
        }
        flush(blankAfter: true)
        return blocks
    }

    /// Whether `next` is the continuation of a hard-wrapped `line`.
    static func continuesWrappedLine(_ line: [UInt8], with next: [UInt8]) -> Bool {
        guard line.count >= minWrappedLineBytes, let first = next.first, first >= 0x61, first <= 0x7A,
              let last = line.last else {
            return false
        }
        // Sentence ends, colons and closing quotes end a line on purpose.
        return !(last == UInt8(ascii: ".") || last == UInt8(ascii: "!") || last == UInt8(ascii: "?")
            || last == UInt8(ascii: ":") || last == UInt8(ascii: "\"") || last >= 0x80)
    }
}
