import Foundation

/// What kind of page the input bytes are, as told by the caller or sniffed from the bytes.
public enum InputKind: String, Sendable, CaseIterable {
    /// Sniff the bytes: markup that looks like HTML is HTML, anything else readable is text.
    case auto
    /// A plain-text dump of a page: one block a line, paragraphs separated by blank lines.
    case text
    /// Raw HTML markup.
    case html
}

/// How a page is cleaned. A value type: copy it, change it, share it between threads.
public struct Options: Sendable, Equatable {
    /// Whether the rendered text starts with the headline (and a blank line).
    public var includeTitle: Bool
    /// The kind of the input; `.auto` sniffs it.
    public var inputKind: InputKind
    /// Inputs larger than this many bytes are refused with ``DeclutterError/tooLarge(bytes:limit:)``.
    public var maxBytes: Int
    /// Whether HTML links and emphasis are kept for the Markdown output (``Article/blocks``'
    /// spans); off by default, as the text output has no use for them.
    public var inlineMarkup: Bool = false
    /// Whether the article's structure (``Article/blocks``) and ``Article/metadata`` are worked
    /// out. The text output needs neither; the CLI turns this off for it (a tenth of the time
    /// of a text dump). It never changes which text is kept.
    public var structure: Bool = true

    /// The default refusal size: 64 MiB of input is far beyond any real page.
    public static let defaultMaxBytes = 64 << 20

    /// Creates options; every parameter has the default the CLI uses.
    public init(includeTitle: Bool = true, inputKind: InputKind = .auto, maxBytes: Int = Options.defaultMaxBytes) {
        self.includeTitle = includeTitle
        self.inputKind = inputKind
        self.maxBytes = maxBytes
    }
}

/// The cleaned article: its headline and body paragraphs.
public struct Article: Sendable, Equatable {
    /// The headline, or `nil` when none was found.
    public var title: String?
    /// The body paragraphs (headings and list items included), in page order, each on one line.
    public var paragraphs: [String] {
        get { body.paragraphs }
        set { body = ArticleBody(paragraphs: newValue) }
    }
    /// The paragraphs, kept joined as the text output prints them when the cleaner made them
    /// (``ArticleBody``).
    private var body: ArticleBody
    /// The kind the input was read as (`.text` or `.html`, never `.auto`).
    public var inputKind: InputKind
    /// Things the caller may want to know, such as "no article text found".
    public var warnings: [String]
    /// The input's size in bytes.
    public var inputBytes: Int
    /// The article's structure: the same text as ``paragraphs``, with the paragraphs that form
    /// one list, table, quote or code block put together and each piece's kind.
    public var blocks: [ArticleBlock] = []
    /// Author, dates, site, language and the rest of what the page says about the article.
    public var metadata = ArticleMetadata()

    /// Creates an article; ``blocks`` starts empty.
    public init(title: String?, paragraphs: [String], inputKind: InputKind, warnings: [String], inputBytes: Int) {
        self.init(title: title, body: ArticleBody(paragraphs: paragraphs), inputKind: inputKind, warnings: warnings,
                  inputBytes: inputBytes)
    }

    /// Creates an article whose paragraphs are `body`'s.
    init(title: String?, body: ArticleBody, inputKind: InputKind, warnings: [String], inputBytes: Int) {
        self.title = title
        self.body = body
        self.inputKind = inputKind
        self.warnings = warnings
        self.inputBytes = inputBytes
    }

    /// The article rendered as text with the headline (when `includeTitle`), a blank line and the
    /// paragraphs separated by blank lines, ending in one newline; empty when there is nothing.
    public func text(includeTitle: Bool = true) -> String {
        String(decoding: textData(includeTitle: includeTitle), as: UTF8.self)
    }

    /// ``text(includeTitle:)`` as UTF-8 bytes, ready to write to a file or a pipe. Cheaper than
    /// the string: the cleaner's paragraphs are copied as bytes, and no string is made or checked.
    public func textData(includeTitle: Bool = true) -> Data {
        TextRenderer.render(title: includeTitle ? title : nil, body: body.joinedUTF8, paragraphCount: body.count)
    }

    /// The article rendered as Markdown: the headline as `#` (when `includeTitle`), then each of
    /// ``blocks`` — headings, paragraphs, lists, quotes, GitHub tables (left out unless
    /// `tables`), fenced code — separated by blank lines, ending in one newline; empty when there
    /// is nothing. `links` writes the links and emphasis the cleaner kept
    /// (``Options/inlineMarkup``) as Markdown.
    public func markdown(includeTitle: Bool = true, tables: Bool = true, links: Bool = false) -> String {
        MarkdownRenderer.render(title: includeTitle ? title : nil, pieces: blocks,
                                settings: MarkdownRenderer.Settings(tables: tables, links: links))
    }

