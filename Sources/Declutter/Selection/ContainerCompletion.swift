/// Uses the DOM to finish what the spans started: the element that holds the article's prose
/// also holds its lists, tables and short paragraphs, even where they fell outside the spans,
/// and blocks of the spans that sit outside it are furniture that happened to come between.
enum ContainerCompletion {
    /// The article element holds at least this share of the kept prose words.
    static let minProseShare = 0.8
    /// ... and its words that no cue marks are at most this many times the kept words, so a
    /// page-wide wrapper (body, a layout div) is never taken for the article.
    static let maxGrowth = 4.0
    /// Prose after the article element adding up to at most this many words is a promo, a call
    /// to action or a sign-off box ("Book a free demo …", "Join our community …"): a few short
    /// paragraphs. More is a section of the article in an element of its own (an FAQ, notes).
    static let maxTrailingProseWords = 200
    /// Blocks brought back from outside the spans have at most this share of their text in links ...
    static let maxLinkDensity = 0.5
    /// ... or this share for a list item that says more than a link's title: an entry of the
    /// article's sources or references ("Jane Doe (2024). Title. Site. https://…").
    static let maxReferenceLinkDensity = 0.75
    /// Words of such an entry.
    static let minReferenceWords = 10

    static func maxLinkDensity(_ block: ScoredBlock) -> Double {
        block.block.role == .listItem && block.block.stats.words >= minReferenceWords ? maxReferenceLinkDensity : maxLinkDensity
    }
    /// A loose line of bare links longer than this is a link dump, not brought back.
    static let maxKeywordRowWords = 40

    /// Updates `keep` in place; does nothing for pages without DOM context (text dumps).
    static func apply(_ scored: [ScoredBlock], keep: inout Verdicts) {
        guard let container = articleContainer(scored, keep: keep) else { return }
        let insideProse = scored.indices.filter {
            keep[$0] && isProse(scored[$0]) && scored[$0].block.ancestors.contains(container)
        }
        guard let firstProse = insideProse.first, let lastProse = insideProse.last else { return }
        // Prose kept after the article element: a call to action or a promo when it is short, a
        // section of the article (an FAQ, notes) that sits in its own element when it is not.
        let trailingProse = scored.indices.filter {
            $0 > lastProse && keep[$0] && scored[$0].klass == .good && !scored[$0].block.ancestors.contains(container)
        }.reduce(0) { $0 + scored[$1].block.stats.words }
        let dropsTrailingProse = trailingProse <= maxTrailingProseWords
        let faq = questionSection(scored, keep: keep, after: lastProse)
        for index in scored.indices {
            let block = scored[index]
            let inside = block.block.ancestors.contains(container)
            // The article's questions and answers in an element of their own after its body.
            if let faq, !inside, keep[index], index > lastProse, block.block.ancestors.contains(faq) {
                keep.set(index, .questionSection)
                continue
            }
            if inside, !keep[index], admits(block) { keep.set(index, .containerCompletion) }
            // Short lines of the spans outside the article element, before its prose starts or
            // after it ends, came in by accident: a newsletter box after the body, a kicker above;
            // so did a little prose after it ends (see ``maxTrailingProseWords``).
            if !inside, keep[index], block.klass != .good, index < firstProse || index > lastProse {
                keep.set(index, .outsideArticleElement)
            }
            if !inside, keep[index], index > lastProse, dropsTrailingProse { keep.set(index, .trailingProse) }
            // The page's own summary printed above the article's element, and set apart from the
            // body by something other than prose (a byline, a photo, a date), is its standfirst.
            if !inside, keep[index], index < firstProse, block.cues.contains(.summary),
               index + 1 < scored.count, scored[index + 1].klass != .good {
                keep.set(index, .standfirst)
            }
        }
    }

    /// Question headings ("How much does it cost?") kept after the article element's prose that
    /// open a section of the article's own: its FAQ, set in an element beside the body. Promos
    /// and calls to action after an article are rarely headed by two questions.
    static let minQuestionHeadings = 2

