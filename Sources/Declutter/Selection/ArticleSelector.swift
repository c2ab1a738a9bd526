/// Turns scored blocks into an article: the headline and the body blocks that stay.
enum ArticleSelector {
    static func select(from blocks: [Block]) -> Article {
        let (scored, spans) = ContextScorer.score(blocks)
        var title: String? = nil
        var paragraphs = [String]()
        if let first = spans.first {
            if let headline = HeadlineFinder.find(in: scored, articleStart: first.lowerBound) {
                title = scored[headline].block.text
            }
            for span in spans {
                for index in span where ContextScorer.keepsInSpan(scored[index]) {
                    paragraphs.append(scored[index].block.text)
                }
            }
        }
        var warnings = [String]()
        if paragraphs.isEmpty { warnings.append("no article text found") }
        return Article(title: title, paragraphs: paragraphs, inputKind: .text, warnings: warnings, inputBytes: 0)
    }
}
