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
        for separator in siteSeparatorBytes {
            // Byte search: Foundation's `range(of:)` bridges every title through NSString.
            guard let offset = ByteSearch.lastOffset(of: separator, in: result) else { continue }
            let lower = result.utf8.index(result.utf8.startIndex, offsetBy: offset)
            let upper = result.utf8.index(lower, offsetBy: separator.count)
            let head = String(result[..<lower])
            let tail = String(result[upper...])
            if let siteName, !siteName.isEmpty,
               ByteSearch.contains(tail.lowercased(), siteName.lowercased()) || ByteSearch.contains(siteName.lowercased(), tail.lowercased()) {
                result = head
            } else if TextStats(of: tail).words <= maxSiteNameWords && TextStats(of: head).words > TextStats(of: tail).words {
                result = head
            } else if let siteName, head.lowercased() == siteName.lowercased() {
                result = tail
            }
        }
        // Foundation's trimming bridges through NSString; a title that starts and ends with
        // visible ASCII (nearly all) has nothing to trim.
        if let first = result.utf8.first, let last = result.utf8.last, first > 0x20, first < 0x80, last > 0x20, last < 0x80 {
            return result
        }
        return result.trimmingCharacters(in: .whitespaces)
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
        var tooLong = false
        let key = copy.withUTF8 { utf8 in
            String(unsafeUninitializedCapacity: utf8.count * 3) { out in
                var count = 0
                var index = 0
                while index < utf8.count {
                    if count > maxBytes {
                        tooLong = true
                        return 0
                    }
                    let byte = utf8[index]
                    if byte < 0x80 {
                        // ASCII: the letters lower-cased, the digits, nothing else.
                        let lowered = byte &- 0x41 < 26 ? byte | 0x20 : byte
                        if lowered &- 0x61 < 26 || lowered &- 0x30 < 10 { out[count] = lowered; count &+= 1 }
                        index &+= 1
                        continue
                    }
                    // Other scripts: each scalar's lower-case mapping (what `lowercased()` does,
                    // scalar by scalar), its letters, marks and digits.
                    let (value, width) = UTF8Scalars.decode(utf8, at: index)
                    index &+= width
                    guard let scalar = Unicode.Scalar(value) else { continue }
                    for lowered in scalar.properties.lowercaseMapping.unicodeScalars where alphanumerics.contains(lowered) {
                        UTF8.encode(lowered) { out[count] = $0; count &+= 1 }
                    }
                }
                if count > maxBytes { tooLong = true }
                return count
            }
        }
        return tooLong ? nil : key
    }

    /// Letters, marks and digits, as Foundation defines them.
    static let alphanumerics = CharacterSet.alphanumerics
}
