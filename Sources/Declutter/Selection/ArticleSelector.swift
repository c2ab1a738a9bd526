/// Turns blocks into an article: the headline and the body blocks that stay.
enum ArticleSelector {
    static func select(from blocks: [Block]) -> Article {
        PageAnalysis(blocks: blocks).article()
    }
}
