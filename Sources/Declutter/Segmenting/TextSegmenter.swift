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

/// Whitespace handling shared by both front doors.
enum Whitespace {
    /// Collapses every run of white space (including no-break and other Unicode spaces) into one
    /// ASCII space and trims both ends. A lone no-break space between words is kept as it is.
    static func normalize<S: StringProtocol>(_ text: S) -> String {
        if let result = text.utf8.withContiguousStorageIfAvailable({ normalize(utf8: $0) }) { return result }
        return Array(text.utf8).withUnsafeBufferPointer { normalize(utf8: $0) }
    }

    /// ``normalize(_:)`` over UTF-8 bytes, for callers that gather text as bytes (the HTML walker).
    static func normalize(utf8 bytes: UnsafeBufferPointer<UInt8>) -> String {
        var out = [UInt8]()
        out.reserveCapacity(bytes.count)
        appendNormalized(bytes, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends `bytes` to `out` with white space collapsed and trimmed as ``normalize(_:)`` does.
    static func appendNormalized(_ bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        let startCount = out.count
        let count = bytes.count
        var index = 0
        var pendingSpace = false     // white space seen since the last visible run
        var pendingLoneNBSP = false  // ... and it was exactly one no-break space
        while index < count {
            // Copy the run of visible bytes up to the next possible white space in one go.
            var runEnd = index
            while runEnd < count {
                let byte = bytes[runEnd]
                if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) || byte == 0xC2 || byte == 0xE2 || byte == 0xE3 { break }
                runEnd += 1
            }
            if runEnd > index {
                if pendingSpace && out.count > startCount {
                    if pendingLoneNBSP { out.append(0xC2); out.append(0xA0) } else { out.append(0x20) }
                }
                pendingSpace = false
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<runEnd]))
                index = runEnd
                continue
            }
            let byte = bytes[index]
            var width = 0
            var isNBSP = false
            if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                width = 1
            } else if byte == 0xC2, index + 1 < count, bytes[index + 1] == 0xA0 {
                width = 2
                isNBSP = true
            } else if byte == 0xE2, index + 2 < count, bytes[index + 1] == 0x80,
                      (bytes[index + 2] >= 0x80 && bytes[index + 2] <= 0x8A) || bytes[index + 2] == 0xAF {
                width = 3  // U+2000–U+200A, U+202F
            } else if byte == 0xE3, index + 2 < count, bytes[index + 1] == 0x80, bytes[index + 2] == 0x80 {
                width = 3  // U+3000 ideographic space
            }
            if width > 0 {
                pendingLoneNBSP = !pendingSpace && isNBSP
                pendingSpace = true
                index += width
                continue
            }
            // A lead byte that starts a visible character.
            if pendingSpace && out.count > startCount {
                if pendingLoneNBSP { out.append(0xC2); out.append(0xA0) } else { out.append(0x20) }
            }
            pendingSpace = false
            out.append(byte)
            index += 1
        }
    }
}

/// List markers at the start of a line: "- ", "* ", "• ", "1. ", "2) ".
enum ListMarker {
    /// Bullets written as characters other than ASCII ("• ", "· ", "◦ ", "▪ ").
    static let bullets: [[UInt8]] = ["• ", "· ", "◦ ", "▪ "].map { Array($0.utf8) }

    static func hasMarker(_ line: [UInt8]) -> Bool {
        guard let first = line.first else { return false }
        if (first == UInt8(ascii: "-") || first == UInt8(ascii: "*") || first == UInt8(ascii: "+")),
           line.count > 1, line[1] == 0x20 {
            return true
        }
        if first >= 0x80 { return bullets.contains { line.starts(with: $0) } }
        // "1. " / "12) "
        var digits = 0
        for byte in line {
            if byte >= 0x30 && byte <= 0x39 { digits += 1; continue }
            if digits > 0 && digits <= 2 && (byte == UInt8(ascii: ".") || byte == UInt8(ascii: ")")) {
                return line.count > digits + 1 && line[digits + 1] == 0x20
            }
            return false
        }
        return false
    }
}
