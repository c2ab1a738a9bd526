/// A breadcrumb trail printed as a line: "Home / Topics / Deep Dive / The Many Types of Wine",
/// "News » Science » Headline". Read only for short lines that the text statistics already
/// found two menu separators in, so it costs nothing on prose.
enum BreadcrumbTrail {
    /// A trail has at least this many steps' separators (" / ", "»", "›"); one slash pair is
    /// "either / or" in a sentence.
    static let minSteps = 2
    /// A trail is a line; a longer block is prose or a table row with slashes in its figures.
    static let maxWords = 30
    /// Its first step is a section's name ("Newsroom", "Home", "Online learning tips"); a
    /// longer opening is a sentence that happens to use slashes ("… the wording / markdown …").
    static let maxFirstStepWords = 4

    /// Whether `block` is a breadcrumb trail. Pipes and bullets are not counted: they join the
    /// cells of a table row and the items of a menu, which other rules judge.
    static func isTrail(_ block: Block) -> Bool {
        let stats = block.stats
        guard stats.separators >= minSteps, stats.words <= maxWords, stats.words > 0 else { return false }
        var text = block.text
        return text.withUTF8 { bytes -> Bool in
            var steps = 0
            var firstStepWords = 0
            var inWord = false
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                var isStep = false
                if byte == 0x2F, index > 0, index + 1 < bytes.count, bytes[index - 1] == 0x20, bytes[index + 1] == 0x20 {
                    isStep = true  // " / "
                } else if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0xBB {
                    isStep = true  // »
                } else if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0xBA {
                    isStep = true  // ›
                }
                if isStep {
                    steps += 1
                } else if steps == 0 {
                    let isSpace = byte == 0x20
                    if !isSpace && !inWord { firstStepWords += 1 }
                    inWord = !isSpace
                }
                index += 1
            }
            return steps >= minSteps && firstStepWords <= maxFirstStepWords
        }
    }
}
