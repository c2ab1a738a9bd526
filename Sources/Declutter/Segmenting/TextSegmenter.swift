/// The text front door: splits a plain-text dump into blocks, one a line, and records the blank
/// lines around each — the only layout a scraper's dump keeps.
enum TextSegmenter {
    /// A line at least this many bytes long that runs on without closing punctuation into a line
    /// starting in lower case was hard-wrapped by the dumper, so the two are one paragraph.
    static let minWrappedLineBytes = 50

    static func segment(_ text: String) -> [Block] {
        var blocks = [Block]()
        var pending: String? = nil
        var pendingBlankBefore = true
        var sawBlank = true

        func flush(blankAfter: Bool) {
            guard let line = pending else { return }
            var block = Block(text: line, role: ListMarker.hasMarker(line) ? .listItem : .paragraph)
            block.blankBefore = pendingBlankBefore
            block.blankAfter = blankAfter
            blocks.append(block)
            pending = nil
        }

        for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) {
            let line = Whitespace.normalize(rawLine)
            if line.isEmpty {
                flush(blankAfter: true)
                sawBlank = true
                continue
            }
            if let previous = pending, !sawBlank, continuesWrappedLine(previous, with: line) {
                pending = previous + " " + line
                continue
            }
            flush(blankAfter: sawBlank)
            pending = line
            pendingBlankBefore = sawBlank
            sawBlank = false
        }
        flush(blankAfter: true)
        return blocks
    }

    /// Whether `next` is the continuation of a hard-wrapped `line`.
    static func continuesWrappedLine(_ line: String, with next: String) -> Bool {
        guard line.utf8.count >= minWrappedLineBytes, let first = next.utf8.first, first >= 0x61, first <= 0x7A else {
            return false
        }
        guard let last = line.utf8.last else { return false }
        // Sentence ends, colons and closing quotes end a line on purpose.
        return !(last == UInt8(ascii: ".") || last == UInt8(ascii: "!") || last == UInt8(ascii: "?")
            || last == UInt8(ascii: ":") || last == UInt8(ascii: "\"") || last >= 0x80)
    }
}

/// Whitespace handling shared by both front doors.
enum Whitespace {
    /// Collapses every run of white space (including no-break and other Unicode spaces) into one
    /// ASCII space and trims both ends. Lone no-break spaces between words are kept as they are.
    static func normalize<S: StringProtocol>(_ text: S) -> String {
        if let result = text.utf8.withContiguousStorageIfAvailable({ normalize(utf8: $0) }) { return result }
        return Array(text.utf8).withUnsafeBufferPointer { normalize(utf8: $0) }
    }

    /// ``normalize(_:)`` over UTF-8 bytes, for callers that gather text as bytes (the HTML walker).
    static func normalize(utf8 bytes: UnsafeBufferPointer<UInt8>) -> String {
        var out = [UInt8]()
        out.reserveCapacity(bytes.count)
        var spaceRun = 0        // bytes of white space seen since the last visible byte
        var runIsLoneNBSP = false
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            var width = 0
            var isNBSP = false
            if byte == 0x20 || byte == 0x09 || byte == 0x0B || byte == 0x0C || byte == 0x0A || byte == 0x0D {
                width = 1
            } else if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0xA0 {
                width = 2
                isNBSP = true
            } else if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80,
                      (bytes[index + 2] >= 0x80 && bytes[index + 2] <= 0x8A) || bytes[index + 2] == 0xAF {
                width = 3  // U+2000–U+200A, U+202F
            } else if byte == 0xE3, index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0x80 {
                width = 3  // U+3000 ideographic space
            }
            if width > 0 {
                runIsLoneNBSP = spaceRun == 0 && isNBSP
                spaceRun += width
                index += width
                continue
            }
            if spaceRun > 0 && !out.isEmpty {
                if runIsLoneNBSP && spaceRun == 2 {
                    out.append(0xC2); out.append(0xA0)
                } else {
                    out.append(0x20)
                }
            }
            spaceRun = 0
            out.append(byte)
            index += 1
        }
        return String(decoding: out, as: UTF8.self)
    }
}

/// List markers at the start of a line: "- ", "* ", "• ", "1. ", "2) ".
enum ListMarker {
    static func hasMarker(_ line: String) -> Bool {
        let bytes = line.utf8
        guard let first = bytes.first else { return false }
        var iterator = bytes.dropFirst().makeIterator()
        let second = iterator.next()
        if (first == UInt8(ascii: "-") || first == UInt8(ascii: "*") || first == UInt8(ascii: "+")) && second == 0x20 {
            return true
        }
        if line.hasPrefix("• ") || line.hasPrefix("· ") || line.hasPrefix("◦ ") || line.hasPrefix("▪ ") {
            return true
        }
        // "1. " / "12) "
        var digits = 0
        for byte in bytes {
            if byte >= 0x30 && byte <= 0x39 { digits += 1; continue }
            if digits > 0 && digits <= 2 && (byte == UInt8(ascii: ".") || byte == UInt8(ascii: ")")) {
                return line.utf8.dropFirst(digits + 1).first == 0x20
            }
            return false
        }
        return false
    }
}
