import Foundation

/// Page-level facts the HTML front door reads besides the blocks: what the page says its title
/// and article are. Every string is white-space normalised; nil (or empty) when the page lacks it.
struct PageHints: Sendable, Equatable {
    /// `<meta property="og:title">` (or `name="og:title"`).
    var ogTitle: String? = nil
    /// `<meta property="og:site_name">`: the site name that titles often end with.
    var ogSiteName: String? = nil
    /// The text of the first `<title>`.
    var titleTag: String? = nil
    /// The texts of the visible `<h1>` elements, in document order.
    var h1s: [String] = []
    /// `headline` of the schema.org object that has the `articleBody` (else of the first that has one).
    var jsonLDHeadline: String? = nil
    /// `articleBody` of the first schema.org object in the page's JSON-LD that has one.
    var jsonLDArticleBody: String? = nil
    /// The `lang` attribute of `<html>`, as written (e.g. "en-US").
    var lang: String? = nil
    /// The page's summaries of itself: `<meta name="description">`, `og:description` and
    /// `twitter:description`, each once.
    var descriptions: [String] = []
    /// What the page says about its article for the metadata output (authors, dates, site...).
    var metadata = MetadataHints()
}

/// Reads article facts from the page's `<script type="application/ld+json">` blocks.
enum JSONLDArticle {
    /// Most JSON values visited per script: a guard against huge product catalogues, far above
    /// what any article's metadata holds.
    static let maxVisitedValues = 100_000

    /// Fills `hints.jsonLDHeadline` / `jsonLDArticleBody` from the scripts' texts, in page order,
    /// and `hints.metadata.jsonLD` from the article object: the one with the `articleBody`, else
    /// the first whose `@type` names an article.
    static func read(_ scripts: [[UInt8]], into hints: inout PageHints) {
        var firstHeadline: String? = nil
        var bodyObject: [String: Any]? = nil
        var firstArticle: [String: Any]? = nil
        var siteName: String? = nil
        var ids = [String: [String: Any]]()
        for script in scripts {
            guard let root = parse(script) else { continue }
            var stack: [Any] = [root]
            var visited = 0
            while let value = stack.popLast(), visited < maxVisitedValues {
                visited += 1
                if let array = value as? [Any] {
                    stack.append(contentsOf: array.reversed())
                    continue
                }
                guard let object = value as? [String: Any] else { continue }
                let headline = string(object["headline"])
                if firstHeadline == nil { firstHeadline = headline }
                if hints.jsonLDArticleBody == nil, let body = string(object["articleBody"]), !body.isEmpty {
                    hints.jsonLDArticleBody = body
                    hints.jsonLDHeadline = headline
                    bodyObject = object
                }
                if let id = object["@id"] as? String, ids[id] == nil { ids[id] = object }
                let types = JSONLDFacts.types(of: object)
                if firstArticle == nil, !types.isDisjoint(with: JSONLDFacts.articleTypes) { firstArticle = object }
                if siteName == nil, !types.isDisjoint(with: JSONLDFacts.siteTypes) { siteName = string(object["name"]) }
                // Nested objects (@graph, mainEntity, hasPart), in document order.
                for key in object.keys.sorted().reversed() where key != "articleBody" {
                    if let nested = object[key], nested is [Any] || nested is [String: Any] { stack.append(nested) }
                }
            }
        }
        if hints.jsonLDHeadline == nil { hints.jsonLDHeadline = firstHeadline }
        if let article = bodyObject ?? firstArticle {
            hints.metadata.jsonLD = JSONLDFacts(article: article, ids: ids, siteName: siteName)
        } else {
            hints.metadata.jsonLD.publisher = siteName
        }
    }

    /// The script's JSON: control bytes become spaces first (raw newlines inside strings are the
    /// commonest fault of hand-written JSON-LD), and an HTML comment or CDATA wrapper is dropped.
    static func parse(_ script: [UInt8]) -> Any? {
        var bytes = script.map { $0 < 0x20 ? 0x20 : $0 }
        if let start = bytes.firstIndex(where: { $0 == UInt8(ascii: "{") || $0 == UInt8(ascii: "[") }),
           let end = bytes.lastIndex(where: { $0 == UInt8(ascii: "}") || $0 == UInt8(ascii: "]") }), start < end {
            bytes = Array(bytes[start...end])
        } else {
            return nil
        }
        return try? JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])
    }

    /// A string value (or the first string of an array), white-space normalised; nil if none.
    static func string(_ value: Any?) -> String? {
        if let text = value as? String {
            let normalized = Whitespace.normalize(text)
            return normalized.isEmpty ? nil : normalized
        }
        if let array = value as? [Any] {
            for element in array { if let text = string(element) { return text } }
        }
        return nil
    }
}
