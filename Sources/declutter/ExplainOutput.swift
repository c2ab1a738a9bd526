import Declutter
import Foundation

/// `--explain`: how each block of one page was judged, as a table for people or as JSON Lines
/// (one block a line) for tools. Both are rendered from the library's ``Explanation``.
enum ExplainOutput {
    /// The two forms of `--explain`.
    enum Form: String {
        case table, json
    }

    /// Characters of a block's text a table row shows; longer texts are cut with "…".
    static let textWidth = 72

    /// Whether the table is coloured: standard output is a terminal and `NO_COLOR` is unset or
    /// empty (https://no-color.org).
    static var colourWanted: Bool {
        isatty(STDOUT_FILENO) == 1 && (ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
    }

    /// The rendered output, ending in a newline.
    static func render(_ explanation: Explanation, as form: Form, colour: Bool) throws -> String {
        switch form {
        case .table: return table(explanation, colour: colour)
        case .json: return try jsonLines(explanation)
        }
    }

    /// One line per block: index, mark (`+` kept, `T` headline, `-` dropped), class, role, score, words,
    /// link share, stop-word density, cues (`*` from the markup), the reason with the rules that
    /// changed the score or cues, and the text cut to ``textWidth``; then a summary line.
    static func table(_ explanation: Explanation, colour: Bool) -> String {
        let cues = explanation.blocks.map(cueColumn)
        let reasons = explanation.blocks.map(reasonColumn)
        let cueWidth = max(4, cues.map(\.count).max() ?? 0)
        let reasonWidth = max(6, reasons.map(\.count).max() ?? 0)
        let indexWidth = max(3, String(explanation.blocks.count).count)
        var lines = [
            [right("#", indexWidth), "k", left("class", 8), left("role", 7), right("score", 7), right("words", 5), right("link", 4),
             right("stop", 4), left("cues", cueWidth), left("reason", reasonWidth), "text"].joined(separator: " "),
        ]
        for (row, block) in explanation.blocks.enumerated() {
            let mark = block.isHeadline ? "T" : block.kept ? "+" : "-"
            let line = [
                right(String(block.index), indexWidth), mark, left(block.blockClass.name, 8), left(block.role, 7),
                right(String(format: "%.1f", block.score), 7), right(String(block.features.words), 5),
                right(share(block.features.linkShare), 4), right(share(block.features.stopWordDensity), 4),
                left(cues[row], cueWidth), left(reasons[row], reasonWidth), excerpt(block.text),
            ].joined(separator: " ")
            lines.append(colour ? painted(line, block) : line)
        }
        let kept = explanation.blocks.filter(\.kept).count
        var summary = "\(explanation.blocks.count) blocks: \(kept) kept (+), "
            + "\(explanation.blocks.count - kept) dropped (-); "
        if let title = explanation.declaredTitle, explanation.article.title != nil {
            summary += "headline from the page's metadata: \(excerpt(title))"
        } else if let headline = explanation.blocks.first(where: \.isHeadline), explanation.article.title != nil {
            summary += "headline: block \(headline.index) (T)"
        } else {
            summary += "no headline"
        }
        lines.append(summary + "; cues marked * come from the markup")
        return lines.joined(separator: "\n") + "\n"
    }

    /// One JSON object per block, one a line, in page order.
    static func jsonLines(_ explanation: Explanation) throws -> String {
        try explanation.blocks.map { try JSONOutput.line(object($0)) + "\n" }.joined()
    }

    /// A block's JSON object: the table's fields, unrounded where it rounds, and the whole text.
    static func object(_ block: BlockExplanation) -> [String: Any] {
        let features = block.features
        return [
            "index": block.index,
            "kept": block.kept,
            "headline": block.isHeadline,
            "role": block.role,
            "class": block.blockClass.name,
            "score": rounded(block.score),
            "reason": block.reason.rawValue,
            "reason_text": block.reason.summary,
            "rules": block.scoreRules.map(\.rawValue),
            "words": features.words,
            "link_share": rounded(features.linkShare),
            "stop_density": rounded(features.stopWordDensity),
            "sentence_ends": features.sentenceEnds,
            "cues": features.cues,
            "markup_cues": features.markupCues,
            "landmarks": features.landmarks,
            "span": features.span.map { $0 as Any } ?? NSNull(),
            "repeat_of": features.repeatOf.map { $0 as Any } ?? NSNull(),
            "text": block.text,
        ]
    }

    /// A value to three decimals, so JSON shows 0.333 rather than 0.33333333333333331.
    static func rounded(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }

    /// The cue names, those from the markup marked `*`; `-` when there are none.
    static func cueColumn(_ block: BlockExplanation) -> String {
        let markup = Set(block.features.markupCues)
        let names = block.features.cues.map { markup.contains($0) ? $0 + "*" : $0 }
        return names.isEmpty ? "-" : names.joined(separator: ",")
    }

    /// The reason, and the rules that changed the score or cues in brackets.
    static func reasonColumn(_ block: BlockExplanation) -> String {
        let rules = block.scoreRules.map(\.summary)
        return block.reason.summary + (rules.isEmpty ? "" : " [" + rules.joined(separator: ", ") + "]")
    }

    /// A share from 0 to 1 in four characters: ".42", "1.00", and "0" for none.
    static func share(_ value: Double) -> String {
        if value == 0 { return "0" }
        return value >= 1 ? "1.00" : String(String(format: "%.2f", value).dropFirst())
    }

    /// The text cut to ``textWidth`` characters, control characters shown as "?" so a page
    /// cannot send escape sequences to the terminal.
    static func excerpt(_ text: String) -> String {
        let safe = String(String.UnicodeScalarView(text.unicodeScalars.map {
            $0.value < 0x20 || ($0.value >= 0x7F && $0.value < 0xA0) ? "?" : $0
        }))
        return safe.count <= textWidth ? safe : safe.prefix(textWidth - 1) + "…"
    }

    /// Kept rows green, the headline bold cyan (ANSI SGR codes).
    static func painted(_ line: String, _ block: BlockExplanation) -> String {
        if block.isHeadline { return "\u{1B}[1;36m" + line + "\u{1B}[0m" }
        return block.kept ? "\u{1B}[32m" + line + "\u{1B}[0m" : line
    }

    static func left(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }

    static func right(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : String(repeating: " ", count: width - text.count) + text
    }
}