    /// Words in the body paragraphs (CJK characters count by a character-based estimate).
    public var wordCount: Int {
        paragraphs.reduce(0) { $0 + TextStats(of: $1).words }
    }
}

/// Why a page could not be cleaned.
public enum DeclutterError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The bytes are not a text or HTML page (an image, an archive, random bytes).
    case notAPage(reason: String)
    /// The input is larger than ``Options/maxBytes``.
    case tooLarge(bytes: Int, limit: Int)
    /// The input kind is not handled by this build.
    case unsupported(String)
    /// The page has a shape the HTML parser cannot get through in bounded time.
    case tooComplex(String)

    public var description: String {
        switch self {
        case .notAPage(let reason): return "not a text or HTML page (\(reason))"
        case .tooLarge(let bytes, let limit): return "input is \(bytes) bytes, over the --max-bytes limit of \(limit)"
        case .unsupported(let what): return what
        case .tooComplex(let why): return "page too complex to parse in bounded time (\(why))"
        }
    }
}

/// Cleans pages. It holds only its options, so one value can be used from many threads at once.
public struct Cleaner: Sendable {
    /// The options every call uses.
    public var options: Options

    /// Creates a cleaner with the given options.
    public init(options: Options = Options()) {
        self.options = options
    }

    /// Cleans one page given as raw bytes: decode, segment into blocks, score, select, and
    /// return the article. Throws ``DeclutterError`` when the bytes are not a page.
    public func clean(_ data: Data) throws -> Article {
        let (analysis, kind) = try analyze(data)
        return analysis.article(inputKind: kind, inputBytes: data.count, structure: options.structure)
    }

    /// Cleans one page given as a string (text or HTML, per ``Options/inputKind``).
    public func clean(_ string: String) throws -> Article {
        try clean(Data(string.utf8))
    }

    /// The whole pipeline up to the decisions, shared by ``clean(_:)-(Data)`` and ``explain(_:)``:
    /// size check, kind sniffing, then the HTML path (libxml2 tree → blocks with DOM context) or
    /// the text path (lines → blocks), both into the shared scoring and selection.
    func analyze(_ data: Data) throws -> (PageAnalysis, InputKind) {
        if data.count > options.maxBytes {
            throw DeclutterError.tooLarge(bytes: data.count, limit: options.maxBytes)
        }
        switch try InputSniffer.kind(of: data, declared: options.inputKind) {
        case .html:
            try data.withUnsafeBytes { try NestingBudget.check($0.bindMemory(to: UInt8.self)) }
            var page = HTMLSegmenter.segment(data, inlineMarkup: options.inlineMarkup)
            // Taken out of the page, so that scoring can move them (see ``LocalScorer/scoreAll(_:)``).
            var blocks = page.blocks
            page.blocks = []
            let language = PageLanguage.find(declared: MetadataResolver.declaredLanguage(page.hints), blocks: blocks,
                                             report: options.structure)
            language?.restat(&blocks)
            LandmarkCues.apply(&blocks)
            var analysis = PageAnalysis(blocks: consume blocks, title: TitleChooser.choose(page.hints))
            analysis.verbatim = page.verbatim
            analysis.places = page.places
            analysis.inlineSpans = page.spans
            analysis.hints = page.hints
            analysis.language = language
            return (analysis, .html)
        case .text, .auto:
            var blocks = TextDecoder.withUTF8(data) { TextSegmenter.segment(bytes: $0) }
            let language = PageLanguage.find(declared: nil, blocks: blocks, report: options.structure)
            language?.restat(&blocks)
            var analysis = PageAnalysis(blocks: consume blocks, fromText: true)
            analysis.language = language
            return (analysis, .text)
        }
    }
}

extension Cleaner {
    /// How the page was judged: every block with its class, score, features and the rule that
    /// kept or dropped it, and the article itself (``Explanation/article`` equals what
    /// ``clean(_:)-(Data)`` returns). The tool for tuning and for reporting a page declutter gets
    /// wrong. Throws as ``clean(_:)-(Data)`` does.
    public func explain(_ data: Data) throws -> Explanation {
        let (analysis, kind) = try analyze(data)
        return analysis.explanation(inputKind: kind, inputBytes: data.count)
    }

    /// ``explain(_:)`` for a page given as a string.
    public func explain(_ string: String) throws -> Explanation {
        try explain(Data(string.utf8))
    }
}
