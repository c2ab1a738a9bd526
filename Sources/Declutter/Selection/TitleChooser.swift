import Foundation

/// Picks an HTML page's headline from what the page says about itself: `og:title`, the main
/// `<h1>`, the JSON-LD headline, the `<title>` — with the site's name cut off.
enum TitleChooser {
    /// Separators between a headline and a site name in `<title>` and `og:title`.
    static let siteSeparators = [" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " « ", " » "]
    /// ``siteSeparators`` as bytes.
    static let siteSeparatorBytes = siteSeparators.map { Array($0.utf8) }
    /// A site-name suffix is at most this many words; longer tails are part of the headline.
    static let maxSiteNameWords = 6

    static func choose(_ hints: PageHints) -> String? {
        let og = hints.ogTitle.map { stripSite($0, siteName: hints.ogSiteName) }
        let tag = hints.titleTag.map { stripSite($0, siteName: hints.ogSiteName) }
        // An h1 that agrees with og:title or <title> is the headline as the page shows it.
        for h1 in hints.h1s where !h1.isEmpty {
            if let og, similar(h1, og) { return h1 }
            if let tag, similar(h1, tag) { return h1 }
        }
        for candidate in [og, hints.jsonLDHeadline, hints.h1s.count == 1 ? hints.h1s.first : nil, tag] {
            if let candidate, !candidate.isEmpty { return candidate }
        }
        return nil
    }

    /// "Headline | Site" → "Headline": the shorter side of the last separator goes when it names
    /// the site (or is short enough to be a site name).
    static func stripSite(_ title: String, siteName: String?) -> String {
        var result = title
        // Each cut leaves a part of the title: a separator it lacks is in no part.
        let present = separators(in: title)
        for (bit, separator) in siteSeparatorBytes.enumerated() where present & (1 << bit) != 0 {
            // Byte search: Foundation's `range(of:)` bridges every title through NSString.
            guard let offset = ByteSearch.lastOffset(of: separator, in: result) else { continue }
            let lower = result.utf8.index(result.utf8.startIndex, offsetBy: offset)
            let upper = result.utf8.index(lower, offsetBy: separator.count)
            let head = String(result[..<lower])
            let tail = String(result[upper...])
            if let siteName, !siteName.isEmpty,
               ByteSearch.contains(tail.lowercased(), siteName.lowercased()) || ByteSearch.contains(siteName.lowercased(), tail.lowercased()) {
                result = head
            } else if case let tailWords = TextStats(of: tail).words,
                      tailWords <= maxSiteNameWords && TextStats(of: head).words > tailWords {
                result = head
            } else if let siteName, head.lowercased() == siteName.lowercased() {
                result = tail
            }
        }
        // Foundation's trimming bridges through NSString; a title whose first and last characters
        // cannot be white space (nearly all) has nothing to trim.
        guard mayEndInWhitespace(result) else { return result }
        return result.trimmingCharacters(in: .whitespaces)
    }

    /// Which of ``siteSeparatorBytes`` occur in the text, a bit each (bit `i` for separator `i`),
    /// found at its spaces in one pass: every separator opens with a space.
    static func separators(in text: String) -> UInt16 {
        var copy = text
        return copy.withUTF8 { bytes in
            var present: UInt16 = 0
            var index = 0
            while index + 2 < bytes.count {
                // A space before a letter (nearly every one in a title) opens no separator.
                if bytes[index] == 0x20, !isLetterOrDigit(bytes[index + 1]) {
                    let rest = UnsafeBufferPointer(rebasing: bytes[index...])
                    for (bit, separator) in siteSeparatorBytes.enumerated()
                    where rest.count >= separator.count && rest.starts(with: separator) {
                        present |= 1 << bit
                    }
                }
                index += 1
            }
            return present
        }
    }

    /// Whether an ASCII byte is a letter or a digit.
    private static func isLetterOrDigit(_ byte: UInt8) -> Bool {
        (byte | 0x20) &- 0x61 < 26 || byte &- 0x30 < 10
    }

    /// Whether the text's first or last scalar may be white space: every character that any
    /// Unicode version put in ``CharacterSet/whitespaces`` (category Zs and the tab) and a few
    /// more, so that a text this says no to has nothing to trim.
    static func mayEndInWhitespace(_ text: String) -> Bool {
        var copy = text
        return copy.withUTF8 { utf8 in
            guard !utf8.isEmpty else { return false }
            let first = UTF8Scalars.decode(utf8, at: 0).scalar
            let last = UTF8Scalars.decode(utf8, at: UTF8Scalars.start(before: utf8.count, in: utf8)).scalar
            return mayBeWhitespace(first) || mayBeWhitespace(last)
        }
    }

    /// A superset of the white-space scalars: controls and the ASCII space, U+0085–U+00A0, the
    /// Ogham and Mongolian spaces, U+2000–U+200B, the line and paragraph separators, U+202F,
    /// U+205F, U+3000 and the byte-order mark.
    private static func mayBeWhitespace(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0...0x20, 0x85...0xA0, 0x1680, 0x180E, 0x2000...0x200B, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF:
            return true
        default:
            return false
        }
    }

