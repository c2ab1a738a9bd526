import Foundation

/// What the HTML front door makes of a page: its blocks in document order and the page-level hints.
struct HTMLPage: Sendable {
    var blocks: [Block]
    var hints: PageHints
    /// The text of each `<pre>` as written, by its ``BlockPlace/pre`` id.
    var verbatim: [Int32: String] = [:]
    /// Each block's place among lists, tables, quotes and code, parallel to `blocks`.
    var places: [BlockPlace] = []
    /// Each block's links and emphasis, parallel to `blocks` (empty unless asked for).
    var spans: [[InlineSpan]] = []
}

/// The HTML front door: bytes in any charset → libxml2 tree → paragraph-level ``Block``s.
enum HTMLSegmenter {
    /// Decodes, parses and walks one page.
    static func segment(_ data: Data, inlineMarkup: Bool = false) -> HTMLPage {
        let empty = HTMLPage(blocks: [], hints: PageHints())
        return data.withUnsafeBytes { raw -> HTMLPage in
            let bytes = raw.bindMemory(to: UInt8.self)
            let decision = CharsetDetector.detect(bytes)
            return CharsetConverter.withUTF8(bytes, decision: decision) { utf8 in
                AttributeLimiter.withLimitedAttributes(utf8) { html in
                    HTMLDocument.withDocument(utf8: html) { HTMLTreeWalker.walk($0, inlineMarkup: inlineMarkup) } ?? empty
                }
            }
        }
    }

    /// One line per block — index, role, landmarks, cues, link density, depth, container and the
    /// start of the text — after the page hints. For tuning and bug reports; not a stable format.
    static func debugDump(_ data: Data) -> String {
        let page = segment(data)
        var lines = [String]()
        let hints = page.hints
        lines.append("title: \(hints.titleTag ?? "-") | og: \(hints.ogTitle ?? "-") | site: \(hints.ogSiteName ?? "-") | lang: \(hints.lang ?? "-")")
        lines.append("h1: \(hints.h1s.joined(separator: " | "))")
        lines.append("ld+json headline: \(hints.jsonLDHeadline ?? "-") | articleBody: \(hints.jsonLDArticleBody.map { "\($0.utf8.count) bytes" } ?? "-")")
        for (index, block) in page.blocks.enumerated() {
            let text = block.text.count > 80 ? block.text.prefix(80) + "…" : Substring(block.text)
            lines.append(String(format: "%4d %-10@ %-18@ %-22@ ld=%.2f d=%-3d c=%-5d %@", index, block.role.shortName,
                                describe(block.landmarks.names), describe(block.cues.names), block.linkDensity, block.depth,
                                block.container, String(text)))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Names joined with commas, or `-` for none.
    private static func describe(_ names: [String]) -> String {
        names.isEmpty ? "-" : names.joined(separator: ",")
    }
}
