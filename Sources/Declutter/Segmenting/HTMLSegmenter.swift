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
            lines.append(String(format: "%4d %-10@ %-18@ %-22@ ld=%.2f d=%-3d c=%-5d %@", index, describe(block.role),
                                describe(block.landmarks), describe(block.cues), block.linkDensity, block.depth,
                                block.container, String(text)))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func describe(_ role: BlockRole) -> String {
        switch role {
        case .paragraph: return "p"
        case .heading(let level): return "h\(level)"
        case .listItem: return "li"
        case .preformatted: return "pre"
        case .tableCell: return "td"
        case .quote: return "quote"
        case .caption: return "caption"
        }
    }

    private static let landmarkNames: [(Landmarks, String)] = [
        (.nav, "nav"), (.header, "header"), (.footer, "footer"), (.aside, "aside"), (.form, "form"), (.menu, "menu"),
        (.figure, "figure"), (.hidden, "hidden"), (.article, "article"), (.main, "main"), (.articleBody, "body"),
    ]

    private static let cueNames: [(Cues, String)] = [
        (.navigation, "nav"), (.related, "related"), (.popular, "popular"), (.share, "share"), (.comments, "comments"),
        (.ad, "ad"), (.newsletter, "newsletter"), (.cookie, "cookie"), (.caption, "caption"), (.byline, "byline"),
        (.breadcrumb, "crumb"), (.tags, "tags"), (.ticker, "ticker"), (.date, "date"), (.copyright, "copyright"),
        (.linkLabel, "label"), (.footer, "footer"), (.sidebar, "sidebar"), (.hidden, "hidden"), (.content, "CONTENT"), (.summary, "summary"),
    ]

    private static func describe(_ landmarks: Landmarks) -> String {
        let names = landmarkNames.filter { landmarks.contains($0.0) }.map(\.1)
        return names.isEmpty ? "-" : names.joined(separator: ",")
    }

    private static func describe(_ cues: Cues) -> String {
        let names = cueNames.filter { cues.contains($0.0) }.map(\.1)
        return names.isEmpty ? "-" : names.joined(separator: ",")
    }
}