    /// Same words, ignoring case and punctuation, or one contained in the other.
    static func similar(_ a: String, _ b: String) -> Bool {
        let x = key(a), y = key(b)
        guard !x.isEmpty, !y.isEmpty else { return false }
        return x == y || ByteSearch.contains(x, y) || ByteSearch.contains(y, x)
    }

    /// The text lower-cased with only its letters and digits. ASCII text (most titles, and the
    /// paragraphs they are compared with) takes a byte loop; Foundation's tables cost far more.
    static func key(_ text: String) -> String {
        key(text, maxBytes: .max)!
    }

    /// ``key(_:)``, or nil as soon as it runs longer than `maxBytes` bytes.
    static func key(_ text: String, maxBytes: Int) -> String? {
        var copy = text
        return copy.withUTF8 { utf8 in
            var tooLong = false
            let key = String(unsafeUninitializedCapacity: keyCapacity(utf8.count)) { out in
                guard let count = writeKey(utf8, into: out, maxBytes: maxBytes) else {
                    tooLong = true
                    return 0
                }
                return count
            }
            return tooLong ? nil : key
        }
    }

    /// ``key(_:)``'s UTF-8 bytes, written straight into the array (no string is made and checked).
    static func keyBytes(_ text: String) -> [UInt8] {
        var copy = text
        return copy.withUTF8 { utf8 in
            [UInt8](unsafeUninitializedCapacity: keyCapacity(utf8.count)) { out, count in
                count = writeKey(utf8, into: out, maxBytes: .max)!
            }
        }
    }

    /// Runs `body` on the key of `utf8` as bytes (``key(_:maxBytes:)`` without making a string:
    /// the key is written to a temporary buffer), or on nil when it runs longer than `maxBytes`.
    static func withKey<R>(_ utf8: UnsafeBufferPointer<UInt8>, maxBytes: Int = .max,
                           _ body: (UnsafeBufferPointer<UInt8>?) throws -> R) rethrows -> R {
        try withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(1, keyCapacity(utf8.count))) { out in
            let count = writeKey(utf8, into: out, maxBytes: maxBytes)
            return try body(count.map { UnsafeBufferPointer(rebasing: out[..<$0]) })
        }
    }

    /// Whether the block's text has the key `key` (``key(_:)``'s bytes), its own key made as bytes.
    static func hasKey(_ key: [UInt8], _ block: Block) -> Bool {
        block.withUTF8 { utf8 in
            withKey(utf8) { blockKey in key.withUnsafeBufferPointer { sameKey(blockKey!, $0) } }
        }
    }

    /// Whether two keys (``withKey(_:maxBytes:_:)``) are equal as their strings are: the same
    /// bytes, or beyond ASCII canonically equivalent (a letter written precomposed in one and
    /// with a combining mark in the other), which only the strings can tell.
    static func sameKey(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        if a.elementsEqual(b) { return true }
        if isASCII(a) && isASCII(b) { return false }
        return String(decoding: a, as: UTF8.self) == String(decoding: b, as: UTF8.self)
    }

    /// Whether every byte is ASCII.
    private static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.allSatisfy { $0 < 0x80 }
    }

    /// The room a key of a text of `count` bytes may need: a scalar's lower-case mapping can be
    /// longer than the scalar.
    static func keyCapacity(_ count: Int) -> Int { count * 3 }

    /// Writes the key of `utf8` to `out` (``keyCapacity(_:)`` bytes) and returns its length, or
    /// nil as soon as it runs longer than `maxBytes` bytes.
    static func writeKey(_ utf8: UnsafeBufferPointer<UInt8>, into out: UnsafeMutableBufferPointer<UInt8>,
                         maxBytes: Int) -> Int? {
        var count = 0
        var index = 0
        while index < utf8.count {
            if count > maxBytes { return nil }
            let byte = utf8[index]
            if byte < 0x80 {
                if index &+ 8 <= utf8.count && count &+ 8 <= out.count {
                    // A run of ASCII letters and digits, up to eight, lower-cased in one store (the
                    // bytes stored past the run are written over or lie past the key).
                    let chunk = UnsafeRawPointer(utf8.baseAddress! + index).loadUnaligned(as: UInt64.self)
                    let letters = SWAR.bytes(chunk | 0x2020_2020_2020_2020, in: 0x61, 0x7A)
                    let kept = letters | SWAR.bytes(chunk, in: 0x30, 0x39)
                    let run = (~kept & SWAR.highs).trailingZeroBitCount &>> 3
                    if run > 0 {
                        UnsafeMutableRawPointer(out.baseAddress! + count).storeBytes(of: chunk | (letters &>> 2),
                                                                                    as: UInt64.self)
                        count &+= run
                        index &+= run
                        continue
                    }
                }
                // ASCII: the letters lower-cased, the digits, nothing else.
                let lowered = byte &- 0x41 < 26 ? byte | 0x20 : byte
                if lowered &- 0x61 < 26 || lowered &- 0x30 < 10 { out[count] = lowered; count &+= 1 }
                index &+= 1
                continue
            }
            // Other scripts: each scalar's lower-case mapping, its letters, marks and digits.
            let (value, width) = UTF8Scalars.decode(utf8, at: index)
            index &+= width
            count = KeyScalars.write(value, into: out, at: count)
        }
        return count > maxBytes ? nil : count
    }
}
