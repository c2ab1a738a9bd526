/// Why a block was kept or dropped: the rule that last set its keep flag, recorded by the stage
/// that made the call at the moment it made it. Every reason either keeps or drops (``keeps``),
/// so the flag and its reason cannot disagree, and ``Cleaner/explain(_:)`` reads the same record
/// the article is built from.
///
/// The raw value is a stable short name for tools (`--explain=json`); ``summary`` is the phrase
/// the table shows.
public enum Reason: String, Sendable, CaseIterable {
    // Kept.

    /// Inside the article's span and kept on its own merits: prose, a short sentence, or a label
    /// between paragraphs (the span's sum already paid for it).
    case inSpan
    /// Inside the span, a list item or table cell that is not prose (ingredients, specs, names).
    case itemInSpan
    /// Inside the span, a heading that is not prose (a linked section title).
    case headingInSpan
    /// Inside the span, a full sentence thick with names or figures.
    case sentenceInSpan
    /// Inside the span, a line whose stop-word share is that of a sentence.
    case proseLikeInSpan
    /// A repeat kept because what it repeats was dropped (a contents list above the article).
    case repeatOfDropped
    /// A subheading right above a span: it opens the span's first section.
    case subheading
    /// A heading in a run of short lines that opens a section's prose, right above it or over
    /// one short line (an event's name over its place and description).
    case sectionHeading
    /// Brought back by the element that holds the article's prose (its lists, tables, short lines).
    case containerCompletion
    /// A repeated label whose first copy is kept and which opens more kept text ("Pros", "Cons").
    case repeatedLabel
    /// In a text dump, a line of the list that a kept line ending in a colon announces.
    case announcedList
    /// A block of the page's listing, on a page with too little prose to be an article.
    case listing
    /// The standfirst under the found headline: the body's first paragraph.
    case dek
    /// Inside the element, after the article's body, that two question headings open: its FAQ.
    case questionSection
    /// Inside the span, a box between kept blocks that ends on a paragraph of prose
    /// (``AsideProse``): a note within the article, though its markup calls it a sidebar or footer.
    case asideInArticle

    // Dropped.

    /// Nothing on the page was worth an article span.
    case noArticle
    /// A heading that opens a related, popular or comments list: the article ends there.
    case articleEndHeading
    /// After the article-end heading that closes the article's stretch of the page.
    case afterArticleEnd
    /// Above an article-end heading, in a stretch of the page too thin to hold the article.
    case beforeArticle
    /// In the article's stretch but outside its spans: the furniture around it costs more than
    /// it is worth.
    case outsideSpan
    /// After the share, newsletter and tag lines that close the article (``SpanTail``): a bio,
    /// a teaser or a comment that the span would otherwise have run on into.
    case afterClosingFurniture
    /// Inside the span but marked as furniture by a cue (its words, class/id tokens, a landmark).
    case furnitureCue
    /// Inside the span, a repeat of an earlier block.
    case repeated
    /// One long block that repeats the rest of the article: a print or Markdown copy (``ArticleCopy``).
    case articleCopy
    /// Inside the span, text mostly inside links.
    case linkCluster
    /// Inside the span, a line with too few stop words for prose (keyword rows, teaser titles).
    case notProse
    /// One of a run of short unmarked lines inside the span: a toolbar or an author box.
    case furnitureRun
    /// A short line of the spans outside the article's element, before or after its prose.
    case outsideArticleElement
    /// A little prose after the article's element: a promo or call to action.
    case trailingProse
    /// The page's summary above the article's element, set apart from the body: the standfirst.
    case standfirst
    /// Outside the listing of a page that is not an article.
    case outsideListing
    /// An author bio closing the article.
    case authorBio
    /// A short label just above the author bio.
    case authorBioLabel
    /// After an author bio that closes the article further up: the page's teasers, appeals and
    /// other bios.
    case afterAuthorBio
    /// The headline found above the article (printed as the title, not as a paragraph).
    case headline
    /// Repeats the headline the page declares in its metadata, or in a text dump the `<title>`
    /// on its first line (printed as the title).
    case repeatsTitle
    /// In a text dump, above the body's repeat of the `<title>` headline: the header's menus and
    /// promos that the spans took in.
    case aboveRepeatedTitle

    /// Whether a block with this reason is printed as a paragraph of the article.
    public var keeps: Bool {
        switch self {
        case .inSpan, .itemInSpan, .headingInSpan, .sentenceInSpan, .proseLikeInSpan, .repeatOfDropped,
             .subheading, .sectionHeading, .containerCompletion, .repeatedLabel, .announcedList, .listing, .dek, .questionSection,
             .asideInArticle:
            return true
        case .noArticle, .articleEndHeading, .afterArticleEnd, .beforeArticle, .outsideSpan, .afterClosingFurniture,
             .furnitureCue,
             .repeated, .articleCopy, .linkCluster, .notProse, .furnitureRun, .outsideArticleElement, .trailingProse,
             .standfirst, .outsideListing, .authorBio, .authorBioLabel, .afterAuthorBio, .headline, .repeatsTitle, .aboveRepeatedTitle:
            return false
        }
    }

    /// A short phrase for people.
    public var summary: String {
        switch self {
        case .inSpan: return "in the article span"
        case .itemInSpan: return "list item or table cell in span"
        case .headingInSpan: return "heading in span"
        case .sentenceInSpan: return "full sentence in span"
        case .proseLikeInSpan: return "prose-like stop words in span"
        case .repeatOfDropped: return "repeat of a dropped block"
        case .subheading: return "subheading above a span"
        case .sectionHeading: return "heading over a section's prose"
        case .containerCompletion: return "inside the article element"
        case .repeatedLabel: return "the article's repeated label"
        case .announcedList: return "list announced by a colon"
        case .listing: return "in the page's listing"
        case .dek: return "standfirst under the headline"
        case .questionSection: return "the article's questions after its body"
        case .asideInArticle: return "prose aside inside the article"
        case .noArticle: return "no article span on the page"
        case .articleEndHeading: return "article-end heading"
        case .afterArticleEnd: return "tail after article end"
        case .beforeArticle: return "thin stretch above an end heading"
        case .outsideSpan: return "outside the article span"
        case .afterClosingFurniture: return "after the article's closing furniture"
        case .furnitureCue: return "furniture cue"
        case .repeated: return "repeat of an earlier block"
        case .articleCopy: return "a second copy of the article"
        case .linkCluster: return "link cluster"
        case .notProse: return "long line, not prose"
        case .furnitureRun: return "run of short unmarked lines"
        case .outsideArticleElement: return "stray outside the article element"
        case .trailingProse: return "short prose after the article"
        case .standfirst: return "standfirst above the article"
        case .outsideListing: return "outside the page's listing"
        case .authorBio: return "author bio"
        case .authorBioLabel: return "label above the author bio"
        case .afterAuthorBio: return "after the author bio"
        case .headline: return "headline"
        case .repeatsTitle: return "repeats the page's title"
        case .aboveRepeatedTitle: return "above the headline's repeat"
        }
    }
}
