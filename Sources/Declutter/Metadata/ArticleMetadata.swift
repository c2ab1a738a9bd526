/// What is known about an article besides its text: who wrote it, when, where it was published,
/// in which language. Each field is nil when no source gave it; ``sources`` says which did.
public struct ArticleMetadata: Sendable, Equatable {
    /// Where a field's value came from, most trusted first.
    public enum Source: String, Sendable, CaseIterable {
        /// `<script type="application/ld+json">`: the schema.org article object.
        case jsonLD = "json-ld"
        /// Open Graph `<meta property="og:…">` / `article:…`.
        case openGraph = "opengraph"
        /// `<meta name="twitter:…">`.
        case twitter
        /// Other `<meta name=…>` (`author`, `date`, `description`, Dublin Core...) and `http-equiv`.
        case meta
        /// `<link rel="canonical">`.
        case link
        /// Microdata `itemprop`.
        case itemprop
        /// `<time datetime>` near the article's start.
        case time
        /// `<html lang>`.
        case htmlLang = "html-lang"
        /// A byline or date line near the headline, which the article text leaves out.
        case visible
        /// Detected from the kept text (stop words or script).
        case detector
    }

    /// The author name(s), comma-separated.
    public var author: String?
    /// The byline as the page shows it near the headline ("By Jane Doe and John Roe, Reuters").
    public var byline: String?
    /// When the article was first published: ISO 8601 when the page's form could be read
    /// ("2024-11-07", "2024-11-07T11:06:00+09:00"), else as the page wrote it.
    public var published: String?
    /// When it was last changed, in the same form.
    public var modified: String?
    /// The site's or publisher's name.
    public var siteName: String?
    /// The language as a lower-case ISO 639-1 code ("en", "ja").
    public var language: String?
    /// The page's canonical address.
    public var canonicalURL: String?
    /// The page's summary of itself.
    public var description: String?
    /// The address of the article's lead image.
    public var image: String?
    /// The source of each field that has a value, by the field's JSON name ("published": .jsonLD).
    public var sources: [String: Source] = [:]

    /// Creates empty metadata.
    public init() {}
}
