import Foundation

/// The metadata stage: each field from the most trusted source that has it — JSON-LD, then
/// Open Graph and Twitter, other `<meta>` tags, microdata, `<time datetime>`, and last the
/// byline and date lines near the headline (the only source a text dump has). Dates become
/// ISO 8601 when they can be read.
enum MetadataResolver {
    /// `<meta>` keys giving the publication date, most trusted first, with their source.
    static let publishedKeys: [(String, ArticleMetadata.Source)] = [
        ("article:published_time", .openGraph), ("og:published_time", .openGraph), ("og:article:published_time", .openGraph),
        ("date", .meta), ("pubdate", .meta), ("publishdate", .meta), ("publish-date", .meta), ("publish_date", .meta),
        ("dc.date.issued", .meta), ("dcterms.issued", .meta), ("dc.date", .meta), ("dcterms.date", .meta),
        ("dcterms.created", .meta), ("article.published", .meta), ("sailthru.date", .meta),
        ("parsely-pub-date", .meta), ("citation_publication_date", .meta),
    ]
    /// ... the date of the last change.
    static let modifiedKeys: [(String, ArticleMetadata.Source)] = [
        ("article:modified_time", .openGraph), ("og:updated_time", .openGraph), ("og:modified_time", .openGraph),
        ("dcterms.modified", .meta), ("dc.date.modified", .meta), ("last-modified", .meta), ("lastmod", .meta),
        ("article.updated", .meta),
    ]
    /// ... the author.
    static let authorKeys: [(String, ArticleMetadata.Source)] = [
        ("article:author", .openGraph), ("twitter:creator", .twitter), ("author", .meta), ("byl", .meta),
        ("dc.creator", .meta), ("dcterms.creator", .meta), ("sailthru.author", .meta), ("parsely-author", .meta),
        ("citation_author", .meta),
    ]
    /// ... the summary.
    static let descriptionKeys: [(String, ArticleMetadata.Source)] = [
        ("og:description", .openGraph), ("twitter:description", .twitter), ("description", .meta),
        ("dc.description", .meta),
    ]
    /// ... the lead image.
    static let imageKeys: [(String, ArticleMetadata.Source)] = [
        ("og:image", .openGraph), ("og:image:url", .openGraph), ("og:image:secure_url", .openGraph),
        ("twitter:image", .twitter), ("twitter:image:src", .twitter), ("thumbnail", .meta),
    ]
    /// ... the site's name.
    static let siteKeys: [(String, ArticleMetadata.Source)] = [
        ("og:site_name", .openGraph), ("application-name", .meta), ("publisher", .meta), ("dc.publisher", .meta),
    ]
    /// ... the language.
    static let languageKeys: [(String, ArticleMetadata.Source)] = [
        ("content-language", .meta), ("language", .meta), ("dc.language", .meta), ("dcterms.language", .meta),
        ("og:locale", .openGraph),
    ]

    /// The language a page declares: `<html lang>`, then `<meta>` (`content-language`,
    /// `og:locale`...), then the JSON-LD article's and the microdata's `inLanguage`.
    static func declaredLanguage(_ hints: PageHints) -> PageLanguage? {
        var candidates: [(String?, ArticleMetadata.Source)] = [(hints.lang, .htmlLang)]
        candidates += languageKeys.map { (hints.metadata.meta[$0.0], $0.1) }
        candidates += [(hints.metadata.jsonLD.language, .jsonLD), (hints.metadata.itemprops["inlanguage"], .itemprop)]
        for (value, source) in candidates {
            if let code = value.flatMap(languageCode) { return PageLanguage(code: code, source: source) }
        }
        return nil
    }