    /// The innermost element, outside the one that holds the article's prose, around the first
    /// ``minQuestionHeadings`` question headings kept after `lastProse`; `nil` when there is none.
    static func questionSection(_ scored: [ScoredBlock], keep: Verdicts, after lastProse: Int) -> Int? {
        var questions = [Int]()
        for index in (lastProse + 1)..<scored.count where keep[index] && isQuestionHeading(scored[index].block) {
            questions.append(index)
            if questions.count == minQuestionHeadings { break }
        }
        guard questions.count == minQuestionHeadings else { return nil }
        let body = scored[lastProse].block.ancestors
        let second = scored[questions[1]].block.ancestors
        return scored[questions[0]].block.ancestors.reversed().first { second.contains($0) && !body.contains($0) }
    }

    /// A heading whose text ends in a question mark (ASCII, full-width '？' or Arabic '؟').
    static func isQuestionHeading(_ block: Block) -> Bool {
        guard case .heading = block.role else { return false }
        var text = block.text
        return text.withUTF8 { bytes in
            guard let last = bytes.last else { return false }
            if last == UInt8(ascii: "?") { return true }
            guard bytes.count >= 2, last == 0x9F else { return false }
            let before = bytes[bytes.count - 2]
            return before == 0xBC && bytes.count >= 3 && bytes[bytes.count - 3] == 0xEF || before == 0xD8
        }
    }

    static func admits(_ block: ScoredBlock) -> Bool {
        guard block.klass != .noise, block.block.linkDensity <= maxLinkDensity(block) else { return false }
        // A table's figures ("15%", "$1 - $2") repeat from row to row and have no letters, yet
        // they are what the table says.
        if block.block.role == .tableCell && block.block.stats.digits > 0 { return true }
        // A long loose line of links with hardly a function word between them is a source list
        // pasted as bare URLs, not a paragraph the spans missed.
        if block.klass == .bad && block.block.stats.hasURL && block.block.stats.words > maxKeywordRowWords
            && block.block.stats.stopWordDensity < LocalScorer.minNearGoodStopDensity
            && block.block.role == .paragraph { return false }
        return !block.isRepeat && block.block.stats.letters > 0
    }

    /// The innermost ancestor of the best prose block that holds ``minProseShare`` of the kept
    /// prose words without being much bigger than the kept text.
    static func articleContainer(_ scored: [ScoredBlock], keep: Verdicts) -> Int? {
        var proseWords = 0
        var best: Int? = nil
        for index in scored.indices where keep[index] && isProse(scored[index]) {
            proseWords += scored[index].block.stats.words
            if best == nil || scored[index].block.stats.words > scored[best!].block.stats.words { best = index }
        }
        guard let best, proseWords > 0, !scored[best].block.ancestors.isEmpty else { return nil }
        let keptWords = scored.keptWords(keep)
        // Words under every container, in one pass (each block adds to its own chain).
        var proseUnder = [Int: Int]()
        var plainUnder = [Int: Int]()
        for index in scored.indices {
            let block = scored[index]
            let prose = isProse(block) && keep[index]
            let plain = block.klass != .noise
            guard prose || plain else { continue }
            for ancestor in block.block.ancestors {
                if prose { proseUnder[ancestor, default: 0] += block.block.stats.words }
                if plain { plainUnder[ancestor, default: 0] += block.block.stats.words }
            }
        }
        for ancestor in scored[best].block.ancestors.reversed() {
            let inside = proseUnder[ancestor] ?? 0
            let plain = plainUnder[ancestor] ?? 0
            if Double(inside) >= Double(proseWords) * minProseShare {
                return Double(plain) <= Double(keptWords) * maxGrowth ? ancestor : nil
            }
        }
        return nil
    }

    static func isProse(_ block: ScoredBlock) -> Bool { block.klass == .good || block.klass == .nearGood }
}
