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

    /// Whether ``appendNormalized(_:to:)`` would copy `bytes` unchanged: no control bytes, no
    /// lead byte of a possible Unicode space, no space at either end and no two spaces in a row.
    /// Looks at eight bytes at a time, so the lines of a page that are already normal (most of
    /// them) are checked far faster than they are copied.
    static func isNormalized(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress, let first = bytes.first, let last = bytes.last else { return true }
        if first == 0x20 || last == 0x20 { return false }
        let count = bytes.count
        let raw = UnsafeRawPointer(base)
        var offset = 0
        var previousSpace: UInt64 = 0  // the high bit of the last byte read was a space
        while offset + 8 <= count {
            let chunk = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            let spaces = SWAR.bytes(chunk, equalTo: 0x20)
            if SWAR.bytes(chunk, below: 0x20) | (spaces & ((spaces &<< 8) | previousSpace)) != 0 { return false }
            // Lead bytes of possible Unicode spaces; typographic quotes and dashes share them, so
            // each is looked at (an ASCII chunk has none).
            if chunk & SWAR.highs != 0 && hasUnicodeSpace(chunk, bytes, at: offset, from: 0) { return false }
            previousSpace = spaces >> 56
            offset += 8
        }
        if offset == count { return true }
        if count >= 8 {
            // The rest in one load of the last eight bytes, the bytes already read masked off
            // (the pair of spaces across the boundary is inside the load).
            let chunk = raw.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
            let read = offset - (count - 8)
            let unread = ~0 &<< UInt64(read &* 8)
            let spaces = SWAR.bytes(chunk, equalTo: 0x20)
            if (SWAR.bytes(chunk, below: 0x20) | (spaces & (spaces &<< 8))) & unread != 0 { return false }
            return chunk & SWAR.highs & unread == 0 || !hasUnicodeSpace(chunk, bytes, at: count - 8, from: read)
        }
        var wasSpace = false
        while offset < count {
            let byte = bytes[offset]
            if byte < 0x20 || (byte == 0x20 && wasSpace) || (!isPlain(byte) && unicodeSpaceWidth(bytes, at: offset) > 0) { return false }
            wasSpace = byte == 0x20
            offset += 1
        }
        return true
    }

    /// Whether a Unicode space starts at one of the bytes of `chunk` (the eight bytes of `bytes`
    /// at `offset`) from its byte `from` on.
    @inline(__always)
    private static func hasUnicodeSpace(_ chunk: UInt64, _ bytes: UnsafeBufferPointer<UInt8>, at offset: Int, from: Int) -> Bool {
        var leads = (SWAR.bytes(chunk, equalTo: 0xC2) | SWAR.bytes(chunk, equalTo: 0xE2) | SWAR.bytes(chunk, equalTo: 0xE3))
            & (~0 &<< UInt64(from &* 8))
        while leads != 0 {
            if unicodeSpaceWidth(bytes, at: offset + leads.trailingZeroBitCount / 8) > 0 { return true }
            leads &= leads &- 1
        }
        return false
    }

    /// The width in bytes of the no-break or other Unicode space starting at `index` (U+00A0,
    /// U+2000–U+200A, U+202F, U+3000: the characters besides ASCII white space that normalising
    /// changes), or 0 when none starts there.
    @inline(__always)
    private static func unicodeSpaceWidth(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let count = bytes.count
        switch bytes[index] {
        case 0xC2: return index + 1 < count && bytes[index + 1] == 0xA0 ? 2 : 0
        case 0xE2:
            return index + 2 < count && bytes[index + 1] == 0x80
                && ((bytes[index + 2] >= 0x80 && bytes[index + 2] <= 0x8A) || bytes[index + 2] == 0xAF) ? 3 : 0
        case 0xE3: return index + 2 < count && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x80 ? 3 : 0
        default: return 0
        }
    }

    /// The width of the white space (ASCII or Unicode) starting at `index`, 0 when none does.
    static func spaceWidth(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let byte = bytes[index]
        if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) { return 1 }
        return isPlain(byte) ? 0 : unicodeSpaceWidth(bytes, at: index)
    }

    /// Where each visible byte of `raw` went in `normalized` (its ``normalize(_:)``d copy): the
    /// offsets in `normalized` of the visible bytes of `raw`, indexed by their offset in `raw`
    /// (-1 for white space). Normalising only drops or replaces white space, so the visible
    /// bytes of the two correspond one to one, in order.
    static func visibleOffsets(raw: UnsafeBufferPointer<UInt8>, normalized: UnsafeBufferPointer<UInt8>) -> [Int] {
        var map = [Int](repeating: -1, count: raw.count)
        var r = 0, n = 0
        while r < raw.count {
            let width = spaceWidth(raw, at: r)
            if width > 0 {
                r += width
                continue
            }
            while n < normalized.count, spaceWidth(normalized, at: n) > 0 { n += spaceWidth(normalized, at: n) }
            guard n < normalized.count else { break }
            map[r] = n
            r += 1
            n += 1
        }
        return map
    }

    /// A byte that is neither white space nor the lead byte of a possible Unicode space.
    @inline(__always)
    static func isPlain(_ byte: UInt8) -> Bool {
        !(byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) || byte == 0xC2 || byte == 0xE2 || byte == 0xE3)
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
            // A single ASCII space between two plain bytes stays inside the run: most lines are
            // then copied in one piece.
            var runEnd = index
            while runEnd < count {
                let byte = bytes[runEnd]
                if byte == 0x20, runEnd > index, runEnd + 1 < count, isPlain(bytes[runEnd + 1]) {
                    runEnd += 1
                    continue
                }
                if !isPlain(byte) { break }
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
            let width = byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) ? 1 : unicodeSpaceWidth(bytes, at: index)
            // U+00A0 is the only two-byte space.
            let isNBSP = width == 2
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
