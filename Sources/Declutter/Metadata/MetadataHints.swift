/// What an HTML page says about itself, gathered during the segmenter's one walk for the
/// metadata stage (``MetadataResolver``): `<meta>` tags, `<link rel="canonical">`, microdata
/// `itemprop`s, `<time datetime>` and the article object of its JSON-LD. Strings are white-space
/// normalised; each key keeps its first value.
struct MetadataHints: Sendable, Equatable {
    /// Most `<meta>` tags kept: far above the 20–80 a real page has, a bound for generated ones.
    static let maxMetaTags = 512
    /// Most `<time datetime>` elements kept (the article's own are near its start).
    static let maxTimes = 64
    /// Longest element text read as an `itemprop` value (an author's name, not an author box).
    static let maxItempropTextBytes = 200
    /// Nodes an element's `itemprop` text is looked for among: a name sits in a few elements.
    static let maxItempropNodes = 200
    /// Elements whose text is read for an `itemprop` at most, per page: a page of a thousand
    /// nested empty `itemprop="author"` elements must not read each one's subtree.
    static let maxItempropReads = 16

    /// `content` of each `<meta>` by its lower-cased `property`, `name` or `http-equiv`.
    var meta: [String: String] = [:]
    /// `href` of `<link rel="canonical">`.
    var canonical: String? = nil
    /// Microdata values by lower-cased property: `content`, `datetime`, `href`/`src`, else the
    /// element's text (an author's nested `itemprop="name"` first).
    var itemprops: [String: String] = [:]
    /// Element texts read for `itemprop`s so far.
    var itempropReads = 0
    /// `<time datetime>` values with the number of blocks made before each.
    var times: [TimeMark] = []
    /// The article object of the page's JSON-LD.
    var jsonLD = JSONLDFacts()

    /// A `<time datetime>` and where it stood among the blocks.
    struct TimeMark: Sendable, Equatable {
        var blockIndex: Int
        var value: String
    }

    /// The microdata properties read.
    static let itemprops: Set<String> = [
        "datepublished", "datemodified", "datecreated", "author", "creator", "headline", "description", "image",
        "inlanguage", "publisher",
    ]
}

/// Facts from the schema.org article object (`NewsArticle`, `Article`, `BlogPosting`...) of a
/// page's JSON-LD, `@graph` included, with `@id` references followed.
struct JSONLDFacts: Sendable, Equatable {
    var authors: [String] = []
    var published: String? = nil
    var modified: String? = nil
    /// `publisher.name`, else the `WebSite`'s name.
    var publisher: String? = nil
    var image: String? = nil
    var description: String? = nil
    var language: String? = nil
    /// `url`, else `mainEntityOfPage`.
    var url: String? = nil
}

extension JSONLDFacts {
    /// `@type`s of an article object.
    static let articleTypes: Set<String> = [
        "Article", "NewsArticle", "BlogPosting", "ReportageNews", "AnalysisNewsArticle", "OpinionNewsArticle",
        "ReviewNewsArticle", "BackgroundNewsArticle", "AskPublicNewsArticle", "LiveBlogPosting", "TechArticle",
        "ScholarlyArticle", "SocialMediaPosting", "Report", "SatiricalArticle", "AdvertiserContentArticle",
    ]
    /// `@type`s whose `name` is the site's.
    static let siteTypes: Set<String> = ["WebSite", "NewsMediaOrganization", "Organization"]

    /// An object's `@type`s (a string or an array of strings), without a "schema:" prefix.
    static func types(of object: [String: Any]) -> Set<String> {
        let raw: [Any] = (object["@type"] as? [Any]) ?? (object["@type"].map { [$0] } ?? [])
        return Set(raw.compactMap { ($0 as? String).map { $0.hasPrefix("schema:") ? String($0.dropFirst(7)) : $0 } })
    }

    /// The facts of `article`, following `{"@id": …}` references through `ids`.
    init(article: [String: Any], ids: [String: [String: Any]], siteName: String?) {
        func resolved(_ value: Any?) -> Any? {
            if let object = value as? [String: Any], object.count == 1, let id = object["@id"] as? String, let target = ids[id] {
                return target
            }
            return value
        }
        func list(_ value: Any?) -> [Any] {
            if let array = value as? [Any] { return array.compactMap(resolved) }
            return resolved(value).map { [$0] } ?? []
        }
        func name(_ value: Any) -> String? {
            if let object = value as? [String: Any] { return JSONLDArticle.string(object["name"]) }
            return JSONLDArticle.string(value)
        }
        func url(_ value: Any) -> String? {
            if let object = value as? [String: Any] {
                return JSONLDArticle.string(object["url"]) ?? JSONLDArticle.string(object["contentUrl"])
                    ?? JSONLDArticle.string(object["@id"])
            }
            return JSONLDArticle.string(value)
        }
        var names = [String]()
        for author in list(article["author"]) + list(article["creator"]) {
            if let found = name(author), !names.contains(found) { names.append(found) }
        }
        authors = names
        published = JSONLDArticle.string(article["datePublished"]) ?? JSONLDArticle.string(article["dateCreated"])
        modified = JSONLDArticle.string(article["dateModified"])
        publisher = list(article["publisher"]).lazy.compactMap(name).first ?? siteName
        image = list(article["image"]).lazy.compactMap(url).first ?? list(article["thumbnailUrl"]).lazy.compactMap(url).first
        description = JSONLDArticle.string(article["description"])
        language = list(article["inLanguage"]).lazy.compactMap(name).first
        self.url = JSONLDArticle.string(article["url"]) ?? list(article["mainEntityOfPage"]).lazy.compactMap(url).first
    }
}
