/// Decides how an HTML page's bytes are encoded: a byte-order mark first, then a `<meta charset>`
/// or `<meta http-equiv="Content-Type">` near the top, else UTF-8 — and overrules a declaration
/// when the bytes are plainly UTF-8 anyway (pages that say one charset and send another).
enum CharsetDetector {
    /// Bytes searched for a `<meta>` charset declaration; HTML requires it within the first 1024
    /// bytes, and real pages put scripts and comments before it, so we look four times as far.
    static let metaWindow = 4096

    /// Why the encoding was chosen (for debugging and tests).
    enum Source: Equatable, Sendable {
        /// A byte-order mark.
        case bom
        /// A `<meta>` declaration, followed.
        case declared
        /// A `<meta>` declaration overruled: the bytes are well-formed UTF-8 with non-ASCII characters.
        case mislabeledUTF8
        /// A `<meta>` declaration of an ASCII-compatible charset on a page that is pure ASCII, which
        /// reads the same as UTF-8.
        case asciiOnly
        /// No declaration (or an unknown one): UTF-8.
        case defaultUTF8
        /// No declaration and bytes that are far from UTF-8: windows-1252, as browsers do.
        case defaultWindows1252
    }

    /// The decision.
    struct Decision: Equatable, Sendable {
        /// The charset's name as iconv knows it ("UTF-8", "UTF-16LE", "windows-1252", "CP932", ...).
        var charset: String
        /// Bytes of byte-order mark to skip before decoding.
        var bomLength: Int
        /// Why this charset.
        var source: Source
        /// The charset name the page declared, lower-cased, when it declared one.
        var declared: String?
        /// The UTF-8 check over the bytes after the BOM (zero for UTF-16 input, which is not checked).
        var utf8: UTF8Validation.Summary
    }

    /// Decides the encoding of `bytes`.
    static func detect(_ bytes: UnsafeBufferPointer<UInt8>) -> Decision {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            let summary = UTF8Validation.scan(UnsafeBufferPointer(rebasing: bytes[3...]))
            return Decision(charset: CharsetNames.utf8, bomLength: 3, source: .bom, declared: nil, utf8: summary)
        }
        if bytes.starts(with: [0xFF, 0xFE]) {
            return Decision(charset: CharsetNames.utf16LE, bomLength: 2, source: .bom, declared: nil, utf8: .init())
        }
        if bytes.starts(with: [0xFE, 0xFF]) {
            return Decision(charset: CharsetNames.utf16BE, bomLength: 2, source: .bom, declared: nil, utf8: .init())
        }
        let summary = UTF8Validation.scan(bytes)
        let declared = MetaCharset.find(in: UnsafeBufferPointer(rebasing: bytes.prefix(metaWindow)))
        if let declared, let charset = CharsetNames.iconvName(for: declared) {
            if charset == CharsetNames.utf8 {
                return Decision(charset: charset, bomLength: 0, source: .declared, declared: declared, utf8: summary)
            }
            if summary.isNonASCIIUTF8 {
                // Well-formed multi-byte UTF-8 all through a page is next to impossible in any
                // other encoding: the declaration is wrong.
                return Decision(charset: CharsetNames.utf8, bomLength: 0, source: .mislabeledUTF8, declared: declared, utf8: summary)
            }
            if summary.isValid && !CharsetNames.isSevenBitStateful(charset) {
                return Decision(charset: CharsetNames.utf8, bomLength: 0, source: .asciiOnly, declared: declared, utf8: summary)
            }
            return Decision(charset: charset, bomLength: 0, source: .declared, declared: declared, utf8: summary)
        }
        if summary.invalid > 0, Double(summary.invalid) > Double(bytes.count) * TextDecoder.maxInvalidShareForUTF8 {
            return Decision(charset: CharsetNames.windows1252, bomLength: 0, source: .defaultWindows1252,
                            declared: declared, utf8: summary)
        }
        return Decision(charset: CharsetNames.utf8, bomLength: 0, source: .defaultUTF8, declared: declared, utf8: summary)
    }
}

/// Finds the charset a page declares in a `<meta>` tag, reading bytes (the encoding is not known yet).
enum MetaCharset {
    /// The lower-cased charset label of the first `<meta>` tag in `head` that names one, either as
    /// `charset=...` or inside `content="text/html; charset=..."`.
    static func find(in head: UnsafeBufferPointer<UInt8>) -> String? {
        let count = head.count
        var index = 0
        while index + 5 < count {
            // "<meta" followed by white space or "/", case-insensitive.
            if head[index] == UInt8(ascii: "<"), lower(head[index + 1]) == UInt8(ascii: "m"),
               lower(head[index + 2]) == UInt8(ascii: "e"), lower(head[index + 3]) == UInt8(ascii: "t"),
               lower(head[index + 4]) == UInt8(ascii: "a"), isSpaceOrSlash(head[index + 5]) {
                var end = index + 5
                while end < count, head[end] != UInt8(ascii: ">") { end += 1 }
                if let label = charsetLabel(in: UnsafeBufferPointer(rebasing: head[(index + 5)..<end])) {
                    return label
                }
                index = end
            }
            index += 1
        }
        return nil
    }

    /// The value after the first "charset" + optional spaces + "=" inside one tag's bytes.
    static func charsetLabel(in tag: UnsafeBufferPointer<UInt8>) -> String? {
        let word: [UInt8] = Array("charset".utf8)
        let count = tag.count
        var index = 0
        while index + word.count <= count {
            var matches = true
            for offset in 0..<word.count where lower(tag[index + offset]) != word[offset] {
                matches = false
                break
            }
            if matches {
                var cursor = index + word.count
                while cursor < count, isSpace(tag[cursor]) { cursor += 1 }
                if cursor < count, tag[cursor] == UInt8(ascii: "=") {
                    cursor += 1
                    while cursor < count, isSpace(tag[cursor]) || tag[cursor] == UInt8(ascii: "\"")
                        || tag[cursor] == UInt8(ascii: "'") {
                        cursor += 1
                    }
                    var label = [UInt8]()
                    while cursor < count, isLabelByte(tag[cursor]) {
                        label.append(lower(tag[cursor]))
                        cursor += 1
                    }
                    if !label.isEmpty { return String(decoding: label, as: UTF8.self) }
                }
            }
            index += 1
        }
        return nil
    }

    @inline(__always) static func lower(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }

    @inline(__always) static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
    }

    @inline(__always) static func isSpaceOrSlash(_ byte: UInt8) -> Bool {
        isSpace(byte) || byte == UInt8(ascii: "/")
    }

    /// Letters, digits and the punctuation charset labels use ("iso-8859-1", "x_sjis", "ks_c_5601-1987").
    @inline(__always) static func isLabelByte(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
            || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: ":")
    }
}
