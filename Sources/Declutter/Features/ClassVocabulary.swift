/// The class/id vocabulary: words in `class` and `id` attributes that name a kind of page
/// furniture (or, for `.content`, the article itself).
///
/// Each entry is matched as whole tokens, never as a substring: "ad" matches `class="ad"`,
/// `ad-slot` and `topAd`, but not "head", "shadow", "header" or "download". A class name is
/// split into tokens at every character that is not a letter or digit, at camelCase humps and
/// at letter/digit changes ("relatedArticles2" → related, articles, 2); an entry written with
/// hyphens ("more-stories") matches those tokens side by side ("more_stories", "moreStories",
/// "c-more-stories__list") and the same letters written as one token ("morestories").
///
/// The lists are generic words that web page templates use for their own furniture; none names
/// a site. They were written from the roles the brief lists and checked on the development
/// corpus for tokens that wrap whole articles (which is why state flags are ignored, see
/// ``ClassTokens``).
enum ClassVocabulary {
    /// The entries, grouped by the cue they signal.
    static let entries: [(cue: Cues, phrases: [String])] = [
        // Site navigation, menus, pagination. "menu" also names hamburger buttons, which carry no text.
        (.navigation, ["nav", "navbar", "navigation", "menu", "pagination", "pager"]),
        (.breadcrumb, ["breadcrumb", "breadcrumbs"]),
        // Lists of other stories after or beside the article.
        (.related, ["related", "recommended", "more-stories", "read-next", "also-read"]),
        (.popular, ["popular", "trending", "most-read", "most-popular", "ranking"]),
        // Share buttons and social rows.
        (.share, ["share", "sharing", "social", "sharebar", "share-bar"]),
        // Comment sections; "respond" is WordPress's comment-form id.
        (.comments, ["comment", "comments", "disqus", "replies", "respond"]),
        // Advertising slots and the ad networks' own class names (dfp/gpt: Google's ad tags;
        // taboola/outbrain: sponsored-link widgets; adsbygoogle: AdSense).
        (.ad, ["ad", "ads", "advert", "adverts", "advertisement", "banner-ad", "sponsor", "sponsored", "promo",
               "dfp", "gpt", "taboola", "outbrain", "adsbygoogle"]),
        // Newsletter boxes, subscription and paywall prompts.
        (.newsletter, ["newsletter", "subscribe", "signup", "paywall"]),
        // Cookie and consent banners (cmp: consent management platform).
        (.cookie, ["cookie", "cookies", "consent", "gdpr", "cmp"]),
        // Captions and credits of images.
        (.caption, ["caption", "credit", "credits", "figcaption", "photo-credit"]),
        // Author lines; on forums also the poster's profile box (name, title, join date, post
        // count, location: phpBB's postprofile, XenForo's userDetails/userExtras, FluxBB's postleft)
        // and the signature under each post.
        (.byline, ["byline", "author", "signature", "post-signature", "postprofile", "user-details", "user-extras",
                   "user-title", "user-info", "postleft"]),
        (.tags, ["tags", "tag-list", "keywords", "topics"]),
        (.ticker, ["ticker", "quote-ticker", "market"]),
        // Date stamps and datelines.
        (.date, ["date", "time", "timestamp", "published", "updated", "dateline"]),
        (.copyright, ["copyright"]),
        (.footer, ["footer"]),
        (.sidebar, ["sidebar", "widget", "rail", "aside"]),
        // Text kept for screen readers only, or hidden by a utility class.
        (.hidden, ["hidden", "sr-only", "visually-hidden", "screen-reader"]),
        // Positive: the element is named as the article text.
        (.content, ["article-body", "story-body", "post-content", "entry-content", "article-content", "main-content",
                    "content-body", "body-text", "post-body", "story-content", "article-text", "story-text"]),
    ]

    /// Longest entry, in tokens: phrases of up to this many adjacent tokens are looked up.
    static let maxPhraseTokens = 3

    /// Entry key (hash of the phrase's letters and digits, lower case) → cues.
    static let table: [UInt64: Cues] = {
        var table = [UInt64: Cues]()
        for (cue, phrases) in entries {
            for phrase in phrases {
                var hash = ClassTokens.hashSeed
                for byte in phrase.utf8 where byte != UInt8(ascii: "-") {
                    hash = ClassTokens.mix(hash, byte)
                }
                table[hash, default: []].insert(cue)
            }
        }
        return table
    }()
}
