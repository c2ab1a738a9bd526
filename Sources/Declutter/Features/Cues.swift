/// Kinds of page noise a block can be marked with, from its own words (text and HTML) or from
/// the class/id/role vocabulary of its element and ancestors (HTML only).
struct Cues: OptionSet, Sendable, Hashable {
    let rawValue: UInt32
    /// Menus, site navigation, skip links, pagination.
    static let navigation = Cues(rawValue: 1 << 0)
    /// Headings that open a list of other stories: related, "don't miss", more from, read next.
    static let related = Cues(rawValue: 1 << 1)
    /// Most-read, trending and ranking lists.
    static let popular = Cues(rawValue: 1 << 2)
    /// Share buttons and social-media rows.
    static let share = Cues(rawValue: 1 << 3)
    /// Comment sections and counts.
    static let comments = Cues(rawValue: 1 << 4)
    /// Advertising and sponsored-content labels.
    static let ad = Cues(rawValue: 1 << 5)
    /// Newsletter sign-ups, subscription and paywall prompts.
    static let newsletter = Cues(rawValue: 1 << 6)
    /// Cookie and consent banners.
    static let cookie = Cues(rawValue: 1 << 7)
    /// Image captions and photo credits.
    static let caption = Cues(rawValue: 1 << 8)
    /// Author lines.
    static let byline = Cues(rawValue: 1 << 9)
    /// Breadcrumb trails.
    static let breadcrumb = Cues(rawValue: 1 << 10)
    /// Tag and topic lists.
    static let tags = Cues(rawValue: 1 << 11)
    /// Stock and crypto tickers.
    static let ticker = Cues(rawValue: 1 << 12)
    /// Date and time stamps.
    static let date = Cues(rawValue: 1 << 13)
    /// Copyright notices.
    static let copyright = Cues(rawValue: 1 << 14)
    /// "Source link", "Back to top", "Read more", "Continue reading" and other link labels.
    static let linkLabel = Cues(rawValue: 1 << 15)
    /// Site footers and legal links.
    static let footer = Cues(rawValue: 1 << 16)
    /// Sidebars and widgets.
    static let sidebar = Cues(rawValue: 1 << 17)
    /// Hidden content (display:none, aria-hidden, visually-hidden classes).
    static let hidden = Cues(rawValue: 1 << 18)
    /// A short label that names a box of other content by a keyword ("World POPULAR ARTICLES"):
    /// dropped, but weaker evidence than an exact heading, so it does not end the article.
    static let sectionLabel = Cues(rawValue: 1 << 20)
    /// The block repeats the page's own summary (its meta description): a standfirst when it
    /// stands above the article's element, the first paragraph when it stands inside.
    static let summary = Cues(rawValue: 1 << 21)
    /// Positive hint: the element is named as the article body or main content.
    static let content = Cues(rawValue: 1 << 19)

    /// Cues after which the article is over: what follows is other stories.
    static let articleEnd: Cues = [.related, .popular, .comments]
    /// Cues that mark a block as noise wherever it stands.
    static let noise: Cues = [
        .navigation, .related, .popular, .share, .comments, .ad, .newsletter, .cookie, .caption, .byline,
        .breadcrumb, .tags, .ticker, .date, .copyright, .linkLabel, .footer, .sidebar, .hidden, .sectionLabel,
    ]

    /// Each cue with its name, for explanations (names are the constants' names).
    static let named: [(cue: Cues, name: String)] = [
        (.navigation, "navigation"), (.related, "related"), (.popular, "popular"), (.share, "share"),
        (.comments, "comments"), (.ad, "ad"), (.newsletter, "newsletter"), (.cookie, "cookie"),
        (.caption, "caption"), (.byline, "byline"), (.breadcrumb, "breadcrumb"), (.tags, "tags"),
        (.ticker, "ticker"), (.date, "date"), (.copyright, "copyright"), (.linkLabel, "linkLabel"),
        (.footer, "footer"), (.sidebar, "sidebar"), (.hidden, "hidden"), (.content, "content"),
        (.sectionLabel, "sectionLabel"), (.summary, "summary"),
    ]

    /// The names of the cues in the set, in bit order.
    var names: [String] { Cues.named.filter { contains($0.cue) }.map(\.name) }
}
