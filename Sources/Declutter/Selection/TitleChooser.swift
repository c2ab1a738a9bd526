import Foundation

/// Picks an HTML page's headline from what the page says about itself: `og:title`, the main
/// `<h1>`, the JSON-LD headline, the `<title>` — with the site's name cut off.
enum TitleChooser {
    /// Separators between a headline and a site name in `<title>` and `og:title`.
    static let siteSeparators = [" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " « ", " » "]
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
        for separator in siteSeparators {
            guard let range = result.range(of: separator, options: .backwards) else { continue }
            let head = String(result[..<range.lowerBound])
            let tail = String(result[range.upperBound...])
            if let siteName, !siteName.isEmpty, tail.lowercased().contains(siteName.lowercased()) || siteName.lowercased().contains(tail.lowercased()) {
                result = head
            } else if TextStats(of: tail).words <= maxSiteNameWords && TextStats(of: head).words > TextStats(of: tail).words {
                result = head
            } else if let siteName, head.lowercased() == siteName.lowercased() {
                result = tail
            }
        }
        return result.trimmingCharacters(in: .whitespaces)
    }

    /// Same words, ignoring case and punctuation, or one contained in the other.
    static func similar(_ a: String, _ b: String) -> Bool {
        let x = key(a), y = key(b)
        guard !x.isEmpty, !y.isEmpty else { return false }
        return x == y || x.contains(y) || y.contains(x)
    }

    /// The text lower-cased with only its letters and digits. ASCII text (most titles, and the
    /// paragraphs they are compared with) takes a byte loop; Foundation's tables cost far more.
    static func key(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            var bytes = [UInt8]()
            bytes.reserveCapacity(text.utf8.count)
            for byte in text.utf8 {
                let lowered = byte &- 0x41 < 26 ? byte | 0x20 : byte
                if lowered &- 0x61 < 26 || lowered &- 0x30 < 10 { bytes.append(lowered) }
            }
            return String(decoding: bytes, as: UTF8.self)
        }
        return String(text.lowercased().unicodeScalars.filter { alphanumerics.contains($0) })
    }

    /// Letters, marks and digits, as Foundation defines them.
    static let alphanumerics = CharacterSet.alphanumerics
}
