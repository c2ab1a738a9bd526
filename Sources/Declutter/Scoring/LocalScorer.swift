/// Scores each block on its own features: length, stop-word density, punctuation, digits,
/// cues and (for HTML) link density and landmarks.
enum LocalScorer {
    /// Prose has at least this many words; shorter sentences are only near-good.
    static let minGoodWords = 12
    /// Stop-word share of prose; jusText's tuned English threshold is 0.30–0.32, ours is a
    /// little lower because list-heavy article text (and languages with shorter lists) dip under it.
    static let minGoodStopDensity = 0.25
    /// The same for Chinese and Japanese, where only a handful of particles are counted and a
    /// "word" is two characters: prose runs 0.08–0.2, headlines and menus near 0.
    static let minGoodStopDensityCJK = 0.06
    /// Stop-word share of a short sentence worth keeping.
    static let minNearGoodStopDensity = 0.15
    /// A short sentence has at least this many words ("Trump's office did not respond.").
    static let minNearGoodWords = 4
    /// Share of the block's text inside links above which it is navigation, not prose.
    static let maxGoodLinkDensity = 0.45
    /// What a short label costs a span: enough that a run of them ends an article, little enough
    /// that a subheading between two paragraphs is kept.
    static let shortPenalty = 1.5
    /// What a heading that opens a related/popular/comments list costs a span: more than a
    /// short paragraph is worth, so the article ends there unless much prose follows.
    static let articleEndPenalty = 40.0
    /// Weight per word of long non-prose text (keyword rows, teaser titles).
    static let badWeight = 0.3
    /// Weight per word of a near-good sentence.
    static let nearGoodWeight = 0.6

    /// Scores every block of a page. A block that repeats an earlier one of a text dump
    /// (``Block/sameAs``: same text, no other context) takes that block's verdict.
    /// The blocks are moved into the scored ones, not copied (a copy is a retain and the end of
    /// the array a release of each block's box): pass the last use of an array.
    static func scoreAll(_ blocks: consuming [Block]) -> [ScoredBlock] {
        // (An array made with no capacity writes its count into the shared empty-array storage,
        // a race every other thread's empty array sees: no blocks, no array to make.)
        guard !blocks.isEmpty else { return [] }
        // Each verdict is written in place: appending it would copy it (a retain and a release a
        // block), and so would iterating over copies of the blocks.
        var scored = [ScoredBlock](unsafeUninitializedCapacity: blocks.count) { out, count in
            Block.moveAll(from: &blocks) { index, block in
                let reading = block.sameAs.map { Reading(of: out[$0]) } ?? read(block)
                out.initializeElement(at: index, to: ScoredBlock(block: block, reading: reading))
                count = index + 1
            }
        }
        let subject = subjectCues(scored)
        if !subject.isEmpty {
            for index in scored.indices where !scored[index].cues.intersection(subject).isEmpty && isProseShaped(scored[index].block) {
                scored[index] = score(scored[index].block, ignoring: subject)
                scored[index].rules.insert(.subjectWord)
            }
        }
        return scored
    }

    /// A furniture word that runs through this many prose paragraphs of a page ...
    static let minSubjectBlocks = 8
    /// ... holding this share of the page's prose words is what the page is about: an article
    /// about newsletters says "newsletter" in every other paragraph, a newsletter box once or twice.
    static let minSubjectShare = 0.25
    /// Cues whose phrases still count inside running prose (``TextCues/cuesInProse``), so that
    /// only the page as a whole can tell a mention from a box.
    static let subjectCandidates: Cues = [.newsletter, .cookie]

    /// The cues read off the words of so many prose paragraphs that they name the page's subject.
    static func subjectCues(_ scored: [ScoredBlock]) -> Cues {
        var marked = [UInt32: (blocks: Int, words: Int)]()
        // Read in place: iterating over the elements would copy (and retain) every block. Only
        // blocks with a candidate cue are read further: a block's fields sit behind its box, and
        // most pages mark no prose at all.
        for index in scored.indices where !scored[index].cues.isDisjoint(with: subjectCandidates)
            && isProseShaped(scored[index].block) {
            let words = scored[index].block.stats.words
            let fromText = scored[index].cues.subtracting(scored[index].block.cues).intersection(subjectCandidates)
            // Each cue bit set, lowest first.
            var bits = fromText.rawValue
            while bits != 0 {
                let bit = bits & (0 &- bits)
                marked[bit, default: (0, 0)].blocks += 1
                marked[bit, default: (0, 0)].words += words
                bits &= bits &- 1
            }
        }
        // The page's prose words are counted only when some cue marks enough paragraphs.
        guard marked.values.contains(where: { $0.blocks >= minSubjectBlocks }) else { return [] }
        var proseWords = 0
        for index in scored.indices where isProseShaped(scored[index].block) {
            proseWords += scored[index].block.stats.words
        }
        var subject: Cues = []
        for (bit, count) in marked where count.blocks >= minSubjectBlocks
            && Double(count.words) >= Double(proseWords) * minSubjectShare {
            subject.insert(Cues(rawValue: bit))
        }
        return subject
    }

    /// Long enough and full enough of function words to be a paragraph of prose.
    static func isProseShaped(_ block: Block) -> Bool {
        block.stats.words >= minGoodWords && block.stats.stopWordDensity >= minGoodStopDensity
    }

    static func score(_ block: Block, ignoring subject: Cues = []) -> ScoredBlock {
        ScoredBlock(block: block, reading: read(block, ignoring: subject))
    }

