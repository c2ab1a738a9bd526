import DeclutterEvalKit
import Foundation

/// `declutter-eval eval`: clean a corpus or fixture folders, then score the outputs.
struct EvalCommand {
    /// `--corpus DIR`.
    let corpus: URL
    /// `--input`, or `nil` when not given.
    let form: InputForm?
    /// `--out OUTDIR`, or `nil` for the default folder.
    let output: URL?
    /// `--per-doc`.
    let perDoc: Bool
    /// `--worst N`, or `nil` for the layout's default.
    let worst: Int?
    /// `--with-title` (corpus layout only; fixtures always keep the headline).
    let withTitle: Bool
    /// `--paragraphs`: list the differing paragraphs of each worst page.
    let paragraphs: Bool
    /// `--format text|markdown`: what is scored.
    let format: PageCleaner.Format

    /// Worst pages listed by default for the corpus layout.
    static let defaultWorst = 10

    /// Parses the arguments after `eval`.
    init(_ arguments: [String]) throws {
        let parsed = try ParsedArguments(arguments, valued: ["--corpus", "--input", "--out", "--worst", "--format"],
                                         flags: ["--per-doc", "--with-title", "--paragraphs"])
        try parsed.expectNoPositionals()
        corpus = URL(fileURLWithPath: try parsed.required("--corpus"))
        form = try parsed.inputKind()
        output = parsed.value("--out").map { URL(fileURLWithPath: $0) }
        perDoc = parsed.has("--per-doc")
        worst = try parsed.integer("--worst", minimum: 0)
        withTitle = parsed.has("--with-title")
        paragraphs = parsed.has("--paragraphs")
        let rawFormat = parsed.value("--format") ?? "text"
        guard let format = PageCleaner.Format(rawValue: rawFormat) else {
            throw ParsedArguments.UsageError(description: "--format must be text or markdown, not '\(rawFormat)'")
        }
        self.format = format
    }

    /// Cleans, writes, scores and prints.
    func run() throws {
        switch try EvalLayout.detect(corpus) {
        case .corpus(let folder): try evaluate(folder)
        case .fixtures(let folders): try evaluate(folders)
        }
    }

    /// The output folder: `--out`, or `.build/eval/<basename of DIR>-<input>`.
    private func outputFolder(form name: String) -> URL {
        output ?? URL(fileURLWithPath: ".build/eval/\(corpus.standardizedFileURL.lastPathComponent)-\(name)")
    }

    /// The corpus layout: one output folder, scored against `gold/`, by page type and worst pages.
    private func evaluate(_ folder: CorpusFolder) throws {
        let form = form ?? .text
        let out = outputFolder(form: form.rawValue)
        let run = try PageCleaner(includeTitle: withTitle, format: format).clean(folder.pages(form.kind), into: out)
        report(run.failures)
        print("corpus \(corpus.path) input=\(form.rawValue) pages=\(run.pages) failed=\(run.failures.count) "
              + String(format: "seconds=%.2f", run.seconds) + " outputs=\(out.path)")
        let scores = try FolderScorer.score(gold: folder.gold, output: out)
        printScores(scores)
        let pageTypes = try folder.meta.map { try PageTable(contentsOf: $0).column("page_type") } ?? [:]
        if !pageTypes.isEmpty {
            ScoreReport.groupLines(scores, groupOf: { pageTypes[$0.id] ?? "?" }, label: "page_type").forEach { print($0) }
        }
        ScoreReport.worstLines(scores, count: worst ?? Self.defaultWorst, pageTypes: pageTypes).forEach { print($0) }
        if paragraphs {
            try WorstPages.lines(scores, count: worst ?? Self.defaultWorst, pageTypes: pageTypes) { id in
                (folder.gold.appendingPathComponent(id + ".txt"), out.appendingPathComponent(id + ".txt"))
            }.forEach { print($0) }
        }
    }

    /// The fixture layout: each folder cleaned with the headline and scored, then all together.
    private func evaluate(_ folders: [FixtureFolder]) throws {
        let outRoot = outputFolder(form: form?.rawValue ?? "all")
        var all: [DocumentScore] = []
        var exact = 0
        for folder in folders {
            let pages = try folder.pages(only: form?.kind)
            if pages.isEmpty { continue }
            let run = try PageCleaner(includeTitle: true, format: format).clean(pages, into: outRoot.appendingPathComponent(folder.name),
                                                                 expected: folder.expected)
            report(run.failures)
            var scores = try FolderScorer.score(gold: folder.expected, output: outRoot.appendingPathComponent(folder.name))
            if form != nil {
                // Only the chosen input kind ran; expected files of the other kind are not misses.
                let ids = Set(pages.map(\.id))
                scores = scores.filter { ids.contains($0.id) }
            }
            print("[\(folder.name)] pages=\(run.pages) failed=\(run.failures.count) byte_exact=\(run.byteExact)/\(run.pages)")
            printScores(scores)
            all += scores.map { score in
                var named = score
                named.id = "\(folder.name)/\(score.id)"
                return named
            }
            exact += run.byteExact
        }
        guard !all.isEmpty else {
            throw EvalError("no \(form?.rawValue ?? "") inputs in the fixture folders of \(corpus.path)")
        }
        print("[all] folders=\(folders.count) pages=\(all.count) byte_exact=\(exact)/\(all.count) outputs=\(outRoot.path)")
        ScoreReport.summaryLines(CorpusMetrics(all)).forEach { print($0) }
        ScoreReport.worstLines(all, count: worst ?? 0).forEach { print($0) }
        if paragraphs {
            // Fixture ids are "<folder>/<id>": the gold is that folder's expected file.
            let expected = Dictionary(folders.map { ($0.name, $0.expected) }, uniquingKeysWith: { first, _ in first })
            try WorstPages.lines(all, count: worst ?? 0) { id in
                let parts = id.split(separator: "/", maxSplits: 1).map(String.init)
                let gold = expected[parts[0]].map { $0.appendingPathComponent(parts[1] + ".txt") }
                return (gold ?? outRoot, outRoot.appendingPathComponent(id + ".txt"))
            }.forEach { print($0) }
        }
    }

    /// Per-page rows when asked, then the two summary lines: score.py's order.
    private func printScores(_ scores: [DocumentScore]) {
        if perDoc { ScoreReport.perDocLines(scores).forEach { print($0) } }
        ScoreReport.summaryLines(CorpusMetrics(scores)).forEach { print($0) }
    }

    /// Lists the pages the cleaner threw on, on standard error.
    private func report(_ failures: [PageCleaner.Failure]) {
        for failure in failures {
            FileHandle.standardError.write(Data("declutter-eval: \(failure.id): \(failure.message)\n".utf8))
        }
    }
}
