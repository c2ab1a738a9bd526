import Declutter
import Foundation

/// Cleans pages into an output folder of `<id>.txt` files, the form score.py reads.
public struct PageCleaner: Sendable {
    /// A page the cleaner threw on; its output file is written empty.
    public struct Failure: Sendable {
        /// The page id.
        public var id: String
        /// The error, as text.
        public var message: String
    }

    /// What one run wrote.
    public struct Run: Sendable {
        /// Pages cleaned (failures included).
        public var pages = 0
        /// Pages whose cleaning threw.
        public var failures: [Failure] = []
        /// Pages whose output bytes equal the expected file (fixture runs only).
        public var byteExact = 0
        /// Wall-clock seconds spent cleaning and writing.
        public var seconds = 0.0
    }

    /// What is written for each page.
    public enum Format: String, Sendable {
        /// The text output (`declutter`).
        case text
        /// The Markdown output (`declutter --format markdown`) stripped back to plain text by
        /// ``MarkdownStripper``: scores what the Markdown keeps of the article.
        case markdown
    }

    /// Whether outputs start with the headline.
    public var includeTitle: Bool
    /// What is written for each page.
    public var format: Format

    /// Creates a cleaner that renders with or without the headline.
    public init(includeTitle: Bool, format: Format = .text) {
        self.includeTitle = includeTitle
        self.format = format
    }

    /// Cleans every page into `output/<id>.txt`. When `expected` is given, also counts outputs
    /// equal byte for byte to `expected/<id>.txt`. A page that throws gets an empty file.
    public func clean(_ pages: [InputPage], into output: URL, expected: URL? = nil) throws -> Run {
        try Self.prepare(output)
        var run = Run()
        let clock = ContinuousClock()
        let start = clock.now
        for page in pages {
            var options = Options(includeTitle: includeTitle, inputKind: page.kind)
            options.structure = format == .markdown
            var text = Data()
            do {
                let article = try Cleaner(options: options).clean(Data(contentsOf: page.url))
                switch format {
                case .text: text = article.textData(includeTitle: includeTitle)
                case .markdown: text = Data(MarkdownStripper.plainText(article.markdown(includeTitle: includeTitle)).utf8)
                }
            } catch {
                run.failures.append(Failure(id: page.id, message: "\(error)"))
            }
            try text.write(to: output.appendingPathComponent(page.id + ".txt"))
            if let expected, let wanted = try? Data(contentsOf: expected.appendingPathComponent(page.id + ".txt")), wanted == text {
                run.byteExact += 1
            }
            run.pages += 1
        }
        run.seconds = Self.seconds(clock.now - start)
        return run
    }

    /// Creates the output folder and removes the `.txt` files a previous run left in it.
    static func prepare(_ output: URL) throws {
        let files = FileManager.default
        try files.createDirectory(at: output, withIntermediateDirectories: true)
        for name in try files.contentsOfDirectory(atPath: output.path) where name.hasSuffix(".txt") {
            try files.removeItem(at: output.appendingPathComponent(name))
        }
    }

    /// A duration in seconds.
    static func seconds(_ duration: Duration) -> Double {
        let parts = duration.components
        return Double(parts.seconds) + Double(parts.attoseconds) * 1e-18
    }
}