    /// What a block scores, ``score(_:ignoring:)`` without the block.
    static func read(_ block: Block, ignoring subject: Cues = []) -> Reading {
        let stats = block.stats
        var cues = block.cues.union(block.withUTF8 { TextCues.cues(utf8: $0, stats: stats) }.subtracting(subject))
        // Prices and percentages in a table cell or a list item are the table's or the list's
        // data ("Mid-range remodels: $50,000 – $150,000"), not a ticker: a market widget is
        // furniture by its class names or landmarks, not by its figures.
        var rules = ScoreRuleSet()
        if cues.contains(.ticker) && (block.role == .tableCell || block.role == .listItem) && !block.cues.contains(.ticker) {
            cues.remove(.ticker)
            rules.insert(.tableFigures)
        }
        // A text dump's table row of figures ("$10.00 $1.00 $1.50 $2.00") reads like a date stamp
        // to the date cue; inside a table (``TextTables``) it is the table's data.
        if cues.contains(.date) && block.role == .tableCell && block.ancestors.isEmpty && stats.currency + stats.percents > 0 {
            cues.remove(.date)
            rules.insert(.tableFigures)
        }
        if cues.contains(.caption) && !block.cues.contains(.caption) && isProseWithSlashes(block) {
            cues.remove(.caption)
            rules.insert(.slashProse)
        }
        // "Home / Topics / Headline": a breadcrumb trail, which a text dump prints as a line.
        if stats.separators >= BreadcrumbTrail.minSteps && !cues.contains(.breadcrumb) && BreadcrumbTrail.isTrail(block) {
            cues.insert(.breadcrumb)
            rules.insert(.breadcrumbTrail)
        }
        let words = Double(stats.words)
        let klass = classify(block, cues: cues)
        var value: Double
        switch klass {
        case .good: value = words
        case .nearGood: value = words * nearGoodWeight
        case .short: value = -shortPenalty
        case .bad: value = -(1 + words * badWeight)
        case .noise:
            if isArticleEndHeading(block, cues: cues) {
                value = -articleEndPenalty
            } else if !cues.isDisjoint(with: [.caption, .date, .byline]) {
                // Credits, dates and bylines sit inside articles: drop them, do not end the span.
                value = 0
            } else {
                value = -(shortPenalty + min(words, 20) * badWeight)
            }
        }
        // A block without words (an icon, an arrow, a bullet glyph) says nothing about the text
        // around it: it costs a span nothing, so a feature grid's icons do not cut its cards apart.
        if stats.words == 0 { value = 0 }
        return Reading(cues: cues, klass: klass, rules: rules, value: value)
    }

    /// A line with a slash pair ("AI/ML engineers", "QMK/VIA support") reads like a photo
    /// credit ("AP/Jane Doe") to the text cues; one this long that names no photo is prose.
    static let minSlashProseWords = 12
    /// A photo caption with its credit runs to a few sentences; a block longer than this that
    /// reads like prose is not one, in a text dump too.
    static let maxCaptionWords = 100

    /// A line of HTML whose caption cue came from its own text, not from the page's markup, and
    /// which names no picture, when it is long prose with sentence-like stop words or an item
    /// of a list or a table (where credits do not stand): the slash was an abbreviation pair,
    /// not an agency credit. (Text dumps keep the cue — there the text is all a caption has to
    /// show for itself — unless the line is longer than any caption, ``maxCaptionWords``.)
    static func isProseWithSlashes(_ block: Block) -> Bool {
        // However it came, a "credit" a page long is prose with a slash pair in it ("CR/LF").
        if block.stats.words > maxCaptionWords && block.stats.stopWordDensity >= minNearGoodStopDensity
            && block.role != .caption { return true }
        guard !block.ancestors.isEmpty, block.role != .caption, !block.landmarks.contains(.figure),
              block.stats.cjkChars == 0 else { return false }
        let isItem = block.role == .listItem || block.role == .tableCell
        guard isItem || (block.stats.words >= minSlashProseWords
                         && block.stats.stopWordDensity >= minNearGoodStopDensity) else { return false }
        return !TextCues.namesPicture(PhraseMatcher.lowercasedBytes(block.text))
    }

    /// Article-end headings are short labels: "Related stories", "Comments (12)", "Most read".
    static let maxEndHeadingWords = 6

    /// Whether a block is a heading that opens what comes after the article.
    static func isArticleEndHeading(_ block: Block, cues: Cues) -> Bool {
        guard !cues.isDisjoint(with: Cues.articleEnd), !block.stats.endsWithTerminal else { return false }
        if block.stats.words <= maxEndHeadingWords { return true }
        // "59 Comments on “A long post title”" heads a comment section whatever its length.
        return cues.contains(.comments) && block.stats.words <= TextCues.maxCommentCountWords
            && (block.withUTF8 { $0.first }.map { $0 >= 0x30 && $0 <= 0x39 } ?? false)
    }

    static func classify(_ block: Block, cues: Cues) -> BlockClass {
        let stats = block.stats
        if !cues.isDisjoint(with: Cues.noise) { return .noise }
        if stats.letters == 0 { return .bad }
        if block.linkDensity > maxGoodLinkDensity { return .bad }
        let sentenceShaped = stats.endsWithTerminal || stats.sentenceEnds > 0 || stats.endsWithColon
        let minDensity = stats.isCJK ? minGoodStopDensityCJK : minGoodStopDensity
        if stats.words >= minGoodWords && stats.stopWordDensity >= minDensity
            && (sentenceShaped || stats.commas >= 2) && !(stats.isTitleCase && stats.sentenceEnds == 0) {
            return .good
        }
        if stats.words >= minNearGoodWords && stats.endsWithTerminal
            && stats.stopWordDensity >= (stats.isCJK ? minGoodStopDensityCJK : minNearGoodStopDensity) {
            return .nearGood
        }
        if stats.words < minGoodWords { return .short }
        return .bad
    }
}
