import Foundation

/// Caps the attributes of each start tag before libxml2 sees the page.
///
/// libxml2 2.9 checks every new attribute of a tag against all the earlier ones, so the cost of
/// a tag grows with the square of its attribute count: one `<div>` with 100,000 attributes
/// (1.2 MB) took 24 s. Past ``maxAttributesPerTag`` the rest of the tag, up to its `>`, is dropped.
/// Tags are found the way the HTML parser finds them — not inside comments, end tags or the raw
/// text of `<script>` and `<style>` — and a page with no such tag is passed on without a copy.
enum AttributeLimiter {
    /// Attributes kept per tag: real pages use a few dozen at most (SVG and framework markup
    /// included), and 256 attributes cost libxml2 ~30,000 comparisons, nothing.
    static let maxAttributesPerTag = 256

    /// Calls `body` with the page, or with a copy without the attributes past the cap.
    static func withLimitedAttributes<R>(_ html: UnsafeBufferPointer<UInt8>,
                                         _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        let cuts = excessRanges(html)
        if cuts.isEmpty { return body(html) }
        var kept = [UInt8]()
        kept.reserveCapacity(html.count)
        var start = 0
        for cut in cuts {
            kept.append(contentsOf: UnsafeBufferPointer(rebasing: html[start..<cut.lowerBound]))
            start = cut.upperBound
        }
        kept.append(contentsOf: UnsafeBufferPointer(rebasing: html[start...]))
        return kept.withUnsafeBufferPointer(body)
    }

    /// The byte ranges to drop, in order: from the first attribute past the cap to the end of its tag.
    static func excessRanges(_ html: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var scanner = Scanner(html: html)
        var ranges = [Range<Int>]()
        while let tagStart = scanner.nextTag() {
            let rawText = scanner.isRawTextElement(nameAt: tagStart)
            if let cut = scanner.skipAttributes() { ranges.append(cut) }
            if rawText { scanner.skipRawText(named: tagStart) }
        }
        return ranges
    }

    /// A cursor over the page's bytes that steps from tag to tag.
    struct Scanner {
        let html: UnsafeBufferPointer<UInt8>
        var index = 0

        /// Moves past the next `<` that opens a start tag and its name; returns where the name starts.
        /// Comments, end tags, doctypes and processing instructions are stepped over.
        mutating func nextTag() -> Int? {
            let count = html.count
            while index < count {
                guard let open = find(UInt8(ascii: "<"), from: index) else {
                    index = count
                    return nil
                }
                index = open + 1
                guard index < count else { return nil }
                let byte = html[index]
                if byte == UInt8(ascii: "!") {
                    if index + 2 < count, html[index + 1] == UInt8(ascii: "-"), html[index + 2] == UInt8(ascii: "-") {
                        index = endOfComment(from: index + 3)
                    } else {
                        index = (find(UInt8(ascii: ">"), from: index) ?? count - 1) + 1
                    }
                } else if byte == UInt8(ascii: "/") || byte == UInt8(ascii: "?") {
                    index = (find(UInt8(ascii: ">"), from: index) ?? count - 1) + 1
                } else if Self.isLetter(byte) {
                    let nameStart = index
                    while index < count, !Self.isSpace(html[index]), html[index] != UInt8(ascii: ">"),
                          html[index] != UInt8(ascii: "/") {
                        index += 1
                    }
                    return nameStart
                }
            }
            return nil
        }

        /// Moves past the attributes and the closing `>` of the tag whose name was just read;
        /// returns the range of attributes past the cap, if there are more than that.
        mutating func skipAttributes() -> Range<Int>? {
            let count = html.count
            var attributes = 0
            var cutStart: Int? = nil
            while index < count {
                let byte = html[index]
                if byte == UInt8(ascii: ">") { break }
                if Self.isSpace(byte) || byte == UInt8(ascii: "/") {
                    index += 1
                    continue
                }
                attributes += 1
                if attributes > AttributeLimiter.maxAttributesPerTag, cutStart == nil { cutStart = index }
                skipAttribute()
            }
            let end = index
            if index < count { index += 1 }
            return cutStart.map { $0..<end }
        }

        /// Moves past one attribute: its name, and `=` with a quoted or bare value if it has one.
        private mutating func skipAttribute() {
            let count = html.count
            while index < count, !Self.isSpace(html[index]), html[index] != UInt8(ascii: ">"),
                  html[index] != UInt8(ascii: "=") {
                index += 1
            }
            var cursor = index
            while cursor < count, Self.isSpace(html[cursor]) { cursor += 1 }
            guard cursor < count, html[cursor] == UInt8(ascii: "=") else { return }
            cursor += 1
            while cursor < count, Self.isSpace(html[cursor]) { cursor += 1 }
            if cursor < count, html[cursor] == UInt8(ascii: "\"") || html[cursor] == UInt8(ascii: "'") {
                cursor = (find(html[cursor], from: cursor + 1) ?? count - 1) + 1
            } else {
                while cursor < count, !Self.isSpace(html[cursor]), html[cursor] != UInt8(ascii: ">") { cursor += 1 }
            }
            index = min(cursor, count)
        }

        /// Whether the tag name at `start` is `script` or `style`, whose content is raw text.
        func isRawTextElement(nameAt start: Int) -> Bool {
            matchesName("script", at: start) || matchesName("style", at: start)
        }

        /// Moves past the raw text of the element whose name is at `nameStart`, to its end tag.
        mutating func skipRawText(named nameStart: Int) {
            let name: StaticString = matchesName("script", at: nameStart) ? "script" : "style"
            let count = html.count
            while let open = find(UInt8(ascii: "<"), from: index) {
                index = open + 1
                if index < count, html[index] == UInt8(ascii: "/"), matchesName(name, at: index + 1) { return }
            }
            index = count
        }

        /// Whether the bytes at `start` are `name` (ASCII, any case) followed by a non-name byte.
        private func matchesName(_ name: StaticString, at start: Int) -> Bool {
            let length = name.utf8CodeUnitCount
            guard start + length <= html.count else { return false }
            for offset in 0..<length where html[start + offset] | 0x20 != name.utf8Start[offset] {
                return false
            }
            let after = start + length
            return after == html.count || !Self.isLetter(html[after])
        }

        /// Index just past the `-->` that ends a comment whose body starts at `start`.
        private func endOfComment(from start: Int) -> Int {
            var cursor = start
            while let close = find(UInt8(ascii: ">"), from: cursor) {
                if close >= start + 2, html[close - 1] == UInt8(ascii: "-"), html[close - 2] == UInt8(ascii: "-") {
                    return close + 1
                }
                cursor = close + 1
            }
            return html.count
        }

        /// The index of the next `byte` at or after `start`.
        private func find(_ byte: UInt8, from start: Int) -> Int? {
            guard start < html.count, let base = html.baseAddress else { return nil }
            guard let found = memchr(base + start, Int32(byte), html.count - start) else { return nil }
            return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
        }

        @inline(__always) static func isLetter(_ byte: UInt8) -> Bool {
            (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
        }

        @inline(__always) static func isSpace(_ byte: UInt8) -> Bool {
            byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
        }
    }
}