    /// The metadata of a page from its hints (nil for a text dump), its language and the
    /// scoring's verdicts.
    static func resolve(hints: PageHints?, language: PageLanguage?, scored: [ScoredBlock], keep: [Bool]) -> ArticleMetadata {
        var metadata = ArticleMetadata()
        var fields = Fields()
        let visible = VisibleMetadata.find(scored, keep: keep)
        if let hints {
            let page = hints.metadata
            let ld = page.jsonLD
            fields.offer("author", ld.authors.isEmpty ? nil : ld.authors.joined(separator: ", "), .jsonLD)
            fields.offer("published", ld.published, .jsonLD)
            fields.offer("modified", ld.modified, .jsonLD)
            fields.offer("site_name", ld.publisher, .jsonLD)
            fields.offer("description", ld.description, .jsonLD)
            fields.offer("image", ld.image, .jsonLD)
            fields.offer("canonical_url", page.canonical, .link)
            fields.offer("canonical_url", ld.url, .jsonLD)
            fields.offer("canonical_url", page.meta["og:url"], .openGraph)
            for (field, keys) in [("published", publishedKeys), ("modified", modifiedKeys), ("author", authorKeys),
                                  ("description", descriptionKeys), ("image", imageKeys), ("site_name", siteKeys)] {
                for (key, source) in keys { fields.offer(field, usable(page.meta[key], for: field), source) }
            }
            let props = page.itemprops
            fields.offer("published", props["datepublished"] ?? props["datecreated"], .itemprop)
            fields.offer("modified", props["datemodified"], .itemprop)
            fields.offer("author", (props["author"] ?? props["creator"]).map(bylineName), .itemprop)
            fields.offer("description", props["description"], .itemprop)
            fields.offer("image", props["image"], .itemprop)
            fields.offer("site_name", props["publisher"], .itemprop)
            fields.offer("published", articleTime(page.times, keep: keep), .time)
        }
        if let language { fields.offer("language", language.code, language.source) }
        fields.offer("author", visible.author, .visible)
        fields.offer("byline", visible.byline, .visible)
        fields.offer("published", visible.published?.iso, .visible)
        fields.offer("modified", visible.modified?.iso, .visible)

        metadata.author = fields.value("author")
        metadata.byline = fields.value("byline")
        metadata.published = fields.value("published").map(isoDate)
        metadata.modified = fields.value("modified").map(isoDate)
        metadata.siteName = fields.value("site_name")
        metadata.language = fields.value("language")
        metadata.canonicalURL = fields.value("canonical_url")
        metadata.description = fields.value("description")
        metadata.image = fields.value("image").map { absolute($0, base: metadata.canonicalURL) }
        metadata.sources = fields.sources
        return metadata
    }

    /// The first value offered for each field, and its source.
    private struct Fields {
        var values: [String: String] = [:]
        var sources: [String: ArticleMetadata.Source] = [:]

        mutating func offer(_ field: String, _ value: String?, _ source: ArticleMetadata.Source) {
            guard values[field] == nil, let value else { return }
            let text = Whitespace.normalize(value)
            guard !text.isEmpty else { return }
            values[field] = text
            sources[field] = source
        }

        func value(_ field: String) -> String? { values[field] }
    }

    /// A `<meta>` value if it can stand for the field: an author given as a profile address
    /// (`article:author` often is) or a handle is no name.
    static func usable(_ value: String?, for field: String) -> String? {
        guard let value else { return nil }
        if field == "author" && (value.contains("://") || value.hasPrefix("@") || value.hasPrefix("www.")) { return nil }
        return value
    }

    /// The `<time datetime>` of the article: the last one before its first kept block, within
    /// the stretch a page header spans, or the first inside the article.
    static func articleTime(_ times: [MetadataHints.TimeMark], keep: [Bool]) -> String? {
        guard let first = keep.firstIndex(of: true), let last = keep.lastIndex(of: true) else { return nil }
        let header = times.last { $0.blockIndex <= first && $0.blockIndex >= first - VisibleMetadata.windowBefore }
        return (header ?? times.first { $0.blockIndex > first && $0.blockIndex <= last })?.value
    }

    /// A date in ISO 8601 when it can be read, else as written.
    static func isoDate(_ text: String) -> String {
        DateParser.parse(text)?.iso ?? text
    }

    /// A byline's name ("By Jane Doe" → "Jane Doe").
    static func bylineName(_ text: String) -> String {
        VisibleMetadata.name(inByline: text) ?? text
    }

    /// "en-US", "en_GB", "EN" → "en"; nil for what is no language code.
    static func languageCode(_ tag: String) -> String? {
        let primary = tag.lowercased().split { $0 == "-" || $0 == "_" }.first.map(String.init) ?? ""
        guard (2...3).contains(primary.count), primary.allSatisfy({ $0.isASCII && $0.isLetter }) else { return nil }
        return primary
    }

    /// A relative address resolved against the page's canonical address.
    static func absolute(_ address: String, base: String?) -> String {
        guard !address.contains("://"), let base, let baseURL = URL(string: base),
              let resolved = URL(string: address, relativeTo: baseURL)?.absoluteString else { return address }
        return resolved
    }
}
