/// Turns what the HTML front door saw around a block — landmarks like `<nav>` and `<footer>`,
/// class/id cues — into cues the scorer reads, after checking them against the page as a whole.
///
/// A cue or landmark that wraps most of the page's words says nothing about any one block:
/// ASP.NET pages put everything in a `<form>`, some themes put the whole page in a
/// `div.sidebar-layout`, and some sites wrap the article itself in an `<aside>`.
enum LandmarkCues {
    /// A landmark or cue holding more than this share of the page's words is ignored on that page.
    static let maxShare = 0.5
    /// A cookie cue is ignored only when it holds more than this share of the page's words.
    static let maxCookieShare = 0.8
    /// A paragraph of at least this many words with prose-like stop words opens the article.
    static let firstProseWords = 30
    /// A cue on that paragraph which also covers this share of the page's words names a wrapper.
    static let wrapperShare = 0.25
    /// A page whose words outside the comment section are fewer than this share of the
    /// comments' words is a discussion page: its comments are its content.
    static let minArticleToCommentShare = 0.2
    /// Landmarks that mark page furniture, with the cue each stands for.
    static let furniture: [(landmark: Landmarks, cue: Cues)] = [
        (.nav, .navigation), (.menu, .navigation), (.footer, .footer), (.aside, .sidebar), (.form, .newsletter),
    ]

    /// Adds landmark cues to blocks and removes page-wide ones.
    static func apply(_ blocks: inout [Block]) {
        guard blocks.contains(where: { !$0.landmarks.isEmpty || !$0.cues.isEmpty }) else { return }
        let total = blocks.reduce(0) { $0 + $1.stats.words }
        guard total > 0 else { return }
        let limit = Double(total) * maxShare

        // Words under each landmark and each cue bit.
        var landmarkWords = [UInt16: Int]()
        var cueWords = [UInt32: Int]()
        for block in blocks {
            for bit in 0..<16 where block.landmarks.rawValue & (1 << bit) != 0 {
                landmarkWords[1 << bit, default: 0] += block.stats.words
            }
            for bit in 0..<32 where block.cues.rawValue & (1 << bit) != 0 {
                cueWords[1 << bit, default: 0] += block.stats.words
            }
        }
        // The first substantial paragraph of prose: a cue that wraps it (and much of the page)
        // is a wrapper's name, not furniture. A comment section, however long, does not wrap it.
        let firstProse = blocks.first { $0.stats.words >= firstProseWords && $0.stats.stopWordDensity >= LocalScorer.minGoodStopDensity }
        let wrapLimit = Double(total) * wrapperShare
        var ignoredCues: UInt32 = 0
        for (bit, words) in cueWords {
            // No wrapper is named for a cookie banner: a consent dialog whose policy text is the
            // page's first prose is still the banner.
            let wrapsArticle = bit != Cues.cookie.rawValue && (firstProse.map { $0.cues.rawValue & bit != 0 } ?? true)
            // Comment sections often outweigh the article and still are not part of it — unless
            // the page is the discussion itself (a forum thread under a short opening post).
            let exempt = !wrapsArticle && bit == Cues.comments.rawValue
                && Double(total - words) >= Double(words) * minArticleToCommentShare
            // A consent dialog can outweigh a thin page; only a cookie cue on nearly everything (a
            // class the consent script puts on <body>) says nothing.
            let ownLimit = bit == Cues.cookie.rawValue ? Double(total) * maxCookieShare : limit
            if wrapsArticle ? Double(words) > wrapLimit : (!exempt && Double(words) > ownLimit) {
                ignoredCues |= bit
            }
        }
        let headerIsFurniture = Double(landmarkWords[Landmarks.header.rawValue] ?? 0) <= limit

        for index in blocks.indices {
            var cues = Cues(rawValue: blocks[index].cues.rawValue & ~ignoredCues)
            // Syntax highlighting names its spans "comment", "keyword", "string", "date": in code
            // those classes say nothing about the page.
            if blocks[index].role == .preformatted { cues = cues.intersection(.hidden) }
            // <figcaption> and <caption> describe a picture or a table, not the story.
            if blocks[index].role == .caption { cues.insert(.caption) }
            let landmarks = blocks[index].landmarks
            for (landmark, cue) in furniture where landmarks.contains(landmark)
                && Double(landmarkWords[landmark.rawValue] ?? 0) <= limit {
                cues.insert(cue)
            }
            // A <header> inside the article holds its headline and byline, not site furniture.
            if headerIsFurniture, landmarks.contains(.header), landmarks.isDisjoint(with: [.article, .main, .articleBody]) {
                cues.insert(.navigation)
            }
            blocks[index].cues = cues
        }
    }
}
